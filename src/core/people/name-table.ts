// Finding names in a text as whole words, with their case ("Bob" is not
// "Bobby", "Ong" is not in "strong"). A word is a run of letters, digits and
// combining marks; a name is found where it starts and ends on a word's edge
// (only the edges that are word characters are checked: "Dr. Ng" may end
// before a letter).

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character (whole code point) just before index `at`. */
function charBefore(text: string, at: number): string {
	if (at <= 0) return "";
	const low = text.charCodeAt(at - 1);
	if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(at - 2, at);
	return text[at - 1];
}

/** The character (whole code point) starting at index `at`. */
function charAt(text: string, at: number): string {
	const code = text.codePointAt(at);
	return code === undefined ? "" : String.fromCodePoint(code);
}

/** Whether `word` occurs in `text` as a whole word, with its case. */
export function containsWord(text: string, word: string): boolean {
	if (word === "") return false;
	let from = 0;
	for (;;) {
		const at = text.indexOf(word, from);
		if (at === -1) return false;
		const before = charBefore(text, at);
		const after = charAt(text, at + word.length);
		const startsWord = !WORD_CHAR.test(word[0]) || !WORD_CHAR.test(before);
		const endsWord = !WORD_CHAR.test(charBefore(word, word.length)) || !WORD_CHAR.test(after);
		if (startsWord && endsWord) return true;
		from = at + 1;
	}
}

// Whether a UTF-16 code unit on its own is a word character (a lone
// surrogate is not), by table: 0 not yet known, 1 yes, 2 no.
const UNIT_KIND = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
	let kind = UNIT_KIND[code];
	if (kind === 0) {
		kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
		UNIT_KIND[code] = kind;
	}
	return kind === 1;
}

/** WORD_CHAR.test(charBefore(text, at)), without building the character. */
function wordBefore(text: string, at: number): boolean {
	if (at <= 0) return false;
	const low = text.charCodeAt(at - 1);
	if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return WORD_CHAR.test(text.slice(at - 2, at));
	return isWordUnit(low);
}

/** WORD_CHAR.test(charAt(text, at)), without building the character. */
function wordAt(text: string, at: number): boolean {
	if (at >= text.length) return false;
	const code = text.charCodeAt(at);
	if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(charAt(text, at));
	return isWordUnit(code);
}

/** What a scan found: the owner named, not named; the text not clean. */
export const OWNER = 1;
export const NO_OWNER = 0;
export const NOT_CLEAN = -1;

/** A name to look for, and what finding it needs to know. */
export interface TermShape {
	text: string;
	/** Its first code unit. */
	first: number;
	/** Whether it starts with a (BMP) word character: then it can only
	 * start where a word of the text does. Otherwise it is searched for. */
	startsWord: boolean;
	/** Whether its last character is a word character, so the text must not
	 * go on with one. */
	endsInWord: boolean;
	/** The length of its first word, which is then the length of the word of
	 * the text it starts at; -1 when that is not sure (a name with surrogate
	 * pairs). */
	firstWord: number;
}

const SURROGATE = /[\ud800-\udfff]/;

export function termShape(text: string): TermShape {
	const first = text.charCodeAt(0);
	const surrogate = first >= 0xd800 && first <= 0xdfff;
	return {
		text,
		first,
		startsWord: text !== "" && !surrogate && isWordUnit(first),
		endsInWord: WORD_CHAR.test(charBefore(text, text.length)),
		firstWord: SURROGATE.test(text) ? -1 : wordEnd(text, 0),
	};
}

/** The length of the word starting at `at` (0 when none does): how far
 * word characters (whole code points) go on from there. */
function wordEnd(text: string, at: number): number {
	let end = at;
	while (end < text.length) {
		const code = text.charCodeAt(end);
		if (code >= 0xd800 && code <= 0xdbff) {
			if (!WORD_CHAR.test(charAt(text, end))) break;
			end += 2;
		} else if (isWordUnit(code)) end++;
		else break;
	}
	return end - at;
}

/**
 * Names to look for in texts, each with whom it names. Found exactly as
 * containsWord finds them, but reading the text once: a name that starts
 * with a word character can only start where a word does, so only the names
 * beginning with that word's first character are tried there. A table is
 * emptied and filled again for each meeting, keeping its memory.
 */
