// The regex class `\s` as a function of one UTF-16 code unit. Hot loops that
// step over whitespace one character at a time call this instead of
// `/\s/.test(char)`: a regex call costs far more than the comparison.

/** Whether a code unit is in `\s`: ECMAScript WhiteSpace (Unicode Zs, tab, VT, FF, BOM) or LineTerminator. */
export function isWhitespaceCode(code: number): boolean {
	if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
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

/** The start of the run of whitespace that ends at `end` (`end` itself when none does). */
export function whitespaceStart(text: string, end: number): number {
	let start = end;
	while (start > 0 && isWhitespaceCode(text.charCodeAt(start - 1))) start--;
	return start;
}
