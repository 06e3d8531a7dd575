// Headings and the sections they name. Tools word and decorate headings
// differently (`## 📝 Summary`, `### Next Steps:`, `## **TL;DR**`), so a
// heading is matched by its words alone.

export type HeadingKind = "summary" | "actionItems" | "decisions" | "keyInformation" | "topics" | "attendees" | "transcript";

const SYNONYMS: Record<HeadingKind, string[]> = {
	summary: ["summary", "overview", "tl;dr", "tldr", "tl dr", "meeting summary", "executive summary"],
	actionItems: [
		"action items", "action item", "actions", "tasks", "next steps",
		"to-dos", "todos", "to-do", "to do", "to dos", "follow-ups", "follow ups", "followups", "follow-up", "follow up",
	],
	decisions: ["decisions", "key decisions", "decisions made"],
	keyInformation: ["key information", "key facts", "key points", "details", "notes", "key info"],
	topics: ["topics", "topics discussed", "discussion topics"],
	attendees: ["attendees", "participants"],
	transcript: ["transcript", "full transcript", "raw transcript", "meeting transcript"],
};

const KIND_BY_WORDS = new Map<string, HeadingKind>();
for (const [kind, words] of Object.entries(SYNONYMS) as [HeadingKind, string[]][]) {
	for (const word of words) KIND_BY_WORDS.set(word, kind);
}

const ATX_OPENING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LEADING_DECORATION = /^[^\p{L}]+/u;
const TRAILING_DECORATION = /[^\p{L}\p{N})]+$/u;
const WHITESPACE_RUN = /\s+/g;

/** An ATX heading's level and text (closing `#`s removed), or null. */
export function readHeading(line: string): { level: number; text: string } | null {
	// Called for many lines that merely contain a "#" (tags): the regex can only match from "#" or " ".
	const first = line.charCodeAt(0);
	if (first !== 0x23 && first !== 0x20) return null;
	const match = ATX_OPENING.exec(line);
	if (!match) return null;
	let text = line.slice(match[0].length).trim();
	let end = text.length;
	while (end > 0 && text[end - 1] === "#") end--;
	if (end === 0 || text[end - 1] === " " || text[end - 1] === "\t") text = text.slice(0, end).trim();
	return { level: match[1].length, text };
}

/** The words of a heading: leading emoji, numbering and emphasis, trailing colons dropped. */
export function headingWords(text: string): string {
	return text.replace(LEADING_DECORATION, "").replace(TRAILING_DECORATION, "").replace(WHITESPACE_RUN, " ").toLowerCase();
}

/** Which section a heading names, if any. */
export function headingKind(text: string): HeadingKind | null {
	if (text.length > 80) return null;
	// A plain "Summary" is its own words (every synonym starts and ends with a
	// letter and has single spaces), so the regexes run only for decorated ones.
	return KIND_BY_WORDS.get(text.toLowerCase()) ?? KIND_BY_WORDS.get(headingWords(text)) ?? null;
}
