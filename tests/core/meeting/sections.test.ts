// Sections: headings and their synonyms, items, summary, transcripts, the
// Source line, and what code fences hide.
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/core/meeting/model";
import { meetingNote, readMeeting } from "./helpers";

type ItemField = "actionItems" | "decisions" | "keyInformation";
const texts = (meeting: Meeting, field: ItemField) => meeting[field].map((item) => item.text);

describe("section headings", () => {
	it.each([
		{ heading: "## Action Items", field: "actionItems" },
		{ heading: "## Tasks", field: "actionItems" },
		{ heading: "### Next Steps:", field: "actionItems" },
		{ heading: "## To-dos", field: "actionItems" },
		{ heading: "## Todos", field: "actionItems" },
		{ heading: "## To do", field: "actionItems" },
		{ heading: "## Follow-ups", field: "actionItems" },
		{ heading: "## ✅ ACTION ITEMS", field: "actionItems" },
		{ heading: "## Decisions", field: "decisions" },
		{ heading: "#### Key Decisions", field: "decisions" },
		{ heading: "## Decisions Made::", field: "decisions" },
		{ heading: "## Key Information", field: "keyInformation" },
		{ heading: "## Key Facts", field: "keyInformation" },
		{ heading: "## 🔑 Key Points", field: "keyInformation" },
		{ heading: "## Details", field: "keyInformation" },
		{ heading: "###### notes", field: "keyInformation" },
		{ heading: "## **Key Facts**", field: "keyInformation" },
		{ heading: "## 2. Decisions", field: "decisions" },
		{ heading: "## Decisions ##", field: "decisions" },
	] satisfies { heading: string; field: ItemField }[])("$heading → $field", ({ heading, field }) => {
		const meeting = readMeeting(meetingNote(`${heading}\n\n- First\n- Second\n`));
		expect(texts(meeting, field)).toEqual(["First", "Second"]);
	});

	it.each([
		{ name: "a level-1 heading", heading: "# Decisions" },
		{ name: "other words", heading: "## Decisions pending review" },
		{ name: "no space after #", heading: "##Decisions" },
		{ name: "inside a code fence", heading: "```\n## Decisions" },
		{ name: "in a blockquote", heading: "> ## Decisions" },
	])("$name is not a section", ({ heading }) => {
		expect(readMeeting(meetingNote(`${heading}\n- First\n`)).decisions).toEqual([]);
	});

	it.each([
		{ heading: "## Summary" },
		{ heading: "## 📝 Summary" },
		{ heading: "## Overview" },
		{ heading: "### TL;DR" },
		{ heading: "## Summary:" },
	])("$heading is the summary", ({ heading }) => {
		expect(readMeeting(meetingNote(`${heading}\n\nWe met.\n`)).summary).toBe("We met.");
	});
});

describe("section extent", () => {
	it("runs to the next heading of the same or a higher level", () => {
		const body = "## Decisions\n- A\n### Context\n- B\n## Other\n- C\n# Top\n- D\n";
		expect(texts(readMeeting(meetingNote(body)), "decisions")).toEqual(["A", "B"]);
	});

	it("stops at a higher-level heading", () => {
		const body = "### Decisions\n- A\n## Other\n- B\n";
		expect(texts(readMeeting(meetingNote(body)), "decisions")).toEqual(["A"]);
	});

	it("a recognised section nested in another belongs to itself only", () => {
		const body = "## Notes\n- Fact one\n### Action Items\n- Do it\n### More\n- Fact two\n";
		const meeting = readMeeting(meetingNote(body));
		expect(texts(meeting, "keyInformation")).toEqual(["Fact one", "Fact two"]);
		expect(texts(meeting, "actionItems")).toEqual(["Do it"]);
	});

	it("two sections of one kind are read in order", () => {
		const body = "## Decisions\n- A\n## Other\n## Key Decisions\n- B\n";
		expect(texts(readMeeting(meetingNote(body)), "decisions")).toEqual(["A", "B"]);
	});
});

