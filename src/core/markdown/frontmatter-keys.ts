// Where each top-level key of a frontmatter block is, as lines: enough to
// edit one key's value without re-serializing (and so reformatting) the rest.
import { frontmatterEnd } from "./lines";
import { readScalar, splitValueAndComment, splitFlowItems } from "./yaml-scalar";

export interface KeyLocation {
	key: string;
	/** Line of `key:`. */
	line: number;
	/** Column where the value text starts on the key line (after `: `). */
	valueColumn: number;
	/** The value written on the key line, without a trailing comment. */
	inlineValue: string;
	/** What follows the inline value on its line (spaces, `# comment`). */
	inlineRest: string;
	/** Last line that belongs to the value (a block list's last item, a
	 * folded scalar's last line); comments and blank lines after it are not. */
	lastLine: number;
}

export interface BlockItem {
	/** Line of `- item`. */
	line: number;
	/** Last line of the item (its continuation lines). */
	lastLine: number;
	/** The indentation before `-`. */
	indent: string;
	/** The item as written, without comment. */
	raw: string;
	/** The string it stands for. */
	value: string;
}

/** The frontmatter block of a note's lines: closing line, or none. */
export function frontmatterBlock(lines: readonly string[]): { close: number } | "none" | "unclosed" {
	const end = frontmatterEnd(lines as string[]);
	if (end === "unclosed") return "unclosed";
	return end === -1 ? "none" : { close: end };
}

const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;
const PLAIN_KEY = /^([^\s#'"\-?:,[\]{}&*!|>%@`][^#]*?|[-?:](?=\S)[^#]*?)[ \t]*:(?=[ \t]|$)/;

/** The key a top-level line opens, with where its value starts. */
function parseKeyLine(line: string): { key: string; valueColumn: number } | null {
	const match = QUOTED_KEY.exec(line) ?? PLAIN_KEY.exec(line);
	if (!match) return null;
	const key = readScalar(match[1]);
	let column = match[0].length;
	while (line[column] === " " || line[column] === "\t") column++;
	return { key, valueColumn: column };
}

const isComment = (line: string): boolean => /^\s*#/.test(line);
const isBlankLine = (line: string): boolean => line.trim() === "";

/** Every top-level key of the block that closes at line `close`. */
export function locateKeys(lines: readonly string[], close: number): KeyLocation[] {
	const keys: KeyLocation[] = [];
	for (let i = 1; i < close; i++) {
		const parsed = parseKeyLine(lines[i]);
		if (!parsed) continue;
		const { value, rest } = splitValueAndComment(lines[i].slice(parsed.valueColumn));
		let lastLine = i;
		for (let j = i + 1; j < close; j++) {
			const next = lines[j];
			if (isBlankLine(next) || isComment(next)) continue;
			if (/^\s/.test(next) || /^-(\s|$)/.test(next)) {
				lastLine = j;
				continue;
			}
			break;
		}
		keys.push({ key: parsed.key, line: i, valueColumn: parsed.valueColumn, inlineValue: value, inlineRest: rest, lastLine });
		i = lastLine;
	}
	return keys;
}

/** The items of a block sequence value (`key:` then `- item` lines). */
export function blockItems(lines: readonly string[], location: KeyLocation): BlockItem[] {
	const items: BlockItem[] = [];
	let itemIndent: string | null = null;
	for (let j = location.line + 1; j <= location.lastLine; j++) {
		const match = /^(\s*)-(?:[ \t]+(.*)|)$/.exec(lines[j]);
		if (match && (itemIndent === null || match[1] === itemIndent)) {
			itemIndent = match[1];
			const raw = splitValueAndComment(match[2] ?? "").value;
			items.push({ line: j, lastLine: j, indent: match[1], raw, value: readScalar(raw) });
		} else if (items.length > 0 && !isBlankLine(lines[j]) && !isComment(lines[j])) {
			items[items.length - 1].lastLine = j;
		}
	}
	return items;
}

/** The items of a one-line flow sequence `[a, 'b']`, or null when the inline
 * value is not one. */
export function flowItems(inlineValue: string): { raw: string[]; values: string[] } | null {
	if (!inlineValue.startsWith("[") || !inlineValue.endsWith("]")) return null;
	const inner = inlineValue.slice(1, -1);
	if (inner.trim() === "") return { raw: [], values: [] };
	const raw = splitFlowItems(inner).map((item) => item.trim());
	return { raw, values: raw.map(readScalar) };
}
