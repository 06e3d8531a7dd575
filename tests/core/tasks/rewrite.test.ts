import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MentionStyle } from "../../../src/core/settings";
import {
	acceptProposedTasks,
	rejectProposedTasks,
	rewriteTaskLine,
	rewriteTaskLines,
	type TaskRewriteContext,
} from "../../../src/core/tasks/rewrite";

const SEED = readFileSync(new URL("../../fixtures/seed-meeting-note.md", import.meta.url), "utf8");
const PARTICIPANTS = ["Jason Vallery", "Jai Menon", "Manish Sah", "Ong", "Juergen", "Pete Emig"];

function context(mentionStyle: MentionStyle = "at-camel"): TaskRewriteContext {
	return { ownerName: "Jason Vallery", knownNames: PARTICIPANTS, mentionStyle };
}

const SEED_DESCRIPTIONS = [
	"Brief Manish Sah on Jason Vallery's expectations for a retention path, including management role, clear scope and ownership for Apollo, decision authority, and competitive compensation.",
	"Send the strongest external offer package and explicit stay requirements (scope and ownership, collaborators, resourcing, compensation) to Jai Menon and Manish Sah once paperwork is finalized.",
	"Clarify product management ownership, decision authority, key stakeholders, and funding model for Apollo if Microsoft pursues a retention path for Jason Vallery.",
	"Provide a decision update to Jai Menon by end of week after external offers are finalized.",
];
const SEED_OWNERS: Record<MentionStyle, string[]> = {
	"at-camel": ["@JaiMenon", "@JasonVallery", "@ManishSah", "@JasonVallery"],
	wikilink: ["[[Jai Menon]]", "[[Jason Vallery]]", "[[Manish Sah]]", "[[Jason Vallery]]"],
	"at-name": ["@Jai Menon", "@Jason Vallery", "@Manish Sah", "@Jason Vallery"],
};

describe("the seed meeting note", () => {
	const seedTaskLines = SEED.split("\n").filter((line) => line.startsWith("- [?]"));

	it("has the four garbled task lines", () => {
		expect(seedTaskLines).toHaveLength(4);
		expect(seedTaskLines[0]).toContain("@Jai Menon \uF8FFüìÖ 2025-10-03 ‚è´ #task #proposed #auto");
	});

	it.each(Object.keys(SEED_OWNERS) as MentionStyle[])("rewrites its task lines exactly (%s)", (style) => {
		const expected = SEED_DESCRIPTIONS.map(
			(description, i) => `- [?] ${description} ${SEED_OWNERS[style][i]} 📅 2025-10-03 ⏫ #task #proposed #auto`,
		);
		expect(seedTaskLines.map((line) => rewriteTaskLine(line, context(style)))).toEqual(expected);
	});

	it.each(Object.keys(SEED_OWNERS) as MentionStyle[])("changes only those four lines of the note (%s)", (style) => {
		const result = rewriteTaskLines(SEED, context(style), { wholeNoteRepair: true });
		expect(result.changedLines).toBe(4);
		const before = SEED.split("\n");
		const after = result.text.split("\n");
		expect(after).toHaveLength(before.length);
		const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
		expect(changed.map((i) => before[i])).toEqual(seedTaskLines);
		expect(rewriteTaskLines(result.text, context(style), { wholeNoteRepair: true })).toEqual({ text: result.text, changedLines: 0 });
	});
});

describe("rewriteTaskLine", () => {
	const cases = [
		{ name: "keeps the status", before: "- [x] Done @Myself ✅ 2025-01-01", after: "- [x] Done @JasonVallery ✅ 2025-01-01" },
		{ name: "keeps a custom status", before: "  * [/] Doing @Jai Menon", after: "  * [/] Doing @JaiMenon" },
		{ name: "leaves a non-task line", before: "- Call @Myself üìÖ", after: "- Call @Myself üìÖ" },
		{
			name: "moves a date out of the middle of the description",
			before: "- [ ] Call Bob 📅 2025-10-03 about the offer @Myself #task",
			after: "- [ ] Call Bob about the offer @JasonVallery 📅 2025-10-03 #task",
		},
		{
			name: "moves fields before an owner written after them",
			before: "- [ ] Do X 📅 2025-10-03 ⏫ @Jai Menon #task",
			after: "- [ ] Do X @JaiMenon 📅 2025-10-03 ⏫ #task",
		},
		{
			name: "repairs Windows-1252 emoji with dropped bytes",
			before: "- [ ] Send deck @Myself ðŸ“… 2025-10-03 â« ðŸ” every week",
			after: "- [ ] Send deck @JasonVallery 📅 2025-10-03 ⏫ 🔁 every week",
		},
		{
			name: "leaves a second due date where it is",
			before: "- [ ] a 📅 2025-01-01 b 📅 2025-02-02",
			after: "- [ ] a 📅 2025-01-01 b 📅 2025-02-02",
		},
		{ name: "keeps indentation, quote and block link", before: "> \t1) [ ] x @Me ^abc", after: "> \t1) [ ] x @JasonVallery ^abc" },
		{ name: "keeps trailing whitespace", before: "- [ ] x @Me  ", after: "- [ ] x @JasonVallery  " },
	];

	it.each(cases)("$name", ({ before, after }) => {
		expect(rewriteTaskLine(before, context())).toBe(after);
		expect(rewriteTaskLine(after, context())).toBe(after);
	});

	it("links to person notes by basename in wikilink style", () => {
		const ctx = { ...context("wikilink"), noteBasenames: { "Jai Menon": "Jai Menon (Azure)" } };
		expect(rewriteTaskLine("- [ ] x @Jai Menon", ctx)).toBe("- [ ] x [[Jai Menon (Azure)|Jai Menon]]");
	});
});

