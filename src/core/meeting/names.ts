// One participant entry, as any tool writes it, read into a name (or a bare
// email still to be resolved) or into the reason it is not a person.
import type { ContactField } from "./model";
import { cleanText, describeValue, scalarText, splitCommaList } from "./text";

export type Contact = Partial<Record<ContactField, string>>;

export type EntryRead =
	| { kind: "person"; name: string; qualifier?: string; email?: string; contact: Contact }
	/** An email with no name yet: resolved against the note and known people. */
	| { kind: "email"; email: string; qualifier?: string; contact: Contact }
	| { kind: "dropped"; entry: string; reason: string };

const EMAIL = /^[^\s@<>()[\]{},;:"]+@[^\s@<>()[\]{},;:"]+\.[^\s@<>()[\]{},;:".]+$/;
const WIKILINK = /\[\[([^[\]]*)\]\]/g;
const MARKDOWN_LINK = /\[([^[\]]*)\]\([^()]*\)/g;
const EMPHASIS_WRAP = /^(\*\*|__|\*|_|`)(.+)\1$/;
const QUOTE_WRAP = /^(["'“‘])(.*)["'”’]$/;
const LEADING_AT = /^@(?=[\p{L}\p{N}])/u;
const NO_LETTER_OR_DIGIT = /^[^\p{L}\p{N}]*$/u;
const ONLY_NUMBER = /^[\d\s.,+()/#-]+$/;
const PLACEHOLDERS = [
	/^(?:unknown\s+)?(?:speaker|guest|participant|attendee|caller)(?:[\s_#-]*\d+|[\s_#-]+[a-z])?$/i,
	/^unknown(?:[\s_#-]*\d+)?$/i,
];
const MAX_NAME_LENGTH = 200;

/** Whether a string is one email address. */
export function isEmail(value: string): boolean {
	return EMAIL.test(value);
}

/** `[[People/Jai Menon|Jai]]` → `Jai Menon`: the note the link points at. */
function linkTarget(inner: string): string {
	const pipe = inner.indexOf("|");
	let target = pipe === -1 ? inner : inner.slice(0, pipe);
	const anchor = target.search(/[#^]/);
	if (anchor !== -1) target = target.slice(0, anchor);
	target = target.slice(target.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim();
	return target || (pipe === -1 ? "" : inner.slice(pipe + 1).trim());
}

/** Whether a text starting with this character may be wrapped: `*`, `_`, `` ` ``, quotes, `@`. */
function mayBeWrapped(first: number): boolean {
	switch (first) {
		case 0x2a: case 0x5f: case 0x60: case 0x22: case 0x27: case 0x201c: case 0x2018: case 0x40:
			return true;
		default:
			return false;
	}
}

function unwrap(text: string): string {
	if (!mayBeWrapped(text.charCodeAt(0))) return text;
	let value = text;
	for (let guard = 0; guard < 4; guard++) {
		const match = EMPHASIS_WRAP.exec(value) ?? QUOTE_WRAP.exec(value);
		if (!match) break;
		value = match[2].trim();
	}
	return value.replace(LEADING_AT, "");
}

/** Splits a trailing `(…)` off, respecting nested parentheses. */
function trailingParenthetical(text: string): { before: string; inner: string } | null {
	if (!text.endsWith(")")) return null;
	let depth = 0;
	for (let i = text.length - 1; i >= 0; i--) {
		if (text[i] === ")") depth++;
		else if (text[i] === "(" && --depth === 0) return { before: text.slice(0, i).trim(), inner: text.slice(i + 1, -1).trim() };
	}
	return null;
}

/** The address of a trailing `<mail@example.com>`, lower-cased. */
function angleEmail(text: string): string | undefined {
	if (!text.endsWith(">")) return undefined;
	const open = text.lastIndexOf("<");
	const inner = open === -1 ? "" : text.slice(open + 1, -1).trim().replace(/^mailto:/i, "");
	return isEmail(inner) ? inner.toLowerCase() : undefined;
}

/** Whether a placeholder can start with this (lower-cased) letter: unknown, speaker, guest, participant, attendee, caller. */
function isPlaceholderInitial(letter: number): boolean {
	return letter === 0x75 || letter === 0x73 || letter === 0x67 || letter === 0x70 || letter === 0x61 || letter === 0x63;
}

/** A name that is not a person's: a placeholder speaker, punctuation, a number. */
export function notANameReason(name: string): string | null {
	// Fast path for the usual name: one starting with an ASCII letter has a
	// letter, is not a number, and is a placeholder only if it starts like one.
	const folded = name.length > 0 ? name.charCodeAt(0) | 0x20 : 0;
	if (folded >= 0x61 && folded <= 0x7a && !isPlaceholderInitial(folded)) return null;
	if (NO_LETTER_OR_DIGIT.test(name)) return name ? "only punctuation, not a name" : "empty name";
	if (ONLY_NUMBER.test(name)) return `participant ${name} is a number, not a name`;
	for (const pattern of PLACEHOLDERS) if (pattern.test(name)) return "a placeholder speaker, not a person";
	return null;
}

/** Reads one participant written as text: a name, wikilink, email, `Name <email>`, `Name (email)`. */
export function readEntryText(raw: string): EntryRead {
	let text = cleanText(raw);
	const entry = text;
	if (text.length > MAX_NAME_LENGTH) return { kind: "dropped", entry: `${entry.slice(0, 60)}…`, reason: "too long to be a name" };
	text = unwrap(text);
	let email = angleEmail(text);
	if (email) text = unwrap(text.slice(0, text.lastIndexOf("<")).trim());
	let qualifier: string | undefined;
	const paren = trailingParenthetical(text);
	if (paren) {
		if (isEmail(paren.inner)) email ??= paren.inner.toLowerCase();
		else if (paren.inner) qualifier = cleanText(paren.inner);
		text = paren.before;
		// "Bob <bob@x.com> (PM)": the address sits before the qualifier.
		const inner = email ? undefined : angleEmail(text);
		if (inner) {
			email = inner;
			text = unwrap(text.slice(0, text.lastIndexOf("<")).trim());
		}
	}
	if (text.includes("[")) {
		if (text.includes("[[")) text = text.replace(WIKILINK, (_match, inner: string) => linkTarget(inner));
		if (text.includes("](")) text = text.replace(MARKDOWN_LINK, "$1");
	}
	// A name that came through untouched is clean and unwrapped already.
	if (text !== entry || mayBeWrapped(entry.charCodeAt(0))) text = cleanText(unwrap(text));
	if (text.includes("@") && isEmail(text)) {
		const bare = text.toLowerCase();
		return { kind: "email", email: bare, qualifier, contact: { email: email ?? bare } };
	}
	if (!text && email) return { kind: "email", email, qualifier, contact: { email } };
	const reason = notANameReason(text);
	if (reason) return { kind: "dropped", entry: entry || describeValue(raw), reason };
	return { kind: "person", name: text, qualifier, email, contact: email ? { email } : {} };
}

const CONTACT_KEYS: Record<string, ContactField> = {
	role: "role",
	company: "company",
	department: "department",
	phone: "phone",
	linkedin: "linkedin",
	location: "location",
};
const NAME_KEYS = ["name", "full_name", "fullname", "display_name", "displayname"];

/** Reads one object entry: `{ name, email, role, company, … }`. */
function readEntryObject(value: Record<string, unknown>): EntryRead {
	const fields = new Map<string, unknown>();
	for (const [key, field] of Object.entries(value)) fields.set(key.toLowerCase(), field);
	const contact: Contact = {};
	for (const [key, field] of Object.entries(CONTACT_KEYS)) {
		const text = cleanText(scalarText(fields.get(key)));
		if (text) contact[field] = text;
	}
	const rawEmail = cleanText(scalarText(fields.get("email")));
	const email = isEmail(rawEmail) ? rawEmail.toLowerCase() : undefined;
	if (email) contact.email = email;
	let name = "";
	for (const key of NAME_KEYS) {
		name = cleanText(scalarText(fields.get(key)));
		if (name) break;
	}
	if (name) {
		const read = readEntryText(name);
		if (read.kind === "dropped") return read;
		// The object's own email field wins over one written inside its name.
		const finalEmail = email ?? read.email;
		const merged: Contact = finalEmail ? { ...contact, email: finalEmail } : contact;
		if (read.kind === "email") return { ...read, contact: merged };
		return { ...read, email: finalEmail, contact: merged };
	}
	if (email) return { kind: "email", email, contact };
	const entry = describeValue(value);
	if (rawEmail) return { kind: "dropped", entry, reason: `participant ${entry} has no name and "${rawEmail}" is not an email` };
	return { kind: "dropped", entry, reason: `participant ${entry} has neither a name nor an email` };
}

/** The name inside `[[Name]]` written unquoted in YAML (a list holding a list of one string), else null. */
export function unquotedWikilink(value: unknown): string | null {
	if (!Array.isArray(value) || value.length !== 1) return null;
	const inner: unknown = value[0];
	if (!Array.isArray(inner) || inner.length !== 1 || typeof inner[0] !== "string") return null;
	return inner[0];
}

/** Reads one participant written as text; readEntryText or a per-note memo of it. */
export type EntryTextReader = (raw: string) => EntryRead;

/**
 * readEntryText remembered for one note: pipelines list the same people in
 * the frontmatter and again on a `**With**:` line, and each is read once.
 * The reads are shared, never changed, so handing one out twice is safe.
 */
export function memoEntryReader(): EntryTextReader {
	const reads = new Map<string, EntryRead>();
	return (raw) => {
		let read = reads.get(raw);
		if (read === undefined) {
			read = readEntryText(raw);
			reads.set(raw, read);
		}
		return read;
	};
}

/** Reads one element of a participant list, whatever YAML made of it. */
export function readEntryValue(value: unknown, readText: EntryTextReader = readEntryText): EntryRead {
	if (typeof value === "string") return readText(value);
	if (typeof value === "number" || typeof value === "bigint") {
		return { kind: "dropped", entry: String(value), reason: `participant ${String(value)} is a number, not a name` };
	}
	if (value === null || value === undefined) return { kind: "dropped", entry: "", reason: "empty name" };
	const entry = describeValue(value);
	if (Array.isArray(value)) {
		// `- [[Jai Menon]]` unquoted is YAML for a list in a list, not a wikilink.
		const link = unquotedWikilink(value);
		const hint = link === null ? "" : ` (write wikilinks in quotes: "[[${link}]]")`;
		return { kind: "dropped", entry, reason: `participant ${entry} is a nested list, not a name${hint}` };
	}
	if (value instanceof Date) return { kind: "dropped", entry, reason: `participant ${entry} is a date, not a name` };
	if (typeof value === "object") return readEntryObject(value as Record<string, unknown>);
	return { kind: "dropped", entry, reason: `participant ${entry} is not a name` };
}

/** Reads a participant field's value: a list, one comma-separated string, or one object. */
export function readEntryList(value: unknown, readText: EntryTextReader = readEntryText): EntryRead[] {
	if (value === null || value === undefined) return [];
	if (Array.isArray(value)) return value.map((entry) => readEntryValue(entry, readText));
	if (typeof value === "string") return splitCommaList(value).map(readText);
	return [readEntryValue(value, readText)];
}
