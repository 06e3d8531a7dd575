// The entry lines the plugin writes into a person note, and how it recognises
// them again: their shape carries the date and the meeting link, which is all
// the order of entries depends on — so where a new line goes never depends
// on which meetings were processed before.
import type { PersonSection } from "./person-sections";
import type { Contribution } from "./contribution";
import { isSpaceCode, oneLine } from "./entries-text";
import { hashAround, lineHash } from "./freshness-hash";

export { oneLine } from "./entries-text";

export type EntryPart = "recentContext" | "keyFacts" | "keyDecisions";

export const ENTRY_SECTIONS: Record<EntryPart, PersonSection> = {
	recentContext: "Recent Context",
	keyFacts: "Key Facts",
	keyDecisions: "Key Decisions",
};

export interface EntryKey {
	date: string;
	/** The meeting link target. */
	link: string;
	/** Position in the meeting; -Infinity for a line of the meeting that it no
	 * longer writes (the user edited it): it stays ahead of the new ones. */
	position: number;
}

/** A title as a link's display text: `|`, `[`, `]` would end or break the link. */
export function linkDisplay(title: string): string {
	return oneLine(title.replace(/[|[\]]/g, ""));
}

/** The Recent Context line without " (via …)", in pieces: `before` and
 * `after` its link target. */
export function recentContextPieces(contribution: Contribution): { before: string; after: string } {
	const title = linkDisplay(contribution.title);
	const sentence = oneLine(contribution.summarySentence);
	return { before: `- ${contribution.date}: [[`, after: `${title ? `|${title}` : ""}]]${sentence ? ` - ${sentence}` : ""}` };
}

/** What a person only mentioned gets at the end of the line: " (via …)". */
export function viaSuffix(contribution: Contribution): string {
	return contribution.via.length > 0 ? ` (via ${contribution.via.map(oneLine).join(", ")})` : "";
}

export function recentContextLine(contribution: Contribution): string {
	const { before, after } = recentContextPieces(contribution);
	return before + contribution.linkTarget + after + viaSuffix(contribution);
}

/** Where a meeting's lines point: its link target and date. */
export type LineSource = Pick<Contribution, "linkTarget" | "date">;

/** A fact (prefix "") or decision ("✅ ") line with its source, or null when
 * the text is empty. */
export function sourcedLine(prefix: string, text: string, source: LineSource): string | null {
	const body = oneLine(text);
	if (body === "") return null;
	return `- ${prefix}${body} ([[${source.linkTarget}|${source.date}]])`;
}

/** A line and its hash (entryIdentity). */
export interface BuiltLine {
	line: string;
	hash: string;
}

/** sourcedLine with its hash, hashed from its pieces. */
export function sourcedEntry(part: "keyFacts" | "keyDecisions", text: string, source: LineSource): BuiltLine | null {
	return sourcedEntryOf(part, oneLine(text), source, isPlain(source));
}

/** What follows the text in every sourced line of a source: ` ([[link|date]])`. */
export function sourceTail(source: LineSource): string {
	return ` ([[${source.linkTarget}|${source.date}]])`;
}

// The pieces hashAround reads for a sourced line, filled in for each line
// (it keeps neither array).
const HASH_BEFORE = ["- ", "", "", " ([["];
const HASH_AFTER = ["|", "", "]])"];

/** sourcedEntry of a text already on one line (`body` = oneLine(text)), for
 * a source whose isPlain is `plain` and whose sourceTail is `tail`: what a
 * meeting's items share is worked out once for all of them. */
export function sourcedEntryOf(part: "keyFacts" | "keyDecisions", body: string, source: LineSource, plain: boolean, tail = sourceTail(source)): BuiltLine | null {
	if (body === "") return null;
	const decision = part === "keyDecisions";
	const line = (decision ? "- ✅ " : "- ") + body + tail;
	if (!plain) return { line, hash: entryIdentity(part, line).hash };
	HASH_BEFORE[1] = decision ? "✅ " : "";
	HASH_BEFORE[2] = body;
	HASH_AFTER[1] = source.date;
	const hash = hashAround(HASH_BEFORE, HASH_AFTER);
	HASH_BEFORE[2] = "";
	return { line, hash };
}

/** Lines without repeats, the first of each kept. */
export function withoutRepeats(lines: string[]): string[] {
	if (lines.length < 2) return lines;
	if (lines.length > 16) return [...new Set(lines)];
	const kept: string[] = [];
	for (const line of lines) if (!kept.includes(line)) kept.push(line);
	return kept;
}

function sourcedLines(texts: readonly string[], prefix: string, contribution: Contribution): string[] {
	const lines: string[] = [];
	for (const text of texts) {
		const line = sourcedLine(prefix, text, contribution);
		if (line !== null) lines.push(line);
	}
	return withoutRepeats(lines);
}