describe("rewriteTaskLines on a whole note", () => {
	const garbledTask = "- [ ] Call @Myself \uF8FFüìÖ 2025-10-03";
	const fixedTask = "- [ ] Call @JasonVallery 📅 2025-10-03";

	it("leaves frontmatter and code fences alone", () => {
		const note = ["---", "todo:", garbledTask, "---", "```", garbledTask, "```", "~~~md", garbledTask, "~~~", "> ```", garbledTask, "> ```", garbledTask, ""].join("\n");
		const expected = note.split("\n");
		expected[13] = fixedTask;
		expect(rewriteTaskLines(note, context(), { wholeNoteRepair: true })).toEqual({ text: expected.join("\n"), changedLines: 1 });
	});

	it("keeps CRLF, a BOM and a missing final newline", () => {
		const note = `\uFEFF# Meeting\r\n\r\n${garbledTask}\r\n- [?] Next @Me #proposed`;
		const result = rewriteTaskLines(note, context(), { wholeNoteRepair: false });
		expect(result).toEqual({ text: `\uFEFF# Meeting\r\n\r\n${fixedTask}\r\n- [?] Next @JasonVallery #proposed`, changedLines: 2 });
	});

	it("repairs other lines only with whole-note repair on", () => {
		const note = "Summary: don‚Äôt wait ‚Äî ship\n```\ndon‚Äôt\n```\n";
		expect(rewriteTaskLines(note, context(), { wholeNoteRepair: false })).toEqual({ text: note, changedLines: 0 });
		expect(rewriteTaskLines(note, context(), { wholeNoteRepair: true })).toEqual({
			text: "Summary: don’t wait — ship\n```\ndon‚Äôt\n```\n",
			changedLines: 1,
		});
	});

	it("leaves a note whose frontmatter never closes", () => {
		const note = `---\ntitle: x\n${garbledTask}\n`;
		expect(rewriteTaskLines(note, context(), { wholeNoteRepair: true })).toEqual({ text: note, changedLines: 0 });
	});

	it("leaves @Myself in other lines", () => {
		const note = "- plain item @Myself\nText @Me.\n";
		expect(rewriteTaskLines(note, context(), { wholeNoteRepair: true })).toEqual({ text: note, changedLines: 0 });
	});
});

describe("accepting and rejecting proposed tasks", () => {
	const note = [
		"- [?] Do it @JaiMenon 📅 2025-10-03 ⏫ #task #proposed #auto",
		"- [?] #proposed Lead tag",
		"- [?] Tag #proposed inside",
		"- [?] Block #proposed ^abc",
		"- [?] #proposedX is another tag",
		"- [ ] open #proposed",
		"```",
		"- [?] in code #proposed",
		"```",
		"- [?] Already ❌ 2025-01-01 #proposed",
	].join("\r\n");

	it("accepts: [?] becomes [ ] and #proposed goes", () => {
		expect(acceptProposedTasks(note)).toEqual({
			text: [
				"- [ ] Do it @JaiMenon 📅 2025-10-03 ⏫ #task #auto",
				"- [ ] Lead tag",
				"- [ ] Tag inside",
				"- [ ] Block ^abc",
				"- [ ] #proposedX is another tag",
				"- [ ] open #proposed",
				"```",
				"- [?] in code #proposed",
				"```",
				"- [ ] Already ❌ 2025-01-01",
			].join("\r\n"),
			changedLines: 6,
		});
	});

	it("rejects: [?] becomes [-] with ❌ today and #proposed goes", () => {
		expect(rejectProposedTasks(note, "2025-10-05")).toEqual({
			text: [
				"- [-] Do it @JaiMenon 📅 2025-10-03 ⏫ ❌ 2025-10-05 #task #auto",
				"- [-] Lead tag ❌ 2025-10-05",
				"- [-] Tag inside ❌ 2025-10-05",
				"- [-] Block ❌ 2025-10-05 ^abc",
				"- [-] #proposedX is another tag ❌ 2025-10-05",
				"- [ ] open #proposed",
				"```",
				"- [?] in code #proposed",
				"```",
				"- [-] Already ❌ 2025-10-05",
			].join("\r\n"),
			changedLines: 6,
		});
	});

	it("refuses a date that is not yyyy-MM-dd", () => {
		expect(() => rejectProposedTasks(note, "05/10/2025")).toThrow(/yyyy-MM-dd/);
	});
});
