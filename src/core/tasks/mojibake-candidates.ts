// Where a text could be UTF-8 read through a single-byte code page: each
// candidate is a few characters that, turned back into the bytes they were
// decoded from, form one valid UTF-8 sequence. Whether a candidate is then
// repaired is decided by mojibake.ts.
import { type CharClass, classify } from "./char-classes";
import { type CodePage, UNKNOWN_BYTE, WINDOWS_1252_UNDEFINED } from "./code-pages";
import { decodeSequence, isContinuation, sequenceLength } from "./utf8";

/** What must hold around a candidate before it is repaired (see mojibake.ts). */
export type RepairRule =
	| "always" // emoji and symbols: no real text looks like their mojibake
	| "lost-lead" // emoji whose invisible U+F8FF lead was lost: not inside a word
	| "beside-letter" // Latin letters: next to a letter or to another repair
	| "caps-guard" // as beside-letter, but not where a capital ends a word before punctuation
	| "script" // other scripts: only as part of a word, or in a line of that script
	| "ideograph"; // CJK and Hangul: as "script", or alone unless it reads as a letter and two quote marks

export interface Candidate {
	start: number;
	end: number;
	/** The repaired text (one code point). */
	text: string;
	charClass: CharClass;
	rule: RepairRule;
	page: CodePage;
	/** A letter that is a word on its own (à, È, ö), so it need not touch another letter. */
	standalone?: boolean;
}

/** Tasks signifiers (and what a lost byte most often was) that a restoration may pick among look-alikes. */
const PREFERRED = new Set([
	0x1f53a, 0x23eb, 0x1f53c, 0x1f53d, 0x23ec, 0x1f6eb, 0x2795, 0x23f3, 0x231b, 0x1f4c5, 0x1f4c6, 0x1f5d3,
	0x2705, 0x274c, 0x1f501, 0x1f3c1, 0x26d4, 0x1f194, 0xfe0f, 0x201d, 0x200d,
]);

const ZERO_WIDTH_JOINER = 0x200d;
const RIGHT_DOUBLE_QUOTE = 0x201d;
/** Letters that are words on their own (French à, Italian È, Portuguese É, Swedish ö…). */
const STANDALONE_LETTERS = "àáèéíóòúåäöüÀÁÈÉÓÚ";
const IDEOGRAPHIC = ["cjk", "hangul"];
const SCHWA = 0x0259;
const CAPITAL_SCHWA = 0x018f;

/** Punctuation that real text puts right after a letter (`PÅ…`, `IRMÃ”`, `été…”`). */
export const COMMON_PUNCTUATION = "…’‘“”„‚–—•«»‹›";

/** The candidate that starts at `start` in this code page, if any. */
export function candidateAt(text: string, start: number, page: CodePage): Candidate | null {
	const lead = page.byteOf(text.charCodeAt(start));
	if (lead === undefined || lead < 0x80 || lead === UNKNOWN_BYTE) return null;
	const length = sequenceLength(lead);
	if (length === 0) return page.name === "mac-roman" && lead === 0x9f ? lostLeadCandidate(text, start, page) : null;
	const tail: number[] = [];
	let end = start + 1;
	while (tail.length < length - 1 && end < text.length) {
		const byte = page.byteOf(text.charCodeAt(end));
		if (byte === undefined || !(byte === UNKNOWN_BYTE || isContinuation(byte))) break;
		tail.push(byte);
		end++;
	}
	if (tail.length === length - 1 && !tail.includes(UNKNOWN_BYTE)) {
		const codePoint = decodeSequence([lead, ...tail]);
		return codePoint === null ? null : makeCandidate(text, start, end, codePoint, page, lead, tail);
	}
	if (page.name !== "windows-1252" || length < 3) return null;
	const codePoint = restoreOnce(lead, tail, length, text.charCodeAt(end) === 0xf0);
	return codePoint === null ? null : makeCandidate(text, start, end, codePoint, page, lead, tail);
}

/** Mac Roman `üìÖ` without its U+F8FF: the bytes after an F0 lead of an emoji. */
function lostLeadCandidate(text: string, start: number, page: CodePage): Candidate | null {
	const third = page.byteOf(text.charCodeAt(start + 1));
	const fourth = page.byteOf(text.charCodeAt(start + 2));
	if (third === undefined || fourth === undefined || !isContinuation(third) || !isContinuation(fourth)) return null;
	const codePoint = decodeSequence([0xf0, 0x9f, third, fourth]);
	if (codePoint === null || codePoint > 0x1faff) return null;
	return { start, end: start + 3, text: String.fromCodePoint(codePoint), charClass: { kind: "emoji" }, rule: "lost-lead", page };
}

