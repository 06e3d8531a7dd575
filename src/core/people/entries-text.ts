// Text on one line, as entry lines and name matching need it. These run for
// every fact, decision and name of every meeting, so text that is already
// clean — nearly all of it — is recognised by a quick test and returned as
// is, without a new string.

const SPACES = /\s+/g;

/** Whether a UTF-16 code unit is `\s` in a JavaScript regular expression. */
export function isSpaceCode(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** Whitespace other than single spaces between words: a line break, a tab,
 * a run of spaces, a space at either end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;
/** A combining mark or anything after it (U+0300 on): NFC may change the text. */
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;

/** Text of an item on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
	return UNTIDY.test(text) ? text.replace(SPACES, " ").trim() : text;
}

/** NFC, whitespace collapsed and trimmed: what names and texts are compared by. */
export function cleanText(text: string): string {
	const composed = MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text;
	return UNTIDY.test(composed) ? composed.replace(SPACES, " ").trim() : composed;
}
