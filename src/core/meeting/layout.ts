// One linear pass over a meeting note's body: which lines are never read
// (frontmatter, fenced code, transcripts), where the headings are, and the
// single-line fields (`**Date**:`, `**With**:`, `Source: [[…]]`, `#private`).
import { codeLineMask } from "../markdown/lines";
import { headingKind, readHeading } from "./headings";
import type { HeadingKind } from "./headings";

export interface Heading {
	line: number;
	level: number;
	text: string;
	kind: HeadingKind | null;
}

export interface NoteLayout {
	lines: string[];
	/** First line after the frontmatter. */
	bodyStart: number;
	/** Lines never read as sections, items or tasks: frontmatter, code, transcripts. */
	hidden: boolean[];
	/** Readable headings, in order. */
	headings: Heading[];
	/** Lines holding `Source: [[…]]`, `**Date**:`, `**With**:`: never part of a section's text. */
	metadataLines: Set<number>;
	sourceLink?: string;
	firstTitleHeading?: string;
	/** The value of the first `**Date**:` line or `Date::` field. */
	dateField: string | null;
	/** The values of `**With**:` lines and `Who::` fields. */
	withFields: string[];
	/** The content lines of the first `> [!summary]` callout. */
	summaryCallout: string[];
	privateTag: boolean;
}

const DETAILS_OPEN = /<details[\s>]/gi;
const DETAILS_CLOSE = /<\/details\s*>/gi;
const CALLOUT = /^\s*>\s*\[!([^\]]*)\]([-+]?)(.*)$/;
const QUOTED = /^\s*>/;
const QUOTE_PREFIX = /^\s*> ?/;
const FIELD = /^\s*(?:[-*+]\s+)?(?:(?:\*\*|__)([\p{L} ]+?)(?:(?:\*\*|__)\s*:|:(?:\*\*|__))|([\p{L}]+)::)\s*(.*)$/u;
const SOURCE = /^\s*(?:\*\*|__|\*|_)?\s*source\s*:\s*(?:\*\*|__|\*|_)?\s*\[\[([^\]]+)\]\]\s*(?:\*\*|__|\*|_)?\s*$/i;
const PRIVATE_TAG = /(?:^|\s)#private(?![\p{L}\p{N}_-])/iu;
const INLINE_CODE = /`[^`]*`/g;
const DATE_FIELDS = new Set(["date"]);
const WITH_FIELDS = new Set(["with", "who", "attendees", "participants"]);

function countMatches(pattern: RegExp, line: string): number {
	pattern.lastIndex = 0;
	let count = 0;
	while (pattern.exec(line) !== null) count++;
	return count;
}

/** Collapsed callouts and `<details>` blocks: where importers fold a transcript away. */
function maskFoldedBlocks(lines: string[], code: boolean[], bodyStart: number, hidden: boolean[]): void {
	let detailsDepth = 0;
	let inCollapsedCallout = false;
	for (let i = bodyStart; i < lines.length; i++) {
		if (code[i]) continue;
		const line = lines[i];
		if (inCollapsedCallout) {
			if (QUOTED.test(line)) {
				hidden[i] = true;
				continue;
			}
			inCollapsedCallout = false;
		}
		if (line.includes("<")) {
			const opens = line.includes("<details") || line.includes("<DETAILS") ? countMatches(DETAILS_OPEN, line) : 0;
			const closes = line.includes("</") ? countMatches(DETAILS_CLOSE, line) : 0;
			if (detailsDepth > 0 || opens > 0) hidden[i] = true;
			detailsDepth = Math.max(0, detailsDepth + opens - closes);
			if (hidden[i]) continue;
		} else if (detailsDepth > 0) {
			hidden[i] = true;
			continue;
		}
		const callout = line.includes("[!") ? CALLOUT.exec(line) : null;
		if (callout && callout[2] === "-" && callout[1].trim().toLowerCase() !== "summary") {
			hidden[i] = true;
			inCollapsedCallout = true;
		}
	}
}

/** Transcript sections: from the heading to the next heading of the same or a higher level. */
function maskTranscriptSections(headings: Heading[], lineCount: number, hidden: boolean[]): Heading[] {
	const visible: Heading[] = [];
	let maskUntilLevel = 0;
	let maskFrom = -1;
	const close = (end: number): void => {
		for (let i = maskFrom; i < end; i++) hidden[i] = true;
	};
	for (const heading of headings) {
		if (maskFrom !== -1) {
			if (heading.level > maskUntilLevel) continue;
			close(heading.line);
			maskFrom = -1;
		}
		if (heading.kind === "transcript") {
			maskFrom = heading.line;
			maskUntilLevel = heading.level;
			continue;
		}
		visible.push(heading);
	}
	if (maskFrom !== -1) close(lineCount);
	return visible;
}

/**
 * The note's lines without their endings, as splitLines (markdown/lines.ts)
 * gives them: BOM dropped, "\r\n", "\n" and "\r" all end a line. The
 * reader never writes back, so it skips the endings array, and a note
 * without "\r" (nearly all) splits on a plain string, several times faster
 * than the regex.
 */
export function noteLines(text: string): string[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return body.includes("\r") ? body.split(LINE_ENDING) : body.split("\n");
}

const LINE_ENDING = /\r\n|\n|\r/;

/**
 * Scans the body of a note, which starts on line `bodyStart` (after the
 * frontmatter). `text` is the note the lines were split from: a few
 * whole-text searches rule out work no line can need (most notes have no
 * code fence, no `<details>`, no callout and no `#private`).
 */
