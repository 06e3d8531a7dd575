// Line-level view of a note that every reader and editor shares: lines with
// their own line endings (so an edit keeps CRLF, LF and a missing final
// newline exactly), the frontmatter block, and which lines are code.

export interface NoteLines {
	/** Each line without its line ending. */
	lines: string[];
	/** Each line's own ending: "\n", "\r\n", "\r" or "" (last line). */
	endings: string[];
	/** A byte order mark the text started with ("" or "\uFEFF"). */
	bom: string;
}

export function splitLines(text: string): NoteLines {
	const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
	const body = bom ? text.slice(1) : text;
	const lines: string[] = [];
	const endings: string[] = [];
	const pattern = /\r\n|\n|\r/g;
	let start = 0;
	let match: RegExpExecArray | null;
	while ((match = pattern.exec(body)) !== null) {
		lines.push(body.slice(start, match.index));
		endings.push(match[0]);
		start = match.index + match[0].length;
	}
	lines.push(body.slice(start));
	endings.push("");
	return { lines, endings, bom };
}

export function joinLines(note: NoteLines): string {
	let out = note.bom;
	for (let i = 0; i < note.lines.length; i++) out += note.lines[i] + note.endings[i];
	return out;
}

/** The line ending a note mostly uses, for lines an edit inserts. */
export function dominantEnding(note: NoteLines): string {
	let crlf = 0;
	let lf = 0;
	for (const ending of note.endings) {
		if (ending === "\r\n") crlf++;
		else if (ending === "\n") lf++;
	}
	return crlf > lf ? "\r\n" : "\n";
}

/**
 * The frontmatter block as Obsidian sees it: the first line is exactly `---`
 * (trailing spaces allowed) and a later line is exactly `---`.
 * Returns the index of the closing line, -1 when there is no frontmatter,
 * or "unclosed" when the note opens with `---` but never closes it.
 */
export function frontmatterEnd(lines: string[]): number | "unclosed" {
	if (lines.length === 0 || lines[0].trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		if (lines[i].trimEnd() === "---") return i;
	}
	return "unclosed";
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/**
 * For each line, whether it belongs to a fenced code block (fence lines
 * included). Lines before `from` (the frontmatter) are never code.
 * An unclosed fence runs to the end of the note, as CommonMark says.
 */
export function codeLineMask(lines: string[], from = 0): boolean[] {
	const mask = new Array<boolean>(lines.length).fill(false);
	let open: { char: string; length: number } | null = null;
	for (let i = from; i < lines.length; i++) {
		const line = stripQuotePrefix(lines[i]);
		const match = FENCE.exec(line);
		if (open) {
			mask[i] = true;
			if (match && match[1][0] === open.char && match[1].length >= open.length && match[2].trim() === "") open = null;
			continue;
		}
		if (match && !(match[1][0] === "`" && match[2].includes("`"))) {
			open = { char: match[1][0], length: match[1].length };
			mask[i] = true;
		}
	}
	return mask;
}

/** Fences inside blockquotes and callouts (`> ```) count as fences too. */
function stripQuotePrefix(line: string): string {
	let rest = line;
	for (;;) {
		const match = /^ {0,3}> ?/.exec(rest);
		if (!match) return rest;
		rest = rest.slice(match[0].length);
	}
}
