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

/**
 * editBodyLines for an edit that changes task lines only: `edit` sees every
 * task line of the body, and maybe a few other lines, which it must return
 * unchanged. Task fixing runs over every meeting note of a vault, and most
 * lines of a note are no tasks, so a note with LF endings and no code fence
 * (nearly all) is not split into lines: only the lines holding ` [` (every
 * task line does, between its list marker and its box) are cut out and edited.
 */
export function editTaskLines(text: string, edit: (line: string) => string): LinesEdit {
	// A fence line holds ``` or ~~~; a CR ends lines in ways this walk does not follow.
	if (text.includes("\r") || text.includes("```") || text.includes("~~~")) return editBodyLines(text, edit);
	const bodyStart = bodyOffset(text);
	if (bodyStart === "unclosed") return { text, changedLines: 0 };
	let out = "";
	let copied = 0;
	let changedLines = 0;
	for (let at = nextBox(text, bodyStart); at >= 0; ) {
		const start = Math.max(text.lastIndexOf("\n", at) + 1, bodyStart);
		const lineEnd = text.indexOf("\n", at);
		const end = lineEnd < 0 ? text.length : lineEnd;
		const line = text.slice(start, end);
		const next = edit(line);
		if (next !== line) {
			out += text.slice(copied, start) + next;
			copied = end;
			changedLines++;
		}
		// On to the next line: one edit per line.
		at = lineEnd < 0 ? -1 : nextBox(text, lineEnd + 1);
	}
	return changedLines === 0 ? { text, changedLines } : { text: out + text.slice(copied), changedLines };
}

/** The next ` [` from `from`, found by its `[`: a space is too common to search for. */
function nextBox(text: string, from: number): number {
	for (let at = text.indexOf("[", from + 1); at >= 0; at = text.indexOf("[", at + 1)) {
		if (text.charCodeAt(at - 1) === 0x20) return at - 1;
	}
	return -1;
}

/**
 * Where the body of an LF-only note starts, after the BOM and the
 * frontmatter, found as frontmatterEnd (lines.ts) finds the frontmatter: the
 * first line is `---` and so is a later one (trailing whitespace allowed).
 */
function bodyOffset(text: string): number | "unclosed" {
	const bom = text.startsWith("\uFEFF") ? 1 : 0;
	if (!isDashLine(text, bom)) return bom;
	for (let at = text.indexOf("\n---", bom); at >= 0; at = text.indexOf("\n---", at + 1)) {
		if (!isDashLine(text, at + 1)) continue;
		const closingEnd = text.indexOf("\n", at + 1);
		return closingEnd < 0 ? text.length : closingEnd + 1;
	}
	return "unclosed";
}

/** Whether the line starting at `start` is `---` and whitespace. */
function isDashLine(text: string, start: number): boolean {
	if (!text.startsWith("---", start)) return false;
	const lineEnd = text.indexOf("\n", start);
	return text.slice(start, lineEnd < 0 ? text.length : lineEnd).trimEnd() === "---";
}
