// A big run's undo record: its old texts go to the device's undo store
// (IndexedDB), not into data.json, which is saved often and synced. Undo
// still puts back every file byte for byte, after a restart too, and the
// record is complete before the first write. On a device that does not
// have the texts, undo says so and changes nothing.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, readPluginData, statusBarTexts, unloadPlugin } from "../fake-app";
import { FakeIndexedDb, FakeKeyRange } from "../obsidian/fake-indexeddb";
import { command, fixToday, idle, restart, SEED_MEETING, SEED_PATH, start } from "./helpers";
import type { Started } from "./helpers";

const PETE_PATH = "People/Pete Emig.md";
const PETE = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
// More old text than data.json keeps inline (256 K characters).
// A person note with more old text than data.json keeps inline (256 K characters).
const BIG_PETE = `${PETE}\n## Appendix\n\n${"A paragraph the user kept about Pete, word for word. ".repeat(5000)}\n`;
const VAULT = { [SEED_PATH]: SEED_MEETING, [PETE_PATH]: BIG_PETE };
const CREATED = ["Jai Menon", "Juergen", "Manish Sah", "Ong"].map((name) => `People/${name}.md`);
const RENAMED = "Archive/2025-09-30 Jai 1-1.md";

let device: FakeIndexedDb;

beforeEach(() => {
	fixToday();
	device = new FakeIndexedDb();
	vi.stubGlobal("indexedDB", device);
	vi.stubGlobal("IDBKeyRange", FakeKeyRange);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/** Every text the undo store holds on this device. */
function stored(): string[] {
	return [...device.databases.keys()].flatMap((name) => [...device.entries(name).values()] as string[]);
}

function undoInData(started: Started): Record<string, unknown> {
	return (readPluginData(started.app) as Record<string, unknown>).undo as Record<string, unknown>;
}

async function processed(): Promise<Started> {
	const started = await start(VAULT);
	await command(started, "process-new-meeting-notes");
	expect(noticeTexts()).toEqual(["1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note"]);
	return started;
}

describe("the undo store", () => {
	it("keeps a big run's old texts out of data.json, and undo puts every file back byte for byte", async () => {
		const started = await processed();
		const data = JSON.stringify(readPluginData(started.app));
		expect(data).not.toContain("A paragraph the user kept");
		expect(data.length).toBeLessThan(10_000);
		expect(undoInData(started)).toMatchObject({ texts: expect.stringMatching(/^[0-9a-z]{15}$/) as unknown, updated: [{ path: PETE_PATH, text: 0 }, { path: SEED_PATH, editsIn: 1 }] });
		// The task fix is kept as its few changed characters, beside the old texts.
		const [pete, edits] = stored();
		expect(pete).toBe(BIG_PETE);
		const taskEdits = JSON.parse(edits) as { old: string; new: string }[];
		expect(taskEdits).toHaveLength(4);
		for (const edit of taskEdits) expect([edit.old, edit.new]).toEqual([expect.stringContaining("üìÖ"), expect.stringContaining("📅")]);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(noticeTexts()[1]).toBe("Undo last run: 2 restored, 4 removed.");
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		// Used up: gone from data.json and from the store.
		expect(undoInData(started)).toBeUndefined();
		expect(stored()).toEqual([]);
	});

	it("survives a restart", async () => {
		const started = await processed();
		unloadPlugin(started.plugin);
		const again = { app: started.app, plugin: await restart(started.app) };
		await command(again, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(noticeTexts()[1]).toBe("Undo last run: 2 restored, 4 removed.");
	});

	it("holds every old text, and data.json names them, before the first write", async () => {
		const started = await start(VAULT);
		let atFirstWrite: { undo: Record<string, unknown>; texts: string[] } | null = null;
		const create = started.app.vault.create.bind(started.app.vault);
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			atFirstWrite ??= { undo: undoInData(started), texts: stored() };
			return create(path, text);
		});
		await command(started, "process-new-meeting-notes");
		expect(atFirstWrite).toEqual({
			undo: expect.objectContaining({ created: CREATED.map((path) => ({ path, hash: expect.any(String) as unknown })), texts: expect.any(String) as unknown }) as unknown,
			texts: [BIG_PETE, expect.stringMatching(/^\[\{"at":/) as unknown],
		});
	});

	it("on a device without the old texts, undo says so and changes nothing", async () => {
		const started = await processed();
		const after = started.app.vault.fakeSnapshot();
		// data.json came over by Sync; this device's store never saw the run.
		vi.stubGlobal("indexedDB", new FakeIndexedDb());
		unloadPlugin(started.plugin);
		const other = { app: started.app, plugin: await restart(started.app) };
		await command(other, "undo-last-run");
		expect(noticeTexts()[1]).toBe("The last run's old texts are not on this device: it ran on another device, or the app's storage was cleared. Undo it where it ran. Nothing was changed.");
		expect(started.app.vault.fakeSnapshot()).toEqual(after);
		expect(undoInData(started)).toBeDefined();
	});

	it("a meeting note renamed after the run: undo puts it back under its new name, and it counts as new again", async () => {
		const started = await processed();
		const file = started.app.vault.getFileByPath(SEED_PATH);
		if (!file) throw new Error("no seed");
		await started.app.vault.createFolder("Archive");
		await started.app.fileManager.renameFile(file, RENAMED);
		await idle(started);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(RENAMED)).toBe(SEED_MEETING);
		expect(started.app.vault.fakeText(PETE_PATH)).toBe(BIG_PETE);
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		// The ledger as before the run: the renamed note's record is gone too.
		expect((readPluginData(started.app) as Record<string, unknown>).ledger).toEqual({ version: 3, meetings: {} });
	});

	it("a second big run replaces the first one's texts in the store", async () => {
		const started = await processed();
		const pete = started.app.vault.fakeText(PETE_PATH);
		const edited = `${started.app.vault.fakeText(SEED_PATH) ?? ""}\n- [ ] Send the deck @Myself \uF8FFüìÖ 2025-10-03\n`;
		started.app.vault.fakeUserEdit(SEED_PATH, edited);
		await command(started, "process-new-meeting-notes");
		// The second run's old texts (every person note it might have changed), none of the first's.
		expect(stored()).toContain(pete);
		expect(stored()).not.toContain(BIG_PETE);
		expect(device.databases.size).toBe(1);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(edited);
	});

	it("a run that touched over 2,000 notes keeps its list of files in the store too, and undo still follows a rename", async () => {
		const many: Record<string, string> = { ...VAULT };
		for (let i = 0; i < 1050; i++) many[`Meetings/Many/${i}.md`] = `---\ntype: meeting\ndate: 2025-10-01\nattendees: [Person ${i} Test, Jason Vallery]\n---\n# Sync ${i}\n\n## Summary\n\nWe met.\n`;
		const started = await start(many);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[0]).toBe("1051 meeting notes: 1054 people created, 1 updated, task lines fixed in 1 note");
		const undo = undoInData(started);
		expect(undo).toMatchObject({ created: [], updated: [], listsInStore: true });
		expect(JSON.stringify(readPluginData(started.app)).length).toBeLessThan(300_000);
		// A note the run never touched, renamed: nothing to note.
		const scratch = await started.app.vault.create("Scratch.md", "x");
		await started.app.fileManager.renameFile(scratch, "Scratch 2.md");
		await idle(started);
		expect(undoInData(started).renamed).toBeUndefined();
		// A note the run created, renamed: undo removes it under its new name.
		const created = started.app.vault.getFileByPath("People/Person 7 Test.md");
		if (!created) throw new Error("no created note");
		await started.app.fileManager.renameFile(created, "People/Person Seven.md");
		await idle(started);
		expect(undoInData(started).renamed).toEqual([["People/Person 7 Test.md", "People/Person Seven.md"]]);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual({ ...many, "Scratch 2.md": "x" });
		expect(noticeTexts()[1]).toBe("Undo last run: 2 restored, 1054 removed.");
	});
});
