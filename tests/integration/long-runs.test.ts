// SPEC section 4: one run at a time; a long run shows its progress and gives
// the event loop a turn, so the interface never freezes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, notices, runCommand } from "../fake-app";
import { nextMacrotask } from "../fake-app/async";
import { command, fixToday, SEED_MEETING, SEED_PATH, start } from "./helpers";

const MEETING = (day: string, who: string) => `---\ntype: meeting\ndate: 2025-10-${day}\nattendees: [${who}, Jason Vallery]\n---\n# Sync\n\n## Summary\n\nWe met.\n`;
const VAULT = {
	"Meetings/2025-10-01 Sync.md": MEETING("01", "Ann Lee"),
	"Meetings/2025-10-02 Sync.md": MEETING("02", "Bob Stone"),
	"Meetings/2025-10-03 Sync.md": MEETING("03", "Cy Young"),
};

beforeEach(fixToday);
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe("long runs", () => {
	it("a run that takes more than a second shows its progress, then one closing notice", async () => {
		const started = await start(VAULT);
		const read = started.app.vault.cachedRead.bind(started.app.vault);
		vi.spyOn(started.app.vault, "cachedRead").mockImplementation(async (file) => {
			// Each note takes 700 ms to read.
			vi.setSystemTime(Date.now() + 700);
			return read(file);
		});
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()).toEqual(["Processing meeting notes: 3 of 3", "3 meeting notes: 3 people created, 0 updated"]);
		expect(notices.map((notice) => notice.hidden)).toEqual([true, false]);
	});

	it("gives the event loop a turn while it works", async () => {
		const started = await start(VAULT);
		const log: string[] = [];
		const read = started.app.vault.cachedRead.bind(started.app.vault);
		vi.spyOn(started.app.vault, "cachedRead").mockImplementation(async (file) => {
			if (log.length === 0) setTimeout(() => log.push("the interface ran"), 0);
			log.push(`read ${file.path}`);
			vi.setSystemTime(Date.now() + 100);
			return read(file);
		});
		await command(started, "process-new-meeting-notes");
		expect(log.indexOf("the interface ran")).toBeGreaterThan(0);
		expect(log.indexOf("the interface ran")).toBeLessThan(log.length - 1);
	});

	it("a second command while a run is busy is refused with a notice, and the first run finishes alone", async () => {
		const started = await start({ ...VAULT, [SEED_PATH]: SEED_MEETING });
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		let blocked = false;
		const create = started.app.vault.create.bind(started.app.vault);
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			if (!blocked) {
				blocked = true;
				await gate;
			}
			return create(path, text);
		});
		const first = command(started, "process-new-meeting-notes");
		for (let i = 0; i < 200 && !blocked; i++) await nextMacrotask();
		// Not command(): it would wait for the blocked run.
		for (const id of ["reprocess-all-meeting-notes", "preview-new-meeting-notes", "undo-last-run"]) await runCommand(started.app, `meeting-crm:${id}`);
		const refused = "Already processing meeting notes. Try again when the current run has finished.";
		expect(noticeTexts()).toEqual([refused, refused, refused]);
		release();
		await first;
		expect(noticeTexts()).toEqual([refused, refused, refused, "4 meeting notes: 8 people created, 0 updated, task lines fixed in 1 note"]);
	});
});
