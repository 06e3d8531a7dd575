import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MentionStyle } from "../../../src/core/settings";
import { rewriteTaskLine, rewriteTaskLines, type TaskRewriteContext } from "../../../src/core/tasks/rewrite";
import { parseTaskLine } from "../../../src/core/tasks/task-line";
import { garble, type GarblerName } from "./garble";

const STYLES: MentionStyle[] = ["at-camel", "wikilink", "at-name"];
const GARBLERS: GarblerName[] = ["macRoman", "macRomanLostLogo", "windows1252", "latin1"];

function context(mentionStyle: MentionStyle): TaskRewriteContext {
	return { ownerName: "Jason Vallery", knownNames: ["Jai Menon", "Manish Sah", "Alice"], mentionStyle };
}

const WORDS = ["Call", "review", "the", "deck", "Q3", "budget", "offer", "and", "Bob", "café", "don’t", "—", "(see notes)", "2025"];
const OWNERS = [
	"@Jai Menon", "@JaiMenon", "@Myself", "@Me", "@Unknown Person", "@jai menon", "bob@example.com", "[[Jai Menon]]",
	"(@Manish Sah, due: Friday)", "**@Alice**:", "@Alice's", "`@Code`",
];
const FIELDS = ["📅 2025-10-03", "⏳ 2025-10-01", "🛫 2025-09-30", "✅ 2025-10-04", "❌ 2025-10-05", "⏫", "🔼", "🔁 every week", "🆔 abc1", "⛔ abc1", "📅\uFE0F 2025-10-03"];
const TAGS = ["#task", "#proposed", "#auto", "#work/meetings"];

const field = fc.tuple(fc.constantFrom(...FIELDS), fc.constantFrom<GarblerName | "none">("none", ...GARBLERS)).map(([text, garbler]) =>
	garbler === "none" ? text : garble(text, garbler),
);
const taskLine = fc
	.record({
		prefix: fc.constantFrom("", "  ", "\t", "> ", "> > "),
		marker: fc.constantFrom("-", "*", "+", "1.", "2)"),
		status: fc.constantFrom(" ", "x", "?", "/", "-", "🔥"),
		words: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...OWNERS), field), { minLength: 0, maxLength: 8 }),
		trailing: fc.array(fc.oneof(field, fc.constantFrom(...TAGS)), { maxLength: 5 }),
		blockLink: fc.constantFrom("", " ^abc-1"),
	})
	.map(({ prefix, marker, status, words, trailing, blockLink }) =>
		`${prefix}${marker} [${status}] ${[...words, ...trailing].join(" ")}${blockLink}`,
	);

describe("rewriteTaskLine", () => {
	it.each(STYLES)("is idempotent and keeps the status (%s)", (style) => {
		fc.assert(
			fc.property(taskLine, (line) => {
				const once = rewriteTaskLine(line, context(style));
				expect(rewriteTaskLine(once, context(style))).toBe(once);
				expect(parseTaskLine(once)?.status).toBe(parseTaskLine(line)?.status);
			}),
			{ numRuns: 1500 },
		);
	});
});

const otherLine = fc.oneof(
	fc.constantFrom("", "# Heading", "## Action Items", "- item @Myself", "Text with @Me and üìÖ", "don‚Äôt stop", "```", "~~~", "---", "> quote"),
	fc.string({ maxLength: 30 }),
	fc.tuple(fc.constantFrom(...WORDS, ...OWNERS), fc.constantFrom<GarblerName>(...GARBLERS)).map(([text, garbler]) => garble(text, garbler)),
);

describe("rewriteTaskLines with whole-note repair off", () => {
	it("never changes a line that is not a task line", () => {
		const note = fc.tuple(fc.array(fc.oneof(taskLine, otherLine), { maxLength: 12 }), fc.constantFrom("\n", "\r\n"));
		fc.assert(
			fc.property(note, fc.constantFrom(...STYLES), ([lines, ending], style) => {
				const text = lines.join(ending);
				const result = rewriteTaskLines(text, context(style), { wholeNoteRepair: false });
				const after = result.text.split(ending);
				expect(after).toHaveLength(lines.length || 1);
				lines.forEach((line, i) => {
					if (parseTaskLine(line) === null) expect(after[i]).toBe(line);
				});
				expect(result.changedLines).toBe(lines.filter((line, i) => line !== after[i]).length);
			}),
			{ numRuns: 800 },
		);
	});
});
