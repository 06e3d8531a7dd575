// The mojibake repair's fast path: text can hold mojibake only where a lead
// character (the code-page character of a UTF-8 lead byte C2–F4) is followed
// by a continuation character (bytes 80–BF, the C1 controls, ¤, Ω, U+FFFD),
// or where Mac Roman `ü` (byte 9F, an emoji's second byte after a lost U+F8FF)
// is followed by two of them. Nearly every line has neither, so this test
// runs on every task line and must cost next to nothing: a table look-up per
// non-ASCII character rather than a regex with two large character classes.
import { MAC_ROMAN_HIGH, WINDOWS_1252_HIGH } from "./code-pages";

/** Characters of the bytes C2–F4 in either code page. */
export const LEAD_CHARS = WINDOWS_1252_HIGH.slice(0x42, 0x75) + MAC_ROMAN_HIGH.slice(0x42, 0x75);

/** Characters of the bytes 80–BF in either code page, and what sloppy decoders write for them. */
export const CONTINUATION_CHARS =
	WINDOWS_1252_HIGH.slice(0, 0x40) + MAC_ROMAN_HIGH.slice(0, 0x40) + "\u00a4\u2126\ufffd" + c1Controls();

const LOST_LEAD_SECOND = 0x00fc; // ü

function c1Controls(): string {
	let out = "";
	for (let code = 0x80; code <= 0x9f; code++) out += String.fromCharCode(code);
	return out;
}

const LEAD = 1;
const CONTINUATION = 2;
/** Per UTF-16 code unit: LEAD and/or CONTINUATION. */
const ROLE = new Uint8Array(0x10000);
for (let i = 0; i < LEAD_CHARS.length; i++) ROLE[LEAD_CHARS.charCodeAt(i)] |= LEAD;
for (let i = 0; i < CONTINUATION_CHARS.length; i++) ROLE[CONTINUATION_CHARS.charCodeAt(i)] |= CONTINUATION;

/**
 * Two adjacent non-ASCII code units other than surrogates: every lead and
 * continuation character is one, and the regex engine finds such a pair far
 * faster than a loop over every character. Emoji (surrogate pairs) do not match.
 */
const NON_ASCII_PAIR = /[\u0080-\ud7ff\ue000-\uffff]{2}/g;

/** Whether the text has a lead followed by a continuation, or `ü` followed by two continuations. */
export function mayHoldMojibake(text: string): boolean {
	NON_ASCII_PAIR.lastIndex = 0;
	while (NON_ASCII_PAIR.test(text)) {
		const at = NON_ASCII_PAIR.lastIndex - 2;
		if (suspiciousAt(text, at)) return true;
		NON_ASCII_PAIR.lastIndex = at + 1;
	}
	return false;
}

function suspiciousAt(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if ((ROLE[text.charCodeAt(at + 1)] & CONTINUATION) === 0) return false;
	if ((ROLE[code] & LEAD) !== 0) return true;
	return code === LOST_LEAD_SECOND && at + 2 < text.length && (ROLE[text.charCodeAt(at + 2)] & CONTINUATION) !== 0;
}

const NON_ASCII = /[\u0080-\uffff]/g;

/**
 * Where the non-ASCII code units of a text are: the only places a repair can
 * touch, found natively rather than by a loop over every character.
 */
export function nonAsciiPositions(text: string): number[] {
	const positions: number[] = [];
	NON_ASCII.lastIndex = 0;
	while (NON_ASCII.test(text)) positions.push(NON_ASCII.lastIndex - 1);
	return positions;
}

