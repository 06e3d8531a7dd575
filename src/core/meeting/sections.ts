// Sections of a meeting note and what they hold: list items (with their
// continuation lines and nested items) and plain paragraphs.
import type { SectionItem } from "./model";
import type { HeadingKind } from "./headings";
import { readHeading } from "./headings";
import type { NoteLayout } from "./layout";
import { firstVisibleCode, isBlank, isThematicBreak, listContentStart, skipCheckbox } from "./line-syntax";
import type { NoteLines } from "./note-lines";
import { isEmptyLine, lineAt, lineCount } from "./note-lines";
import { indentWidth } from "./text";

/**
 * A section's readable lines, as indices into the note's lines; BREAK marks
 * where a nested section was skipped. Indices, not copies: a note's sections
 * hold most of its lines, and the reader builds them for every note.
 */
export type SectionLines = number[];
export const BREAK = -1;

export type SectionKind = Exclude<HeadingKind, "transcript">;

const QUOTE_PREFIX = /^\s*>\s?/;
const CALLOUT_HEADER = /^\s*\[![^\]]*\]/;

/**
 * The lines of every section, by kind, in note order. A section runs to the
 * next heading of the same or a higher level; a recognised section nested
 * inside another (`### Action Items` under `## Notes`) is its own, not the
 * outer one's too.
 */
export function sectionLines(layout: NoteLayout): Map<SectionKind, SectionLines> {
	const { headings, note, hidden } = layout;
	const count = lineCount(note);
	// Where each heading's section ends: a stack pass, linear in headings.
	const endIndex = new Array<number>(headings.length).fill(headings.length);
	const stack: number[] = [];
	for (let h = 0; h < headings.length; h++) {
		while (stack.length > 0 && headings[stack[stack.length - 1]].level >= headings[h].level) endIndex[stack.pop() as number] = h;
		stack.push(h);
	}
	const endLine = (h: number): number => (endIndex[h] < headings.length ? headings[endIndex[h]].line : count);
	const isSection = (h: number): boolean => headings[h].level >= 2 && headings[h].kind !== null && headings[h].kind !== "transcript";

	const result = new Map<SectionKind, SectionLines>();
	for (let h = 0; h < headings.length; h++) {
		if (!isSection(h)) continue;
		const kind = headings[h].kind as SectionKind;
		const out = result.get(kind) ?? [];
		if (out.length > 0) out.push(BREAK);
		const end = endLine(h);
		let cursor = headings[h].line + 1;
		let next = h + 1;
		while (cursor < end) {
			// Skip sections nested in this one that are recognised themselves.
			while (next < endIndex[h] && !isSection(next)) next++;
			const stop = next < endIndex[h] ? headings[next].line : end;
			for (let i = cursor; i < stop; i++) {
				if (!hidden[i]) out.push(i);
			}
			if (stop === end) break;
			out.push(BREAK);
			cursor = endLine(next);
			next = endIndex[next];
		}
		result.set(kind, out);
	}
	return result;
}

/** A line that ends a list item: a heading, a thematic break, a quote. */
function isBreak(text: string): boolean {
	switch (firstVisibleCode(text)) {
		case 0x23: // #
			return readHeading(text) !== null;
		case 0x3e: // >
			return true;
		case 0x2d: // -
		case 0x2a: // *
		case 0x5f: // _
			return isThematicBreak(text);
		default:
			return false;
	}
}

/** The non-empty parts joined by "\n", trimmed. */
function joinParts(parts: string[]): string {
	let text = "";
	for (const part of parts) {
		if (part.length === 0) continue;
		text = text.length === 0 ? part : `${text}\n${part}`;
	}
	return text.trim();
}

/** The list items of a section: marker and checkbox removed, nested items and continuations joined by "\n". */
export function readItems(note: NoteLines, section: SectionLines | undefined): SectionItem[] {
	const items: SectionItem[] = [];
	if (!section) return items;
	let current: { line: number; indent: number; parts: string[] } | null = null;
	let blankBefore = false;
	const close = (): void => {
		if (!current) return;
		const text = joinParts(current.parts);
		if (text) items.push({ text, line: current.line });
		current = null;
	};
	for (const line of section) {
		if (line === BREAK) {
			close();
			continue;
		}
		// An empty line is known from the offsets, without cutting it out.
		const text = isEmptyLine(note, line) ? "" : lineAt(note, line);
		if (isBlank(text)) {
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
		const contentStart = listContentStart(text);
		if (contentStart !== -1) {
			const content = text.slice(skipCheckbox(text, contentStart)).trim();
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
export function readParagraphs(texts: readonly (string | null)[]): string[] {
	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = (): void => {
		const paragraph = current.join(" ").trim();
		if (paragraph) paragraphs.push(paragraph);
		current = [];
	};
	for (const raw of texts) {
		if (raw === null || isBlank(raw) || readHeading(raw) !== null || isThematicBreak(raw)) {
			flush();
			continue;
		}
		let text = raw;
		if (text.includes(">")) while (QUOTE_PREFIX.test(text)) text = text.replace(QUOTE_PREFIX, "");
		if (text.includes("[!") && CALLOUT_HEADER.test(text)) {
			flush();
			continue;
		}
		const contentStart = listContentStart(text);
		if (contentStart !== -1) {
			flush();
			text = text.slice(skipCheckbox(text, contentStart));
		}
		const trimmed = text.trim();
		if (trimmed) current.push(trimmed);
	}
	flush();
	return paragraphs;
}

/** The texts of a section's lines (null at a break), for readParagraphs. */
export function sectionTexts(note: NoteLines, section: SectionLines | undefined): (string | null)[] {
	return (section ?? []).map((line) => (line === BREAK ? null : lineAt(note, line)));
}
