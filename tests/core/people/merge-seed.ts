// The seed meeting note (tests/fixtures/seed-meeting-note.md) as the reader
// gives it to the merge: its items are taken from the fixture's own lines, so
// the tests see exactly the seed's text.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Meeting, Participant, SectionItem } from "../../../src/core/meeting/model";

export const SEED_MEETING_TEXT = readFileSync(fileURLToPath(new URL("../../fixtures/seed-meeting-note.md", import.meta.url)), "utf8");
export const SEED_PERSON_TEXT = readFileSync(fileURLToPath(new URL("../../fixtures/seed-person-note.md", import.meta.url)), "utf8");

export const OWNER = "Jason Vallery";
export const SEED_PATH = "Meetings/2025-09-30 1-1 with Jai Menon.md";
export const SEED_LINK = "2025-09-30 1-1 with Jai Menon";

function items(heading: string): SectionItem[] {
	const lines = SEED_MEETING_TEXT.split("\n");
	const start = lines.indexOf(`## ${heading}`);
	const result: SectionItem[] = [];
	for (let i = start + 1; i < lines.length && !lines[i].startsWith("## ") && lines[i] !== "---"; i++) {
		if (lines[i].startsWith("- ")) result.push({ text: lines[i].slice(2), line: i });
	}
	return result;
}

function person(name: string, attended: boolean, qualifier?: string): Participant {
	return { name, attended, contact: {}, ...(qualifier ? { qualifier } : {}) };
}

export function seedMeeting(): Meeting {
	const lines = SEED_MEETING_TEXT.split("\n");
	const summary = lines[lines.indexOf("## Summary") + 2];
	return {
		path: SEED_PATH,
		title: "1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk",
		date: "2025-09-30",
		participants: [
			person("Jai Menon", true),
			person("Manish Sah", false),
			person("Ong", false, "last name unknown"),
			person("Juergen", false, "last name unknown"),
			person("Pete Emig", false),
		],
		ownerPresent: true,
		oneOnOne: true,
		summary,
		actionItems: items("Action Items"),
		decisions: items("Decisions"),
		keyInformation: items("Key Information"),
		topics: ["retention discussion", "external offers", "Apollo clean-sheet storage risk"],
		taskLines: [],
		sourceLink: "2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl",
		dropped: [],
	};
}
