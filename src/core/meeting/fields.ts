// The single-line fields of a meeting note's body (`**Date**:`, `Date::`,
// `**With**:`, `Who::`, `Source: [[…]]`) and the inline `#private` tag.

/** What the fields of a note's body say. */
export interface BodyFields {
	sourceLink?: string;
	/** The value of the first `**Date**:` line or `Date::` field. */
	dateField: string | null;
	/** The values of `**With**:` lines and `Who::` fields. */
	withFields: string[];
}

const FIELD = /^\s*(?:[-*+]\s+)?(?:(?:\*\*|__)([\p{L} ]+?)(?:(?:\*\*|__)\s*:|:(?:\*\*|__))|([\p{L}]+)::)\s*(.*)$/u;
const SOURCE = /^\s*(?:\*\*|__|\*|_)?\s*source\s*:\s*(?:\*\*|__|\*|_)?\s*\[\[([^\]]+)\]\]\s*(?:\*\*|__|\*|_)?\s*$/i;
const DATE_FIELDS = new Set(["date"]);
const WITH_FIELDS = new Set(["with", "who", "attendees", "participants"]);

/**
 * Reads a line holding a ":" as a field. Returns true when it is one (such a
 * line is metadata, never part of a section's text).
 */
export function readFieldLine(fields: BodyFields, line: string): boolean {
	if (line.length < 2000 && line.includes("[[")) {
		const source = SOURCE.exec(line);
		if (source) {
			const target = source[1];
			const pipe = target.indexOf("|");
			fields.sourceLink ??= (pipe === -1 ? target : target.slice(0, pipe)).trim();
			return true;
		}
	}
	// FIELD needs one of these literally; most lines with a colon have none.
	if (!line.includes("**") && !line.includes("__") && !line.includes("::")) return false;
	const field = FIELD.exec(line);
	if (!field) return false;
	const name = (field[1] ?? field[2] ?? "").trim().toLowerCase();
	if (DATE_FIELDS.has(name)) {
		if (fields.dateField === null) fields.dateField = field[3].trim();
		return true;
	}
	if (WITH_FIELDS.has(name)) {
		fields.withFields.push(field[3].trim());
		return true;
	}
	return false;
}

const PRIVATE_TAG = /(?:^|\s)#private(?![\p{L}\p{N}_-])/iu;
const INLINE_CODE = /`[^`]*`/g;
const PRIVATE = "private";

/**
 * Whether the "#" at `at` is followed by "private" in any case (ASCII case
 * folding by `| 0x20`; no other character folds to these letters): a cheap
 * test before a line is searched with PRIVATE_TAG.
 */
export function followedByPrivate(text: string, at: number): boolean {
	if (at + PRIVATE.length >= text.length) return false;
	for (let k = 0; k < PRIVATE.length; k++) {
		if ((text.charCodeAt(at + 1 + k) | 0x20) !== PRIVATE.charCodeAt(k)) return false;
	}
	return true;
}

/** Whether a line carries the `#private` tag outside inline code. */
export function isPrivateLine(line: string): boolean {
	return PRIVATE_TAG.test(line.includes("`") ? line.replace(INLINE_CODE, "") : line);
}
