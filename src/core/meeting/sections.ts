// Sections of a meeting note and what they hold: list items (with their
// continuation lines and nested items) and plain paragraphs.
import type { SectionItem } from "./model";
import type { HeadingKind } from "./headings";
import { readHeading } from "./headings";
import type { NoteLayout } from "./layout";
import { indentWidth } from "./text";

/** A readable line of a section; `null` marks a break (a skipped nested section). */
export type SectionLine = { line: number; text: string } | null;

export type SectionKind = Exclude<HeadingKind, "transcript">;

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[.\](?:[ \t]+|$)/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE_PREFIX = /^\s*>\s?/;
const CALLOUT_HEADER = /^\s*\[![^\]]*\]/;

/**
 * The lines of every section, by kind, in note order. A section runs to the
 * next heading of the same or a higher level; a recognised section nested
 * inside another (`### Action Items` under `## Notes`) is its own, not the
 * outer one's too.
 */
export function sectionLines(layout: NoteLayout): Map<SectionKind, SectionLine[]> {
	const { headings, lines, hidden, metadataLines } = layout;
	// Where each heading's section ends: a stack pass, linear in headings.
	const endIndex = new Array<number>(headings.length).fill(headings.length);
	const stack: number[] = [];
	for (let h = 0; h < headings.length; h++) {
		while (stack.length > 0 && headings[stack[stack.length - 1]].level >= headings[h].level) endIndex[stack.pop() as number] = h;
		stack.push(h);
	}
	const endLine = (h: number): number => (endIndex[h] < headings.length ? headings[endIndex[h]].line : lines.length);
	const isSection = (h: number): boolean => headings[h].level >= 2 && headings[h].kind !== null && headings[h].kind !== "transcript";

	const result = new Map<SectionKind, SectionLine[]>();
	for (let h = 0; h < headings.length; h++) {
		if (!isSection(h)) continue;
		const kind = headings[h].kind as SectionKind;
		const out = result.get(kind) ?? [];
		if (out.length > 0) out.push(null);
		const end = endLine(h);
		let cursor = headings[h].line + 1;
		let next = h + 1;
		while (cursor < end) {
			// Skip sections nested in this one that are recognised themselves.
			while (next < endIndex[h] && !isSection(next)) next++;
			const stop = next < endIndex[h] ? headings[next].line : end;
			for (let i = cursor; i < stop; i++) {
				if (!hidden[i] && !metadataLines.has(i)) out.push({ line: i, text: lines[i] });
			}
			if (stop === end) break;
			out.push(null);
			cursor = endLine(next);
			next = endIndex[next];
		}
		result.set(kind, out);
	}
	return result;
}

/** A line that ends a list item: a heading, a thematic break, a quote. */
function isBreak(text: string): boolean {
	const first = text.trimStart().charAt(0);
	if (first === "#") return readHeading(text) !== null;
	if (first === ">") return true;
	if (first === "-" || first === "*" || first === "_") return THEMATIC_BREAK.test(text);
	return false;
}

/** The list items of a section: marker and checkbox removed, nested items and continuations joined by "\n". */
export function readItems(section: SectionLine[]): SectionItem[] {
	const items: SectionItem[] = [];
	let current: { line: number; indent: number; parts: string[] } | null = null;
	let blankBefore = false;
	const close = (): void => {
		if (!current) return;
		const text = current.parts.filter((part) => part.length > 0).join("\n").trim();
		if (text) items.push({ text, line: current.line });
		current = null;
	};
	for (const entry of section) {
		if (entry === null) {
			close();
			continue;
		}
		const { line, text } = entry;
		if (text.trim() === "") {
			blankBefore = true;
			continue;
		}
		const wasBlank = blankBefore;
		blankBefore = false;
		if (isBreak(text)) {
			close();
			continue;
		}
		const indent = indentWidth(text);
		const marker = LIST_ITEM.exec(text);
		if (marker) {
			const content = text.slice(marker[0].length).replace(CHECKBOX, "").trim();
			if (current !== null && indent > current.indent) {
				current.parts.push(content);
			} else {
				close();
				current = { line, indent, parts: [content] };
			}
		} else if (current !== null && (!wasBlank || indent > current.indent)) {
			current.parts.push(text.trim());
		} else {
			close();
		}
	}
	close();
	return items;
}

/** Paragraphs (and list items) of some lines as plain text: markers removed, wrapped lines joined. */
export function readParagraphs(texts: (string | null)[]): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = (): void => {
		const paragraph = current.join(" ").trim();
		if (paragraph) paragraphs.push(paragraph);
		current = [];
	};
	for (const raw of texts) {
		if (raw === null || raw.trim() === "" || readHeading(raw) !== null || THEMATIC_BREAK.test(raw)) {
			flush();
			continue;
		}
		let text = raw;
		while (QUOTE_PREFIX.test(text)) text = text.replace(QUOTE_PREFIX, "");
		if (CALLOUT_HEADER.test(text)) {
			flush();
			continue;
		}
		const marker = LIST_ITEM.exec(text);
		if (marker) {
			flush();
			text = text.slice(marker[0].length).replace(CHECKBOX, "");
		}
		if (text.trim()) current.push(text.trim());
	}
	flush();
	return paragraphs;
}

/** The texts of a section's lines, for readParagraphs. */
export function sectionTexts(section: SectionLine[] | undefined): (string | null)[] {
	return (section ?? []).map((entry) => (entry === null ? null : entry.text));
}
