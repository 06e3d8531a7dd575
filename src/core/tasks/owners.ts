// Task owners in a task's description, rewritten to the chosen mention style:
// `@Myself`/`@Me` become the vault owner, `@Jai Menon` (or `@JaiMenon`)
// becomes mentionFor("Jai Menon", style), and the owner forms of other tools
// at the start of a description (`**@Sarah**:`, `**[Alice]** --`,
// `**Alice Smith**`) become mentions too. Emails, code, links and wikilinks
// are left alone, so a second run changes nothing.
import type { MentionStyle } from "../settings";
import { OWNER_WORDS } from "../settings";
import { mentionFor } from "./mention";
import { buildNameIndex, longestNameAt, type NameIndex, nameIndexOf } from "./name-index";
import { capitalisedRunEnd, charAt, isLetter, wordEnd } from "./names";
import { isWhitespaceCode } from "./whitespace";

export interface OwnerContext {
	ownerName: string;
	knownNames: string[];
	mentionStyle: MentionStyle;
	/** Person-note basename by name, for wikilinks to notes whose file name differs. */
	noteBasenames?: Record<string, string>;
}

/** Spans where an `@` is not a mention: inline code, wikilinks, markdown link targets, URLs. */
const PROTECTED = /`+[^`]*`+|\[\[[^\]]*\]\]|\]\([^)]*\)|https?:\/\/\S+/g;
/** Characters after which an `@` starts a mention (so `bob@example.com` is no mention). */
const MENTION_OPENERS = "([{\"'“‘«*_,;:!?";
/** Bold words at the start of a description that name a section, not a person. */
const NOT_NAMES = new Set(
	["action", "item", "items", "next", "step", "steps", "note", "notes", "important", "follow", "up", "todo", "to", "do",
		"task", "tasks", "owner", "due", "decision", "summary", "update", "urgent", "blocked", "done", "key", "open",
		"question", "follow-up", "priority", "high", "low", "medium", "new", "all", "team", "everyone"],
);

/** The owner words as names: no text is both `@Myself` and `@Me`, so which is tried first does not matter. */
const OWNER_WORD_INDEX = buildNameIndex(OWNER_WORDS);

const LEADING_FORMS: { pattern: RegExp; needsKnownOrFullName: boolean }[] = [
	{ pattern: /^(\s*)\*\*@([^*\n]+?)\*\*/, needsKnownOrFullName: false }, // **@Sarah**:
	{ pattern: /^(\s*)\*\*\[([^\]*\n]+)\]\*\*/, needsKnownOrFullName: false }, // **[Alice]** --
	{ pattern: /^(\s*)\*\*([^*@[\]\n]+?)\*\*/, needsKnownOrFullName: true }, // **Alice Smith**
];

export function rewriteOwners(description: string, context: OwnerContext): string {
	// Every owner form starts with `@` or `**`: most descriptions need no work.
	if (!description.includes("@") && !description.includes("**")) return description;
	const lead = rewriteLeadingOwner(description, context);
	const text = lead ? lead.text : description;
	const from = lead ? lead.end : 0;
	return text.slice(0, from) + rewriteMentions(text.slice(from), context);
}

function rewriteLeadingOwner(description: string, context: OwnerContext): { text: string; end: number } | null {
	// Each leading form opens with `**` after the indentation.
	if (!description.trimStart().startsWith("**")) return null;
	for (const { pattern, needsKnownOrFullName } of LEADING_FORMS) {
		const match = pattern.exec(description);
		if (!match) continue;
		const written = match[2].trim().replace(/\s+/g, " ");
		if (!looksLikeName(written)) return null;
		const name = resolveName(written, context);
		if (name === null) return null;
		if (needsKnownOrFullName && !isKnown(written, context) && !looksLikeFullName(written)) return null;
		const mention = mentionOf(name, context);
		return { text: match[1] + mention + description.slice(match[0].length), end: match[1].length + mention.length };
	}
	return null;
}

function rewriteMentions(text: string, context: OwnerContext): string {
	if (!text.includes("@")) return text;
	let out = "";
	let from = 0;
	const spans = protectedSpans(text);
	let span = 0; // the first protected span that ends after the `@`
	for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
		if (at < from) continue;
		while (span < spans.length && spans[span].end <= at) span++;
		if (span < spans.length && spans[span].start <= at) continue;
		const before = at === 0 ? " " : text[at - 1];
		if (!isWhitespaceCode(before.charCodeAt(0)) && !MENTION_OPENERS.includes(before)) continue;
		const found = mentionAt(text, at + 1, context);
		if (!found) continue;
		out += text.slice(from, at) + mentionOf(found.name, context);
		from = found.end;
	}
	return out + text.slice(from);
}

/** The PROTECTED spans of a text, in order (they never overlap). */
function protectedSpans(text: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	PROTECTED.lastIndex = 0;
	for (let match = PROTECTED.exec(text); match !== null; match = PROTECTED.exec(text)) {
		spans.push({ start: match.index, end: match.index + match[0].length });
	}
	return spans;
}

/** The person an `@` at `index - 1` names, and where the mention ends. */
function mentionAt(text: string, index: number, context: OwnerContext): { name: string; end: number } | null {
	const ownerWord = longestNameAt(text, index, OWNER_WORD_INDEX);
	if (ownerWord !== null) return context.ownerName.trim() ? { name: context.ownerName.trim(), end: index + ownerWord.length } : null;
	const names = nameIndexOf(context);
	const best = longestNameAt(text, index, names);
	if (best !== null) return { name: best, end: index + best.length };
	const firstWordEnd = wordEnd(text, index);
	const camel = knownByCamel(text.slice(index, firstWordEnd), names);
	if (camel !== undefined) return { name: camel, end: firstWordEnd };
	const end = capitalisedRunEnd(text, index);
	if (end === index) return null;
	const written = text.slice(index, end);
	return { name: knownByCamel(written, names) ?? written, end };
}

/** The canonical spelling of a written owner, or null when it is the owner but no name is set. */
function resolveName(written: string, context: OwnerContext): string | null {
	if (isOwnerWord(written)) return context.ownerName.trim() || null;
	const names = nameIndexOf(context);
	return names.byLower.get(written.toLowerCase()) ?? knownByCamel(written, names) ?? written;
}

/** `JaiMenon` back to `Jai Menon`, so switching styles finds people written in camel form. */
function knownByCamel(written: string, names: NameIndex): string | undefined {
	if (/\s/.test(written)) return undefined;
	return names.byCamel.get(written.toLowerCase());
}

function isKnown(written: string, context: OwnerContext): boolean {
	if (isOwnerWord(written)) return true;
	const names = nameIndexOf(context);
	return names.byLower.has(written.toLowerCase()) || knownByCamel(written, names) !== undefined;
}

function isOwnerWord(written: string): boolean {
	return OWNER_WORDS.some((word) => word.toLowerCase() === written.toLowerCase());
}

/** One to five words, each a name word (letters, `O'Brien`, `Mary-Jane`). */
function looksLikeName(written: string): boolean {
	const words = written.split(" ");
	return words.length <= 5 && words.every((word) => isLetter(charAt(word, 0)) && wordEnd(word, 0) === word.length);
}

/** Two or three capitalised words that are not a heading such as `Action Items`. */
function looksLikeFullName(written: string): boolean {
	const words = written.split(" ");
	if (words.length < 2 || words.length > 3) return false;
	return capitalisedRunEnd(written, 0) === written.length && !words.some((word) => NOT_NAMES.has(word.toLowerCase()));
}

function mentionOf(name: string, context: OwnerContext): string {
	return mentionFor(name, context.mentionStyle, context.noteBasenames?.[name] ?? name);
}
