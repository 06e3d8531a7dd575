// The bundled example vault (examples/vault) that `npm run demo` runs on: its
// notes are well-formed and say what its README promises, so the demo shows
// the features it claims to show.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/core/markdown/frontmatter";
import type { ReaderOptions } from "../../src/core/meeting/model";
import { readMeetingNote } from "../../src/core/meeting/read-meeting";
import { DEFAULT_SETTINGS, ownerNames } from "../../src/core/settings";

const VAULT = new URL("../../examples/vault/", import.meta.url);
const MEETINGS = "Meetings/";

function vaultText(path: string): string {
	return readFileSync(new URL(encodeURI(path), VAULT), "utf8");
}

function vaultBytes(path: string): Buffer {
	return readFileSync(new URL(encodeURI(path), VAULT));
}

const meetingFiles = readdirSync(new URL(MEETINGS, VAULT), { recursive: true, encoding: "utf8" })
	.filter((file) => file.endsWith(".md"))
	.map((file) => `${MEETINGS}${file.split("\\").join("/")}`)
	.sort();

const settings = JSON.parse(vaultText(".obsidian/plugins/meeting-crm/data.json")) as Record<string, unknown>;

const OPTIONS: ReaderOptions = {
	meetingSourceValues: [...DEFAULT_SETTINGS.meetingSourceValues],
	meetingTypeValues: [...DEFAULT_SETTINGS.meetingTypeValues],
	participantKeys: [...DEFAULT_SETTINGS.participantKeys],
	ownerNames: ownerNames({ yourName: "Jason Vallery", yourAliases: [] }),
	ignoreNames: [...DEFAULT_SETTINGS.ignoreNames],
	timeZone: "UTC",
};

// Mac Roman mojibake of 📅 🔼 ⏫, written as escapes so this file stays ASCII.
const F8FF = "\uF8FF";
const DUE = "\u00fc\u00ec\u00d6";
const MEDIUM = "\u00fc\u00ee\u00ba";
const HIGH = "\u201a\u00e8\u00b4";

describe("example vault files", () => {
	it("holds the seed meeting note byte for byte", () => {
		const fixture = readFileSync(new URL("../fixtures/seed-meeting-note.md", import.meta.url));
		expect(vaultBytes("Meetings/2025-09-30 1-1 with Jai Menon.md").equals(fixture)).toBe(true);
	});

	it("has six meeting notes and the raw transcript beside them", () => {
		expect(meetingFiles).toEqual([
			"Meetings/2025-09-30 1-1 with Jai Menon.md",
			"Meetings/2025-10-07 Apollo storage options review.md",
			"Meetings/2025-10-14 Apollo datacenter capacity sync.md",
			"Meetings/2025-10-21 Apollo storage architecture deep dive.md",
			"Meetings/2025-10-28 Manish Jason 1-1 Apollo staffing.md",
			"Meetings/2025-11-04 Apollo weekly team sync.md",
			"Meetings/Transcripts/2025-10-14 Apollo datacenter capacity sync (transcript).md",
		]);
	});

	it.each(meetingFiles)("%s has frontmatter that parses", (file) => {
		expect(readFrontmatter(vaultText(file)).kind).toBe("ok");
	});

	it("names the owner in data.json and keeps the settings minimal", () => {
		expect(settings).toEqual({ yourName: "Jason Vallery", meetingFolders: ["Meetings"], peopleFolder: "People" });
		expect(JSON.parse(vaultText(".obsidian/templates.json"))).toEqual({ folder: "Templates" });
	});

	it("garbles the task emoji of the pipeline note, with and without U+F8FF", () => {
		const tasks = vaultText("Meetings/2025-10-07 Apollo storage options review.md")
			.split("\n")
			.filter((line) => line.startsWith("- [?] "));
		expect(tasks).toHaveLength(4);
		expect(tasks[0]).toContain(`@Myself ${F8FF}${DUE} 2025-10-17 ${HIGH} #task`);
		expect(tasks[1]).toContain(`@Pete Emig ${DUE} 2025-10-10 ${MEDIUM} #task`);
		expect(tasks[2]).toContain(`@Priya Raman ${F8FF}${DUE} 2025-10-21 ${F8FF}${MEDIUM} #task`);
		expect(tasks[3]).toContain(`@Jai Menon ${DUE} 2025-10-14 ${HIGH} #task`);
		expect(tasks.join("\n")).not.toMatch(/[\u{1F4C5}\u{1F53C}\u23EB]/u);
	});

	it("keeps the hand-written person note as the user wrote it", () => {
		const text = vaultText("People/Pete Emig.md");
		const frontmatter = readFrontmatter(text);
		expect(frontmatter).toMatchObject({ kind: "ok", data: { type: "people", team: "storage", last_contact: "2025-09-12" } });
		expect(text).toContain("\nteam: storage  # my grouping\n");
		expect(text).toContain("\n| **Role** | Principal Product Manager, Apollo storage |\n");
		expect(text).toContain("\n| **Email** | _Unknown_ |\n");
		expect(text).toContain("\n- Prefers a written pre-read over slides; send him docs a day ahead.\n");
		expect(text).toContain("\n- 2025-09-12: Coffee with Pete about moving onto Apollo full-time (my own notes, no transcript)\n");
	});

	it("keeps the template a template: placeholders, outside the meeting folders", () => {
		const text = vaultText("Templates/Meeting note.md");
		expect(readFrontmatter(text)).toMatchObject({ kind: "ok", data: { source: "transcript", date: "{{date}}" } });
		expect(settings.meetingFolders).not.toContain("Templates");
	});
});

