// SPEC sections 2-4 end to end: the seed meeting note processed by the real
// plugin in the fake Obsidian, from the palette and from the ribbon.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, readPluginData, ribbonIcon } from "../fake-app";
import {
	command, fixToday, goldenMeetingAfter, goldenPerson, idle, OWNER, PEOPLE, SEED_MEETING, SEED_PATH, sectionItems, start, taskLines,
} from "./helpers";
import type { Started } from "./helpers";
import { ledgerFromStorage } from "../../src/core/sync/ledger-store";

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

const TRIGGERS: { name: string; trigger: (started: Started) => Promise<void> }[] = [
	{ name: "the command", trigger: async (started) => void (await command(started, "process-new-meeting-notes")) },
	{
		name: "the ribbon button",
		trigger: async (started) => {
			ribbonIcon(started.app, "Process new meeting notes").click();
			await idle(started);
		},
	},
];

describe.each(TRIGGERS)("processing the seed meeting note with $name", ({ trigger }) => {
	it("creates a person note for everyone but the owner, byte for byte as the engine's golden files", async () => {
		const started = await start();
		await trigger(started);
		const { app } = started;
		expect(Object.keys(app.vault.fakeSnapshot())).toEqual([SEED_PATH, ...PEOPLE.map((name) => `People/${name}.md`)]);
		expect(app.vault.fakeText(`People/${OWNER}.md`)).toBeNull();
		for (const name of PEOPLE) expect([name, app.vault.fakeText(`People/${name}.md`)]).toEqual([name, goldenPerson(name)]);
	});

	it("gives Pete Emig only the Amazon-offer fact", async () => {
		const started = await start();
		await trigger(started);
		const facts = sectionItems(started.app.vault.fakeText("People/Pete Emig.md") ?? "", "Key Facts");
		expect(facts).toEqual([
			"- Jason Vallery previously received an Amazon offer for a Product Manager role on S3, which he used to secure a matched package at Microsoft; during that process he met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])",
		]);
	});

	it("fixes the seed's task lines in the same run", async () => {
		const started = await start();
		await trigger(started);
		const note = started.app.vault.fakeText(SEED_PATH) ?? "";
		expect(note).toBe(goldenMeetingAfter());
		expect(taskLines(note).map((line) => line.replace(/^- \[\?\] .*? (@\w+) /, "$1 "))).toEqual([
			"@JaiMenon 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@JasonVallery 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@ManishSah 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@JasonVallery 📅 2025-10-03 ⏫ #task #proposed #auto",
		]);
	});

	it("ends with exactly one notice that counts what happened, and saves the ledger in data.json", async () => {
		const started = await start();
		await trigger(started);
		expect(noticeTexts()).toEqual(["1 meeting note: 5 people created, 0 updated, task lines fixed in 1 note"]);
		const data = readPluginData(started.app) as { yourName: string; ledger: unknown };
		expect(data.yourName).toBe(OWNER);
		const ledger = ledgerFromStorage(data.ledger);
		expect(Object.keys(ledger?.meetings ?? {})).toEqual([SEED_PATH]);
		const record = ledger?.meetings[SEED_PATH];
		expect(record?.mtime).toBe(started.app.vault.getFileByPath(SEED_PATH)?.stat.mtime);
		expect(record?.hash).toMatch(/\S/);
		expect(Object.keys(record?.written ?? {})).toHaveLength(5);
	});

	it("a second run changes nothing and says so", async () => {
		const started = await start();
		await trigger(started);
		const after = started.app.vault.fakeSnapshot();
		const data = readPluginData(started.app);
		await trigger(started);
		expect(started.app.vault.fakeSnapshot()).toEqual(after);
		expect(noticeTexts().slice(1)).toEqual(["No new meeting notes."]);
		expect((readPluginData(started.app) as { ledger: unknown }).ledger).toEqual((data as { ledger: unknown }).ledger);
	});
});

