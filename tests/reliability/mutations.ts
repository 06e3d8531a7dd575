// Mutations of real notes for the fuzz test: random text spliced in, lines
// deleted, duplicated, swapped, frontmatter delimiters moved, code fences
// inserted, unicode junk, CRLF and BOM — as data, so fast-check can shrink
// a failing case to the few edits that matter.
import fc from "fast-check";

export type Mutation =
	| { op: "splice"; at: number; text: string }
	| { op: "insertLine"; at: number; text: string }
	| { op: "deleteLine"; at: number }
	| { op: "duplicateLine"; at: number }
	| { op: "swapLines"; at: number; other: number }
	| { op: "moveDelimiter"; at: number }
	| { op: "crlf" }
	| { op: "bom" };

/** Fragments that mean something to a markdown, YAML or task parser. */
const TOKENS = [
	"---", "\n---\n", "```", "\n```\n", "~~~", "- [ ] ", "- [?] ", "@Myself", "@Jai Menon", "📅 2025-10-03", "üìÖ", "‚è´", "#proposed",
	"[[", "]]", "|", "\n## Key Facts\n", "\n## Topics Discussed\n", "## Recent Context", "\n## Key Information\n", "\n- Jai Menon likes tea.\n",
	"source: transcript\n", "participants: [Pete Emig]\n", "type: people\n", "aliases: [", "&a ", "*a", "{", "}", ":", "\t", "\r", "\r\n", "\u0000",
	"\uFEFF", "\uFFFD", "\u200B", "\u202E", "\uD800", "Ã©", "â€™", "🎉", "#private", "meeting-crm: skip\n", "<details>", "> [!summary]\n",
];

const LINES = [
	"---", "```", "```dataview", "~~~", "## Key Facts", "## Recent Context", "## Topics Discussed", "## Contact Information", "## Action Items",
	"- [ ] Call Pete Emig @Myself 📅 2025-10-03 ⏫ #task", "- [?] Check with @Jai Menon üìÖ 2025-10-03 ‚è´ #task #proposed", "| **Email** | _Unknown_ |",
	"last_contact: 2024-01-01", "aliases: [Pete]", "tags: [", "title: [[Pete Emig]]", "", "    indented code", "> quoted", "<!-- comment -->",
];

const junk = fc.oneof(
	fc.constantFrom(...TOKENS),
	fc.string({ unit: "binary", maxLength: 12 }),
	fc.string({ unit: "binary-ascii", maxLength: 12 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	{ weight: 4, arbitrary: fc.record({ op: fc.constant("splice" as const), at: fc.nat(), text: junk }) },
	{ weight: 3, arbitrary: fc.record({ op: fc.constant("insertLine" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...LINES), junk) }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("deleteLine" as const), at: fc.nat() }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("duplicateLine" as const), at: fc.nat() }) },
	{ weight: 2, arbitrary: fc.record({ op: fc.constant("swapLines" as const), at: fc.nat(), other: fc.nat() }) },
	{ weight: 1, arbitrary: fc.record({ op: fc.constant("moveDelimiter" as const), at: fc.nat() }) },
	{ weight: 1, arbitrary: fc.constant({ op: "crlf" as const }) },
	{ weight: 1, arbitrary: fc.constant({ op: "bom" as const }) },
);

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

export function mutate(text: string, edits: Mutation[]): string {
	return edits.reduce(apply, text);
}

function apply(text: string, edit: Mutation): string {
	if (edit.op === "crlf") return text.replace(/\r?\n/g, "\r\n");
	if (edit.op === "bom") return text.startsWith("\uFEFF") ? text : `\uFEFF${text}`;
	if (edit.op === "splice") {
		const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
		return text.slice(0, at) + edit.text + text.slice(at);
	}
	const lines = text.split("\n");
	const at = edit.at % lines.length;
	switch (edit.op) {
		case "insertLine":
			lines.splice(at, 0, edit.text);
			break;
		case "deleteLine":
			lines.splice(at, 1);
			break;
		case "duplicateLine":
			lines.splice(at, 0, lines[at]);
			break;
		case "swapLines": {
			const other = edit.other % lines.length;
			[lines[at], lines[other]] = [lines[other], lines[at]];
			break;
		}
		case "moveDelimiter": {
			const delimiters = lines.map((line, i) => (line.trimEnd() === "---" ? i : -1)).filter((i) => i >= 0);
			if (delimiters.length === 0) break;
			const from = delimiters[edit.at % delimiters.length];
			const [line] = lines.splice(from, 1);
			lines.splice(edit.at % (lines.length + 1), 0, line);
			break;
		}
	}
	return lines.join("\n");
}
