// Small text helpers the meeting reader shares: one cleaning rule for every
// name and key, so "José" typed two ways and "Jai\u200BMenon" compare equal.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;
// Printable ASCII words with single spaces: already clean (the common case, kept fast).
const ALREADY_CLEAN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** Zero-width characters dropped, Unicode NFC, whitespace collapsed, trimmed. */
export function cleanText(value: string): string {
	if (ALREADY_CLEAN.test(value)) return value;
	return value.replace(ZERO_WIDTH, "").normalize("NFC").replace(WHITESPACE_RUN, " ").trim();
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

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "<": ">", "{": "}" };

/**
 * Splits a comma-separated list, but not at commas inside brackets or quotes:
 * "Ong (last name unknown, maybe), [[Smith, Jo]]" is two entries.
 */
export function splitCommaList(value: string): string[] {
	const parts: string[] = [];
	const closers: string[] = [];
	let quote = "";
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const char = value[i];
		if (quote) {
			if (char === quote) quote = "";
			continue;
		}
		if (char === "\"") {
			quote = char;
		} else if (char in OPENERS) {
			closers.push(OPENERS[char]);
		} else if (closers.length > 0 && char === closers[closers.length - 1]) {
			closers.pop();
		} else if (char === "," && closers.length === 0) {
			parts.push(value.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(value.slice(start));
	return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** Column of the first non-blank character, tabs counted to the next multiple of 4. */
export function indentWidth(line: string): number {
	let width = 0;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === " ") width++;
		else if (char === "\t") width += 4 - (width % 4);
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
