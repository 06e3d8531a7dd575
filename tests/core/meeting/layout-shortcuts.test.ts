// Shortcuts the note scan takes for speed must not change what it finds:
// a top-level heading is matched only when it may be a transcript's, and
// #private is looked for only where "#private" is written in some case.
import { describe, expect, it } from "vitest";
import { meetingNote, read, readMeeting } from "./helpers";

describe("top-level headings", () => {
	it.each([
		{ name: "# Transcript", heading: "# Transcript" },
		{ name: "a decorated # 📝 MEETING TRANSCRIPT:", heading: "# 📝 MEETING TRANSCRIPT:" },
		{ name: "# Full transcript", heading: "# Full transcript" },
	])("$name hides its part of the note", ({ heading }) => {
		const meeting = readMeeting(meetingNote(`${heading}\n## Action Items\n- [ ] fake\n# Notes\n## Action Items\n- [ ] real\n`));
		expect(meeting.taskLines.map((task) => task.raw)).toEqual(["- [ ] real"]);
		expect(meeting.actionItems.map((item) => item.text)).toEqual(["real"]);
	});

	it("a title that mentions a transcript is a title, and hides nothing", () => {
		const meeting = readMeeting(meetingNote("# Weekly: transcript review\n## Action Items\n- [ ] kept\n"));
		expect(meeting.title).toBe("Weekly: transcript review");
		expect(meeting.actionItems.map((item) => item.text)).toEqual(["kept"]);
	});

	it("a top-level heading named like a section is not a section", () => {
		const meeting = readMeeting(meetingNote("# Summary\nNot a summary.\n# Action Items\n- [ ] not read as an item\n"));
		expect(meeting.summary).toBe("");
		expect(meeting.actionItems).toEqual([]);
		expect(meeting.taskLines.map((task) => task.raw)).toEqual(["- [ ] not read as an item"]);
	});
});

describe("#private", () => {
	it.each([
		{ name: "after other tags", body: "- [ ] task #task #proposed #PRIVATE\n", expected: "not-meeting" },
		{ name: "nested tag", body: "notes #Private/work\n", expected: "not-meeting" },
		{ name: "a longer tag is not it", body: "notes #privately #proposed\n", expected: "meeting" },
		{ name: "inside inline code", body: "notes `#private`\n", expected: "meeting" },
		{ name: "in a fence", body: "```\n#private\n```\n", expected: "meeting" },
	])("$name", ({ body, expected }) => {
		expect(read(meetingNote(body)).kind).toBe(expected);
	});
});
