// Reading a meeting note again after its task lines changed must give
// exactly what reading the changed note from scratch gives, whatever the
// change: the cheap path only takes edits it can prove change nothing else.
import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { readMeetingNote, readMeetingWithBasis } from "../../../src/core/meeting/read-meeting";
import { rereadAfterEdit } from "../../../src/core/meeting/reread";
import { rewriteTaskLines } from "../../../src/core/tasks/rewrite";
import { OPTIONS, meetingNote } from "./helpers";

const PATH = "Meetings/2025-03-04 Weekly.md";

function rereadMatchesFullRead(before: string, after: string): void {
	const first = readMeetingWithBasis(before, PATH, OPTIONS);
	if (first.result.kind !== "meeting" || !first.basis) return;
	expect(rereadAfterEdit(first.basis, first.result.meeting, after, PATH, OPTIONS)).toEqual(readMeetingNote(after, PATH, OPTIONS));
}

/** Replaces line `index` (modulo the line count) of a text. */
function replaceLine(text: string, index: number, line: string): string {
	const lines = text.split("\n");
	lines[index % lines.length] = line;
	return lines.join("\n");
}

const SEED = readFileSync("tests/fixtures/seed-meeting-note.md", "utf8");

const BODY = [
	"# Weekly sync",
	"**With**: Carol King",
	"## Summary",
	"We met. - [ ] not a task here",
	"- [ ] a task in the summary @Alice",
	"## Action Items",
	"- [ ] Send the deck @Myself 📅 2025-03-10 #task",
	"  continuation of the deck item",
	"- [?] Review üìÖ 2025-03-12 @Bob #task #proposed",
	"## Decisions",
	"- [ ] a task among decisions @Alice",
	"- Ship it",
	"## Key Information",
	"- Alice leads - [x] done @Bob",
	"- [ ] a fact-shaped task",
	"## Topics",
	"- [ ] topic task",
	"## Attendees",
	"- [ ] Dan Brown",
	"Some text",
	"- [ ] a task outside any section",
	"*Source: [[Recording]]*",
].join("\n");

