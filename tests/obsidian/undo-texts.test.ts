// The device's undo store (IndexedDB) that keeps a big run's old texts out
// of data.json: what it keeps, drops and gives back, against a fake IndexedDB.
import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexedDbUndoTexts, newId, openUndoTexts } from "../../src/plugin/undo-texts";
import { createFakeApp } from "../fake-app";
// Obsidian's window (the store is looked up on it).
import "../fake-app/globals";
import { FakeIndexedDb, FakeKeyRange } from "./fake-indexeddb";

function store(db = new FakeIndexedDb()) {
	return { db, texts: new IndexedDbUndoTexts(db as unknown as IDBFactory, FakeKeyRange as unknown as typeof IDBKeyRange, "undo-test") };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe("IndexedDbUndoTexts", () => {
	it("keeps a run's texts by number, in several puts, and gives them back", async () => {
		const { texts } = store();
		const run = newId();
		await texts.put(run, [[0, "first\r\n"], [1, "zweite — 📅"]]);
		await texts.put(run, [[2, ""]]);
		expect(await texts.get(run)).toEqual(new Map([[0, "first\r\n"], [1, "zweite — 📅"], [2, ""]]));
		expect(await texts.get(newId())).toEqual(new Map());
	});

	it("writes with strict durability: on disk before the run's first write", async () => {
		const { db, texts } = store();
		await texts.put(newId(), [[0, "a"]]);
		expect(db.commits).toEqual([{ durability: "strict", writes: 1 }]);
	});

	it("drops every other run's texts, earlier and later ids alike, or all of them", async () => {
		const { texts } = store();
		const [a, b, c] = ["00000000a000000", "00000000b000000", "00000000c000000"];
		for (const run of [a, b, c]) await texts.put(run, [[0, run], [10, `${run} ten`]]);
		await texts.drop(b);
		expect(await texts.get(a)).toEqual(new Map());
		expect(await texts.get(b)).toEqual(new Map([[0, b], [10, `${b} ten`]]));
		expect(await texts.get(c)).toEqual(new Map());
		await texts.drop();
		expect(await texts.get(b)).toEqual(new Map());
	});

	it("survives closing and opening again (a restart)", async () => {
		const { db, texts } = store();
		const run = newId();
		await texts.put(run, [[3, "kept"]]);
		texts.close();
		const again = store(db).texts;
		expect(await again.get(run)).toEqual(new Map([[3, "kept"]]));
	});

	it("rejects when a write fails, so the caller can keep the texts elsewhere", async () => {
		const { db, texts } = store();
		db.failWrites = true;
		await expect(texts.put(newId(), [[0, "a"]])).rejects.toThrow(/Quota/);
	});

	it("makes ids of one length that sort by time", () => {
		const first = newId();
		vi.useFakeTimers({ toFake: ["Date"] });
		vi.setSystemTime(Date.now() + 1000);
		const later = newId();
		vi.useRealTimers();
		expect(first).toHaveLength(15);
		expect(later).toHaveLength(15);
		expect(later > first).toBe(true);
	});
});

describe("openUndoTexts", () => {
	it("is null where there is no IndexedDB (the texts then stay in data.json)", () => {
		expect(openUndoTexts(createFakeApp())).toBeNull();
	});

	it("names the store once per vault, in the vault's local storage", async () => {
		const db = new FakeIndexedDb();
		vi.stubGlobal("indexedDB", db);
		vi.stubGlobal("IDBKeyRange", FakeKeyRange);
		const app = createFakeApp();
		const texts = openUndoTexts(app);
		const name = app.loadLocalStorage("meeting-crm-undo-store") as string;
		expect(name).toMatch(/^meeting-crm-undo-[0-9a-z]{15}$/);
		await texts?.put("run", [[0, "x"]]);
		expect([...db.databases.keys()]).toEqual([name]);
		openUndoTexts(app);
		expect(app.loadLocalStorage("meeting-crm-undo-store")).toBe(name);
	});
});
