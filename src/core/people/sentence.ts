// The first sentence of a meeting summary, for a person note's Recent
// Context line: short enough to scan, never cut inside a word, and not
// fooled by "Dr.", "e.g." or "v2.1".
import { isSpaceCode, oneLine } from "./entries-text";

/** Words that end with a period without ending the sentence. Lower case,
 * inner periods kept ("e.g"). */
const ABBREVIATIONS = new Set([
	"dr", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "mt", "vs", "v", "inc", "ltd", "co", "corp", "llc",
	"e.g", "i.e", "cf", "al", "approx", "dept", "est", "fig", "a.m", "p.m",
]);

const MAX_LENGTH = 200;
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "*", "_"].map((char) => char.charCodeAt(0)));
const OPENING_QUOTES = new Set(['"', "'", "“", "‘", "«"].map((char) => char.charCodeAt(0)));
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
const LETTER_ONLY = /\p{L}/u;

const BANG = 33;
const DOT = 46;
const QUESTION = 63;
const ELLIPSIS = 0x2026;

/** The summary's first sentence, at most 200 characters (cut at the last
 * word boundary that fits, with "…"). */
export function firstSentence(summary: string): string {
	// Read as if on one line (every run of whitespace one space, none at
	// either end), without making it so: only the sentence is made so.
	let end = summary.length;
	while (end > 0 && isSpaceCode(summary.charCodeAt(end - 1))) end--;
	let start = 0;
	while (start < end && isSpaceCode(summary.charCodeAt(start))) start++;
	const at = sentenceEnd(summary, start, end);
	return clip(oneLine(at >= end ? summary : summary.slice(0, at)), MAX_LENGTH);
}

/** Whether a code unit on its own is an upper-case letter (half a surrogate
 * pair is not). */
function isUpperUnit(code: number): boolean {
	if (code < 128) return code >= 65 && code <= 90;
	return UPPER.test(String.fromCharCode(code));
}

/** Where the first sentence of text[from, to) ends: the whitespace after it,
 * or `to`. (`from` and `to - 1` are not whitespace.) */
function sentenceEnd(text: string, from: number, to: number): number {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === QUESTION || code === BANG) {
			let j = i + 1;
			while (j < to) {
				const next = text.charCodeAt(j);
				if (next !== QUESTION && next !== BANG && next !== DOT && next !== ELLIPSIS) break;
				j++;
			}
			j = skipClosers(text, j, to);
			if (j >= to || isSpaceCode(text.charCodeAt(j))) return j;
		} else if (code === DOT || code === ELLIPSIS) {
			let j = i + 1;
			while (j < to) {
				const next = text.charCodeAt(j);
				if (next !== DOT && next !== ELLIPSIS) break;
				j++;
			}
			j = skipClosers(text, j, to);
			if (j >= to) return j;
			if (!isSpaceCode(text.charCodeAt(j))) continue;
			// The first character after the space (there is one: `to - 1` is not a space).
			let after = j + 1;
			while (isSpaceCode(text.charCodeAt(after))) after++;
			const next = text.charCodeAt(after);
			if (!isUpperUnit(next) && !OPENING_QUOTES.has(next)) continue;
			if (code === DOT && j === i + 1 && isAbbreviation(text, i)) continue;
			return j;
		}
	}
	return to;
}

function skipClosers(text: string, from: number, to: number): number {
	let j = from;
	while (j < to && CLOSERS.has(text.charCodeAt(j))) j++;
	return j;
}

// Whether a UTF-16 code unit on its own is a letter or mark (LETTER), and
// a letter (LETTER_ONLY), by table: 0 not yet known, else 1 + the bits.
const UNIT_KIND = new Uint8Array(0x10000);
const IS_LETTER_OR_MARK = 1;
const IS_LETTER = 2;

function unitKind(code: number): number {
	let kind = UNIT_KIND[code];
	if (kind === 0) {
		const char = String.fromCharCode(code);
		kind = 1 + (LETTER.test(char) ? IS_LETTER_OR_MARK : 0) + (LETTER_ONLY.test(char) ? IS_LETTER : 0);
		UNIT_KIND[code] = kind;
	}
	return kind - 1;
}

function isLetterOrMark(code: number): boolean {
	return (unitKind(code) & IS_LETTER_OR_MARK) !== 0;
}

/** Whether the word before the period at `dot` is an abbreviation or an
 * initial ("J." in "J. Smith", "U.S."). */
function isAbbreviation(text: string, dot: number): boolean {
	let start = dot;
	while (start > 0) {
		const code = text.charCodeAt(start - 1);
		if (isLetterOrMark(code) || (code === DOT && start >= 2 && isLetterOrMark(text.charCodeAt(start - 2)))) start--;
		else break;
	}
	if (start === dot) return false;
	const word = text.slice(start, dot);
	if (ABBREVIATIONS.has(word.toLowerCase())) return true;
	// Initials and acronyms: every part between periods is one letter. (The
	// word holds letters, marks and periods only: no surrogate pairs.)
	let letters = 0;
	for (let i = 0; i < word.length; i++) {
		const code = word.charCodeAt(i);
		if (code === DOT) {
			if (letters !== 1) return false;
			letters = 0;
		} else if ((unitKind(code) & IS_LETTER) !== 0) letters++;
	}
	return letters === 1;
}

function clip(sentence: string, max: number): string {
	// No more code units than allowed: no more characters either.
	if (sentence.length <= max) return sentence;
	const chars = Array.from(sentence);
	if (chars.length <= max) return sentence;
	const room = chars.slice(0, max - 1);
	let cut = room.length;
	if (chars[max - 1] !== " ") {
		const lastSpace = room.lastIndexOf(" ");
		if (lastSpace > 0) cut = lastSpace;
	}
	const head = room.slice(0, cut).join("").replace(/[\s,;:(\-–—]+$/u, "");
	return `${head}…`;
}
