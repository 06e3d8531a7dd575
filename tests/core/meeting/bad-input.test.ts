// Bad input never throws: each gives a clear reason or the right value.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readMeetingNote } from "../../../src/core/meeting/read-meeting";
import { meetingNote, note, OPTIONS, read, readMeeting, skipReason } from "./helpers";

const seedText = readFileSync(new URL("../../fixtures/seed-meeting-note.md", import.meta.url), "utf8");
const SEED_PATH = "Meetings/2025-09-30 - 1-1 with Jai Menon.md";

describe("malformed notes are skipped with a reason", () => {
	it.each([
		{ name: "malformed YAML", text: note("source: transcript\nparticipants: [Alice, Bob\ndate: 2025-03-04"), reason: /^frontmatter does not parse: / },
		{ name: "duplicate keys", text: note("source: transcript\ndate: 2025-03-04\ndate: 2025-03-05\nparticipants: [Alice]"), reason: /^frontmatter does not parse: / },
		{ name: "a stray list item among keys", text: note("source: transcript\nparticipants: [Alice]\n- stray"), reason: /^frontmatter does not parse: / },
		{ name: "a tab-indented key", text: note("source: transcript\nparticipants:\n\t- Alice"), reason: /^frontmatter does not parse: / },
		{ name: "an unclosed ---", text: "---\nsource: transcript\nparticipants: [Alice]\n\nBody text\n", reason: /^frontmatter is not closed/ },
		{ name: "no date", text: note("source: transcript\nparticipants: [Alice]"), reason: /^no meeting date: add "date: YYYY-MM-DD" to the frontmatter$/ },
		{ name: "an invalid date", text: note("source: transcript\ndate: 2025-02-30\nparticipants: [Alice]"), reason: /^meeting date "2025-02-30" in frontmatter "date" is not a valid date/ },
		{ name: "no participants", text: note("type: meeting\ndate: 2025-03-04"), reason: /^no participants/ },
		{ name: "a number as the whole list", text: note("type: meeting\ndate: 2025-03-04\nparticipants: 42"), reason: /^no participants: every entry was dropped: "42" \(participant 42 is a number, not a name\)$/ },
		{ name: "non-string participants", text: note("type: meeting\ndate: 2025-03-04\nparticipants: [42, true, [a, b], {role: PM}, null]"), reason: /^no participants: every entry was dropped: / },
	])("$name", ({ text, reason }) => {
		expect(skipReason(text, {}, "Meetings/Sync.md")).toMatch(reason);
	});

	it("an object as the whole participants value is one entry", () => {
		expect(readMeeting(meetingNote("", "", "participants: {name: Alice Smith, email: a@x.com}")).participants).toEqual([
			{ name: "Alice Smith", email: "a@x.com", contact: { email: "a@x.com" }, attended: true },
		]);
	});
});

describe("code in frontmatter is never run", () => {
	const globals = globalThis as Record<string, unknown>;
	afterEach(() => {
		delete globals.__meetingCrmPwned;
		vi.restoreAllMocks();
	});

	it.each([
		{ name: "---js without meeting keys", opening: "---js", body: "globalThis.__meetingCrmPwned = true; process.exit(1);", expected: { kind: "not-meeting" } },
		{ name: "---javascript", opening: "---javascript", body: "globalThis.__meetingCrmPwned = true; process.exit(1);", expected: { kind: "not-meeting" } },
		{
			name: "---js with a source: line",
			opening: "---js",
			body: "module.exports = {\nsource: \"transcript\",\nrun: (globalThis.__meetingCrmPwned = true, process.exit(1)),\n}",
			expected: { kind: "skipped", reason: "frontmatter in \"js\" is not supported (only YAML)" },
		},
	])("$name", ({ opening, body, expected }) => {
		const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
		const text = `${opening}\n${body}\n---\n# 1:1 with Jai\n`;
		expect(readMeetingNote(text, "M/2025-03-04 x.md", OPTIONS)).toEqual(expected);
		expect(globals.__meetingCrmPwned).toBeUndefined();
		expect(exit).not.toHaveBeenCalled();
	});
});