describe("reading a note again after a task-line edit", () => {
	it.each([
		{ name: "an owner rewritten in Action Items", line: 6, to: "- [ ] Send the deck @JasonVallery 📅 2025-03-10 #task" },
		{ name: "garbled emoji repaired", line: 8, to: "- [?] Review 📅 2025-03-12 @Bob #task #proposed" },
		{ name: "a task among decisions", line: 10, to: "- [ ] a task among decisions @AliceSmith" },
		{ name: "a task in Key Information", line: 14, to: "- [x] a fact-shaped task" },
		{ name: "a task outside any section", line: 20, to: "- [ ] a task outside any section, changed" },
		{ name: "a task in the summary", line: 4, to: "- [ ] a task in the summary @AliceSmith" },
		{ name: "a task in Topics", line: 16, to: "- [ ] another topic" },
		{ name: "a task in Attendees", line: 18, to: "- [ ] Erin Gray" },
		{ name: "a task that becomes a heading", line: 6, to: "## Decisions" },
		{ name: "a task that becomes a field", line: 6, to: "**With**: Zed Zulu" },
		{ name: "a task that becomes private", line: 6, to: "- [ ] Send #private" },
		{ name: "a task that opens a fence", line: 6, to: "```" },
		{ name: "a task that opens <details>", line: 6, to: "- [ ] see <details>" },
		{ name: "a task that becomes a quote", line: 6, to: "> - [ ] quoted" },
		{ name: "a task with inline code", line: 6, to: "- [ ] run `x` #priv`y`ate" },
		{ name: "a task that becomes a callout", line: 6, to: "- [ ] [!note]-" },
		{ name: "a task that becomes the source line", line: 6, to: "Source: [[Other]]" },
		{ name: "a non-task line changed", line: 11, to: "- Ship it later" },
		{ name: "the frontmatter changed", line: -3, to: "date: 2025-03-05" },
	])("$name", ({ line, to }) => {
		const before = meetingNote(BODY);
		const after = replaceLine(before, line + 5, to);
		expect(after).not.toBe(before);
		rereadMatchesFullRead(before, after);
	});

	it("takes the cheap path for the usual fix, with the result of a full read", () => {
		const before = meetingNote(BODY);
		const first = readMeetingWithBasis(before, PATH, OPTIONS);
		if (first.result.kind !== "meeting" || !first.basis) throw new Error("not a meeting");
		const after = replaceLine(before, 11, "- [ ] Send the deck @JasonVallery 📅 2025-03-10 #task");
		const again = rereadAfterEdit(first.basis, first.result.meeting, after, PATH, OPTIONS);
		expect(again).toEqual(readMeetingNote(after, PATH, OPTIONS));
		if (again.kind !== "meeting") throw new Error("not a meeting");
		// Fields the edit cannot touch are the first read's own objects.
		expect(again.meeting.participants).toBe(first.result.meeting.participants);
		expect(again.meeting.actionItems[0].text).toBe("Send the deck @JasonVallery 📅 2025-03-10 #task\ncontinuation of the deck item");
	});

	it.each([
		{ name: "a line added", edit: (text: string) => text.replace("## Decisions", "- [ ] new\n## Decisions") },
		{ name: "CRLF instead of LF on one line", edit: (text: string) => text.replace("#task\n", "#task\r\n") },
		{ name: "a byte order mark", edit: (text: string) => "\uFEFF" + text },
	])("reads in full when $name", ({ edit }) => {
		const before = meetingNote(BODY);
		rereadMatchesFullRead(before, edit(before));
	});

	it("the seed note fixed by the task rewriter", () => {
		const context = { ownerName: "Jason Vallery", knownNames: ["Jai Menon", "Manish Sah", "Pete Emig"], mentionStyle: "at-camel" as const };
		for (const wholeNoteRepair of [false, true]) {
			const after = rewriteTaskLines(SEED, context, { wholeNoteRepair }).text;
			expect(after).not.toBe(SEED);
			rereadMatchesFullRead(SEED, after);
		}
	});

	it("reuses the frontmatter parse only when its lines are unchanged", () => {
		const before = meetingNote(BODY);
		const first = readMeetingWithBasis(before, PATH, OPTIONS);
		if (!first.basis || first.result.kind !== "meeting") throw new Error("not a meeting");
		const after = before.replace("participants: [Alice Smith, Bob Jones]", "participants: [Alice Smith]").replace("## Decisions", "## Decisions\n");
		expect(rereadAfterEdit(first.basis, first.result.meeting, after, PATH, OPTIONS)).toEqual(readMeetingNote(after, PATH, OPTIONS));
	});

	it("agrees with a full read on generated notes and edits", () => {
		const piece = fc.constantFrom(
			"## Summary", "## Action Items", "## Decisions", "## Key Information", "## Topics", "## Attendees", "## Transcript", "# Transcript",
			"- [ ] task @Alice", "- [x] done", "  - [ ] nested task", "1. [ ] numbered", "* [?] star üìÖ 2025-01-01", "- plain item", "  continued",
			"```", "~~~", "<details>", "</details>", "> [!note]-", "> [!summary]", "> - [ ] quoted task", "**With**: Carol King", "Who:: Dan",
			"**Date**: 2025-03-04", "Source: [[x]]", "#private", "", "text with `code`", "---", "- [ ] see <b>", "- [ ] a: b",
		);
		const edit = fc.constantFrom(
			"- [ ] task @AliceSmith", "- [ ] task 📅 2025-01-01", "- [x] done", "- [ ] #private", "- [ ] `x`", "- [ ] <details>", "- [ ] [!x]",
			"> - [ ] q", "## Decisions", "- plain", "", "**With**: Zed", "- [ ] Source: [[y]]", "- [ ] ~~~", "- [?] a: b", "  - [ ] nested",
		);
		const note = fc.array(piece, { minLength: 1, maxLength: 25 }).map((lines) => meetingNote(lines.join("\n")));
		const edits = fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 3 });
		fc.assert(
			fc.property(note, edits, (before, changes) => {
				const bodyStart = 5;
				let after = before;
				const count = before.split("\n").length - bodyStart;
				for (const [at, line] of changes) after = replaceLine(after, bodyStart + (at % count), line);
				rereadMatchesFullRead(before, after);
			}),
			{ numRuns: 1500 },
		);
	});
});

describe("a frontmatter parsed before is read as the note's own", () => {
	it("gives what reading the note from scratch gives, and never changes it", () => {
		const text = meetingNote("## Action Items\n- [ ] task\n", "topics: [a, b]\nattendees:\n  - name: Dan Brown\n    email: dan@x.io");
		const frontmatter = readFrontmatter(text);
		const frozen = JSON.stringify(frontmatter);
		deepFreeze(frontmatter);
		expect(readMeetingNote(text, PATH, OPTIONS, frontmatter)).toEqual(readMeetingNote(text, PATH, OPTIONS));
		expect(JSON.stringify(frontmatter)).toBe(frozen);
	});
});

function deepFreeze(value: unknown): void {
	if (value === null || typeof value !== "object") return;
	Object.freeze(value);
	for (const inner of Object.values(value)) deepFreeze(inner);
}
