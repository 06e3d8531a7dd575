// Reading a person's name out of running text, character by character (no
// `\p{L}` regexes, whose `u` flag is unreliable around emoji on iOS).
import { isCasedLetter, isUpperLetter } from "./char-classes";

/** A letter of any script, close enough for names: cased letters, or CJK/Arabic/Hebrew/Hangul. */
export function isLetter(char: string | undefined): boolean {
	if (char === undefined) return false;
	if (isCasedLetter(char)) return true;
	const code = char.codePointAt(0) ?? 0;
	return (
		(code >= 0x05d0 && code <= 0x05ea) ||
		(code >= 0x0620 && code <= 0x064a) ||
		(code >= 0x3040 && code <= 0x30ff) ||
		(code >= 0x4e00 && code <= 0x9fff) ||
		(code >= 0xac00 && code <= 0xd7af)
	);
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && char >= "0" && char <= "9";
}

function isCombiningMark(char: string | undefined): boolean {
	const code = char?.codePointAt(0) ?? 0;
	return code >= 0x0300 && code <= 0x036f;
}

/** The character at `index` (a whole surrogate pair). */
export function charAt(text: string, index: number): string | undefined {
	const code = text.codePointAt(index);
	return code === undefined ? undefined : String.fromCodePoint(code);
}

/**
 * Whether the character at `index` continues a name word: a letter, digit or
 * combining mark; a hyphen before a letter (`Mary-Jane`); an apostrophe
 * before a capital (`O'Brien`, but not the `'s` of `Menon's`).
 */
export function continuesWord(text: string, index: number): boolean {
	const char = charAt(text, index);
	if (isLetter(char) || isDigit(char) || isCombiningMark(char)) return true;
	const next = charAt(text, index + 1);
	if (char === "-") return isLetter(next);
	if (char === "'" || char === "’") return isUpperLetter(next);
	return false;
}

/** The end of the name word starting at `index` (index itself when none starts there). */
export function wordEnd(text: string, index: number): number {
	if (!isLetter(charAt(text, index))) return index;
	let end = index;
	while (end < text.length && continuesWord(text, end)) end += (charAt(text, end) ?? "").length;
	return end;
}

/**
 * The capitalised words starting at `index`, separated by single spaces:
 * `Jai Menon` in `Jai Menon to follow up`. Returns the end index, or `index`
 * when no capitalised word starts there.
 */
export function capitalisedRunEnd(text: string, index: number): number {
	let end = index;
	let at = index;
	for (;;) {
		if (!isUpperLetter(charAt(text, at))) return end;
		end = wordEnd(text, at);
		if (text[end] !== " ") return end;
		at = end + 1;
	}
}

/** Whether a known name is written at `index`, case-insensitively, ending where a word ends. */
export function nameAt(text: string, index: number, name: string): boolean {
	if (name.length === 0) return false;
	const written = text.slice(index, index + name.length);
	if (written.toLowerCase() !== name.toLowerCase()) return false;
	return !continuesWord(text, index + name.length);
}
