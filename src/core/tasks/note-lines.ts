// Walking the lines of a note that a task edit may touch: outside the
// frontmatter and outside fenced code, keeping every line ending, a BOM and
// a missing final newline exactly as they were.
import { codeLineMask, frontmatterEnd, joinLines, splitLines } from "../markdown/lines";

export interface LinesEdit {
	text: string;
	changedLines: number;
}

/**
 * Applies `edit` to each line outside frontmatter and code fences. A note
 * whose frontmatter never closes is left alone: where its YAML ends is unknown.
 */
export function editBodyLines(text: string, edit: (line: string) => string): LinesEdit {
	const note = splitLines(text);
	const end = frontmatterEnd(note.lines);
	if (end === "unclosed") return { text, changedLines: 0 };
	const from = end + 1;
	const code = codeLineMask(note.lines, from);
	let changedLines = 0;
	for (let i = from; i < note.lines.length; i++) {
		if (code[i]) continue;
		const next = edit(note.lines[i]);
		if (next === note.lines[i]) continue;
		note.lines[i] = next;
		changedLines++;
	}
	return changedLines === 0 ? { text, changedLines } : { text: joinLines(note), changedLines };
}