export function scanNote(text: string, lines: string[], bodyStart: number): NoteLayout {
	const code = text.includes("```") || text.includes("~~~") ? codeLineMask(lines, bodyStart) : new Array<boolean>(lines.length).fill(false);
	const hidden = code.slice();
	for (let i = 0; i < bodyStart && i < lines.length; i++) hidden[i] = true;
	if (text.includes("<") || text.includes("[!")) maskFoldedBlocks(lines, code, bodyStart, hidden);

	const headings: Heading[] = [];
	for (let i = bodyStart; i < lines.length; i++) {
		if (hidden[i] || !lines[i].includes("#")) continue;
		const heading = readHeading(lines[i]);
		if (heading) headings.push({ line: i, level: heading.level, text: heading.text, kind: headingKind(heading.text) });
	}
	const visibleHeadings = maskTranscriptSections(headings, lines.length, hidden);

	const layout: NoteLayout = {
		lines,
		bodyStart,
		hidden,
		headings: visibleHeadings,
		metadataLines: new Set(),
		dateField: null,
		withFields: [],
		summaryCallout: [],
		privateTag: false,
	};
	for (const heading of visibleHeadings) {
		if (heading.level === 1) {
			layout.firstTitleHeading = heading.text;
			break;
		}
	}
	// Removing inline code can join a tag ("#priv`x`ate"), so lines with a
	// backtick are always checked.
	const mentionsPrivate = containsPrivateTag(text);
	let summaryCalloutOpen = false;
	for (let i = bodyStart; i < lines.length; i++) {
		const line = lines[i];
		if (!code[i] && !layout.privateTag && (mentionsPrivate || line.includes("`")) && line.includes("#") && isPrivateLine(line)) {
			layout.privateTag = true;
		}
		if (hidden[i]) {
			summaryCalloutOpen = false;
			continue;
		}
		if (summaryCalloutOpen) {
			if (QUOTED.test(line)) {
				layout.summaryCallout.push(line.replace(QUOTE_PREFIX, ""));
				continue;
			}
			summaryCalloutOpen = false;
		}
		if (line.includes("[!") && layout.summaryCallout.length === 0) {
			const callout = CALLOUT.exec(line);
			if (callout && callout[1].trim().toLowerCase() === "summary") {
				summaryCalloutOpen = true;
				continue;
			}
		}
		if (line.includes(":")) readFieldLine(layout, line, i);
	}
	return layout;
}

const PRIVATE = "private";

/** Whether `#private` occurs anywhere, in any case (ASCII case folding by `| 0x20`, no string built). */
function containsPrivateTag(text: string): boolean {
	for (let at = text.indexOf("#"); at !== -1; at = text.indexOf("#", at + 1)) {
		let k = 0;
		while (k < PRIVATE.length && (text.charCodeAt(at + 1 + k) | 0x20) === PRIVATE.charCodeAt(k)) k++;
		if (k === PRIVATE.length) return true;
	}
	return false;
}

function isPrivateLine(line: string): boolean {
	return PRIVATE_TAG.test(line.includes("`") ? line.replace(INLINE_CODE, "") : line);
}

function readFieldLine(layout: NoteLayout, line: string, index: number): void {
	// Both patterns need literal markers; most lines with a colon have none.
	const maybeField = line.includes("**") || line.includes("__") || line.includes("::");
	if (line.length < 2000 && line.includes("[[")) {
		const source = SOURCE.exec(line);
		if (source) {
			layout.metadataLines.add(index);
			layout.sourceLink ??= source[1].split("|")[0].trim();
			return;
		}
	}
	if (!maybeField) return;
	const field = FIELD.exec(line);
	if (!field) return;
	const name = (field[1] ?? field[2] ?? "").trim().toLowerCase();
	if (DATE_FIELDS.has(name)) {
		if (layout.dateField === null) layout.dateField = field[3].trim();
		layout.metadataLines.add(index);
	} else if (WITH_FIELDS.has(name)) {
		layout.withFields.push(field[3].trim());
		layout.metadataLines.add(index);
	}
}