/** The lines a contribution writes into one entry section, in meeting order,
 * without repeats. (entries-shared.ts builds the same once per meeting.) */
export function entryLines(part: EntryPart, contribution: Contribution): string[] {
	switch (part) {
		case "recentContext":
			return [recentContextLine(contribution)];
		case "keyFacts":
			return sourcedLines(contribution.facts, "", contribution);
		case "keyDecisions":
			return sourcedLines(contribution.decisions, "✅ ", contribution);
	}
}

// A dated Recent Context line, with the meeting link the plugin writes or
// without one (a line the user wrote: "- 2025-09-12: Coffee with Pete").
const RECENT_CONTEXT_SHAPE = /^[-*+] (\d{4}-\d{2}-\d{2}):(?: \[\[([^\]|]*)(?:\||\]\]))?/;
const SOURCED_SHAPE = /^[-*+] .*\(\[\[([^\]|]+)\|(\d{4}-\d{2}-\d{2})\]\]\)\s*$/;
/** Where the link target starts in a Recent Context line: after `- yyyy-MM-dd: [[`. */
const RECENT_LINK_AT = 16;

interface EntryMatch {
	date: string;
	/** The link target, or null for a dated line without a link. */
	link: string | null;
	/** Where the link target starts in the line. */
	at: number;
}

function matchEntry(part: EntryPart, line: string): EntryMatch | null {
	if (part === "recentContext") {
		const match = RECENT_CONTEXT_SHAPE.exec(line);
		if (!match) return null;
		return { date: match[1], link: match[2] ?? null, at: RECENT_LINK_AT };
	}
	// Most lines are not entries: only a line ending in `)` can be one.
	let end = line.length - 1;
	while (end >= 0 && isSpaceCode(line.charCodeAt(end))) end--;
	if (line.charCodeAt(end) !== 41) return null;
	const match = SOURCED_SHAPE.exec(line);
	if (!match) return null;
	const link = match[1];
	return { date: match[2], link, at: line.lastIndexOf(`|${match[2]}]])`) - link.length };
}

/** Date and link of a line the plugin (or the tool before it) wrote, or null
 * for a line of the user's own. */
export function parseEntry(part: EntryPart, line: string): { date: string; link: string } | null {
	const match = matchEntry(part, line);
	return match ? { date: match.date, link: match.link ?? "" } : null;
}

/** How the ledger knows an entry line again (SPEC "Fresh"). */
export interface EntryIdentity {
	/** Hash of the line without its meeting link target: a line Obsidian
	 * relinked after the meeting note was renamed is still the same line. */
	hash: string;
	/** The meeting link target; null when the line has none (its hash then
	 * covers the whole line). */
	link: string | null;
}

export function entryIdentity(part: EntryPart, line: string): EntryIdentity {
	return entryIdentityIf(part, line, () => true) as EntryIdentity;
}

/** entryIdentity, or null without hashing when `wanted` turns its link down. */
export function entryIdentityIf(part: EntryPart, line: string, wanted: (link: string | null) => boolean): EntryIdentity | null {
	const match = matchEntry(part, line);
	const link = match?.link ?? null;
	if (!wanted(link)) return null;
	if (!match || link === null) return { hash: lineHash(line), link: null };
	return { hash: lineHash(line, match.at, match.at + link.length), link };
}

const PLAIN_LINK = /^[^[\]|]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether every line built for this source reads back (parseEntry) with
 * exactly its link and date: then where the link is, is known. */
export function isPlain(source: LineSource): boolean {
	return PLAIN_LINK.test(source.linkTarget) && DATE.test(source.date);
}

/** entryIdentity(part, line).hash of a line built for `source`, without
 * parsing the line. */
export function writtenHash(part: EntryPart, line: string, source: LineSource): string {
	const link = source.linkTarget;
	if (!isPlain(source)) return entryIdentity(part, line).hash;
	const at = part === "recentContext" ? RECENT_LINK_AT : line.length - link.length - "|yyyy-MM-dd]])".length;
	return lineHash(line, at, at + link.length);
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Entry order: by date (Recent Context newest first), then meeting link,
 * then position in the meeting. */
export function compareEntries(part: EntryPart, a: EntryKey, b: EntryKey): number {
	const byDate = part === "recentContext" ? compareText(b.date, a.date) : compareText(a.date, b.date);
	if (byDate !== 0) return byDate;
	const byLink = compareText(a.link, b.link);
	if (byLink !== 0) return byLink;
	return a.position === b.position ? 0 : a.position < b.position ? -1 : 1;
}
