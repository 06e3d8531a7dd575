// The entry lines the plugin writes into a person note, and how it recognises
// them again: their shape carries the date and the meeting link, which is all
// the order of entries depends on — so where a new line goes never depends
// on which meetings were processed before.
import type { PersonSection } from "./person-sections";
import type { Contribution } from "./contribution";

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

/** Text of an item on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

/** A title as a link's display text: `|`, `[`, `]` would end or break the link. */
export function linkDisplay(title: string): string {
	return oneLine(title.replace(/[|[\]]/g, ""));
}

export function recentContextLine(contribution: Contribution): string {
	const title = linkDisplay(contribution.title);
	const link = title ? `[[${contribution.linkTarget}|${title}]]` : `[[${contribution.linkTarget}]]`;
	const sentence = oneLine(contribution.summarySentence);
	const via = contribution.via.length > 0 ? ` (via ${contribution.via.map(oneLine).join(", ")})` : "";
	return `- ${contribution.date}: ${link}${sentence ? ` - ${sentence}` : ""}${via}`;
}

function sourced(prefix: string, text: string, contribution: Contribution): string | null {
	const body = oneLine(text);
	if (body === "") return null;
	return `- ${prefix}${body} ([[${contribution.linkTarget}|${contribution.date}]])`;
}

/** The lines a contribution writes into one entry section, in meeting order,
 * without repeats. */
export function entryLines(part: EntryPart, contribution: Contribution): string[] {
	let lines: (string | null)[];
	switch (part) {
		case "recentContext":
			lines = [recentContextLine(contribution)];
			break;
		case "keyFacts":
			lines = contribution.facts.map((fact) => sourced("", fact, contribution));
			break;
		case "keyDecisions":
			lines = contribution.decisions.map((decision) => sourced("✅ ", decision, contribution));
			break;
	}
	return [...new Set(lines.filter((line): line is string => line !== null))];
}

// A dated Recent Context line, with the meeting link the plugin writes or
// without one (a line the user wrote: "- 2025-09-12: Coffee with Pete").
const RECENT_CONTEXT_SHAPE = /^[-*+] (\d{4}-\d{2}-\d{2}):(?: \[\[([^\]|]*)(?:\||\]\]))?/;
const SOURCED_SHAPE = /^[-*+] .*\(\[\[([^\]|]+)\|(\d{4}-\d{2}-\d{2})\]\]\)\s*$/;

/** Date and link of a line the plugin (or the tool before it) wrote, or null
 * for a line of the user's own. */
export function parseEntry(part: EntryPart, line: string): { date: string; link: string } | null {
	if (part === "recentContext") {
		const match = RECENT_CONTEXT_SHAPE.exec(line);
		return match ? { date: match[1], link: match[2] ?? "" } : null;
	}
	const match = SOURCED_SHAPE.exec(line);
	return match ? { date: match[2], link: match[1] } : null;
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
