// Which notes are meeting notes, which are ignored silently, which are reported.
import { describe, expect, it } from "vitest";
import { looksLikeMeeting } from "../../../src/core/meeting/read-meeting";
import { note, OPTIONS, read, readMeeting } from "./helpers";

const BODY = "# Sync\n\nSome text.\n";

describe("meeting-note detection", () => {
	it.each([
		{ name: "source in meetingSourceValues", frontmatter: "source: transcript\ndate: 2025-03-04\nperson: Alice Smith" },
		{ name: "source, any case", frontmatter: "source: Transcript\ndate: 2025-03-04\nperson: Alice Smith" },
		{ name: "type in meetingTypeValues", frontmatter: "type: meeting\ndate: 2025-03-04\nperson: Alice Smith" },
		{ name: "type as a list", frontmatter: "type: [note, meeting]\ndate: 2025-03-04\nperson: Alice Smith" },
		{ name: "a participants list", frontmatter: "date: 2025-03-04\nparticipants: [Alice Smith]" },
		{ name: "an attendees list", frontmatter: "date: 2025-03-04\nattendees:\n  - Alice Smith" },
		{ name: "a participants string", frontmatter: "date: 2025-03-04\nparticipants: Alice Smith" },
	])("$name makes a meeting note", ({ frontmatter }) => {
		expect(read(note(frontmatter, BODY)).kind).toBe("meeting");
	});

	it.each([
		{ name: "no frontmatter", text: "# Sync\n\nparticipants: Alice\nsource: transcript\n" },
		{ name: "frontmatter without markers", text: note("title: Groceries\ndate: 2025-03-04", BODY) },
		{ name: "an empty participants list", text: note("date: 2025-03-04\nparticipants: []", BODY) },
		{ name: "an empty participants string", text: note("date: 2025-03-04\nparticipants: \"\"", BODY) },
		{ name: "a YAML list as frontmatter", text: note("- source: transcript\n- participants: [Alice]", BODY) },
		{ name: "another source", text: note("source: web\ndate: 2025-03-04", BODY) },
		{ name: "type: transcript (a raw transcript beside the meeting)", text: note("type: transcript\nsource: transcript\ndate: 2025-03-04\nparticipants: [Alice]", BODY) },
		{ name: "tags: [private]", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]\ntags: [work, private]", BODY) },
		{ name: "tags: \"#private\" as a string", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]\ntags: \"#private, work\"", BODY) },
		{ name: "a nested private tag", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]\ntags:\n  - private/hr", BODY) },
		{ name: "an inline #private in the body", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]", "# Sync\n\nHR matter #private\n") },
		{ name: "meeting-crm: skip", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]\nmeeting-crm: skip", BODY) },
	])("$name → not a meeting, silently", ({ text }) => {
		expect(read(text)).toEqual({ kind: "not-meeting" });
	});

	it.each([
		{ name: "in inline code", body: "Use `#private` to hide a note.\n" },
		{ name: "in a code fence", body: "```\n#private\n```\n" },
		{ name: "as part of a longer tag", body: "See #private-notes and #privateer.\n" },
		{ name: "in a URL fragment", body: "https://example.com/#private\n" },
	])("#private $name does not hide the note", ({ body }) => {
		expect(read(note("type: meeting\ndate: 2025-03-04\nparticipants: [Alice]", body)).kind).toBe("meeting");
	});

	it("uses the configured values", () => {
		const text = note("source: granola\ndate: 2025-03-04\nwho: [Alice]", BODY);
		expect(read(text).kind).toBe("not-meeting");
		expect(read(text, { meetingSourceValues: ["granola"], participantKeys: ["who"] }).kind).toBe("meeting");
	});

	it.each([
		{ name: "a source: key", frontmatter: "source: transcript\nparticipants: [Alice\ndate: 2025-03-04" },
		{ name: "a participants: key", frontmatter: "participants:\n  - Alice\n - Bob: [" },
	])("broken frontmatter with $name is skipped with the parse error", ({ frontmatter }) => {
		const result = read(note(frontmatter, BODY));
		expect(result.kind).toBe("skipped");
		if (result.kind === "skipped") expect(result.reason).toMatch(/^frontmatter does not parse: /);
	});

	it("broken frontmatter without those keys is not a meeting", () => {
		expect(read(note("title: [unclosed\ndate: 2025-03-04", BODY))).toEqual({ kind: "not-meeting" });
	});

	it("an unclosed frontmatter with a source: key is skipped with that reason", () => {
		const result = read("---\nsource: transcript\ndate: 2025-03-04\n\n# Sync\n");
		expect(result).toEqual({ kind: "skipped", reason: "frontmatter is not closed: no line with only --- after the first" });
	});

	it.each([
		{ key: "granola_id", value: "abc-123" },
		{ key: "granolaId", value: "g-9" },
		{ key: "fireflies_id", value: "ff1" },
		{ key: "meeting_id", value: "0042" },
	])("exposes the importer id from $key", ({ key, value }) => {
		expect(readMeeting(note(`type: meeting\ndate: 2025-03-04\nparticipants: [Alice]\n${key}: ${value}`, BODY)).importerId).toBe(value);
	});
});

describe("looksLikeMeeting", () => {
	it.each([
		{ name: "null", frontmatter: null, expected: false },
		{ name: "no markers", frontmatter: { title: "x" }, expected: false },
		{ name: "source", frontmatter: { source: "transcript" }, expected: true },
		{ name: "type", frontmatter: { type: "Meeting" }, expected: true },
		{ name: "participants", frontmatter: { participants: ["Alice"] }, expected: true },
		{ name: "attendees objects", frontmatter: { attendees: [{ name: "Alice" }] }, expected: true },
		{ name: "empty participants", frontmatter: { participants: [] }, expected: false },
		{ name: "type transcript", frontmatter: { type: "transcript", participants: ["Alice"] }, expected: false },
		{ name: "private tag", frontmatter: { source: "transcript", tags: ["#Private"] }, expected: false },
		{ name: "opted out", frontmatter: { source: "transcript", "meeting-crm": "skip" }, expected: false },
		{ name: "a list instead of keys", frontmatter: ["source"] as unknown as Record<string, unknown>, expected: false },
	])("$name → $expected", ({ frontmatter, expected }) => {
		expect(looksLikeMeeting(frontmatter, OPTIONS)).toBe(expected);
	});
});
