// One pass over a meeting note's body: which lines are never read
// (frontmatter, fenced code, transcripts, folded blocks), where the headings
// are, and the single-line fields (`**Date**:`, `**With**:`, `Source: [[…]]`,
// `#private`). Most notes have no code fence, folded block or callout, so a
// look at each line's first character and a few searches of the text decide
// which of those passes run at all.
import { codeLineMask } from "../markdown/lines";
import type { BodyFields } from "./fields";
import { followedByPrivate, isPrivateLine, readFieldLine } from "./fields";
import type { HeadingKind } from "./headings";
import { headingKind, readHeading } from "./headings";
import type { NoteLines } from "./note-lines";
import { allLines, firstCharCode, lineAt, lineCount, linesContaining } from "./note-lines";

export interface Heading {
	line: number;
	level: number;
	text: string;
	kind: HeadingKind | null;
}

export interface NoteLayout extends BodyFields {
	note: NoteLines;
	/** First line after the frontmatter. */
	bodyStart: number;
	/**
	 * Lines never read as sections, items or tasks: frontmatter, code,
	 * transcripts, and the lines holding `Source: [[…]]`, `**Date**:`,
	 * `**With**:` (read as fields, never part of a section's text).
	 */
	hidden: boolean[];
	/** Readable headings, in order. */
	headings: Heading[];
	firstTitleHeading?: string;
	/** The content lines of the first `> [!summary]` callout. */
	summaryCallout: string[];
	privateTag: boolean;
}

const DETAILS_OPEN = /<details[\s>]/gi;
const DETAILS_CLOSE = /<\/details\s*>/gi;
const CALLOUT = /^\s*>\s*\[!([^\]]*)\]([-+]?)(.*)$/;
const QUOTED = /^\s*>/;
const QUOTE_PREFIX = /^\s*> ?/;

function countMatches(pattern: RegExp, line: string): number {
	pattern.lastIndex = 0;
	let count = 0;
	while (pattern.exec(line) !== null) count++;
	return count;
}

