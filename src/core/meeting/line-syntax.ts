// Markdown line syntax read with charCode checks instead of regexes: these
// run for every line of every section of every note, where one regex per
// line cost more than the rest of the reader. Each function names the
// pattern it is equivalent to.

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const PLUS = 0x2b;
const STAR = 0x2a;
const DASH = 0x2d;
const DOT = 0x2e;
const CLOSE_PAREN = 0x29;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const UNDERSCORE = 0x5f;
const LAST_PRINTABLE_ASCII = 0x7e;

function isSpaceOrTab(code: number): boolean {
	return code === SPACE || code === TAB;
}

function skipSpacesAndTabs(line: string, from: number): number {
	let i = from;
	while (i < line.length && isSpaceOrTab(line.charCodeAt(i))) i++;
	return i;
}

/** `line.trim() === ""`, without trimming the (usual) line that starts with a visible character. */
export function isBlank(line: string): boolean {
	if (line.length === 0) return true;
	const first = line.charCodeAt(0);
	if (first > SPACE && first <= LAST_PRINTABLE_ASCII) return false;
	return line.trim() === "";
}

/** `line.trimStart().charCodeAt(0)` (-1 for a blank line), without trimming when the line starts with a visible character. */
export function firstVisibleCode(line: string): number {
	const first = line.length > 0 ? line.charCodeAt(0) : -1;
	if (first > SPACE && first <= LAST_PRINTABLE_ASCII) return first;
	const rest = line.trimStart();
	return rest.length > 0 ? rest.charCodeAt(0) : -1;
}

/**
 * Where a list item's content starts: after its indent, its marker (`-`,
 * `*`, `+`, `1.`, `1)`) and the spaces after it; -1 when the line is not a
 * list item. The end of /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/.
 */
export function listContentStart(line: string): number {
	let i = skipSpacesAndTabs(line, 0);
	const marker = line.charCodeAt(i);
	if (marker === DASH || marker === STAR || marker === PLUS) {
		i++;
	} else {
		let digits = 0;
		while (digits <= 9 && isDigit(line.charCodeAt(i + digits))) digits++;
		if (digits === 0 || digits > 9) return -1;
		i += digits;
		const delimiter = line.charCodeAt(i);
		if (delimiter !== DOT && delimiter !== CLOSE_PAREN) return -1;
		i++;
	}
	if (i === line.length) return i;
	if (!isSpaceOrTab(line.charCodeAt(i))) return -1;
	return skipSpacesAndTabs(line, i);
}

function isDigit(code: number): boolean {
	return code >= DIGIT_0 && code <= DIGIT_9;
}

/**
 * Past a checkbox `[c]` (any one status character) and the spaces after it,
 * when the text from `from` starts with one; else `from`. The end of
 * /^\[.\](?:[ \t]+|$)/u applied at `from`.
 */
export function skipCheckbox(line: string, from: number): number {
	if (line.charCodeAt(from) !== OPEN_BRACKET) return from;
	const status = line.codePointAt(from + 1);
	if (status === undefined || status === LINE_FEED || status === CARRIAGE_RETURN || status === 0x2028 || status === 0x2029) return from;
	let i = from + 1 + (status > 0xffff ? 2 : 1);
	if (line.charCodeAt(i) !== CLOSE_BRACKET) return from;
	i++;
	if (i === line.length) return i;
	if (!isSpaceOrTab(line.charCodeAt(i))) return from;
	return skipSpacesAndTabs(line, i);
}

/** A thematic break (`---`, `* * *`, `___`): /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/. */
export function isThematicBreak(line: string): boolean {
	let i = 0;
	while (i < 3 && line.charCodeAt(i) === SPACE) i++;
	const mark = line.charCodeAt(i);
	if (mark !== DASH && mark !== STAR && mark !== UNDERSCORE) return false;
	let marks = 0;
	for (; i < line.length; i++) {
		const code = line.charCodeAt(i);
		if (code === mark) marks++;
		else if (!isSpaceOrTab(code)) return false;
	}
	return marks >= 3;
}