export class NameTable {
	/** Who filled the table last (see NameCache). */
	owner: unknown = null;
	/** The names, as lists chained through `next` (-1 ends a list). Only
	 * the first `size` entries are in use: the arrays never shrink. */
	private size = 0;
	private readonly shapes: TermShape[] = [];
	/** Whom each name names: a person's index, or -1 for the owner. */
	private readonly whos: number[] = [];
	private readonly next: number[] = [];
	/** The first name of each list, by first code unit: ASCII ones in an
	 * array (the quick test made at every character of a text). */
	private readonly ascii = new Int32Array(128).fill(-1);
	private readonly usedAscii: number[] = [];
	private usedCount = 0;
	private readonly byFirst = new Map<number, number>();
	/** Names that do not start with a word character: searched for. */
	private others = -1;

	/** Empties the table for `owner` to fill. */
	reset(owner: unknown): void {
		this.owner = owner;
		for (let i = 0; i < this.usedCount; i++) this.ascii[this.usedAscii[i]] = -1;
		this.usedCount = 0;
		if (this.byFirst.size > 0) this.byFirst.clear();
		this.others = -1;
		this.size = 0;
	}

	add(shape: TermShape, who: number): void {
		if (shape.text === "") return;
		const ascii = shape.startsWord && shape.first < 128;
		const head = !shape.startsWord ? this.others : ascii ? this.ascii[shape.first] : (this.byFirst.get(shape.first) ?? -1);
		for (let term = head; term >= 0; term = this.next[term]) if (this.whos[term] === who && (this.shapes[term] === shape || this.shapes[term].text === shape.text)) return;
		const term = this.size++;
		this.shapes[term] = shape;
		this.whos[term] = who;
		this.next[term] = head;
		if (!shape.startsWord) this.others = term;
		else if (ascii) {
			if (head < 0) this.usedAscii[this.usedCount++] = shape.first;
			this.ascii[shape.first] = term;
		} else this.byFirst.set(shape.first, term);
	}

	/** Sets `named[who]` for each person a name of whom `text` holds (as
	 * containsWord finds it); returns whether it holds one of the owner's. */
	find(text: string, named: Uint8Array): boolean {
		return this.scan(text, named, false) === OWNER;
	}

	/**
	 * find, of a text that may not be clean (cleanText), while finding out
	 * whether it is: NOT_CLEAN when it is not (`named` is then only partly
	 * set: clean the text and find again). Reading the text once for both
	 * is most of what naming a clean text (nearly every one) costs.
	 */
	findIfClean(text: string, named: Uint8Array): typeof OWNER | typeof NO_OWNER | typeof NOT_CLEAN {
		return this.scan(text, named, true);
	}

	private scan(text: string, named: Uint8Array, checkClean: boolean): typeof OWNER | typeof NO_OWNER | typeof NOT_CLEAN {
		let owner = false;
		const { ascii, byFirst, shapes, whos, next } = this;
		const anyOther = byFirst.size > 0;
		const last = text.length - 1;
		for (let at = 0; at <= last; at++) {
			const code = text.charCodeAt(at);
			// What cleanText would change: a character NFC may change (U+0300
			// on), whitespace other than single spaces between words.
			if (checkClean && (code <= 32 || code >= 0x300 || code === 0xa0)) {
				if (code >= 0x300 || code === 0xa0) return NOT_CLEAN;
				if (code === 32 ? at === 0 || at === last || text.charCodeAt(at + 1) === 32 : code >= 9 && code <= 13) return NOT_CLEAN;
			}
			const head = code < 128 ? ascii[code] : anyOther ? (byFirst.get(code) ?? -1) : -1;
			if (head < 0 || wordBefore(text, at)) continue;
			// A name can start here only if its first word is this word.
			const word = wordEnd(text, at);
			for (let term = head; term >= 0; term = next[term]) {
				const shape = shapes[term];
				if (shape.firstWord >= 0 && shape.firstWord !== word) continue;
				if (!text.startsWith(shape.text, at)) continue;
				if (shape.endsInWord && wordAt(text, at + shape.text.length)) continue;
				const who = whos[term];
				if (who < 0) owner = true;
				else named[who] = 1;
			}
		}
		for (let term = this.others; term >= 0; term = next[term]) {
			const who = whos[term];
			if (who < 0 ? owner : named[who] === 1) continue;
			if (!containsWord(text, shapes[term].text)) continue;
			if (who < 0) owner = true;
			else named[who] = 1;
		}
		return owner ? OWNER : NO_OWNER;
	}
}
