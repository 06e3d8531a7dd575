// The Obsidian Tasks signifier fields (emoji format) and the patterns Tasks
// reads them with: each anchored at the end of the text, optional U+FE0F
// after the emoji, then spaces and the value. Emoji are alternations, not
// character classes, because the patterns carry no `u` flag.

export type FieldKind =
	| "priority"
	| "due"
	| "scheduled"
	| "start"
	| "created"
	| "done"
	| "cancelled"
	| "recurrence"
	| "onCompletion"
	| "id"
	| "dependsOn";

/** The emoji of each field; the first is what Tasks writes. */
export const FIELD_SYMBOLS: Record<FieldKind, readonly string[]> = {
	priority: ["🔺", "⏫", "🔼", "🔽", "⏬"],
	due: ["📅", "📆", "🗓"],
	scheduled: ["⏳", "⌛"],
	start: ["🛫"],
	created: ["➕"],
	done: ["✅"],
	cancelled: ["❌"],
	recurrence: ["🔁"],
	onCompletion: ["🏁"],
	id: ["🆔"],
	dependsOn: ["⛔"],
};

const DATE = "\\d{4}-\\d{2}-\\d{2}";
/** The length of a DATE value, `2025-10-03`. */
export const DATE_LENGTH = 10;
const TASK_ID = "[a-zA-Z0-9-_]+";

/** The value each field takes, as Tasks matches it. */
export const FIELD_VALUES: Record<FieldKind, string> = {
	priority: "",
	due: DATE,
	scheduled: DATE,
	start: DATE,
	created: DATE,
	done: DATE,
	cancelled: DATE,
	recurrence: "[a-zA-Z0-9, !]+",
	onCompletion: "[a-zA-Z]+",
	id: TASK_ID,
	dependsOn: `${TASK_ID}( *, *${TASK_ID} *)*`,
};

/** Fields whose value is a DATE. */
export const DATE_FIELDS: ReadonlySet<FieldKind> = new Set((Object.keys(FIELD_VALUES) as FieldKind[]).filter((kind) => FIELD_VALUES[kind] === DATE));

/** `(?:📅|📆|🗓)\uFE0F?`: the symbol part of a field. */
export function symbolSource(kind: FieldKind): string {
	return `(?:${FIELD_SYMBOLS[kind].join("|")})\\uFE0F?`;
}

function fieldSource(kind: FieldKind): string {
	const value = FIELD_VALUES[kind];
	return value === "" ? symbolSource(kind) : `${symbolSource(kind)} *(?:${value})`;
}

/** Each field at the end of a text, with the whitespace before it as group 1. */
export const FIELD_PATTERNS = Object.fromEntries(
	(Object.keys(FIELD_SYMBOLS) as FieldKind[]).map((kind) => [kind, new RegExp(`(\\s*)${fieldSource(kind)}$`)]),
) as Record<FieldKind, RegExp>;

/** Each field's emojis by their last UTF-16 unit, to find the emoji that ends a text. */
const SYMBOLS_BY_LAST_UNIT = new Map<number, { symbol: string; kind: FieldKind }[]>();
for (const kind of Object.keys(FIELD_SYMBOLS) as FieldKind[]) {
	for (const symbol of FIELD_SYMBOLS[kind]) {
		const last = symbol.charCodeAt(symbol.length - 1);
		SYMBOLS_BY_LAST_UNIT.set(last, [...(SYMBOLS_BY_LAST_UNIT.get(last) ?? []), { symbol, kind }]);
	}
}

/** A field emoji that ends the text but for ASCII (and one U+FE0F). */
export interface EndingField {
	kind: FieldKind;
	symbolStart: number;
	symbolEnd: number;
}

/** The ASCII characters of any field value, and the spaces before it. */
const VALUE_CHAR = new Uint8Array(0x80);
for (const char of "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_,! ") VALUE_CHAR[char.charCodeAt(0)] = 1;

/**
 * The field emoji that is the text's last non-ASCII character (one U+FE0F
 * after it skipped); null when that character is no field emoji. Every field
 * value is ASCII, so this is the only field that can end the text; and an
 * ASCII character that no value holds (`.`, `#`, `@`…) means none can.
 */
export function fieldSymbolAtEnd(text: string): EndingField | null {
	let end = text.length;
	while (end > 0) {
		const code = text.charCodeAt(end - 1);
		if (code >= 0x80) break;
		if (VALUE_CHAR[code] === 0) return null;
		end--;
	}
	if (end > 0 && text.charCodeAt(end - 1) === 0xfe0f) end--;
	if (end === 0) return null;
	const symbols = SYMBOLS_BY_LAST_UNIT.get(text.charCodeAt(end - 1));
	if (symbols === undefined) return null;
	for (const { symbol, kind } of symbols) {
		const start = end - symbol.length;
		if (start >= 0 && text.startsWith(symbol, start)) return { kind, symbolStart: start, symbolEnd: end };
	}
	return null;
}

/** Fields whose value cannot run into the words after them, so one written mid-description can be moved. */
export const MOVABLE_FIELDS: readonly FieldKind[] = ["priority", "due", "scheduled", "start", "created", "done", "cancelled"];

/** A first UTF-16 unit of a movable field's emoji: a text without one holds no movable field. */
export const MOVABLE_SYMBOL_START = new RegExp(
	`[${[...new Set(MOVABLE_FIELDS.flatMap((kind) => FIELD_SYMBOLS[kind].map((symbol) => symbol.charCodeAt(0))))]
		.map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`)
		.join("")}]`,
);

/**
 * A movable field standing alone inside a description: whitespace or the
 * start before it, whitespace or the end after it. Group 1 is the whitespace
 * before, group 2 the field.
 */
export const EMBEDDED_FIELD = new RegExp(`(^|\\s+)(${MOVABLE_FIELDS.map(fieldSource).join("|")})(?=\\s|$)`);

/** Which field a token's text is, by its emoji. */
export function fieldKindOf(text: string): FieldKind | undefined {
	for (const kind of Object.keys(FIELD_SYMBOLS) as FieldKind[]) {
		if (FIELD_SYMBOLS[kind].some((symbol) => text.startsWith(symbol))) return kind;
	}
	return undefined;
}
