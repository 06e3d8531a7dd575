// The merged note's lines joined back into its text (joinLines, lines.ts,
// byte for byte), in steps: a note may run to millions of characters, which
// took over 30 ms to join at once. Each step joins a stretch of lines into
// one flat string; the last joins those few strings, a plain copy.
import type { NoteLines } from "../markdown/lines";

/** Characters joined between two yields. */
const CHARS_PER_STEP = 1 << 18;

export function* joinNoteSteps(note: NoteLines): Generator<void, string, void> {
	const { lines, endings } = note;
	if (lines.length === 0) return note.bom;
	const last = lines.length - 1;
	// Usually every line ends the same way: the engine's join with that
	// ending as separator builds the text without a list of pieces.
	const eol = last > 0 ? endings[0] : endings[last];
	let uniform = note.bom === "" && (endings[last] === "" || endings[last] === eol);
	for (let i = 1; uniform && i < last; i++) uniform = endings[i] === eol;
	const chunks: string[] = [];
	let from = 0;
	let chars = 0;
	for (let i = 0; i < lines.length; i++) {
		chars += lines[i].length;
		if (chars < CHARS_PER_STEP && i < last) continue;
		chunks.push(uniform ? lines.slice(from, i + 1).join(eol) : interleaved(note, from, i + 1));
		from = i + 1;
		chars = 0;
		if (i < last) yield;
	}
	if (!uniform) return chunks.join("");
	// A final line ending: an empty last piece after one more separator.
	if (endings[last] !== "") chunks.push("");
	return chunks.join(eol);
}

/** Lines `from` to `to` (exclusive), each with its own ending, the note's
 * BOM before the first. */
function interleaved(note: NoteLines, from: number, to: number): string {
	const pieces = new Array<string>((to - from) * 2 + 1);
	pieces[0] = from === 0 ? note.bom : "";
	for (let i = from; i < to; i++) {
		pieces[2 * (i - from) + 1] = note.lines[i];
		pieces[2 * (i - from) + 2] = note.endings[i];
	}
	return pieces.join("");
}