describe("line endings, BOM, tabs, binary, size", () => {
	const seed = readMeeting(seedText, {}, SEED_PATH);

	it.each([
		{ name: "CRLF", text: seedText.replace(/\n/g, "\r\n") },
		{ name: "a BOM", text: `\uFEFF${seedText}` },
		{ name: "a BOM and CRLF", text: `\uFEFF${seedText.replace(/\n/g, "\r\n")}` },
		{ name: "old Mac CR", text: seedText.replace(/\n/g, "\r") },
	])("a note with $name reads the same as LF", ({ text }) => {
		expect(readMeeting(text, {}, SEED_PATH)).toEqual(seed);
	});

	it("tabs in indentation and between words are fine", () => {
		const meeting = readMeeting(meetingNote("## Key\tInformation\n-\tFact\twith tab\n\t- nested\n", "", "participants: [\"Alice\\tSmith\"]"));
		expect(meeting.participants[0].name).toBe("Alice Smith");
		expect(meeting.keyInformation).toEqual([{ text: "Fact\twith tab\nnested", line: 6 }]);
	});

	it("binary bytes in the body do not stop the read", () => {
		let junk = "";
		for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 7919) % 256);
		const meeting = readMeeting(meetingNote(`## Key Information\n- Fact\n\n${junk}\n\uFFFD\uD800\u0000`));
		expect(meeting.keyInformation[0]).toEqual({ text: "Fact", line: 6 });
	});

	it("binary bytes alone are not a meeting", () => {
		let junk = "";
		for (let i = 0; i < 4096; i++) junk += String.fromCharCode((i * 104729) % 256);
		expect(read(junk)).toEqual({ kind: "not-meeting" });
		expect(read(`---\n${junk}\n---\n`).kind).not.toBe("meeting");
	});

	it("a 5 MB note is read, quickly", () => {
		const item = "- Alice Smith shared a fact that is long enough to look like a real line of notes.\n";
		const body = `## Key Information\n${item.repeat(Math.ceil((5 * 1024 * 1024) / item.length))}`;
		const started = performance.now();
		const meeting = readMeeting(meetingNote(body));
		expect(performance.now() - started).toBeLessThan(5000);
		expect(meeting.keyInformation.length).toBeGreaterThan(60_000);
	});

	it.each([
		{ name: "one 5 MB line", body: "x".repeat(5 * 1024 * 1024) },
		{ name: "a 5 MB heading of spaces", body: `# ${" ".repeat(5 * 1024 * 1024)}x` },
		{ name: "a 5 MB list marker line of spaces", body: `## Decisions\n-${" ".repeat(5 * 1024 * 1024)}` },
		{ name: "5 MB of colons", body: `**Date**:${":".repeat(5 * 1024 * 1024)}` },
		{ name: "5 MB of brackets", body: `Source: [[${"[".repeat(5 * 1024 * 1024)}` },
		{ name: "5 MB of details tags", body: "<details>".repeat(500_000) },
	])("$name does not hang", ({ body }) => {
		const started = performance.now();
		const result = read(meetingNote(body), {}, "M/2025-03-04 x.md");
		expect(performance.now() - started).toBeLessThan(5000);
		expect(result.kind).not.toBe("not-meeting");
	});

	it("a With line of 300,000 names is read (no stack overflow)", () => {
		const many = Array.from({ length: 300_000 }, (_, i) => `P${i}`).join(", ");
		const meeting = readMeeting(meetingNote(`**With**: ${many}\n`));
		expect(meeting.participants).toHaveLength(300_002);
	});

	it("never throws, on any text", () => {
		fc.assert(
			fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
				const result = readMeetingNote(text, "x.md", OPTIONS);
				expect(["meeting", "not-meeting", "skipped"]).toContain(result.kind);
			}),
			{ numRuns: 300 },
		);
	});

	it("never throws, on meeting-shaped text with random parts", () => {
		const piece = fc.constantFrom(
			"## Summary", "## Action Items", "- [ ] task", "  - nested", "```", "<details>", "</details>", "> [!note]-", "> text",
			"**With**: ", "Who:: ", "**Date**: ", "Source: [[x]]", "## Transcript", "# Title", "1. item", "---", "", "#private",
			"## Attendees", "- Speaker 1", "- [[A|B]]", "(", ")", "<a@b.co>",
		);
		const body = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((parts) => parts.join("\n"));
		const frontmatter = fc.array(
			fc.constantFrom("source: transcript", "type: meeting", "date: 2025-03-04", "participants: [A B, C]", "person: X", "title: 1:1 with A B", "tags: [x]", "attendees:", "  - name: Q", "  - 3", "topics: a, b"),
			{ maxLength: 8 },
		);
		fc.assert(
			fc.property(frontmatter, body, fc.string({ maxLength: 30 }), (keys, text, path) => {
				const result = readMeetingNote(`---\n${keys.join("\n")}\n---\n${text}`, path, OPTIONS);
				expect(["meeting", "not-meeting", "skipped"]).toContain(result.kind);
				if (result.kind === "skipped") expect(result.reason).not.toMatch(/^the note could not be read/);
			}),
			{ numRuns: 500 },
		);
	});

	it("options with odd values do not throw", () => {
		const odd = { ...OPTIONS, ignoreNames: ["/(/", "", "/x/gy"], timeZone: "Not/AZone", ownerNames: [] };
		const result = readMeetingNote(note("type: meeting\ndate: 2025-03-04T10:00:00Z\nparticipants: [Alice]"), "x.md", odd);
		expect(result.kind).toBe("meeting");
	});
});
