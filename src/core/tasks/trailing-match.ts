// One trailing token — a signifier field or a tag — matched at the end of a
// task's text, with exactly the result of the end-anchored patterns that
// define them (FIELD_PATTERNS, TAG), but found from the end. Run from the
// start, an end-anchored regex tries every position of a long line, and even
// a sticky regex call costs more than reading a few characters, so the common
// tokens (tags, priorities, dates) are read by hand and the rare ones (🔁 🏁
// 🆔 ⛔) by their pattern, made sticky and started where the match must start.
import { DATE_FIELDS, DATE_LENGTH, type EndingField, FIELD_PATTERNS, FIELD_VALUES, type FieldKind } from "./task-fields";
import { whitespaceStart } from "./whitespace";

export interface TokenMatch {
	/** Where the match starts: the start of the whitespace before the token. */
	start: number;
	/** The whitespace before the token. */
	lead: string;
	/** The token, up to the end of the text. */
	text: string;
}

const STICKY = Object.fromEntries(
	Object.entries(FIELD_PATTERNS).map(([kind, pattern]) => [kind, new RegExp(pattern.source, "y")]),
) as Record<FieldKind, RegExp>;

/** The field `ending` as its pattern matches it at the end of the text, or null. */
export function matchField(text: string, ending: EndingField): TokenMatch | null {
	const start = whitespaceStart(text, ending.symbolStart);
	if (!fieldValueMatches(text, ending, start)) return null;
	return { start, lead: text.slice(start, ending.symbolStart), text: text.slice(ending.symbolStart) };
}

function fieldValueMatches(text: string, ending: EndingField, start: number): boolean {
	// The optional U+FE0F: values are ASCII, so a U+FE0F after the emoji is always the one the pattern takes.
	let at = ending.symbolEnd;
	if (text.charCodeAt(at) === 0xfe0f) at++;
	if (FIELD_VALUES[ending.kind] === "") return at === text.length;
	if (DATE_FIELDS.has(ending.kind)) {
		while (text.charCodeAt(at) === 0x20) at++;
		return text.length - at === DATE_LENGTH && isIsoDateShape(text, at);
	}
	const pattern = STICKY[ending.kind];
	pattern.lastIndex = start;
	return pattern.test(text);
}

/** `\d{4}-\d{2}-\d{2}` at `at`. */
function isIsoDateShape(text: string, at: number): boolean {
	for (let i = 0; i < DATE_LENGTH; i++) {
		const code = text.charCodeAt(at + i);
		if (i === 4 || i === 7 ? code !== 0x2d : code < 0x30 || code > 0x39) return false;
	}
	return true;
}

/** The characters a tag cannot hold: TAG's negated class `[^ !@#$%^&*(),.?":{}|<>]`. */
const NOT_IN_TAG = new Uint8Array(0x80);
for (const char of " !@#$%^&*(),.?\":{}|<>") NOT_IN_TAG[char.charCodeAt(0)] = 1;

function inTag(code: number): boolean {
	return code >= 0x80 || NOT_IN_TAG[code] === 0;
}

/**
 * TAG, `(^|\s+)(#[^ !@#$%^&*(),.?":{}|<>]+)$`, at the end of the text: a tag
 * holds no `#`, so it starts at the last character it cannot hold, which
 * must be a `#` that opens the text or follows whitespace.
 */
export function matchTag(text: string): TokenMatch | null {
	let hash = text.length - 1;
	while (hash >= 0 && inTag(text.charCodeAt(hash))) hash--;
	if (hash < 0 || hash === text.length - 1 || text.charCodeAt(hash) !== 0x23) return null;
	if (hash === 0) return { start: 0, lead: "", text };
	const start = whitespaceStart(text, hash);
	if (start === hash) return null;
	return { start, lead: text.slice(start, hash), text: text.slice(hash) };
}
