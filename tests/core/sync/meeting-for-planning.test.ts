import { describe, expect, it } from "vitest";
import { meetingForPlanning } from "../../../src/core/sync/meeting-for-planning";
import { readMeetingNote } from "../../../src/core/meeting/read-meeting";
import { readerOptions } from "../../../src/core/sync/read-phase";
import type { Meeting } from "../../../src/core/meeting/model";
import { contributionsOf } from "../../../src/core/people/contribution";
import { MemoryVault, SEED_MEETING, SEED_PATH, run, settingsFor } from "../../helpers/run-helpers";

function read(text: string, path = "Meetings/m.md"): Meeting {
	const result = readMeetingNote(text, path, readerOptions(settingsFor(), "UTC", []));
	if (result.kind !== "meeting") throw new Error(`not read: ${result.kind}`);
	return result.meeting;
}

const NOTE = [
	"---",
	"type: meeting",
	"date: 2026-01-02",
	"participants: [Jason Vallery, \"Jai Menon <jai@example.com>\", Björn Gonzaga]",
	"---",
	"# Roadmap review: pricing",
	"",
	"## Summary",
	"",
	"Jai walked through the pricing plan. Björn agreed.",
	"",
	"## Action Items",
	"",
	"- [ ] Send the deck @Jai Menon 📅 2026-01-05",
	"",
	"## Decisions",
	"",
	"- Ship the small plan first â€” then grow",
	"- [ ] A task under Decisions is a task, not a decision",
	"",
	"## Key Information",
	"",
	"- Jai Menon owns the pricing page",
	"",
].join("\n");

describe("the meeting a run keeps for planning", () => {
	it("keeps what person notes copy, repaired, and leaves out task lines and action items", () => {
		const meeting = read(NOTE);
		const copy = meetingForPlanning(meeting, NOTE);
		expect(meeting.actionItems).toHaveLength(1);
		expect(meeting.taskLines).toHaveLength(2);
		expect(copy.actionItems).toEqual([]);
		expect(copy.taskLines).toEqual([]);
		expect(copy.dropped).toEqual([]);
		expect(copy.decisions.map((d) => d.text)).toEqual(["Ship the small plan first — then grow"]);
		expect(copy.keyInformation).toEqual(meeting.keyInformation);
		expect(copy).toMatchObject({ path: meeting.path, title: meeting.title, date: "2026-01-02", topics: meeting.topics, participants: meeting.participants, ownerPresent: true, oneOnOne: false });
	});

	it("keeps only the summary's first sentence, which is all a person note copies", () => {
		const meeting = { ...read(NOTE), summary: "We met at last. Then we talked for an hour about everything else, at great length." };
		const copy = meetingForPlanning(meeting, NOTE);
		expect([copy.summary, copy.summarySentence]).toEqual(["", "We met at last."]);
		expect(contributionsOf(copy, { linkTarget: "x", ownerNames: [], factAttribution: "named" }).get("Jai Menon")?.summarySentence).toBe("We met at last.");
	});
});

describe("a run that writes", () => {
	it("reports every file it changed without keeping their texts; a dry run keeps them for the preview", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const dry = await run(vault, { dryRun: true });
		const real = await run(vault);
		expect(real.changes).toEqual(dry.changes.map(({ path, kind }) => ({ path, kind })));
		for (const change of dry.changes) expect(change.after).toBe(vault.text(change.path));
	});
});

describe("a task fix that could not be written", () => {
	it("leaves the meeting note as it was, not done: the next run fixes it", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const process = vault.process.bind(vault);
		vault.process = (path, change) => (path === SEED_PATH ? Promise.reject(new Error("EIO: disk went away")) : process(path, change));
		const first = await run(vault);
		expect(first.report.errors).toEqual([{ path: SEED_PATH, reason: "could not be written: EIO: disk went away" }]);
		expect(vault.text(SEED_PATH)).toBe(SEED_MEETING);
		expect(first.ledger.meetings[SEED_PATH]).toBeUndefined();
		vault.process = process;
		const second = await run(vault, { ledger: first.ledger });
		expect(second.report.tasksFixed).toEqual([SEED_PATH]);
		expect(second.ledger.meetings[SEED_PATH]).toBeDefined();
		const third = await run(vault, { ledger: second.ledger });
		expect(third.changes).toEqual([]);
	});

	it("also when the ledger knew the meeting from an earlier run (the note changed since)", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const first = await run(vault);
		// The importer writes the note again, garbled task lines and all, with one line more.
		const changed = `${SEED_MEETING}\nOne more line.\n`;
		vault.write(SEED_PATH, changed);
		const process = vault.process.bind(vault);
		vault.process = (path, change) => (path === SEED_PATH ? Promise.reject(new Error("EIO: disk went away")) : process(path, change));
		const second = await run(vault, { ledger: first.ledger });
		expect(second.report.errors).toEqual([{ path: SEED_PATH, reason: "could not be written: EIO: disk went away" }]);
		expect(vault.text(SEED_PATH)).toBe(changed);
		vault.process = process;
		const third = await run(vault, { ledger: second.ledger });
		expect(third.report.tasksFixed).toEqual([SEED_PATH]);
		expect(vault.text(SEED_PATH)).not.toBe(changed);
	});
});
