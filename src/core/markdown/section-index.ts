// A note's lines with what the merge asks of them again and again — which
// lines are frontmatter or fenced code, where the headings are — worked out
// once and kept up to date through the edits, instead of rescanning the whole
// note for every section and every meeting. The scan agrees with
// lines.ts codeLineMask/frontmatterEnd; an edit it cannot follow cheaply
// (one that adds or removes a fence, touches the frontmatter) makes it scan
// again when next asked.
import { frontmatterEnd } from "./lines";
import type { NoteLines } from "./lines";
import { contentEnd, insertLineGroups, removeLines } from "./line-edit";

export interface Heading {
	/** 0-based line of the heading. */
	line: number;
	/** 1 to 6. */
	level: number;
	/** The heading text as written, without the #s. */
	text: string;
	/** headingKey(text): what headings are compared by. */
	key: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;
// Emoji with their joiners, variation selectors, skin tones and keycaps.
const LEADING_DECORATION = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3|\s)+/u;
const EMPHASIS = /^(\*\*|__|\*|_)(.+)\1$/;
const TRAILING_COLONS = /[\s:：]+$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const QUOTE_PREFIX = /^ {0,3}> ?/;

// Notes share their headings (the template's), so their keys are kept; a
// vault with very many different headings only starts the cache over.
const KEYS = new Map<string, string>();
const MAX_KEYS = 2000;

/** What a heading is compared by: NFC, no leading emoji, no wrapping
 * emphasis, no trailing colons, whitespace collapsed, lower case. */
export function headingKey(text: string): string {
	let key = KEYS.get(text);
	if (key === undefined) {
		if (KEYS.size >= MAX_KEYS) KEYS.clear();
		key = computeHeadingKey(text);
		KEYS.set(text, key);
	}
	return key;
}

function computeHeadingKey(text: string): string {
	let key = text.normalize("NFC").replace(LEADING_DECORATION, "").trim();
	const emphasis = EMPHASIS.exec(key);
	if (emphasis) key = emphasis[2].trim();
	key = key.replace(TRAILING_COLONS, "");
	return key.replace(/\s+/g, " ").toLowerCase();
}

/** The first character after at most three spaces. */
function leadChar(line: string): number {
	let at = 0;
	while (at < 3 && line.charCodeAt(at) === 32) at++;
	return line.charCodeAt(at);
}

/** An ATX heading line read (line 0: the caller places it), or null. */
export function readHeading(line: string): Omit<Heading, "line"> | null {
	if (leadChar(line) !== 35) return null;
	const match = ATX_HEADING.exec(line);
	if (!match) return null;
	const text = match[2].replace(CLOSING_HASHES, "").trim();
	return { level: match[1].length, text, key: headingKey(text) };
}

/** A fence line (also inside a blockquote or callout): its fence and info. */
function readFence(line: string): { char: string; length: number; info: string } | null {
	const lead = leadChar(line);
	if (lead !== 62 && lead !== 96 && lead !== 126) return null;
	let rest = line;
	for (let quote = QUOTE_PREFIX.exec(rest); quote; quote = QUOTE_PREFIX.exec(rest)) rest = rest.slice(quote[0].length);
	const match = FENCE.exec(rest);
	return match ? { char: match[1][0], length: match[1].length, info: match[2] } : null;
}

// Per line flags.
const NON_TEXT = 1;
/** A fenced code block is open after this line. */
const OPEN_AFTER = 2;
const HEADING = 4;
/** The line opens or closes a fenced code block. */
const FENCE_LINE = 8;

export class IndexedNote {
	private flags = new Uint8Array(0);
	private heads: Heading[] = [];
	/** First line after the frontmatter (0 without one). */
	private textFrom = 0;
	/** The note opens with `---` and never closes it: a `---` added closes it. */
	private unclosed = false;
	private stale = true;
	private scanCount = 0;

	constructor(readonly note: NoteLines) {}

	/** How many times the whole note was scanned (a merge needs one). */
	get scans(): number {
		return this.scanCount;
	}

	get lines(): string[] {
		return this.note.lines;
	}

	contentEnd(): number {
		return contentEnd(this.note);
	}

	/** Whether line `i` is frontmatter or fenced code. */
	isNonText(i: number): boolean {
		this.fresh();
		return (this.flags[i] & NON_TEXT) !== 0;
	}

	/** Every ATX heading outside the frontmatter and fenced code, in order. */
	headings(): readonly Heading[] {
		this.fresh();
		return this.heads;
	}

	/** Replaces the text of one line, keeping its ending. */
	setLine(i: number, text: string): void {
		if (!this.stale) {
			const flags = this.flags[i];
			const changesShape =
				i <= this.textFrom ||
				(flags & (FENCE_LINE | HEADING)) !== 0 ||
				this.mayChangeShape(text) ||
				((flags & NON_TEXT) === 0 && readHeading(text) !== null);
			if (changesShape) this.stale = true;
		}
		this.note.lines[i] = text;
	}

