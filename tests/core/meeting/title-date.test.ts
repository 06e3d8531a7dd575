// Title and date: first hit wins, in the order SPEC section 1 gives.
import { describe, expect, it } from "vitest";
import { meetingNote, note, readMeeting, skipReason } from "./helpers";

const WHO = "participants: [Alice Smith]";

describe("title", () => {
	it.each([
		{ name: "frontmatter title", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04\ntitle: Planning`, "# Heading\n"), path: "M/file.md", title: "Planning" },
		{ name: "first # heading", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04`, "Intro\n\n## Summary\n\n# Roadmap review #\n\n# Second\n"), path: "M/file.md", title: "Roadmap review" },
		{ name: "heading in code is not read", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04`, "```\n# Not this\n```\n# This one\n"), path: "M/file.md", title: "This one" },
		{ name: "basename without .md", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04`, "No heading.\n"), path: "Meetings/2025/Team sync.md", title: "Team sync" },
		{ name: "#tag line is not a heading", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04`, "#meeting\n"), path: "M/Standup.md", title: "Standup" },
		{ name: "numeric title kept", text: note(`${WHO}\ntype: meeting\ndate: 2025-03-04\ntitle: 2025`, ""), path: "M/x.md", title: "2025" },
	])("$name", ({ text, path, title }) => {
		expect(readMeeting(text, {}, path).title).toBe(title);
	});
});

