// Sections of a note found by their heading text, wherever the user moved
// them and however they decorated the heading ("## 🧠 Key facts:"), and a
// missing section added at its place in the template order. Each function
// takes the note's lines, or an IndexedNote to reuse its scan across calls.
import { PERSON_SECTIONS } from "../people/person-sections";
import { codeLineMask, frontmatterEnd } from "./lines";
import type { NoteLines } from "./lines";
import { isBlank } from "./line-edit";
import { headingKey, IndexedNote, readHeading } from "./section-index";
import type { Heading } from "./section-index";

export { headingKey, IndexedNote } from "./section-index";
export type { Heading } from "./section-index";

export interface Section {
	heading: Heading;
	/** First line of the body (the line after the heading). */
	start: number;
	/** End of the body (exclusive): the next heading of the same or a higher
	 * level, or the end of the note's lines. */
	end: number;
	/** End of the section's own text (exclusive): its first subheading, or end. */
	ownEnd: number;
}

export type NoteLike = NoteLines | IndexedNote;

function indexed(note: NoteLike): IndexedNote {
	return note instanceof IndexedNote ? note : new IndexedNote(note);
}

/** For each line, whether it is frontmatter or fenced code (never read as
 * headings, entries or table rows). */
export function nonTextMask(lines: readonly string[]): boolean[] {
	const fmEnd = frontmatterEnd(lines as string[]);
	const from = typeof fmEnd === "number" && fmEnd >= 0 ? fmEnd + 1 : 0;
	const mask = codeLineMask(lines as string[], from);
	for (let i = 0; i < from; i++) mask[i] = true;
	return mask;
}

/** Every ATX heading outside the frontmatter and fenced code, in order. */
export function listHeadings(lines: readonly string[]): Heading[] {
	const code = nonTextMask(lines);
	const headings: Heading[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (code[i]) continue;
		const heading = readHeading(lines[i]);
		if (heading) headings.push({ line: i, ...heading });
	}
	return headings;
}

/** The first section (heading level ≥ 2) whose heading reads `name`. */
export function findSection(note: NoteLike, name: string): Section | null {
	const index = indexed(note);
	const headings = index.headings();
	const key = headingKey(name);
	const at = headings.findIndex((heading) => heading.level >= 2 && heading.key === key);
	if (at === -1) return null;
	const heading = headings[at];
	const last = index.contentEnd();
	let end = last;
	let ownEnd = -1;
	for (let j = at + 1; j < headings.length; j++) {
		if (ownEnd === -1) ownEnd = headings[j].line;
		if (headings[j].level <= heading.level) {
			end = headings[j].line;
			break;
		}
	}
	end = Math.max(heading.line + 1, Math.min(end, last));
	ownEnd = ownEnd === -1 ? end : Math.min(ownEnd, end);
	return { heading, start: heading.line + 1, end, ownEnd };
}

/**
 * The section named `name`, added when missing: after the nearest section
 * that precedes it in `order` and exists, else before the nearest following
 * one that exists, else at the end; with a blank line before the heading.
 * The new heading takes the level of the section it is placed by (## at the
 * end), so it sits among its siblings and never swallows their subsections —
 * which also makes adding two missing sections in either order end the same.
 */
export function ensureSection(note: NoteLike, name: string, order: readonly string[] = PERSON_SECTIONS): Section {
	const index = indexed(note);
	const found = findSection(index, name);
	if (found) return found;
	const { at, level } = placeFor(index, name, order);
	const lines = index.lines;
	const before = at > 0 && !isBlank(lines[at - 1]) ? [""] : [];
	const after = at < index.contentEnd() ? [""] : [];
	index.insertLines(at, [...before, `${"#".repeat(level)} ${name}`, ...after]);
	const section = findSection(index, name);
	if (!section) throw new Error(`section "${name}" was inserted but not found`);
	return section;
}

function placeFor(index: IndexedNote, name: string, order: readonly string[]): { at: number; level: number } {
	const position = order.findIndex((entry) => headingKey(entry) === headingKey(name));
	if (position !== -1) {
		for (let i = position - 1; i >= 0; i--) {
			const previous = findSection(index, order[i]);
			if (previous) return { at: previous.end, level: previous.heading.level };
		}
		for (let i = position + 1; i < order.length; i++) {
			const next = findSection(index, order[i]);
			if (next) return { at: next.heading.line, level: next.heading.level };
		}
	}
	return { at: index.contentEnd(), level: 2 };
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Adds lines at the end of a section's own text (before its trailing blank
 * lines and subsections), keeping a blank line between the heading and the
 * text, and before whatever follows. A list continues a list directly; other
 * text (or `paragraph`) gets a blank line after the text before it.
 * `plain`: no new line is a heading, a fence or `---` (IndexedNote.insertGroups).
 */
export function appendToSection(note: NoteLike, section: Section, newLines: readonly string[], paragraph = false, plain = false): void {
	if (newLines.length === 0) return;
	const index = indexed(note);
	const lines = index.lines;
	let at = section.ownEnd;
	while (at > section.start && isBlank(lines[at - 1])) at--;
	const before: string[] = [];
	if (at === section.start) {
		if (at < section.ownEnd) at++;
		else before.push("");
	} else if (paragraph || !LIST_ITEM.test(lines[at - 1]) || !LIST_ITEM.test(newLines[0])) {
		before.push("");
	}
	const after = at < index.contentEnd() && !isBlank(lines[at]) ? [""] : [];
	index.insertLines(at, before.concat(newLines, after), plain);
}
