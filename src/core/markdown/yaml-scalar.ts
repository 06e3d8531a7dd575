// Writing and reading single YAML scalars as text, for surgical frontmatter
// edits: a value is quoted only when YAML (1.1 as Obsidian's parser reads it,
// or 1.2) would read it as something other than that string.

export type QuoteStyle = "plain" | "single" | "double";

/** "block": a value after `key: ` or `- `; "flow": an item inside `[ ]`. */
export type ScalarContext = "block" | "flow";

const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|=|<<)$/i;
const NUMBER = /^[-+]?(?:\.?\d[\d_]*(?:\.[\d_]*)?(?:[eE][-+]?\d+)?|\.\d+|0x[\da-fA-F_]+|0o[0-7_]+|0b[01_]+|\.(?:inf|nan))$/i;
const SEXAGESIMAL = /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.\d*)?$/;
const DATE_LIKE = /^\d{4}-\d\d?-\d\d?(?:$|[Tt ])/;
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\n\t]/;

/** Whether `value` must be quoted to be read back as this very string. */
export function needsQuoting(value: string, context: ScalarContext = "block"): boolean {
	if (value === "") return true;
	if (value !== value.trim()) return true;
	if (CONTROL.test(value)) return true;
	if (INDICATOR_START.test(value)) return true;
	if (value.includes(": ") || value.includes(" #") || value.endsWith(":")) return true;
	if (context === "flow" && /[,[\]{}]/.test(value)) return true;
	return RESERVED.test(value) || NUMBER.test(value) || SEXAGESIMAL.test(value) || DATE_LIKE.test(value);
}

/** What a plain scalar is read as, roughly: enough to keep a plain date a
 * plain date when it is replaced by another date. */
export function plainKind(value: string): "date" | "number" | "string" {
	if (DATE_LIKE.test(value)) return "date";
	if (NUMBER.test(value)) return "number";
	return "string";
}

/** The YAML text for `value` in the given style (plain falls back to single
 * quotes when plain would not read back; single to double for control
 * characters, which single quotes cannot carry). */
export function formatScalar(value: string, style: QuoteStyle = "plain", context: ScalarContext = "block"): string {
	let chosen = style;
	if (chosen === "plain" && needsQuoting(value, context)) chosen = "single";
	if (chosen === "single" && CONTROL.test(value)) chosen = "double";
	switch (chosen) {
		case "plain":
			return value;
		case "single":
			return `'${value.replace(/'/g, "''")}'`;
		case "double":
			return JSON.stringify(value).replace(/\u2028/g, "\\L").replace(/\u2029/g, "\\P");
	}
}

/** The quote style a written scalar uses. */
export function styleOf(raw: string): QuoteStyle {
	if (raw.startsWith("'")) return "single";
	if (raw.startsWith('"')) return "double";
	return "plain";
}

/**
 * Splits the text after `key:` (or `- `) into the value and what follows it
 * (spaces and a `# comment`). A quoted value ends at its closing quote.
 */
export function splitValueAndComment(text: string): { value: string; rest: string } {
	const quote = text[0];
	if (quote === "'" || quote === '"') {
		const close = closingQuote(text, quote);
		if (close !== -1) return { value: text.slice(0, close + 1), rest: text.slice(close + 1) };
		return { value: text, rest: "" };
	}
	const comment = /(^|[ \t])#/.exec(text);
	const cut = comment ? comment.index : text.length;
	const value = text.slice(0, cut).trimEnd();
	return { value, rest: text.slice(value.length) };
}

function closingQuote(text: string, quote: string): number {
	for (let i = 1; i < text.length; i++) {
		if (quote === '"' && text[i] === "\\") {
			i++;
			continue;
		}
		if (text[i] !== quote) continue;
		if (quote === "'" && text[i + 1] === "'") {
			i++;
			continue;
		}
		return i;
	}
	return -1;
}

/** The string a written scalar stands for (quotes and escapes undone). */
export function readScalar(raw: string): string {
	const text = raw.trim();
	if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
	if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
		try {
			return JSON.parse(text.replace(/\\L/g, "\\u2028").replace(/\\P/g, "\\u2029")) as string;
		} catch {
			return text.slice(1, -1);
		}
	}
	return text;
}

/**
 * The items of a one-line flow sequence body (the text between `[` and `]`),
 * as written, split at commas outside quotes and brackets.
 */
export function splitFlowItems(inner: string): string[] {
	const items: string[] = [];
	let depth = 0;
	let quote = "";
	let start = 0;
	for (let i = 0; i < inner.length; i++) {
		const char = inner[i];
		if (quote) {
			if (quote === '"' && char === "\\") i++;
			else if (char === quote) {
				if (quote === "'" && inner[i + 1] === "'") i++;
				else quote = "";
			}
			continue;
		}
		if ((char === "'" || char === '"') && inner.slice(start, i).trim() === "") quote = char;
		else if (char === "[" || char === "{") depth++;
		else if (char === "]" || char === "}") depth--;
		else if (char === "," && depth === 0) {
			items.push(inner.slice(start, i));
			start = i + 1;
		}
	}
	items.push(inner.slice(start));
	return items;
}
