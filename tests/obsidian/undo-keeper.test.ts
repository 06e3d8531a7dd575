// The undo record of a run: saved before the first write, with a big run's
// old texts in the device's undo store instead of data.json; brought up to
// date after the run; turned back into the core's record for an undo.
import { afterEach, describe, expect, it, vi } from "vitest";
import { UndoKeeper } from "../../src/plugin/undo-keeper";
import type { RunStateHost } from "../../src/plugin/undo-keeper";
import type { StoredUndo } from "../../src/plugin/stored-undo";
import { undoAfterRename } from "../../src/plugin/ledger-rename";
import type { UndoTextStore } from "../../src/plugin/undo-texts";
import type { Ledger, MeetingRecord } from "../../src/core/sync/ledger";
import type { UndoRecord } from "../../src/core/sync/run-types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";

/** An undo store in memory that logs what happens to it. */
class MemoryTexts implements UndoTextStore {
	readonly runs = new Map<string, Map<number, string>>();
	readonly log: string[] = [];
	failPuts = false;

	put(run: string, entries: readonly (readonly [number, string])[]): Promise<void> {
		this.log.push(`put ${entries.map(([n]) => n).join(",")}`);
		if (this.failPuts) return Promise.reject(new Error("disk full"));
		const texts = this.runs.get(run) ?? new Map<number, string>();
		for (const [n, text] of entries) texts.set(n, text);
		this.runs.set(run, texts);
		return Promise.resolve();
	}

	get(run: string): Promise<Map<number, string>> {
		return Promise.resolve(new Map(this.runs.get(run) ?? []));
	}

	drop(keep?: string): Promise<void> {
		this.log.push(keep === undefined ? "drop all" : "drop others");
		for (const run of [...this.runs.keys()]) if (run !== keep) this.runs.delete(run);
		return Promise.resolve();
	}

	close(): void {}
}

/** The plugin's state; each save keeps a copy of data.json as written. */
class Host implements RunStateHost {
	settings = DEFAULT_SETTINGS;
	private ledgerNow: Ledger = { version: 1, meetings: {} };
	undo: StoredUndo | undefined;
	readonly saved: Record<string, unknown>[] = [];

	constructor(private readonly log: string[] = []) {}

	ledger(): Ledger {
		return this.ledgerNow;
	}

	setLedger(ledger: Ledger): void {
		this.ledgerNow = ledger;
	}

	undoRecord(): StoredUndo | undefined {
		return this.undo;
	}

	setUndoRecord(undo: StoredUndo | undefined): void {
		this.undo = undo;
	}

	saveSettings(): Promise<void> {
		this.log.push("save data.json");
		this.saved.push(JSON.parse(JSON.stringify({ ledger: this.ledgerNow, undo: this.undo })) as Record<string, unknown>);
		return Promise.resolve();
	}
}

const EMPTY: Ledger = { version: 1, meetings: {} };
const RECORD: MeetingRecord = { hash: "h", mtime: 1, size: 2, written: {} };

function undoOf(befores: Record<string, string>): UndoRecord {
	return {
		at: "2026-01-03",
		created: [{ path: "People/New.md", hash: "n:1" }],
		updated: Object.entries(befores).map(([path, before]) => ({ path, before, afterHash: `after of ${path}` })),
		ledgerBefore: EMPTY,
	};
}