describe("other processing commands", () => {
	it("reprocessing all meeting notes after a run rewrites nothing", async () => {
		const started = await start();
		await command(started, "process-new-meeting-notes");
		const after = started.app.vault.fakeSnapshot();
		await command(started, "reprocess-all-meeting-notes");
		expect(started.app.vault.fakeSnapshot()).toEqual(after);
		expect(noticeTexts()[1]).toBe("1 meeting note: 0 people created, 0 updated");
	});

	it("processes the current meeting note only", async () => {
		const other = "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee, Jason Vallery]\n---\n# Sync\n";
		const started = await start({ [SEED_PATH]: SEED_MEETING, "Meetings/2025-10-01 Sync.md": other });
		started.app.workspace.fakeOpenFile(SEED_PATH);
		expect(await command(started, "process-current-note")).toBe(true);
		expect(started.app.vault.fakeText("People/Jai Menon.md")).toBe(goldenPerson("Jai Menon"));
		expect(started.app.vault.fakeText("People/Ann Lee.md")).toBeNull();
		expect(noticeTexts()).toEqual(["1 meeting note: 5 people created, 0 updated, task lines fixed in 1 note"]);
	});

	it("fixes the task lines of the current note without touching people", async () => {
		const started = await start();
		started.app.workspace.fakeOpenFile(SEED_PATH);
		expect(await command(started, "fix-task-lines-current-note")).toBe(true);
		expect(started.app.vault.fakeSnapshot()).toEqual({ [SEED_PATH]: goldenMeetingAfter() });
		expect(noticeTexts()).toEqual(["Task lines fixed in 1 note."]);
		await command(started, "fix-task-lines-all-meeting-notes");
		expect(noticeTexts()[1]).toBe("No task lines to change.");
	});

	it("accepts and rejects the proposed tasks of the current note", async () => {
		const started = await start();
		started.app.workspace.fakeOpenFile(SEED_PATH);
		await command(started, "fix-task-lines-current-note");
		await command(started, "accept-proposed-tasks-current-note");
		const accepted = taskLines(started.app.vault.fakeText(SEED_PATH) ?? "");
		expect(accepted.map((line) => line.slice(0, 6))).toEqual(["- [ ] ", "- [ ] ", "- [ ] ", "- [ ] "]);
		expect(accepted.every((line) => line.endsWith("⏫ #task #auto"))).toBe(true);
		expect(noticeTexts()[1]).toBe("Proposed tasks accepted in 1 note.");

		const again = await start();
		again.app.workspace.fakeOpenFile(SEED_PATH);
		await command(again, "reject-proposed-tasks-current-note");
		const rejected = taskLines(again.app.vault.fakeText(SEED_PATH) ?? "");
		expect(rejected.map((line) => line.slice(0, 6))).toEqual(["- [-] ", "- [-] ", "- [-] ", "- [-] "]);
		for (const line of rejected) {
			expect(line).toContain("❌ 2026-01-03");
			expect(line).not.toContain("#proposed");
		}
		expect(noticeTexts()).toEqual(["Proposed tasks rejected in 1 note."]);
	});
});

describe("refusal until Your name is set", () => {
	const RUNS: { name: string; run: (started: Started) => Promise<void> }[] = [
		{ name: "process new meeting notes", run: async (s) => void (await command(s, "process-new-meeting-notes")) },
		{ name: "the ribbon button", run: async (s) => {
			ribbonIcon(s.app, "Process new meeting notes").click();
			await idle(s);
		} },
		{ name: "reprocess all", run: async (s) => void (await command(s, "reprocess-all-meeting-notes")) },
		{ name: "preview", run: async (s) => void (await command(s, "preview-new-meeting-notes")) },
		{ name: "process current note", run: async (s) => {
			s.app.workspace.fakeOpenFile(SEED_PATH);
			expect(await command(s, "process-current-note")).toBe(true);
		} },
		{ name: "fix task lines in current note", run: async (s) => {
			s.app.workspace.fakeOpenFile(SEED_PATH);
			expect(await command(s, "fix-task-lines-current-note")).toBe(true);
		} },
		{ name: "fix task lines in all meeting notes", run: async (s) => void (await command(s, "fix-task-lines-all-meeting-notes")) },
	];
	it.each(RUNS)("$name refuses with a notice that says to set your name, and writes nothing", async ({ run }) => {
		for (const data of [null, { yourName: "  " }]) {
			const started = await start(undefined, data);
			const dataBefore = readPluginData(started.app);
			await run(started);
			expect(noticeTexts()).toHaveLength(1);
			expect(noticeTexts()[0]).toMatch(/^Set your name in Meeting CRM's settings first/);
			expect(started.app.vault.fakeSnapshot()).toEqual({ [SEED_PATH]: SEED_MEETING });
			expect(readPluginData(started.app)).toEqual(dataBefore);
			expect(started.app.fakeHost.settingTabs).toHaveLength(1);
		}
	});
});