interface Expected {
	file: string;
	attended: string[];
	mentioned?: string[];
	oneOnOne?: boolean;
	primaryPerson?: string;
	dropped?: string[];
}

// Who each meeting note gives to whom: the attendance the demo's person notes rest on.
const EXPECTED: Expected[] = [
	{
		file: "2025-09-30 1-1 with Jai Menon.md",
		attended: ["Jai Menon"],
		mentioned: ["Manish Sah", "Ong", "Juergen", "Pete Emig"],
		oneOnOne: true,
	},
	{ file: "2025-10-07 Apollo storage options review.md", attended: ["Jai Menon", "Manish Sah", "Pete Emig", "Priya Raman"] },
	{ file: "2025-10-14 Apollo datacenter capacity sync.md", attended: ["Sarah Whitfield", "Tomás Herrera", "Pete Emig"] },
	{
		file: "2025-10-21 Apollo storage architecture deep dive.md",
		attended: ["Priya Raman", "Pete Emig", "Marcus Lee"],
		dropped: ["Speaker 2", "Otter.ai"],
	},
	{
		file: "2025-10-28 Manish Jason 1-1 Apollo staffing.md",
		attended: ["Manish Sah"],
		mentioned: ["Pete Emig", "Sarah Whitfield"],
		oneOnOne: true,
		primaryPerson: "Manish Sah",
	},
	{
		file: "2025-11-04 Apollo weekly team sync.md",
		attended: ["Jai Menon", "Manish Sah", "Pete Emig", "Sarah Whitfield", "Priya Raman", "Tomás Herrera"],
	},
];

function readExample(file: string) {
	const result = readMeetingNote(vaultText(file), file, OPTIONS);
	if (result.kind !== "meeting") expect.fail(`${file} should read as a meeting, got ${JSON.stringify(result)}`);
	return result.meeting;
}

describe("example meeting notes as the reader sees them", () => {
	it.each(EXPECTED)("$file", (expected) => {
		const meeting = readExample(`${MEETINGS}${expected.file}`);
		const names = (attended: boolean) => meeting.participants.filter((p) => p.attended === attended).map((p) => p.name);
		expect(names(true)).toEqual(expected.attended);
		expect(names(false)).toEqual(expected.mentioned ?? []);
		expect(meeting.oneOnOne).toBe(expected.oneOnOne ?? false);
		expect(meeting.primaryPerson).toBe(expected.primaryPerson);
		expect(meeting.dropped.map((entry) => entry.entry)).toEqual(expected.dropped ?? []);
		expect(meeting.ownerPresent).toBe(true);
		expect(meeting.keyInformation.length).toBeGreaterThanOrEqual(4);
		expect(meeting.decisions.length).toBeGreaterThanOrEqual(1);
	});

	it("has Jai Menon, Manish Sah and Pete Emig in at least three meetings each", () => {
		const counts = new Map<string, number>();
		for (const { file } of EXPECTED) {
			for (const participant of readExample(`${MEETINGS}${file}`).participants) {
				counts.set(participant.name, (counts.get(participant.name) ?? 0) + 1);
			}
		}
		for (const name of ["Jai Menon", "Manish Sah", "Pete Emig"]) expect(counts.get(name)).toBeGreaterThanOrEqual(3);
	});

	it("never reads the Otter transcript as items or tasks", () => {
		const file = `${MEETINGS}2025-10-21 Apollo storage architecture deep dive.md`;
		const meeting = readExample(file);
		const read = [...meeting.keyInformation, ...meeting.actionItems, ...meeting.decisions].map((item) => item.text).join("\n");
		expect(read).not.toContain("loop in Jai Menon");
		expect(meeting.taskLines).toHaveLength(3);
	});

	it("does not read the raw transcript note as a meeting", () => {
		const transcript = `${MEETINGS}Transcripts/2025-10-14 Apollo datacenter capacity sync (transcript).md`;
		expect(readMeetingNote(vaultText(transcript), transcript, OPTIONS)).toEqual({ kind: "not-meeting" });
		expect(readFrontmatter(vaultText(transcript))).toMatchObject({ kind: "ok", data: { type: "transcript" } });
	});
});
