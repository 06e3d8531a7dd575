// Contact Information: blank cells (`_Unknown_` or empty) filled from
// structured participant data. A cell with anything else in it is the user's
// and never changes; a row that is not there is not added.
import type { ContactField } from "../meeting/model";
import { findSection } from "../markdown/sections";
import type { IndexedNote } from "../markdown/sections";
import { CONTACT_ROWS, UNKNOWN_CELL } from "./person-sections";
import type { MeetingPlan } from "./merge-plan";

export const CONTACT_SECTION = "Contact Information";

interface Row {
	line: number;
	/** Index of the pipe that opens the value cell, and of the one closing it. */
	open: number;
	close: number;
}

const BLANK_CELLS = new Set(["", UNKNOWN_CELL.toLowerCase(), "*unknown*"]);

export function mergeContact(note: IndexedNote, plans: readonly MeetingPlan[]): void {
	const rows = contactRows(note);
	if (rows.size === 0) return;
	for (const plan of plans) {
		const contact = plan.contribution?.contact;
		if (!contact || isEmpty(contact)) continue;
		for (const { field } of CONTACT_ROWS) {
			const value = contact[field];
			if (value === undefined || cellText(value) === "") continue;
			const row = rows.get(field);
			if (!row) continue;
			const line = note.lines[row.line];
			const cell = line.slice(row.open + 1, row.close).trim();
			const written = cellText(value);
			if (BLANK_CELLS.has(cell.toLowerCase())) {
				note.setLine(row.line, `${line.slice(0, row.open + 1)} ${written} ${line.slice(row.close)}`);
				row.close = row.open + written.length + 3;
			}
		}
	}
}

function isEmpty(record: object): boolean {
	for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return false;
	return true;
}

/** A value as table cell text: one line, pipes escaped. */
function cellText(value: string): string {
	return value.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

/** The contact table's rows by field, with where their value cell is. */
function contactRows(note: IndexedNote): Map<ContactField, Row> {
	const rows = new Map<ContactField, Row>();
	const section = findSection(note, CONTACT_SECTION);
	if (!section) return rows;
	for (let i = section.start; i < section.end; i++) {
		if (note.isNonText(i) || !note.lines[i].trimStart().startsWith("|")) continue;
		const pipes = unescapedPipes(note.lines[i]);
		if (pipes.length < 3) continue;
		const label = note.lines[i].slice(pipes[0] + 1, pipes[1]).replace(/[*_:]/g, "").trim().toLowerCase();
		const row = CONTACT_ROWS.find((entry) => entry.label.toLowerCase() === label);
		if (row && !rows.has(row.field)) rows.set(row.field, { line: i, open: pipes[1], close: pipes[2] });
	}
	return rows;
}

function unescapedPipes(line: string): number[] {
	const pipes: number[] = [];
	for (let i = 0; i < line.length; i++) {
		if (line[i] === "\\") i++;
		else if (line[i] === "|") pipes.push(i);
	}
	return pipes;
}