/** restore's answers: it tries up to 50 byte sequences, and the same few garbled emoji recur on every line. */
const restored = new Map<string, number | null>();
const MAX_RESTORED = 4096;

function restoreOnce(lead: number, tail: number[], length: number, emojiFollows: boolean): number | null {
	const key = `${lead} ${tail.join(",")} ${length} ${emojiFollows ? 1 : 0}`;
	let codePoint = restored.get(key);
	if (codePoint === undefined) {
		codePoint = restore(lead, tail, length, emojiFollows);
		if (restored.size >= MAX_RESTORED) restored.clear();
		restored.set(key, codePoint);
	}
	return codePoint;
}

/**
 * A sequence with bytes that Windows-1252 does not define, dropped by the
 * decoder or written as U+FFFD: try every undefined byte in every gap. Lossy
 * input has several answers, so one is taken only when it is the only valid
 * one or the only Tasks signifier, variation selector, closing quote or
 * joiner among them (a joiner when an emoji follows, else the quote).
 */
function restore(lead: number, tail: number[], length: number, emojiFollows: boolean): number | null {
	const missing = length - 1 - tail.length;
	const slots = missing + tail.filter((byte) => byte === UNKNOWN_BYTE).length;
	if (slots === 0 || slots > 2 || slots === length - 1) return null;
	const found = new Set<number>();
	for (const shape of withGaps(tail, missing)) {
		for (const bytes of fillUnknown([lead, ...shape])) {
			const codePoint = decodeSequence(bytes);
			const kind = codePoint === null ? undefined : classify(codePoint)?.kind;
			if (codePoint !== null && (kind === "emoji" || kind === "symbol")) found.add(codePoint);
		}
	}
	if (found.size === 1) return [...found][0];
	const preferred = [...found].filter((codePoint) => PREFERRED.has(codePoint));
	if (preferred.length === 1) return preferred[0];
	if (preferred.length === 2 && preferred.includes(ZERO_WIDTH_JOINER) && preferred.includes(RIGHT_DOUBLE_QUOTE)) {
		return emojiFollows ? ZERO_WIDTH_JOINER : RIGHT_DOUBLE_QUOTE;
	}
	return null;
}

/** Every way to insert `missing` unknown bytes into the tail, keeping its order. */
function withGaps(tail: number[], missing: number): number[][] {
	if (missing === 0) return [tail];
	const shapes: number[][] = [];
	for (let at = 0; at <= tail.length; at++) {
		const shorter = [...tail.slice(0, at), UNKNOWN_BYTE, ...tail.slice(at)];
		shapes.push(...withGaps(shorter, missing - 1));
	}
	return shapes;
}

function fillUnknown(bytes: number[]): number[][] {
	const at = bytes.indexOf(UNKNOWN_BYTE);
	if (at < 0) return [bytes];
	return WINDOWS_1252_UNDEFINED.flatMap((byte) => fillUnknown([...bytes.slice(0, at), byte, ...bytes.slice(at + 1)]));
}

function makeCandidate(
	text: string,
	start: number,
	end: number,
	codePoint: number,
	page: CodePage,
	lead: number,
	tail: number[],
): Candidate | null {
	const charClass = classify(codePoint);
	if (charClass === null) return null;
	const rule = ruleFor(charClass, page, lead, tail.length + 1, text.charAt(start + 1), codePoint);
	if (rule === null) return null;
	const repaired = String.fromCodePoint(codePoint);
	return { start, end, text: repaired, charClass, rule, page, standalone: STANDALONE_LETTERS.includes(repaired) };
}

function ruleFor(
	charClass: CharClass,
	page: CodePage,
	lead: number,
	length: number,
	second: string,
	codePoint: number,
): RepairRule | null {
	if (charClass.kind === "emoji" || charClass.kind === "symbol") return "always";
	if (charClass.kind === "script") return length === 3 && IDEOGRAPHIC.includes(charClass.script ?? "") ? "ideograph" : "script";
	// Latin: Windows-1252 `Ã©` / Mac Roman `√©`. Leads past C5 (C8 for
	// Windows-1252) are guillemets, ellipses and capitals that real text puts
	// before or after a letter, and give IPA or rare letters.
	if (length === 3 || codePoint === SCHWA || codePoint === CAPITAL_SCHWA) return "beside-letter";
	if (lead === 0xc2) return "always";
	if (page.name === "windows-1252") {
		const punctuation = COMMON_PUNCTUATION.includes(second);
		if (lead <= 0xc5) return punctuation ? "caps-guard" : "beside-letter";
		if (lead <= 0xc8) return punctuation ? null : "beside-letter";
		return null;
	}
	return lead <= 0xc5 ? "beside-letter" : null;
}
