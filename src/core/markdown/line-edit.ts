// Inserting and removing whole lines in a NoteLines without disturbing the
// endings of the lines around them: a note without a final newline keeps
// having none, CRLF notes get CRLF lines.
import { dominantEnding } from "./lines";
import type { NoteLines } from "./lines";

/**
 * Where a note's real lines end. A text that ends with a newline splits into
 * a last empty "line" that is no line at all; it is left out.
 */
export function contentEnd(note: NoteLines): number {
	const last = note.lines.length - 1;
	return note.lines[last] === "" ? last : note.lines.length;
}

/** Inserts lines before line `at` (at = lines.length: after the last line). */
export function insertLines(note: NoteLines, at: number, newLines: readonly string[]): void {
	insertLineGroups(note, new Map([[at, newLines]]));
}

/** Inserts several groups of lines in one pass, each before the line its key
 * names (lines.length: after the last line). Indexes are those before any
 * insertion. */
export function insertLineGroups(note: NoteLines, groups: ReadonlyMap<number, readonly string[]>): void {
	if (groups.size === 0) return;
	const eol = dominantEnding(note);
	const count = note.lines.length;
	if (groups.size === 1) {
		const [[at, group]] = groups;
		if (at >= 0 && at < count) {
			// One group, the usual case: native copies instead of a loop.
			note.lines = note.lines.slice(0, at).concat(group, note.lines.slice(at));
			note.endings = note.endings.slice(0, at).concat(new Array<string>(group.length).fill(eol), note.endings.slice(at));
			return;
		}
	}
	const lines: string[] = [];
	const endings: string[] = [];
	const emit = (group: readonly string[] | undefined): void => {
		for (const line of group ?? []) {
			lines.push(line);
			endings.push(eol);
		}
	};
	for (let i = 0; i < count; i++) {
		emit(groups.get(i));
		lines.push(note.lines[i]);
		endings.push(note.endings[i]);
	}
	const tail = [...groups].filter(([at]) => at >= count).flatMap(([, group]) => group);
	if (tail.length > 0) {
		// After the last line, which has no ending: it gets one, and the new
		// last line carries the missing final newline instead.
		endings[endings.length - 1] = eol;
		emit(tail);
		endings[endings.length - 1] = "";
	}
	note.lines = lines;
	note.endings = endings;
}

/** Removes the lines whose indexes are given (any order, duplicates ignored). */
export function removeLines(note: NoteLines, indexes: Iterable<number>): void {
	const drop = new Set(indexes);
	if (drop.size === 0) return;
	const last = note.lines.length - 1;
	const lines: string[] = [];
	const endings: string[] = [];
	for (let i = 0; i < note.lines.length; i++) {
		if (drop.has(i)) continue;
		lines.push(note.lines[i]);
		endings.push(note.endings[i]);
	}
	if (lines.length === 0) {
		lines.push("");
		endings.push("");
	} else if (drop.has(last)) {
		// The removed last line had no ending; the new last one loses its own.
		endings[endings.length - 1] = "";
	}
	note.lines = lines;
	note.endings = endings;
}

/** Replaces the text of one line, keeping its ending. */
export function replaceLine(note: NoteLines, index: number, text: string): void {
	note.lines[index] = text;
}

export function isBlank(line: string | undefined): boolean {
	return line === undefined || line.trim() === "";
}
