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

/** Fields whose value cannot run into the words after them, so one written mid-description can be moved. */
export const MOVABLE_FIELDS: readonly FieldKind[] = ["priority", "due", "scheduled", "start", "created", "done", "cancelled"];

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