	/** insertLineGroups (line-edit.ts), keeping the index. `plain`: the
	 * caller knows no line is a heading, a fence or `---` (entry lines), so
	 * they are not read — reading a line just built from pieces copies it. */
	insertGroups(groups: ReadonlyMap<number, readonly string[]>, plain = false): void {
		const count = this.note.lines.length;
		insertLineGroups(this.note, groups);
		if (this.stale) return;
		const places = [...groups.keys()].filter((at) => at >= 0).sort((a, b) => a - b);
		if (places.length === 0) return;
		// At the top the frontmatter may change; several groups after the last
		// line go in the map's order, not sorted: both are rare, scan again.
		if (places[0] <= this.textFrom || places.filter((at) => at >= count).length > 1) return this.markStale();
		const flags = new Uint8Array(this.note.lines.length);
		const heads: Heading[] = [];
		let next = 0;
		let copied = 0;
		let head = 0;
		// Lines before `upTo` keep their flags, shifted; headings among them move.
		const copyUpTo = (upTo: number): void => {
			flags.set(this.flags.subarray(copied, upTo), next);
			while (head < this.heads.length && this.heads[head].line < upTo) {
				const heading = this.heads[head++];
				heads.push({ ...heading, line: heading.line - copied + next });
			}
			next += upTo - copied;
			copied = upTo;
		};
		for (const at of places) {
			const place = Math.min(at, count);
			copyUpTo(place);
			const open = place > 0 && (this.flags[place - 1] & OPEN_AFTER) !== 0;
			for (const line of groups.get(at) ?? []) {
				if (plain) {
					flags[next++] = open ? NON_TEXT | OPEN_AFTER : 0;
					continue;
				}
				if (this.mayChangeShape(line)) return this.markStale();
				const heading = open ? null : readHeading(line);
				if (heading) heads.push({ line: next, ...heading });
				flags[next++] = open ? NON_TEXT | OPEN_AFTER : heading ? HEADING : 0;
			}
		}
		copyUpTo(count);
		this.flags = flags;
		this.heads = heads;
	}

	insertLines(at: number, lines: readonly string[], plain = false): void {
		this.insertGroups(new Map([[at, lines]]), plain);
	}

	/** removeLines (line-edit.ts), keeping the index. */
	removeLines(indexes: Iterable<number>): void {
		const drop = new Set(indexes);
		if (drop.size === 0) return;
		const count = this.note.lines.length;
		if (!this.stale) {
			for (const i of drop) if (i <= this.textFrom || (i < count && (this.flags[i] & FENCE_LINE) !== 0)) this.stale = true;
		}
		removeLines(this.note, drop);
		if (this.stale) return;
		if (this.note.lines.length !== count - [...drop].filter((i) => i >= 0 && i < count).length) return this.markStale();
		const flags = new Uint8Array(this.note.lines.length);
		const heads: Heading[] = [];
		let next = 0;
		let old = 0;
		for (let i = 0; i < count; i++) {
			const isHeading = (this.flags[i] & HEADING) !== 0;
			const heading = isHeading ? this.heads[old++] : null;
			if (drop.has(i)) continue;
			if (heading) heads.push({ ...heading, line: next });
			flags[next++] = this.flags[i];
		}
		this.flags = flags;
		this.heads = heads;
	}

	/** Whether a line, added or changed, may open or close a fence or the frontmatter. */
	private mayChangeShape(line: string): boolean {
		return readFence(line) !== null || (this.unclosed && line.trimEnd() === "---");
	}

	private markStale(): void {
		this.stale = true;
	}

	private fresh(): void {
		if (this.stale) this.scan();
	}

	private scan(): void {
		this.scanCount++;
		const lines = this.note.lines;
		const flags = new Uint8Array(lines.length);
		const heads: Heading[] = [];
		const end = frontmatterEnd(lines);
		const from = typeof end === "number" && end >= 0 ? end + 1 : 0;
		for (let i = 0; i < from; i++) flags[i] = NON_TEXT;
		let open: { char: string; length: number } | null = null;
		for (let i = from; i < lines.length; i++) {
			const fence = readFence(lines[i]);
			if (open) {
				let lineFlags = NON_TEXT;
				if (fence && fence.char === open.char && fence.length >= open.length && fence.info.trim() === "") {
					open = null;
					lineFlags |= FENCE_LINE;
				}
				flags[i] = open ? lineFlags | OPEN_AFTER : lineFlags;
				continue;
			}
			if (fence && !(fence.char === "`" && fence.info.includes("`"))) {
				open = { char: fence.char, length: fence.length };
				flags[i] = NON_TEXT | OPEN_AFTER | FENCE_LINE;
				continue;
			}
			const heading = readHeading(lines[i]);
			if (heading) {
				heads.push({ line: i, ...heading });
				flags[i] = HEADING;
			}
		}
		this.flags = flags;
		this.heads = heads;
		this.textFrom = from;
		this.unclosed = end === "unclosed";
		this.stale = false;
	}
}
