// The undo record is saved before the first change: when the first write
// fails (or the app dies right there), data.json already lists every file
// the run planned to create or change, so nothing can be changed that undo
// does not know about.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { noticeTexts } from "../fake-app";
import type { FakeApp } from "../fake-app";
import { MemoryVault } from "../helpers/memory-vault";
import { settingsFor } from "../helpers/run-helpers";
import { processMeetings } from "../../src/core/sync/run";
import { emptyLedger } from "../../src/core/sync/ledger";
import type { UndoRecord } from "../../src/core/sync/run-types";
import { command, fixToday, pluginData, startPlugin } from "./plugin-harness";

const SEED_PATH = "Meetings/2025-09-30 1-1 with Jai Menon.md";
const JAI = "---\ntype: people\n---\n# Jai Menon\n\nMy notes on Jai.\n";
const FILES = { [SEED_PATH]: readFileSync("tests/fixtures/seed-meeting-note.md", "utf8"), "People/Jai Menon.md": JAI };
const CREATED = ["People/Juergen.md", "People/Manish Sah.md", "People/Ong.md", "People/Pete Emig.md"];
const UPDATED = [SEED_PATH, "People/Jai Menon.md"];

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

type Undo = NonNullable<ReturnType<typeof pluginData>["undo"]>;

/** Makes note writes fail: every one (`failing` "all") or only the first.
 * Returns data.json's undo record as it was when the first write began. */
function failWrites(app: FakeApp, failing: "all" | "first"): { atFirstWrite: Undo | undefined | null } {
	const seen: { atFirstWrite: Undo | undefined | null } = { atFirstWrite: null };
	let calls = 0;
	const attempt = () => {
		if (calls++ === 0) seen.atFirstWrite = pluginData(app).undo;
		if (failing === "all" || calls === 1) throw new Error("EIO: disk went away");
	};
	const create = app.vault.create.bind(app.vault);
	const process = app.vault.process.bind(app.vault);
	app.vault.create = async (path, data) => (attempt(), create(path, data));
	app.vault.process = async (file, change) => (attempt(), process(file, change));
	return seen;
}

const paths = (undo: Undo | undefined | null) => ({
	created: (undo?.created ?? []).map((c) => c.path).sort(),
	updated: (undo?.updated ?? []).map((u) => u.path).sort(),
});

describe("in the plugin", () => {
	it("data.json holds the undo record, listing every planned file, before the first write", async () => {
		const started = await startPlugin(FILES);
		const seen = failWrites(started.app, "all");
		await command(started, "process-new-meeting-notes");
		expect(paths(seen.atFirstWrite)).toEqual({ created: CREATED, updated: UPDATED });
		expect(started.app.vault.fakeText("People/Jai Menon.md")).toBe(JAI);
		expect(noticeTexts()).toEqual([expect.stringMatching(/6 skipped — see report$/)]);
	});

	it("when only the first write fails, undo afterwards puts back exactly what the run changed", async () => {
		const started = await startPlugin(FILES);
		const before = started.app.vault.fakeSnapshot();
		failWrites(started.app, "first");
		await command(started, "process-new-meeting-notes");
		expect(paths(pluginData(started.app).undo).created.length + paths(pluginData(started.app).undo).updated.length).toBe(5);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeSnapshot()).toEqual(before);
	});

	it("fixing task lines saves its undo record before its first write too", async () => {
		const started = await startPlugin(FILES);
		const seen = failWrites(started.app, "all");
		await command(started, "fix-task-lines-all-meeting-notes");
		expect(paths(seen.atFirstWrite)).toEqual({ created: [], updated: [SEED_PATH] });
	});
});

describe("in the core", () => {
	it("calls beforeWrite once, with every planned file, before the first create or process", async () => {
		const vault = new MemoryVault(FILES);
		const events: string[] = [];
		let record: UndoRecord | null = null;
		const create = vault.create.bind(vault);
		const process = vault.process.bind(vault);
		vault.create = (path, text) => (events.push(`create ${path}`), create(path, text));
		vault.process = (path, change) => (events.push(`process ${path}`), process(path, change));
		const result = await processMeetings(vault, settingsFor(), emptyLedger(), {
			mode: { kind: "new" },
			dryRun: false,
			today: "2026-01-03",
			beforeWrite: (undo) => {
				events.push("undo saved");
				record = structuredClone(undo);
				return Promise.resolve();
			},
		});
		expect(events[0]).toBe("undo saved");
		expect(events.filter((event) => event === "undo saved")).toHaveLength(1);
		expect(paths(record)).toEqual({ created: CREATED, updated: UPDATED });
		const written = events.slice(1).map((event) => event.replace(/^\w+ /, "")).sort();
		expect(written).toEqual([...CREATED, ...UPDATED].sort());
		expect(result.changes).toHaveLength(6);
	});
});
