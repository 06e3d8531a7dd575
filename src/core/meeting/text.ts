// Small text helpers the meeting reader shares: one cleaning rule for every
// name and key, so "José" typed two ways and "Jai\u200BMenon" compare equal.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Control characters (C0 but whitespace, DEL, C1) are dropped: a file name
// cannot hold them, and a name must match the note it names on every run.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A surrogate pair is kept; half of one is dropped.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;
const WHITESPACE_RUN = /\s+/g;

// Words of characters below U+0300 (ASCII, Latin-1, Latin Extended) with
// single spaces: already clean. Below U+0300 there are no combining marks and
// no zero-width characters, so such a string is its own NFC form; most names
// are like this, and a regex test is cheaper than normalize().
// eslint-disable-next-line no-control-regex -- controls must not count as clean
const ALREADY_CLEAN = /^[^\u0300-\uffff\s\u0000-\u001f\u007f-\u009f]+(?: [^\u0300-\uffff\s\u0000-\u001f\u007f-\u009f]+)*$/;
const BELOW_COMBINING_MARKS = /^[^\u0300-\uffff]*$/;

/** Zero-width characters dropped, Unicode NFC, whitespace collapsed, trimmed. */
export function cleanText(value: string): string {
	if (ALREADY_CLEAN.test(value)) return value;
	if (BELOW_COMBINING_MARKS.test(value)) return value.replace(CONTROL, "").replace(WHITESPACE_RUN, " ").trim();
	return cleanUnicode(value);
}

function cleanUnicode(value: string): string {
	return value
		.replace(ZERO_WIDTH, "")
		.replace(CONTROL, "")
		.replace(SURROGATES, (match) => (match.length === 2 ? match : ""))
		.normalize("NFC")
		.replace(WHITESPACE_RUN, " ")
		.trim();
}

/** The form two spellings of one name share: cleaned and lower-cased. */
export function foldKey(value: string): string {
	return cleanText(value).toLowerCase();
}

/** A frontmatter scalar as text ("" for anything that is not a string or number). */
export function scalarText(value: unknown): string {
	if (typeof value === "string") return value;
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	return "";
}

// The characters splitCommaList acts on. A regex finds each next one in
// native code; a loop over every character of a list costs several times more.
const LIST_SYNTAX = /[",()[\]<>{}]/g;
const CLOSER: Readonly<Record<string, string>> = { "(": ")", "[": "]", "<": ">", "{": "}" };

/**
 * Splits a comma-separated list, but not at commas inside brackets or quotes:
 * "Ong (last name unknown, maybe), [[Smith, Jo]]" is two entries.
 */
export function splitCommaList(value: string): string[] {
	const parts: string[] = [];
	const closers: string[] = [];
	let inQuote = false;
	let start = 0;
	LIST_SYNTAX.lastIndex = 0;
	for (let match = LIST_SYNTAX.exec(value); match !== null; match = LIST_SYNTAX.exec(value)) {
		const char = match[0];
		if (inQuote) {
			if (char === "\"") inQuote = false;
		} else if (char === "\"") {
			inQuote = true;
		} else if (char in CLOSER) {
			closers.push(CLOSER[char]);
		} else if (closers.length > 0 && char === closers[closers.length - 1]) {
			closers.pop();
		} else if (char === "," && closers.length === 0) {
			pushTrimmed(parts, value.slice(start, match.index));
			start = match.index + 1;
		}
	}
	pushTrimmed(parts, value.slice(start));
	return parts;
}

function pushTrimmed(parts: string[], part: string): void {
	const trimmed = part.trim();
	if (trimmed.length > 0) parts.push(trimmed);
}

/** Column of the first non-blank character, tabs counted to the next multiple of 4. */
export function indentWidth(line: string): number {
	let width = 0;
	for (let i = 0; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === 0x20) width++;
		else if (code === 0x09) width += 4 - (width % 4);
		else break;
	}
	return width;
}

/** A short, single-line rendering of any value for messages. */
export function describeValue(value: unknown): string {
	let text: string;
	try {
		text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
	} catch {
		text = String(value);
	}
	text = text.replace(WHITESPACE_RUN, " ");
	return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