describe("items", () => {
	it.each([
		{ name: "markers - * + 1. 1)", body: "- a\n* b\n+ c\n1. d\n2) e\n", expected: ["a", "b", "c", "d", "e"] },
		{ name: "blank lines between items", body: "- a\n\n\n- b\n", expected: ["a", "b"] },
		{ name: "continuation lines", body: "- first line\n  second line\nlazy third\n- next\n", expected: ["first line\nsecond line\nlazy third", "next"] },
		{ name: "an indented paragraph after a blank", body: "- a\n\n  more of a\n- b\n", expected: ["a\nmore of a", "b"] },
		{ name: "an unindented paragraph after a blank ends the item", body: "- a\n\nNot an item.\n- b\n", expected: ["a", "b"] },
		{ name: "nested items belong to the parent", body: "- parent\n  - child one\n    - grandchild\n  - child two\n- sibling\n", expected: ["parent\nchild one\ngrandchild\nchild two", "sibling"] },
		{ name: "tab-indented nested items", body: "- parent\n\t- child\n- sibling\n", expected: ["parent\nchild", "sibling"] },
		{ name: "checkbox removed", body: "- [ ] open\n- [x] done\n- [?] proposed\n", expected: ["open", "done", "proposed"] },
		{ name: "a thematic break ends an item", body: "- a\n---\nafter\n", expected: ["a"] },
		{ name: "an empty item is skipped", body: "-\n- b\n", expected: ["b"] },
		{ name: "items inside a code fence are not read", body: "- a\n```\n- fake\n```\n- b\n", expected: ["a", "b"] },
		{ name: "*emphasis* is not a list marker", body: "*not an item*\n- a\n", expected: ["a"] },
	])("$name", ({ body, expected }) => {
		expect(texts(readMeeting(meetingNote(`## Key Information\n${body}`)), "keyInformation")).toEqual(expected);
	});

	it("records the 0-based line of each item's first line", () => {
		const meeting = readMeeting(meetingNote("## Decisions\n\n- a\n  more\n- b\n"));
		// Frontmatter is lines 0-4, the heading line 5, a blank line 6.
		expect(meeting.decisions).toEqual([{ text: "a\nmore", line: 7 }, { text: "b", line: 9 }]);
	});
});

describe("summary", () => {
	it("joins paragraphs with a newline and wrapped lines with a space", () => {
		const body = "## Summary\n\nFirst paragraph\nwraps here.\n\nSecond paragraph.\n\n## Decisions\n";
		expect(readMeeting(meetingNote(body)).summary).toBe("First paragraph wraps here.\nSecond paragraph.");
	});

	it("reads list items as plain text", () => {
		expect(readMeeting(meetingNote("## Summary\n- One.\n- [ ] Two.\n1. Three.\n")).summary).toBe("One.\nTwo.\nThree.");
	});

	it("reads a > [!summary] callout", () => {
		const body = "> [!summary] Meeting summary\n> We met.\n> Then we left.\n>\n> - Point\n\nAfter.\n";
		expect(readMeeting(meetingNote(body)).summary).toBe("We met. Then we left.\nPoint");
	});

	it("prefers the Summary section to a callout", () => {
		const body = "> [!summary]\n> From callout.\n\n## Summary\nFrom section.\n";
		expect(readMeeting(meetingNote(body)).summary).toBe("From section.");
	});

	it("leaves **Date**: and **With**: lines out of the summary", () => {
		const body = "## Summary\n**Date**: 2025-03-04\n**With**: Carol White\n\nWe met.\n";
		const meeting = readMeeting(meetingNote(body));
		expect(meeting.summary).toBe("We met.");
		expect(meeting.participants.map((participant) => participant.name)).toContain("Carol White");
	});

	it("is empty without a summary", () => {
		expect(readMeeting(meetingNote("Just text.\n")).summary).toBe("");
	});
});

