// SPEC section 4: "Undo last run" removes the notes the run created and puts
// back the ones it changed, byte for byte — except a note the user changed
// since, which is kept and reported. The record survives a restart.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, readPluginData, statusBarTexts, unloadPlugin } from "../fake-app";
import { command, fixToday, OWNER, restart, SEED_MEETING, SEED_PATH, start } from "./helpers";
import type { Started } from "./helpers";
import { NOT_WRITTEN_YET } from "../../src/core/sync/planned-write";

const PETE_PATH = "People/Pete Emig.md";
const PETE = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
const VAULT = { [SEED_PATH]: SEED_MEETING, [PETE_PATH]: PETE };
const CREATED = ["Jai Menon", "Juergen", "Manish Sah", "Ong"].map((name) => `People/${name}.md`);

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

async function processed(): Promise<Started> {
	const started = await start(VAULT);
	await command(started, "process-new-meeting-notes");
	expect(noticeTexts()).toEqual(["1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note"]);
	return started;
}

describe("undo last run", () => {
	it("removes the created notes and restores the changed ones byte for byte", async () => {
		const started = await processed();
		expect(statusBarTexts(started.app)).toEqual([""]);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(started.app.vault.trashed.map((entry) => entry.path).sort()).toEqual(CREATED);
		expect(noticeTexts()[1]).toBe("Undo last run: 2 restored, 4 removed.");
		// The meeting note counts as new again, and the record is used up.
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		const data = readPluginData(started.app) as Record<string, unknown>;
		expect(data.undo).toBeUndefined();
		expect(data.ledger).toEqual({ version: 3, meetings: {} });
		await command(started, "undo-last-run");
		expect(noticeTexts()[2]).toBe("There is no run to undo.");
	});

	it("after an undo, processing again gives the same notes", async () => {
		const started = await processed();
		const after = started.app.vault.fakeSnapshot();
		await command(started, "undo-last-run");
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.fakeSnapshot()).toEqual(after);
	});

	it("keeps a note the user changed since the run, and says so", async () => {
		const started = await processed();
		const userPete = `${started.app.vault.fakeText(PETE_PATH) ?? ""}\nCall him about re:Invent.\n`;
		started.app.vault.fakeUserEdit(PETE_PATH, userPete);
		const userJai = (started.app.vault.fakeText("People/Jai Menon.md") ?? "").replace("_Unknown_", "Director");
		started.app.vault.fakeUserEdit("People/Jai Menon.md", userJai);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(PETE_PATH)).toBe(userPete);
		expect(started.app.vault.fakeText("People/Jai Menon.md")).toBe(userJai);
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(SEED_MEETING);
		for (const path of CREATED.slice(1)) expect(started.app.vault.fakeText(path)).toBeNull();
		expect(noticeTexts()[1]).toBe(`Undo last run: 1 restored, 3 removed, 2 kept because you changed them since: People/Jai Menon.md, ${PETE_PATH}.`);
	});

	it("undoes a task-line fix of the current note", async () => {
		const started = await start();
		started.app.workspace.fakeOpenFile(SEED_PATH);
		await command(started, "fix-task-lines-current-note");
		expect(started.app.vault.fakeText(SEED_PATH)).not.toBe(SEED_MEETING);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(SEED_MEETING);
		expect(noticeTexts()[1]).toBe("Undo last run: 1 restored, 0 removed.");
	});

	it("survives a restart: a new plugin instance on the same vault and data.json undoes the run", async () => {
		const started = await processed();
		unloadPlugin(started.plugin);
		const plugin = await restart(started.app);
		const again = { app: started.app, plugin };
		await command(again, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(noticeTexts()[1]).toBe("Undo last run: 2 restored, 4 removed.");
		expect((readPluginData(started.app) as Record<string, unknown>).yourName).toBe(OWNER);
	});

	it("the record is in data.json before the first write, so a run that stops halfway can be undone", async () => {
		const started = await start(VAULT);
		let undoAtFirstWrite: unknown = "not seen";
		const create = started.app.vault.create.bind(started.app.vault);
		let writes = 0;
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			if (writes++ === 0) undoAtFirstWrite = (readPluginData(started.app) as Record<string, unknown>).undo;
			if (writes === 3) throw new Error("disk full");
			return create(path, text);
		});
		await command(started, "process-new-meeting-notes");
		// Every note the run may create is listed; what it writes there is known only once written.
		expect(undoAtFirstWrite).toMatchObject({ at: "2026-01-03", created: CREATED.map((path) => ({ path, hash: NOT_WRITTEN_YET })) });
		expect(noticeTexts()[0]).toBe("1 meeting note: 3 people created, 1 updated, task lines fixed in 1 note, 1 skipped — see report");
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
	});

	it("after a run that never finished (the app closed), undo keeps the person notes it wrote and loses nothing", async () => {
		const started = await start(VAULT);
		const create = started.app.vault.create.bind(started.app.vault);
		let writes = 0;
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			// The third note never gets written: the app is closed right there.
			if (++writes === 3) return new Promise<never>(() => {});
			return create(path, text);
		});
		void command(started, "process-new-meeting-notes");
		await vi.waitFor(() => expect(writes).toBe(3));
		const written = started.app.vault.fakeSnapshot();
		const createdByTheRun = Object.keys(written).filter((path) => !(path in VAULT)).sort();
		expect(createdByTheRun).toHaveLength(2);
		unloadPlugin(started.plugin);
		const again = { app: started.app, plugin: await restart(started.app) };
		await command(again, "undo-last-run");
		// Nothing proves those notes hold only what the run wrote: they stay, and so does everything else.
		expect(started.app.vault.fakeSnapshot()).toEqual(written);
		expect(started.app.vault.trashed).toEqual([]);
		// The two notes it created; the notes it never reached are as they were and not mentioned.
		expect(noticeTexts().at(-1)).toBe("Undo last run: 0 restored, 0 removed, 2 kept because that run stopped before it finished: People/Jai Menon.md, People/Juergen.md.");
	});
});
