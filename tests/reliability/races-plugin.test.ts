// Races in the plugin: the user edits a note between the run's read and its
// Vault.process, and commands started while a run is busy. Each run writes a
// file at most once; a second run at once is refused with a notice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, settle } from "../fake-app";
import type { FakeApp } from "../fake-app";
import { ALICE_PATH, BASE_VAULT, GOOD_PATH } from "./corpus";
import { lostUserLines } from "./guarantees";
import { command, fixToday, idle, startCommand, startPlugin } from "./plugin-harness";

const BUSY = "Already processing meeting notes. Try again when the current run has finished.";
const USER_LINE = "She asked me to mentor her new hire.";

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

/** Counts every create and process call per path. */
function countWrites(app: FakeApp): Map<string, number> {
	const writes = new Map<string, number>();
	const count = (path: string) => writes.set(path, (writes.get(path) ?? 0) + 1);
	const create = app.vault.create.bind(app.vault);
	const process = app.vault.process.bind(app.vault);
	app.vault.create = (path, data) => (count(path), create(path, data));
	app.vault.process = (file, change) => (count(file.path), process(file, change));
	return writes;
}

async function singleRunSnapshot(): Promise<Record<string, string>> {
	const started = await startPlugin(BASE_VAULT);
	await command(started, "process-new-meeting-notes");
	return started.app.vault.fakeSnapshot();
}

describe("the user edits a note while the plugin's run is busy", () => {
	it("an edit to a person note right before the run's Vault.process survives, and so does the run's", async () => {
		const started = await startPlugin(BASE_VAULT);
		started.app.vault.onBeforeProcess(ALICE_PATH, (text) => text.replace("Likes long walks.\n", `Likes long walks.\n${USER_LINE}\n`));
		await command(started, "process-new-meeting-notes");
		const alice = started.app.vault.fakeText(ALICE_PATH) ?? "";
		expect(alice).toContain(USER_LINE);
		expect(alice).toContain("- Alice Smith owns the Q4 budget. ([[2025-10-01 Budget review|2025-10-01]])");
		expect(lostUserLines(BASE_VAULT[ALICE_PATH], alice)).toEqual([]);
	});

	it("an edit to a meeting note right before its task lines are written survives, and the tasks are fixed", async () => {
		const started = await startPlugin(BASE_VAULT);
		started.app.vault.onBeforeProcess(GOOD_PATH, (text) => `${text}\nMy own afterthought.\n`);
		await command(started, "process-new-meeting-notes");
		const meeting = started.app.vault.fakeText(GOOD_PATH) ?? "";
		expect(meeting).toContain("My own afterthought.");
		expect(meeting).toContain("- [ ] Send the numbers to Alice Smith. @JasonVallery 📅 2025-10-06 ⏫ #task");
	});

	it("an edit to a person note right after the run read it survives", async () => {
		const started = await startPlugin(BASE_VAULT);
		started.app.vault.onNextRead(ALICE_PATH, (text) => text.replace("Likes long walks.\n", `Likes long walks.\n${USER_LINE}\n`));
		await command(started, "process-new-meeting-notes");
		const alice = started.app.vault.fakeText(ALICE_PATH) ?? "";
		expect(alice).toContain(USER_LINE);
		expect(alice).toContain("- Alice Smith owns the Q4 budget.");
	});
});

describe("two commands started at once", () => {
	it("the second run is refused with a notice; no file is written twice, none lost", async () => {
		const expected = await singleRunSnapshot();
		const started = await startPlugin(BASE_VAULT);
		const writes = countWrites(started.app);
		const first = startCommand(started, "process-new-meeting-notes");
		const second = startCommand(started, "process-new-meeting-notes");
		await Promise.all([first, second]);
		await idle(started);
		expect(noticeTexts()).toContain(BUSY);
		expect(noticeTexts().filter((text) => text !== BUSY)).toHaveLength(1);
		expect([...writes].filter(([, n]) => n > 1)).toEqual([]);
		expect(started.app.vault.fakeSnapshot()).toEqual(expected);
	});

	it.each(["fix-task-lines-all-meeting-notes", "reprocess-all-meeting-notes", "undo-last-run", "preview-new-meeting-notes"])(
		"processing, then %s while it runs: the second is refused, the first finishes alone",
		async (other) => {
			const expected = await singleRunSnapshot();
			const started = await startPlugin(BASE_VAULT);
			const writes = countWrites(started.app);
			const first = startCommand(started, "process-new-meeting-notes");
			const second = startCommand(started, other);
			await Promise.all([first, second]);
			await idle(started);
			expect(noticeTexts()).toContain(BUSY);
			expect([...writes].filter(([, n]) => n > 1)).toEqual([]);
			expect(started.app.vault.fakeSnapshot()).toEqual(expected);
		},
	);

	it("a run started again after the first finished does its work (the refusal does not stick)", async () => {
		const started = await startPlugin(BASE_VAULT);
		await Promise.all([startCommand(started, "process-new-meeting-notes"), startCommand(started, "process-new-meeting-notes")]);
		await idle(started);
		started.app.vault.fakeUserEdit(GOOD_PATH, (text) => text.replace("- Bob Jones joined the team in May.", "- Bob Jones joined the team in June."));
		await settle();
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.fakeText("People/Bob Jones.md")).toContain("- Bob Jones joined the team in June.");
	});
});
