// Sections of a note found by their heading text, wherever the user moved
// them and however they decorated the heading ("## 🧠 Key facts:"), and a
// missing section added at its place in the template order.
import { PERSON_SECTIONS } from "../people/person-sections";
import { codeLineMask, frontmatterEnd } from "./lines";
import type { NoteLines } from "./lines";
import { contentEnd, insertLines, isBlank } from "./line-edit";

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

export interface Section {
	heading: Heading;
	/** First line of the body (the line after the heading). */
	start: number;
	/** End of the body (exclusive): the next heading of the same or a higher
	 * level, or the end of the note's lines. */
	end: number;
	/** End of the section's own text (exclusive): its first subheading, or end. */
	ownEnd: number;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
// Emoji with their joiners, variation selectors, skin tones and keycaps.
const LEADING_DECORATION = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D|\u20E3|\s)+/u;

/** What a heading is compared by: NFC, no leading emoji, no wrapping
 * emphasis, no trailing colons, whitespace collapsed, lower case. */
export function headingKey(text: string): string {
	let key = text.normalize("NFC").replace(LEADING_DECORATION, "").trim();
	const emphasis = /^(\*\*|__|\*|_)(.+)\1$/.exec(key);
	if (emphasis) key = emphasis[2].trim();
	key = key.replace(/[\s:：]+$/u, "");
	return key.replace(/\s+/g, " ").toLowerCase();
}

/** For each line, whether it is frontmatter or fenced code (never read as
 * headings, entries or table rows). */
export function nonTextMask(lines: readonly string[]): boolean[] {
	const fmEnd = frontmatterEnd(lines as string[]);
	const from = typeof fmEnd === "number" && fmEnd >= 0 ? fmEnd + 1 : 0;
	const mask = codeLineMask(lines as string[], from);
	for (let i = 0; i < from; i++) mask[i] = true;
	return mask;
}

/** Every ATX heading outside the frontmatter and fenced code, in order. */
export function listHeadings(lines: readonly string[]): Heading[] {
	const code = nonTextMask(lines);
	const headings: Heading[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (code[i]) continue;
		const match = ATX_HEADING.exec(lines[i]);
		if (!match) continue;
		const text = match[2].replace(/(?:^|[ \t]+)#+[ \t]*$/, "").trim();
		headings.push({ line: i, level: match[1].length, text, key: headingKey(text) });
	}
	return headings;
}

/** The first section (heading level ≥ 2) whose heading reads `name`. */
export function findSection(note: NoteLines, name: string, headings = listHeadings(note.lines)): Section | null {
	const key = headingKey(name);
	const index = headings.findIndex((heading) => heading.level >= 2 && heading.key === key);
	if (index === -1) return null;
	const heading = headings[index];
	const last = contentEnd(note);
	let end = last;
	let ownEnd = -1;
	for (let j = index + 1; j < headings.length; j++) {
		if (ownEnd === -1) ownEnd = headings[j].line;
		if (headings[j].level <= heading.level) {
			end = headings[j].line;
			break;
		}
	}
	end = Math.max(heading.line + 1, Math.min(end, last));
	ownEnd = ownEnd === -1 ? end : Math.min(ownEnd, end);
	return { heading, start: heading.line + 1, end, ownEnd };
}

/**
 * The section named `name`, added when missing: after the nearest section
 * that precedes it in `order` and exists, else before the nearest following
 * one that exists, else at the end; with a blank line before the heading.
 * The new heading takes the level of the section it is placed by (## at the
 * end), so it sits among its siblings and never swallows their subsections —
 * which also makes adding two missing sections in either order end the same.
 */
export function ensureSection(note: NoteLines, name: string, order: readonly string[] = PERSON_SECTIONS): Section {
	const headings = listHeadings(note.lines);
	const found = findSection(note, name, headings);
	if (found) return found;
	const { at, level } = placeFor(note, name, order, headings);
	const before = at > 0 && !isBlank(note.lines[at - 1]) ? [""] : [];
	const after = at < contentEnd(note) ? [""] : [];
	insertLines(note, at, [...before, `${"#".repeat(level)} ${name}`, ...after]);
	const section = findSection(note, name);
	if (!section) throw new Error(`section "${name}" was inserted but not found`);
	return section;
}

function placeFor(note: NoteLines, name: string, order: readonly string[], headings: Heading[]): { at: number; level: number } {
	const position = order.findIndex((entry) => headingKey(entry) === headingKey(name));
	if (position !== -1) {
		for (let i = position - 1; i >= 0; i--) {
			const previous = findSection(note, order[i], headings);
			if (previous) return { at: previous.end, level: previous.heading.level };
		}
		for (let i = position + 1; i < order.length; i++) {
			const next = findSection(note, order[i], headings);
			if (next) return { at: next.heading.line, level: next.heading.level };
		}
	}
	return { at: contentEnd(note), level: 2 };
}

const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * Adds lines at the end of a section's own text (before its trailing blank
 * lines and subsections), keeping a blank line between the heading and the
 * text, and before whatever follows. A list continues a list directly; other
 * text (or `paragraph`) gets a blank line after the text before it.
 */
export function appendToSection(note: NoteLines, section: Section, newLines: readonly string[], paragraph = false): void {
	if (newLines.length === 0) return;
	let at = section.ownEnd;
	while (at > section.start && isBlank(note.lines[at - 1])) at--;
	const before: string[] = [];
	if (at === section.start) {
		if (at < section.ownEnd) at++;
		else before.push("");
	} else if (paragraph || !LIST_ITEM.test(note.lines[at - 1]) || !LIST_ITEM.test(newLines[0])) {
		before.push("");
	}
	const after = at < contentEnd(note) && !isBlank(note.lines[at]) ? [""] : [];
	insertLines(note, at, [...before, ...newLines, ...after]);
}
