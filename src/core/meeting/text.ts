// Small text helpers the meeting reader shares: one cleaning rule for every
// name and key, so "José" typed two ways and "Jai\u200BMenon" compare equal.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE_RUN = /\s+/g;

const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;
// Below U+0300 (ASCII, Latin-1, Latin Extended) there are no combining marks
// and no zero-width characters: such a string is its own NFC form.
const FIRST_COMBINING_MARK = 0x300;

/** Zero-width characters dropped, Unicode NFC, whitespace collapsed, trimmed. */
export function cleanText(value: string): string {
	// One charCode pass instead of regexes and normalize(): it runs for every
	// entry and key, and most names are plain words with single spaces.
	let clean = true;
	const last = value.length - 1;
	for (let i = 0; i <= last; i++) {
		const code = value.charCodeAt(i);
		if (code > SPACE && code !== NO_BREAK_SPACE) {
			if (code >= FIRST_COMBINING_MARK) return cleanUnicode(value);
		} else if (code === SPACE) {
			if (i === 0 || i === last || value.charCodeAt(i - 1) === SPACE) clean = false;
		} else if (code === NO_BREAK_SPACE || (code >= 0x09 && code <= 0x0d)) {
			clean = false; // whitespace other than a space: \s in WHITESPACE_RUN
		}
	}
	return clean ? value : value.replace(WHITESPACE_RUN, " ").trim();
}

function cleanUnicode(value: string): string {
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

/** The closing bracket for an opening one, or 0. */
function closerOf(code: number): number {
	switch (code) {
		case 0x28: return 0x29; // ( )
		case 0x5b: return 0x5d; // [ ]
		case 0x3c: return 0x3e; // < >
		case 0x7b: return 0x7d; // { }
		default: return 0;
	}
}

const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * Splits a comma-separated list, but not at commas inside brackets or quotes:
 * "Ong (last name unknown, maybe), [[Smith, Jo]]" is two entries.
 */
export function splitCommaList(value: string): string[] {
	const parts: string[] = [];
	const closers: number[] = [];
	let inQuote = false;
	let start = 0;
	const push = (part: string): void => {
		const trimmed = part.trim();
		if (trimmed.length > 0) parts.push(trimmed);
	};
	for (let i = 0; i < value.length; i++) {
		const code = value.charCodeAt(i);
		if (inQuote) {
			if (code === QUOTE) inQuote = false;
			continue;
		}
		const closer = closerOf(code);
		if (code === QUOTE) {
			inQuote = true;
		} else if (closer !== 0) {
			closers.push(closer);
		} else if (closers.length > 0 && code === closers[closers.length - 1]) {
			closers.pop();
		} else if (code === COMMA && closers.length === 0) {
			push(value.slice(start, i));
			start = i + 1;
		}
	}
	push(value.slice(start));
	return parts;
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