describe("the Source line", () => {
	it.each([
		{ name: "plain", line: "Source: [[Transcripts/Call 1]]" },
		{ name: "in *emphasis*", line: "*Source: [[Transcripts/Call 1]]*" },
		{ name: "in _emphasis_", line: "_Source: [[Transcripts/Call 1]]_" },
		{ name: "in **bold**", line: "**Source: [[Transcripts/Call 1]]**" },
		{ name: "bold label", line: "**Source:** [[Transcripts/Call 1|the call]]" },
	])("$name gives sourceLink and is not section text", ({ line }) => {
		const meeting = readMeeting(meetingNote(`## Summary\nWe met.\n${line}\n\n## Key Information\n- Fact\n${line}\n`));
		expect(meeting.sourceLink).toBe("Transcripts/Call 1");
		expect(meeting.summary).toBe("We met.");
		expect(texts(meeting, "keyInformation")).toEqual(["Fact"]);
	});

	it("is absent without a Source line, and one in code is not read", () => {
		expect(readMeeting(meetingNote("```\nSource: [[X]]\n```\n")).sourceLink).toBeUndefined();
	});
});

describe("transcripts are never read as facts, items or tasks", () => {
	const taskCount = (meeting: Meeting) => meeting.taskLines.length;
	it.each([
		{ name: "a ## Transcript section", body: "## Transcript\n- [ ] fake task\n### Decisions\n- fake\n## Key Information\n- Real fact\n" },
		{ name: "a ## Full Transcript section", body: "## Full Transcript\nAlice: hi\n- [ ] fake task\n- fake\n## Key Information\n- Real fact\n" },
		{ name: "a collapsed callout", body: "## Key Information\n- Real fact\n\n> [!quote]- Transcript\n> - [ ] fake task\n> ## Decisions\n> - fake\n" },
		{ name: "a <details> block", body: "## Key Information\n- Real fact\n<details>\n<summary>Transcript</summary>\n\n- [ ] fake task\n## Decisions\n- fake\n</details>\n" },
	])("$name", ({ body }) => {
		const meeting = readMeeting(meetingNote(body));
		expect(texts(meeting, "keyInformation")).toEqual(["Real fact"]);
		expect(meeting.decisions).toEqual([]);
		expect(taskCount(meeting)).toBe(0);
	});

	it("the transcript section ends at the next heading of its level", () => {
		const meeting = readMeeting(meetingNote("## Transcript\n- [ ] fake\n## Action Items\n- [ ] real\n"));
		expect(meeting.taskLines.map((task) => task.raw)).toEqual(["- [ ] real"]);
	});
});

describe("task lines", () => {
	it("finds every task line outside frontmatter, code and transcripts, with its line number", () => {
		const body = [
			"## Action Items",
			"- [ ] plain",
			"  * [x] indented star",
			"> - [/] in a quote",
			"> > + [-] in a nested quote",
			"1. [?] numbered",
			"12) [!] paren numbered",
			"- [📅] emoji status",
			"```",
			"- [ ] in code",
			"```",
			"- not a task",
			"-[ ] no space",
			"- [] empty box",
			"Text - [ ] mid-line",
		].join("\n");
		const meeting = readMeeting(meetingNote(body, "tasks: \"- [ ] in frontmatter\""));
		expect(meeting.taskLines).toEqual([
			{ raw: "- [ ] plain", line: 7 },
			{ raw: "  * [x] indented star", line: 8 },
			{ raw: "> - [/] in a quote", line: 9 },
			{ raw: "> > + [-] in a nested quote", line: 10 },
			{ raw: "1. [?] numbered", line: 11 },
			{ raw: "12) [!] paren numbered", line: 12 },
			{ raw: "- [📅] emoji status", line: 13 },
		]);
	});

	it("finds task lines outside any section too", () => {
		expect(readMeeting(meetingNote("Intro\n- [ ] loose task\n")).taskLines).toEqual([{ raw: "- [ ] loose task", line: 6 }]);
	});
});
