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
// The spellings headings usually have ("Action Items", "Next steps",
// "SUMMARY"), matched as they are: lower-casing every heading costs more.
const KIND_BY_SPELLING = new Map<string, HeadingKind>();
const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
for (const [kind, words] of Object.entries(SYNONYMS) as [HeadingKind, string[]][]) {
	for (const word of words) {
		KIND_BY_WORDS.set(word, kind);
		const titleCase = word.split(" ").map(capitalized).join(" ");
		for (const spelling of [word, capitalized(word), titleCase, word.toUpperCase()]) KIND_BY_SPELLING.set(spelling, kind);
	}
}

const LEADING_DECORATION = /^[^\p{L}]+/u;
const TRAILING_DECORATION = /[^\p{L}\p{N})]+$/u;
const WHITESPACE_RUN = /\s+/g;

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/**
 * An ATX heading's level and text (closing `#`s removed), or null: up to
 * three spaces, one to six `#`, then a space, a tab or the end of the line
 * (/^ {0,3}(#{1,6})(?:[ \t]|$)/, read by character codes).
 */
export function readHeading(line: string): { level: number; text: string } | null {
	let i = 0;
	while (i < 3 && i < line.length && line.charCodeAt(i) === SPACE) i++;
	let level = 0;
	while (level < 7 && i + level < line.length && line.charCodeAt(i + level) === HASH) level++;
	if (level === 0 || level > 6) return null;
	let opening = i + level;
	if (opening < line.length) {
		const after = line.charCodeAt(opening);
		if (after !== SPACE && after !== TAB) return null;
		opening++;
	}
	let text = line.slice(opening).trim();
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === HASH) end--;
	if (end === 0 || text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB) text = text.slice(0, end).trim();
	return { level, text };
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
	return KIND_BY_SPELLING.get(text) ?? KIND_BY_WORDS.get(text.toLowerCase()) ?? KIND_BY_WORDS.get(headingWords(text)) ?? null;
}
