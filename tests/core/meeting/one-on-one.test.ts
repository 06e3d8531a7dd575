// Attended or mentioned: who a 1:1 title says the owner met.
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/core/meeting/model";
import { note, readMeeting } from "./helpers";

const PEOPLE = "participants: [Jason Vallery, Jai Menon, Manish Sah, Pete Emig]";

function attendance(meeting: Meeting): Record<string, boolean> {
	return Object.fromEntries(meeting.participants.map((participant) => [participant.name, participant.attended]));
}

const ONLY_JAI = { "Jai Menon": true, "Manish Sah": false, "Pete Emig": false };
const EVERYONE = { "Jai Menon": true, "Manish Sah": true, "Pete Emig": true };

describe("1:1 titles", () => {
	it.each([
		{ title: "1:1 with Jai Menon" },
		{ title: "1-1 with Jai Menon" },
		{ title: "1:1 WITH jai menon" },
		{ title: "One-on-one with Jai Menon" },
		{ title: "one on one with Jai Menon" },
		{ title: "Weekly 1:1 with Jai Menon" },
		{ title: "1:1 with Jai Menon: retention, offers" },
		{ title: "1:1 with Jai Menon - weekly" },
		{ title: "1:1 with Jai Menon — weekly" },
		{ title: "1:1 with Jai Menon (rescheduled)" },
		{ title: "1:1 with [[Jai Menon]]" },
		{ title: "1:1 with Jai" },
		{ title: "Jai Menon / Jason Vallery 1:1" },
		{ title: "Jason Vallery / Jai Menon 1:1" },
		{ title: "Jai / JV 1-1" },
	])("$title: Jai attended, the others were mentioned", ({ title }) => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: "${title}"\n${PEOPLE}`));
		expect(attendance(meeting)).toEqual(ONLY_JAI);
		expect(meeting.oneOnOne).toBe(true);
		expect(meeting.ownerPresent).toBe(true);
	});

	it("reads the title from the # heading too", () => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\n${PEOPLE}`, "# 1:1 with Pete Emig\n"));
		expect(attendance(meeting)).toEqual({ "Jai Menon": false, "Manish Sah": false, "Pete Emig": true });
	});

	it("the owner is implied by a matched 1:1 even when not listed", () => {
		const meeting = readMeeting(note("type: meeting\ndate: 2025-03-04\ntitle: 1:1 with Jai Menon\nparticipants: [Jai Menon, Manish Sah]"));
		expect(meeting.ownerPresent).toBe(true);
	});

	it.each([
		{ name: "a regular meeting", title: "Apollo sync" },
		{ name: "a 1:1 with nobody listed", title: "1:1 with Sarah Connor" },
		{ name: "an ambiguous first name", title: "1:1 with Sam", people: "participants: [Sam Ng, Sam Ode]", expected: { "Sam Ng": true, "Sam Ode": true } },
		{ name: "a slash title without the owner", title: "Jai Menon / Pete Emig 1:1" },
		{ name: "a time like 11:10 is not 1:1", title: "Sync at 11:10 with Jai Menon" },
		{ name: "the owner named as X", title: "1:1 with Jason Vallery" },
	])("$name: everyone attended", ({ title, people, expected }) => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: "${title}"\n${people ?? PEOPLE}`));
		expect(attendance(meeting)).toEqual(expected ?? EVERYONE);
		expect(meeting.oneOnOne).toBe(false);
	});

	it("matches X by an alias of a known person", () => {
		const knownPeople = [{ name: "Jai Menon", aliases: ["JM"], emails: [] }];
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: 1:1 with JM\n${PEOPLE}`), { knownPeople });
		expect(attendance(meeting)).toEqual(ONLY_JAI);
	});

	it("uses frontmatter person when the title says 1:1", () => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: Weekly 1:1\nperson: "[[Manish Sah]]"\n${PEOPLE}`));
		expect(attendance(meeting)).toEqual({ "Jai Menon": false, "Manish Sah": true, "Pete Emig": false });
		expect(meeting.primaryPerson).toBe("Manish Sah");
	});

	it("does not use person when the title does not say 1:1", () => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: Apollo sync\nperson: Manish Sah\n${PEOPLE}`));
		expect(attendance(meeting)).toEqual(EVERYONE);
	});

	it("owner listed in a group meeting: ownerPresent, everyone attended", () => {
		const meeting = readMeeting(note(`type: meeting\ndate: 2025-03-04\ntitle: Apollo sync\n${PEOPLE}`));
		expect(meeting.ownerPresent).toBe(true);
		expect(meeting.oneOnOne).toBe(false);
	});
});