function setup(inlineUpTo: number) {
	const texts = new MemoryTexts();
	const host = new Host(texts.log);
	let turns = 0;
	const keeper = new UndoKeeper(() => texts, inlineUpTo);
	const recorder = keeper.recorder(host, () => {
		turns++;
		return Promise.resolve();
	});
	return { texts, host, keeper, recorder, turns: () => turns };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("before the first write", () => {
	it("a small record keeps its old texts inline in data.json and leaves the store alone", async () => {
		const { texts, host, recorder } = setup(100);
		await recorder.beforeWrite(undoOf({ "m.md": "old text\n" }));
		expect(host.saved).toEqual([{ ledger: EMPTY, undo: { at: "2026-01-03", created: [{ path: "People/New.md", hash: "n:1" }], updated: [{ path: "m.md", before: "old text\n", afterHash: "after of m.md" }] } }]);
		expect(texts.log).toEqual(["save data.json"]);
	});

	it("a big record puts its old texts in the store first, then saves data.json naming them by number", async () => {
		const { texts, host, recorder } = setup(10);
		await recorder.beforeWrite(undoOf({ "a.md": "old a, long enough", "b.md": "old b" }));
		const run = host.undo?.texts ?? "";
		expect(host.saved).toEqual([{ ledger: EMPTY, undo: { at: "2026-01-03", created: [{ path: "People/New.md", hash: "n:1" }], updated: [{ path: "a.md", afterHash: "after of a.md", text: 0 }, { path: "b.md", afterHash: "after of b.md", text: 1 }], texts: run } }]);
		expect(texts.runs.get(run)).toEqual(new Map([[0, "old a, long enough"], [1, "old b"]]));
		// The texts are stored before data.json names them; the last run's go after.
		expect(texts.log).toEqual(["put 0,1", "save data.json", "drop others"]);
	});

	it("stores in slices with a turn of the event loop between them", async () => {
		const { texts, recorder, turns } = setup(10);
		const big = "x".repeat(300 * 1024);
		await recorder.beforeWrite(undoOf({ "a.md": big, "b.md": big, "c.md": big, "d.md": big }));
		expect(texts.log.filter((entry) => entry.startsWith("put"))).toEqual(["put 0,1", "put 2,3"]);
		// One before the record is kept (the core's stretch ends there), one per slice.
		expect(turns()).toBe(3);
	});

	it("gives the event loop a turn every 500 entries while it writes out many task fixes' edits", async () => {
		const { recorder, turns } = setup(10);
		const undo = undoOf({});
		undo.updated = Array.from({ length: 1200 }, (_, i) => ({ path: `Meetings/${i}.md`, edits: [{ at: 3, old: "ðŸ“…", new: "📅" }], afterHash: `h${i}` }));
		await recorder.beforeWrite(undo);
		// One before the record is kept, one after 500 and after 1,000 entries; one slice.
		expect(turns()).toBe(3);
	});

	it("when the store fails, the old texts go into data.json: the record is never lost", async () => {
		const { texts, host, recorder } = setup(10);
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		texts.failPuts = true;
		await recorder.beforeWrite(undoOf({ "a.md": "old a, long enough" }));
		expect(host.undo?.updated).toEqual([{ path: "a.md", before: "old a, long enough", afterHash: "after of a.md" }]);
		expect(host.undo?.texts).toBeUndefined();
		expect(logged).toHaveBeenCalledOnce();
	});

	it("an inline record after one kept in the store lets the store's texts go", async () => {
		const { texts, host, recorder } = setup(10);
		host.undo = { at: "2026-01-02", created: [], updated: [{ path: "a.md", afterHash: "x", text: 0 }], texts: "00000000a000000" };
		texts.runs.set("00000000a000000", new Map([[0, "old"]]));
		await recorder.beforeWrite(undoOf({ "a.md": "short" }));
		expect(texts.runs.size).toBe(0);
		expect(texts.log).toEqual(["save data.json", "drop all"]);
	});
});

describe("after the run", () => {
	it("stores anew only the old text of a note the user changed between planning and writing, and keeps the ledger's changes", async () => {
		const { texts, host, recorder } = setup(10);
		await recorder.beforeWrite(undoOf({ "a.md": "old a, long enough", "b.md": "old b", "c.md": "old c" }));
		const run = host.undo?.texts ?? "";
		texts.log.length = 0;
		// b.md was edited by the user before the write; c.md could not be written.
		const written: UndoRecord = { ...undoOf({ "a.md": "old a, long enough", "b.md": "old b + typing" }), ledgerBefore: EMPTY };
		const stored = await recorder.afterRun(written, EMPTY, { version: 1, meetings: { "m.md": RECORD } });
		expect(stored).toEqual({
			at: "2026-01-03",
			created: [{ path: "People/New.md", hash: "n:1" }],
			updated: [{ path: "a.md", afterHash: "after of a.md", text: 0 }, { path: "b.md", afterHash: "after of b.md", text: 1 }],
			ledgerChanges: { meetings: { "m.md": null } },
			texts: run,
		});
		expect(texts.log).toEqual(["put 1"]);
		expect(texts.runs.get(run)?.get(1)).toBe("old b + typing");
	});

	it("a record kept inline stays inline, with the ledger's changes", async () => {
		const { host, recorder } = setup(1000);
		const undo = undoOf({ "a.md": "old a" });
		await recorder.beforeWrite(undo);
		expect(await recorder.afterRun(undo, EMPTY, EMPTY)).toEqual({ ...host.undo, ledgerChanges: { meetings: {} } });
	});

	it("when the store fails then, the changed old text goes inline", async () => {
		const { texts, host, recorder } = setup(10);
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		await recorder.beforeWrite(undoOf({ "a.md": "old a, long enough", "b.md": "old b" }));
		texts.failPuts = true;
		const stored = await recorder.afterRun(undoOf({ "a.md": "old a, long enough", "b.md": "old b + typing" }), EMPTY, EMPTY);
		expect(stored.updated).toEqual([{ path: "a.md", afterHash: "after of a.md", text: 0 }, { path: "b.md", afterHash: "after of b.md", before: "old b + typing" }]);
		expect(stored.texts).toBe(host.undo?.texts);
	});
});

describe("for an undo", () => {
	it("gives back the core's record: old texts from the store, the ledger before the run", async () => {
		const { host, keeper, recorder } = setup(10);
		const undo = undoOf({ "a.md": "old a, long enough", "b.md": "old b" });
		await recorder.beforeWrite(undo);
		const after: Ledger = { version: 1, meetings: { "m.md": RECORD } };
		const stored = await recorder.afterRun(undo, EMPTY, after);
		expect(await keeper.recordFor(stored, after)).toEqual({ ...undo, ledgerBefore: EMPTY });
		expect(host.undo).toBeDefined();
	});

	it("is null when the old texts are not on this device (another device ran it, or the store was cleared)", async () => {
		const { texts, keeper, recorder } = setup(10);
		const undo = undoOf({ "a.md": "old a, long enough" });
		await recorder.beforeWrite(undo);
		const stored = await recorder.afterRun(undo, EMPTY, EMPTY);
		await texts.drop();
		expect(await keeper.recordFor(stored, EMPTY)).toBeNull();
		expect(await new UndoKeeper(() => null).recordFor(stored, EMPTY)).toBeNull();
	});

	it("an inline record needs no store", async () => {
		const record = { at: "x", created: [], updated: [{ path: "a.md", before: "old", afterHash: "h" }] };
		expect(await new UndoKeeper(() => null).recordFor(record, EMPTY)).toEqual({ ...record, ledgerBefore: EMPTY });
	});

	it("forget clears the store", async () => {
		const { texts, keeper, recorder } = setup(10);
		await recorder.beforeWrite(undoOf({ "a.md": "old a, long enough" }));
		await keeper.forget();
		expect(texts.runs.size).toBe(0);
	});
});

describe("a task fix's edits", () => {
	const EDITS = [{ at: 12, old: "ðŸ“…", new: "📅" }];
	const withEdits = (befores: Record<string, string>): UndoRecord => {
		const undo = undoOf(befores);
		return { ...undo, updated: [...undo.updated, { path: "Meetings/m.md", edits: EDITS, afterHash: "after of m" }] };
	};

	it("stay inline in a small record", async () => {
		const { host, recorder } = setup(1000);
		await recorder.beforeWrite(withEdits({ "a.md": "old a" }));
		expect(host.undo?.updated[1]).toEqual({ path: "Meetings/m.md", edits: EDITS, afterHash: "after of m" });
	});

	it("go to the store with the old texts in a big record, and come back for an undo", async () => {
		const { texts, host, keeper, recorder } = setup(10);
		const undo = withEdits({ "a.md": "old a, long enough" });
		await recorder.beforeWrite(undo);
		const run = host.undo?.texts ?? "";
		expect(host.undo?.updated).toEqual([{ path: "a.md", afterHash: "after of a.md", text: 0 }, { path: "Meetings/m.md", afterHash: "after of m", editsIn: 1 }]);
		expect(texts.runs.get(run)?.get(1)).toBe(JSON.stringify(EDITS));
		const stored = await recorder.afterRun(undo, EMPTY, EMPTY);
		expect(stored.updated[1]).toEqual({ path: "Meetings/m.md", afterHash: "after of m", editsIn: 1 });
		expect(await keeper.recordFor(stored, EMPTY)).toEqual({ ...undo, ledgerBefore: EMPTY });
	});

	it("go inline when the store fails after the run", async () => {
		const { texts, recorder } = setup(10);
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		const undo = withEdits({ "a.md": "old a, long enough" });
		await recorder.beforeWrite(undo);
		texts.failPuts = true;
		const changed: UndoRecord = { ...undo, updated: [undo.updated[0], { path: "Meetings/m.md", edits: [{ at: 3, old: "x", new: "y" }], afterHash: "other" }] };
		const stored = await recorder.afterRun(changed, EMPTY, EMPTY);
		expect(stored.updated[1]).toEqual({ path: "Meetings/m.md", afterHash: "other", edits: [{ at: 3, old: "x", new: "y" }] });
	});
});

describe("a big run's lists", () => {
	// Lists longer than 2 entries go to the store with the texts.
	function bigSetup() {
		const texts = new MemoryTexts();
		const host = new Host(texts.log);
		const keeper = new UndoKeeper(() => texts, 10, 2);
		const recorder = keeper.recorder(host, () => Promise.resolve());
		return { texts, host, keeper, recorder };
	}
	const UNDO = undoOf({ "a.md": "old a, long enough", "b.md": "old b" });
	const AFTER: Ledger = { version: 1, meetings: { "m.md": RECORD, "n.md": RECORD } };

	it("go to the store before data.json is saved, which keeps only the record's date and the store's name for it", async () => {
		const { texts, host, recorder } = bigSetup();
		await recorder.beforeWrite(UNDO);
		const run = host.undo?.texts ?? "";
		expect(host.saved).toEqual([{ ledger: EMPTY, undo: { at: "2026-01-03", created: [], updated: [], texts: run, listsInStore: true } }]);
		expect(texts.log).toEqual(["put 0,1", "put -1", "save data.json", "drop others"]);
		expect(JSON.parse(texts.runs.get(run)?.get(-1) ?? "")).toEqual({
			at: "2026-01-03", created: [{ path: "People/New.md", hash: "n:1" }], texts: run,
			updated: [{ path: "a.md", afterHash: "after of a.md", text: 0 }, { path: "b.md", afterHash: "after of b.md", text: 1 }],
		});
	});

	it("after the run, hold the ledger's changes too, and come back whole for an undo", async () => {
		const { host, keeper, recorder } = bigSetup();
		await recorder.beforeWrite(UNDO);
		const stored = await recorder.afterRun(UNDO, EMPTY, AFTER);
		expect(stored).toEqual({ at: "2026-01-03", created: [], updated: [], texts: host.undo?.texts, listsInStore: true });
		expect(await keeper.recordFor(stored, AFTER)).toEqual({ ...UNDO, ledgerBefore: EMPTY });
	});

	it("a rename of a note the ledger knows is noted and applied when the lists come back", async () => {
		const { keeper, recorder } = bigSetup();
		await recorder.beforeWrite(UNDO);
		let stored = await recorder.afterRun(UNDO, EMPTY, AFTER);
		stored = undoAfterRename(stored, "People/New.md", "People/Renamed.md") as StoredUndo;
		stored = undoAfterRename(stored, "m.md", "Archive/m.md") as StoredUndo;
		expect(undoAfterRename(stored, "Other.md", "Else.md", false)).toBe(stored);
		expect(stored.renamed).toEqual([["People/New.md", "People/Renamed.md"], ["m.md", "Archive/m.md"]]);
		const record = await keeper.recordFor(stored, { version: 1, meetings: { "Archive/m.md": RECORD, "n.md": RECORD } });
		expect(record?.created).toEqual([{ path: "People/Renamed.md", hash: "n:1" }]);
		// The ledger before the run knew neither meeting: both go, under their names now.
		expect(record?.ledgerBefore).toEqual(EMPTY);
	});

	it("stay in data.json when the store fails: the record is never lost", async () => {
		const { texts, host, recorder } = bigSetup();
		await recorder.beforeWrite(UNDO);
		vi.spyOn(console, "error").mockImplementation(() => undefined);
		texts.failPuts = true;
		const stored = await recorder.afterRun(UNDO, EMPTY, AFTER);
		expect(stored).toMatchObject({ created: UNDO.created, ledgerChanges: { meetings: { "m.md": null, "n.md": null } }, texts: host.undo?.texts });
		expect(stored.listsInStore).toBeUndefined();
	});

	it("missing or broken in the store: no record for an undo", async () => {
		const { texts, host, keeper, recorder } = bigSetup();
		await recorder.beforeWrite(UNDO);
		const stored = host.undo as StoredUndo;
		const run = stored.texts ?? "";
		texts.runs.get(run)?.set(-1, "{ not json");
		expect(await keeper.recordFor(stored, EMPTY)).toBeNull();
		texts.runs.get(run)?.set(-1, JSON.stringify({ at: "x", created: [{ path: 3 }], updated: [] }));
		expect(await keeper.recordFor(stored, EMPTY)).toBeNull();
		texts.runs.get(run)?.delete(-1);
		expect(await keeper.recordFor(stored, EMPTY)).toBeNull();
	});
});