/** Collapsed callouts and `<details>` blocks: where importers fold a transcript away. */
function maskFoldedBlocks(note: NoteLines, code: boolean[] | null, bodyStart: number, hidden: boolean[]): void {
	let detailsDepth = 0;
	let inCollapsedCallout = false;
	for (let i = bodyStart; i < lineCount(note); i++) {
		if (code !== null && code[i]) continue;
		const line = lineAt(note, i);
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

/** What one look at each body line's first character tells. */
interface LineSurvey {
	/** Lines that may be ATX headings: starting with "#", or a space and holding one. */
	headingLines: number[];
	/** Whether some line may open a code fence: starting with "`" or "~", or a space or ">" and holding one. */
	fences: boolean;
	/** Whether some line may be a callout (`> [!kind]`): starting with ">" or whitespace and holding "[!". */
	callouts: boolean;
}

const TAB = 0x09;
const SPACE = 0x20;
const HASH = 0x23;
const QUOTE_MARK = 0x3e;
const BACKTICK = 0x60;
const TILDE = 0x7e;

/** Whether a line starting with this character starts with whitespace as \s sees it (NBSP and wider spaces too). */
function isSpaceLike(first: number): boolean {
	return first === SPACE || first === TAB || first === 0x0b || first === 0x0c || first >= 0xa0;
}

function surveyLines(note: NoteLines, bodyStart: number): LineSurvey {
	const survey: LineSurvey = { headingLines: [], fences: false, callouts: false };
	for (let i = bodyStart; i < lineCount(note); i++) {
		const first = firstCharCode(note, i);
		if (first === HASH) {
			survey.headingLines.push(i);
		} else if (first === BACKTICK || first === TILDE) {
			survey.fences = true;
		} else if (first === QUOTE_MARK || isSpaceLike(first)) {
			const line = lineAt(note, i);
			if (first === SPACE && line.includes("#")) survey.headingLines.push(i);
			if ((first === SPACE || first === QUOTE_MARK) && (line.includes("```") || line.includes("~~~"))) survey.fences = true;
			if (line.includes("[!")) survey.callouts = true;
		}
	}
	return survey;
}

function noneHidden(count: number): boolean[] {
	const hidden: boolean[] = [];
	for (let i = 0; i < count; i++) hidden.push(false);
	return hidden;
}

// Every transcript heading's words hold this, in any case (no other
// character lower-cases to these ASCII letters).
const TRANSCRIPT_WORD = /transcript/i;

/**
 * A heading's kind where it matters: a section is a heading of level 2 or
 * more, and a top-level heading counts only when it is a transcript's (the
 * note's title, at level 1, is rarely one and costs the most to match).
 */
function kindOf(level: number, text: string): HeadingKind | null {
	if (level >= 2 || TRANSCRIPT_WORD.test(text)) return headingKind(text);
	return null;
}

/** Scans the body of a note, which starts on line `bodyStart` (after the frontmatter). */
export function scanNote(note: NoteLines, bodyStart: number): NoteLayout {
	const { text } = note;
	const count = lineCount(note);
	const survey = surveyLines(note, bodyStart);
	// Which lines are code; null when no line can open a fence.
	const code = survey.fences ? codeLineMask(allLines(note), bodyStart) : null;
	const hidden = code ? code.slice() : noneHidden(count);
	for (let i = 0; i < bodyStart && i < count; i++) hidden[i] = true;
	// A <details> block opens only on a line holding one of these (maskFoldedBlocks' own test).
	const details = text.includes("<") && (text.includes("<details") || text.includes("<DETAILS"));
	if (survey.callouts || details) maskFoldedBlocks(note, code, bodyStart, hidden);

	const headings: Heading[] = [];
	for (const i of survey.headingLines) {
		if (hidden[i]) continue;
		const heading = readHeading(lineAt(note, i));
		if (heading) headings.push({ line: i, level: heading.level, text: heading.text, kind: kindOf(heading.level, heading.text) });
	}
	const visibleHeadings = maskTranscriptSections(headings, count, hidden);

	const layout: NoteLayout = {
		note,
		bodyStart,
		hidden,
		headings: visibleHeadings,
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
	layout.privateTag = hasPrivateTag(note, bodyStart, code);
	if (survey.callouts) {
		readFieldsAndCallouts(layout);
	} else {
		// Without callouts, fields are the only thing left to read, and only a line with ":" can hold one.
		for (const i of linesContaining(note, ":", bodyStart)) {
			if (!hidden[i] && readFieldLine(layout, lineAt(note, i))) hidden[i] = true;
		}
	}
	return layout;
}

function anyHashPrivate(text: string, from: number): boolean {
	for (let at = text.indexOf("#", from); at !== -1; at = text.indexOf("#", at + 1)) {
		if (followedByPrivate(text, at)) return true;
	}
	return false;
}

/**
 * Whether a body line outside code carries `#private` (hidden lines count
 * too). Only a line with "#" can. One sweep over the "#"s of the body: a line
 * is searched when one of its "#" is followed by "private" (any case), or
 * when it has inline code, whose removal can join a tag ("#priv`x`ate").
 */
function hasPrivateTag(note: NoteLines, bodyStart: number, code: boolean[] | null): boolean {
	const { text, ends } = note;
	if (bodyStart >= lineCount(note)) return false;
	const from = note.starts[bodyStart];
	// The usual note has neither a "#" followed by "private" (in some ASCII
	// case, as any line with the tag has) nor inline code: no line is cut.
	if (!anyHashPrivate(text, from) && !text.includes("`", from)) return false;
	let line = bodyStart;
	let lookedAt = -1;
	for (let at = text.indexOf("#", from); at !== -1; at = text.indexOf("#", at + 1)) {
		while (at >= ends[line]) line++;
		if (line === lookedAt || (code !== null && code[line])) continue;
		const content = lineAt(note, line);
		if (!followedByPrivate(text, at) && !content.includes("`")) continue;
		lookedAt = line;
		if (isPrivateLine(content)) return true;
	}
	return false;
}

/** Fields and the first `> [!summary]` callout, line by line (a callout's lines are not fields). */
function readFieldsAndCallouts(layout: NoteLayout): void {
	const { note, hidden } = layout;
	let summaryCalloutOpen = false;
	for (let i = layout.bodyStart; i < lineCount(note); i++) {
		if (hidden[i]) {
			summaryCalloutOpen = false;
			continue;
		}
		const line = lineAt(note, i);
		if (summaryCalloutOpen) {
			if (QUOTED.test(line)) {
				layout.summaryCallout.push(line.replace(QUOTE_PREFIX, ""));
				continue;
			}
			summaryCalloutOpen = false;
		}
		if (layout.summaryCallout.length === 0 && line.includes("[!")) {
			const callout = CALLOUT.exec(line);
			if (callout && callout[1].trim().toLowerCase() === "summary") {
				summaryCalloutOpen = true;
				continue;
			}
		}
		if (line.includes(":") && readFieldLine(layout, line)) hidden[i] = true;
	}
}
