// Renaming or moving a note in Obsidian: a processed meeting note is not new
// again, and the lines written for it are refreshed, not written twice, when
// it changes later. A renamed person note keeps receiving its lines.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, readPluginData, statusBarTexts } from "../fake-app";
import type { FakeApp } from "../fake-app";
import { command, fixToday, idle, PEOPLE, SEED_MEETING, SEED_PATH, sectionItems, start } from "./helpers";
import type { Started } from "./helpers";

const RENAMED = "Archive/2025-09-30 Jai 1-1.md";
const OLD_LINK = "[[2025-09-30 1-1 with Jai Menon|";
const NEW_LINK = "[[2025-09-30 Jai 1-1|";

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

async function rename(started: Started, from: string, to: string): Promise<void> {
	const file = started.app.vault.getFileByPath(from);
	if (!file) throw new Error(`no ${from}`);
	if (!started.app.vault.getFolderByPath(to.slice(0, to.lastIndexOf("/")))) await started.app.vault.createFolder(to.slice(0, to.lastIndexOf("/")));
	await started.app.fileManager.renameFile(file, to);
	await idle(started);
}

/** What Obsidian does after a rename ("Automatically update internal links"). */
function updateLinks(app: FakeApp, from: string, to: string): void {
	for (const [path, text] of Object.entries(app.vault.fakeSnapshot())) {
		if (text.includes(from)) app.vault.fakeUserEdit(path, text.split(from).join(to));
	}
}

describe("renaming", () => {
	it("a processed meeting note moved elsewhere is not new, and nothing is written again", async () => {
		const started = await start();
		await command(started, "process-new-meeting-notes");
		await rename(started, SEED_PATH, RENAMED);
		updateLinks(started.app, OLD_LINK, NEW_LINK);
		await idle(started);
		const after = started.app.vault.fakeSnapshot();
		expect(statusBarTexts(started.app)).toEqual([""]);
		const ledger = (readPluginData(started.app) as { ledger: { meetings: Record<string, unknown> } }).ledger;
		expect(Object.keys(ledger.meetings)).toEqual([RENAMED]);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[1]).toBe("No new meeting notes.");
		await command(started, "reprocess-all-meeting-notes");
		expect(started.app.vault.fakeSnapshot()).toEqual(after);
	});

	it("when the renamed meeting note changes later, its lines are refreshed, not duplicated", async () => {
		const started = await start();
		await command(started, "process-new-meeting-notes");
		await rename(started, SEED_PATH, RENAMED);
		updateLinks(started.app, OLD_LINK, NEW_LINK);
		started.app.vault.fakeUserEdit(RENAMED, (text) => text.replace("Jason Vallery told Jai Menon he is actively evaluating", "Jason Vallery told Jai Menon he is seriously evaluating"));
		await command(started, "process-new-meeting-notes");
		for (const name of PEOPLE) {
			const context = sectionItems(started.app.vault.fakeText(`People/${name}.md`) ?? "", "Recent Context");
			expect([name, context.length, context[0]?.includes("he is seriously evaluating"), context[0]?.includes(NEW_LINK)]).toEqual([name, 1, true, true]);
		}
	});

	it("a renamed person note keeps receiving the lines of its meetings, once", async () => {
		const started = await start();
		await command(started, "process-new-meeting-notes");
		await rename(started, "People/Ong.md", "People/Ong Wei.md");
		started.app.vault.fakeUserEdit(SEED_PATH, (text) => text.replace("Jason Vallery told Jai Menon he is actively evaluating", "Jason Vallery told Jai Menon he is seriously evaluating"));
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.fakeText("People/Ong.md")).toBeNull();
		const context = sectionItems(started.app.vault.fakeText("People/Ong Wei.md") ?? "", "Recent Context");
		expect(context).toHaveLength(1);
		expect(context[0]).toContain("he is seriously evaluating");
	});

	it("undo after a rename puts the renamed note back under its new name", async () => {
		const started = await start();
		await command(started, "process-new-meeting-notes");
		await rename(started, SEED_PATH, RENAMED);
		await command(started, "undo-last-run");
		expect(noticeTexts()[1]).toBe("Undo last run: 1 restored, 5 removed.");
		expect(started.app.vault.fakeText(RENAMED)).toBe(SEED_MEETING);
	});
});
