// Text on one line, as entry lines and name matching need it. These run for
// every fact, decision and name of every meeting, so text that is already
// clean — nearly all of it — is recognised in one scan and returned as is,
// without a regular expression or a new string.

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

// What one scan learns about a text.
const CLEAN = 1;
/** Every code unit is below U+0300: no combining mark, so the text is NFC. */
const SIMPLE = 2;

function scan(text: string): number {
	let previousSpace = true;
	let simple = SIMPLE;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 32) {
			if (previousSpace) return simple === SIMPLE ? scanRest(text, i) : 0;
			previousSpace = true;
			continue;
		}
		if (isSpaceCode(code)) return simple === SIMPLE ? scanRest(text, i) : 0;
		if (code >= 0x300) simple = 0;
		previousSpace = false;
	}
	return (previousSpace && text.length > 0 ? 0 : CLEAN) | simple;
}

/** The SIMPLE flag of the rest of a text already known not to be clean. */
function scanRest(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (text.charCodeAt(i) >= 0x300) return 0;
	return SIMPLE;
}

/** Text of an item on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
	return scan(text) & CLEAN ? text : text.replace(SPACES, " ").trim();
}

/** NFC, whitespace collapsed and trimmed: what names and texts are compared by. */
export function cleanText(text: string): string {
	const found = scan(text);
	if (found === (CLEAN | SIMPLE)) return text;
	const composed = found & SIMPLE ? text : text.normalize("NFC");
	return found & CLEAN ? composed : composed.replace(SPACES, " ").trim();
}
