// A note's lines for reading, cut out of its text only when read. The same
// lines as splitLines (markdown/lines.ts): BOM dropped, "\r\n", "\n" and
// "\r" all end a line. The reader never writes back, so it keeps where each
// line starts and ends instead of line endings, and works from the text:
// - most lines are blank or never looked at one by one, so slicing every
//   line up front was wasted work;
// - "which lines hold a `:`" is one indexOf sweep of the text, not a search
//   of every line;
// - a first character read from the note's own (flat) text costs far less
//   than from a slice of it.

export interface NoteLines {
	/** The note's text, BOM included. */
	text: string;
	/** Where each line starts in `text`. */
	starts: number[];
	/** Where each line ends in `text` (its line ending, or the end of the text). */
	ends: number[];
	/** Lines cut so far, by index. */
	cut: (string | undefined)[];
}

const LINE_ENDING = /\r\n|\n|\r/g;

export function noteLines(text: string): NoteLines {
	const starts: number[] = [];
	const ends: number[] = [];
	let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (text.includes("\r")) {
		LINE_ENDING.lastIndex = from;
		for (let match = LINE_ENDING.exec(text); match !== null; match = LINE_ENDING.exec(text)) {
			starts.push(from);
			ends.push(match.index);
			from = match.index + match[0].length;
		}
	} else {
		// Nearly every note: each "\n" found by indexOf, far faster than the regex.
		for (let end = text.indexOf("\n", from); end !== -1; end = text.indexOf("\n", from)) {
			starts.push(from);
			ends.push(end);
			from = end + 1;
		}
	}
	starts.push(from);
	ends.push(text.length);
	return { text, starts, ends, cut: new Array<string | undefined>(starts.length) };
}

export function lineCount(note: NoteLines): number {
	return note.starts.length;
}

/** Line `index`, without its line ending. */
export function lineAt(note: NoteLines, index: number): string {
	let line = note.cut[index];
	if (line === undefined) {
		line = note.text.slice(note.starts[index], note.ends[index]);
		note.cut[index] = line;
	}
	return line;
}

/** Every line, as splitLines gives them (for code that takes a string[]). */
export function allLines(note: NoteLines): string[] {
	const lines: string[] = [];
	for (let i = 0; i < note.starts.length; i++) lines.push(lineAt(note, i));
	return lines;
}

export function isEmptyLine(note: NoteLines, index: number): boolean {
	return note.starts[index] === note.ends[index];
}

/** The code of line `index`'s first character, or -1 when it is empty. */
export function firstCharCode(note: NoteLines, index: number): number {
	const start = note.starts[index];
	return start < note.ends[index] ? note.text.charCodeAt(start) : -1;
}

/**
 * The lines from `fromLine` on that contain `needle` (which holds no line
 * ending), in order: one indexOf sweep of the text, linear in its length.
 */
export function linesContaining(note: NoteLines, needle: string, fromLine: number): number[] {
	const { text, starts, ends } = note;
	const found: number[] = [];
	if (fromLine >= starts.length) return found;
	let line = fromLine;
	for (let at = text.indexOf(needle, starts[fromLine]); at !== -1; at = text.indexOf(needle, at + 1)) {
		while (at >= ends[line]) line++;
		if (found.length === 0 || found[found.length - 1] !== line) found.push(line);
	}
	return found;
}
