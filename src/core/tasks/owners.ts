// Task owners in a task's description, rewritten to the chosen mention style:
// `@Myself`/`@Me` become the vault owner, `@Jai Menon` (or `@JaiMenon`)
// becomes mentionFor("Jai Menon", style), and the owner forms of other tools
// at the start of a description (`**@Sarah**:`, `**[Alice]** --`,
// `**Alice Smith**`) become mentions too. Emails, code, links and wikilinks
// are left alone, so a second run changes nothing.
import type { MentionStyle } from "../settings";
import { OWNER_WORDS } from "../settings";
import { camelName, mentionFor } from "./mention";
import { capitalisedRunEnd, charAt, isLetter, nameAt, wordEnd } from "./names";

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

const LEADING_FORMS: { pattern: RegExp; needsKnownOrFullName: boolean }[] = [
	{ pattern: /^(\s*)\*\*@([^*\n]+?)\*\*/, needsKnownOrFullName: false }, // **@Sarah**:
	{ pattern: /^(\s*)\*\*\[([^\]*\n]+)\]\*\*/, needsKnownOrFullName: false }, // **[Alice]** --
	{ pattern: /^(\s*)\*\*([^*@[\]\n]+?)\*\*/, needsKnownOrFullName: true }, // **Alice Smith**
];

export function rewriteOwners(description: string, context: OwnerContext): string {
	const lead = rewriteLeadingOwner(description, context);
	const text = lead ? lead.text : description;
	const from = lead ? lead.end : 0;
	return text.slice(0, from) + rewriteMentions(text.slice(from), context);
}

function rewriteLeadingOwner(description: string, context: OwnerContext): { text: string; end: number } | null {
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
	let out = "";
	let from = 0;
	let protectedSpans = [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length]);
	for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
		if (at < from) continue;
		protectedSpans = protectedSpans.filter(([, end]) => end > at);
		if (protectedSpans.some(([start]) => start <= at)) continue;
		const before = at === 0 ? " " : text[at - 1];
		if (!/\s/.test(before) && !MENTION_OPENERS.includes(before)) continue;
		const found = mentionAt(text, at + 1, context);
		if (!found) continue;
		out += text.slice(from, at) + mentionOf(found.name, context);
		from = found.end;
	}
	return out + text.slice(from);
}

/** The person an `@` at `index - 1` names, and where the mention ends. */
function mentionAt(text: string, index: number, context: OwnerContext): { name: string; end: number } | null {
	for (const word of OWNER_WORDS) {
		if (nameAt(text, index, word)) {
			return context.ownerName.trim() ? { name: context.ownerName.trim(), end: index + word.length } : null;
		}
	}
	let best: string | null = null;
	for (const name of knownNames(context)) {
		if (nameAt(text, index, name) && (best === null || name.length > best.length)) best = name;
	}
	if (best !== null) return { name: best, end: index + best.length };
	const firstWordEnd = wordEnd(text, index);
	const camel = knownByCamel(text.slice(index, firstWordEnd), context);
	if (camel !== undefined) return { name: camel, end: firstWordEnd };
	const end = capitalisedRunEnd(text, index);
	if (end === index) return null;
	const written = text.slice(index, end);
	return { name: knownByCamel(written, context) ?? written, end };
}

/** The canonical spelling of a written owner, or null when it is the owner but no name is set. */
function resolveName(written: string, context: OwnerContext): string | null {
	if (OWNER_WORDS.some((word) => word.toLowerCase() === written.toLowerCase())) {
		return context.ownerName.trim() || null;
	}
	const known = knownNames(context).find((name) => name.toLowerCase() === written.toLowerCase());
	return known ?? knownByCamel(written, context) ?? written;
}

/** `JaiMenon` back to `Jai Menon`, so switching styles finds people written in camel form. */
function knownByCamel(written: string, context: OwnerContext): string | undefined {
	if (/\s/.test(written)) return undefined;
	return knownNames(context).find((name) => /\s/.test(name) && camelName(name).toLowerCase() === written.toLowerCase());
}

function isKnown(written: string, context: OwnerContext): boolean {
	if (OWNER_WORDS.some((word) => word.toLowerCase() === written.toLowerCase())) return true;
	return knownNames(context).some((name) => name.toLowerCase() === written.toLowerCase()) || knownByCamel(written, context) !== undefined;
}

function knownNames(context: OwnerContext): string[] {
	return [...context.knownNames, context.ownerName].map((name) => name.trim()).filter((name) => name.length > 0);
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