describe("date", () => {
	const withFrontmatter = (lines: string, body = "", path = "Meetings/Sync.md", timeZone = "UTC") =>
		readMeeting(note(`type: meeting\n${WHO}\n${lines}`, body), { timeZone }, path).date;

	it.each([
		{ name: "unquoted date", lines: "date: 2025-09-30", date: "2025-09-30" },
		{ name: "quoted date", lines: "date: \"2025-09-30\"", date: "2025-09-30" },
		{ name: "meeting_date", lines: "meeting_date: 2025-09-30", date: "2025-09-30" },
		{ name: "start_time date-time without offset, taken as written", lines: "start_time: 2025-09-30T23:30:00", date: "2025-09-30" },
		{ name: "created", lines: "created: 2025-09-30", date: "2025-09-30" },
		{ name: "created_at", lines: "created_at: 2025-09-30 08:00", date: "2025-09-30" },
		{ name: "date wins over created", lines: "created: 2025-01-01\ndate: 2025-09-30", date: "2025-09-30" },
		{ name: "an empty date falls through to the next key", lines: "date: \"\"\nmeeting_date: 2025-09-30", date: "2025-09-30" },
		{ name: "a wikilinked date", lines: "date: \"[[2025-09-30]]\"", date: "2025-09-30" },
		{ name: "leap day", lines: "date: 2024-02-29", date: "2024-02-29" },
	])("$name", ({ lines, date }) => {
		expect(withFrontmatter(lines)).toBe(date);
	});

	it.each([
		{ name: "Z in UTC", value: "2025-09-30T23:30:00Z", zone: "UTC", date: "2025-09-30" },
		{ name: "Z in Tokyo is the next day", value: "2025-09-30T23:30:00Z", zone: "Asia/Tokyo", date: "2025-10-01" },
		{ name: "Z in Los Angeles is the day before", value: "2025-10-01T03:00:00.000Z", zone: "America/Los_Angeles", date: "2025-09-30" },
		{ name: "an offset", value: "2025-09-30T01:00:00+02:00", zone: "UTC", date: "2025-09-29" },
		{ name: "an offset without colon", value: "2025-09-30T22:00:00-0500", zone: "UTC", date: "2025-10-01" },
		{ name: "no offset is taken as written in any zone", value: "2025-09-30T23:30:00", zone: "Asia/Tokyo", date: "2025-09-30" },
	])("date-time with $name", ({ value, zone, date }) => {
		expect(withFrontmatter(`date: ${value}`, "", "M/x.md", zone)).toBe(date);
	});

	it("uses the machine's zone when none is given (TZ=UTC in tests)", () => {
		const text = note(`type: meeting\n${WHO}\ndate: 2025-09-30T23:30:00-03:00`);
		expect(readMeeting(text, { timeZone: undefined }).date).toBe("2025-10-01");
	});

	it.each([
		{ name: "a **Date**: line", body: "# Sync\n\n**Date**: 2025-09-30\n", date: "2025-09-30" },
		{ name: "a **Date:** line", body: "**Date:** 2025-09-30 10:00\n", date: "2025-09-30" },
		{ name: "a Date:: field", body: "Date:: 2025-09-30\n", date: "2025-09-30" },
		{ name: "a Date line with more after the day", body: "**Date**: 2025-09-30, 10:00–11:00\n", date: "2025-09-30" },
	])("from $name", ({ body, date }) => {
		expect(withFrontmatter("title: Sync", body, "Meetings/Sync.md")).toBe(date);
	});

	it("a Date line in a code fence is not read", () => {
		expect(withFrontmatter("title: x", "```\n**Date**: 2024-01-01\n```\n", "M/2025-09-30 Sync.md")).toBe("2025-09-30");
	});

	it.each([
		{ path: "Meetings/2025-09-30 - Sync.md", date: "2025-09-30" },
		{ path: "2025-09-30.md", date: "2025-09-30" },
	])("from the file name $path", ({ path, date }) => {
		expect(withFrontmatter("title: x", "", path)).toBe(date);
	});

	it.each([
		{ name: "no date anywhere", lines: "title: Sync", path: "M/Sync.md", reason: "no meeting date: add \"date: YYYY-MM-DD\" to the frontmatter" },
		{ name: "a file name with an invalid day", lines: "title: Sync", path: "M/2025-02-30 Sync.md", reason: "no meeting date: add \"date: YYYY-MM-DD\" to the frontmatter" },
		{ name: "February 30th", lines: "date: 2025-02-30", path: "M/2025-02-03 x.md", reason: "meeting date \"2025-02-30\" in frontmatter \"date\" is not a valid date: write it as YYYY-MM-DD" },
		{ name: "month 13", lines: "date: 2025-13-01", path: "M/x.md", reason: "meeting date \"2025-13-01\" in frontmatter \"date\" is not a valid date: write it as YYYY-MM-DD" },
		{ name: "words", lines: "date: next Tuesday", path: "M/x.md", reason: "meeting date \"next Tuesday\" in frontmatter \"date\" is not a valid date: write it as YYYY-MM-DD" },
		{ name: "hour 25", lines: "date: 2025-09-30T25:00:00Z", path: "M/x.md", reason: "meeting date \"2025-09-30T25:00:00Z\" in frontmatter \"date\" is not a valid date: write it as YYYY-MM-DD" },
		{ name: "a number", lines: "date: 20250930", path: "M/x.md", reason: "meeting date \"20250930\" in frontmatter \"date\" is not a valid date: write it as YYYY-MM-DD" },
		{ name: "start_time: 10:30 (kept as written, not 630)", lines: "start_time: 10:30", path: "M/x.md", reason: "meeting date \"10:30\" in frontmatter \"start_time\" is not a valid date: write it as YYYY-MM-DD" },
	])("skips a note with $name", ({ lines, path, reason }) => {
		expect(skipReason(note(`type: meeting\n${WHO}\n${lines}`), {}, path)).toBe(reason);
	});

	it("names an unreadable Date line when nothing else gives a date", () => {
		expect(skipReason(note(`type: meeting\n${WHO}`, "**Date**: Tuesday\n"), {}, "M/x.md")).toBe(
			"meeting date \"Tuesday\" in the note is not a valid date: add \"date: YYYY-MM-DD\" to the frontmatter",
		);
		expect(readMeeting(note(`type: meeting\n${WHO}`, "**Date**: Tuesday\n"), {}, "M/2025-09-30 x.md").date).toBe("2025-09-30");
	});

	it("checks the date before the participants", () => {
		expect(skipReason(meetingNote("", "", "participants: []").replace("date: 2025-03-04\n", ""), {}, "M/x.md")).toMatch(/^no meeting date/);
	});
});
