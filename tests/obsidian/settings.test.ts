import { describe, expect, it } from "vitest";
import type { Ledger, MeetingRecord } from "../../src/core/sync/ledger";
import type { UndoRecord } from "../../src/core/sync/run-types";
import type { StoredUndo } from "../../src/plugin/stored-undo";
import {
	AUTO_PROCESS_KEY, DEFAULT_SETTINGS, ignoreNameProblem, joinPluginData, loadAutoProcess, mergeLedgers, normalizeSettings, saveAutoProcess,
	splitList, splitPluginData,
} from "../../src/settings";
import type { CrmSettings } from "../../src/settings";
import { createFakeApp } from "../fake-app";

const defaults = (): CrmSettings => structuredClone<CrmSettings>({ ...DEFAULT_SETTINGS });

describe("normalizeSettings", () => {
	it.each([
		{ name: "nothing stored", before: undefined },
		{ name: "null", before: null },
		{ name: "a list instead of an object", before: ["x"] },
		{ name: "a string", before: "settings" },
		{ name: "an empty object", before: {} },
	])("gives the defaults for $name", ({ before }) => {
		expect(normalizeSettings(before)).toEqual(defaults());
	});

	it.each([
		{ name: "wrong-typed list", before: { meetingFolders: "Meetings" }, after: { meetingFolders: [] } },
		{ name: "wrong-typed text", before: { peopleFolder: 3, yourName: null }, after: { peopleFolder: "People", yourName: "" } },
		{ name: "wrong-typed switch", before: { fixTaskLinesWhileProcessing: "no" }, after: { fixTaskLinesWhileProcessing: true } },
		{ name: "switch kept", before: { wholeNoteMojibakeRepair: true }, after: { wholeNoteMojibakeRepair: true } },
		{ name: "list items trimmed, empty, repeated and non-text ones dropped", before: { yourAliases: [" JV ", "", "JV", 7, null, "Jase"] }, after: { yourAliases: ["JV", "Jase"] } },
		{ name: "folder lists cleaned", before: { meetingFolders: ["/Meetings/", "Notes\\2025", "Meetings", "/", " a//b "] }, after: { meetingFolders: ["Meetings", "Notes/2025", "a/b"] } },
		{ name: "folders cleaned", before: { peopleFolder: " /People/Team/ ", reportFolder: "/" }, after: { peopleFolder: "People/Team", reportFolder: "" } },
		{ name: "folder in NFC", before: { peopleFolder: "Jose\u0301" }, after: { peopleFolder: "José" } },
		{ name: "text trimmed", before: { yourName: "  Jason Vallery " }, after: { yourName: "Jason Vallery" } },
		{ name: "template path without a leading slash", before: { personTemplate: "/Templates/Person.md" }, after: { personTemplate: "Templates/Person.md" } },
		{ name: "tags without #", before: { newPersonTags: ["#type/people", " ##x ", "#"] }, after: { newPersonTags: ["type/people", "x"] } },
		{ name: "unknown mention style", before: { mentionStyle: "AtCamel" }, after: { mentionStyle: "at-camel" } },
		{ name: "known mention style", before: { mentionStyle: "wikilink" }, after: { mentionStyle: "wikilink" } },
		{ name: "unknown fact attribution", before: { factAttribution: "everyone" }, after: { factAttribution: "named" } },
		{ name: "known fact attribution", before: { factAttribution: "all" }, after: { factAttribution: "all" } },
		{ name: "person types cannot be empty", before: { personTypes: [" ", 3] }, after: { personTypes: ["people", "person"] } },
		{ name: "other lists may be empty", before: { meetingSourceValues: [], ignoreNames: [] }, after: { meetingSourceValues: [], ignoreNames: [] } },
		{ name: "regex entries kept as written", before: { ignoreNames: ["/zoom room/i", " Otter.ai "] }, after: { ignoreNames: ["/zoom room/i", "Otter.ai"] } },
	])("$name", ({ before, after }) => {
		expect(normalizeSettings(before)).toEqual({ ...defaults(), ...after });
	});

	it("never shares its lists with the defaults", () => {
		const settings = normalizeSettings({});
		settings.personTypes.push("x");
		settings.ignoreNames.length = 0;
		expect(DEFAULT_SETTINGS.personTypes).toEqual(["people", "person"]);
		expect(normalizeSettings({}).ignoreNames).toHaveLength(5);
	});
});

const record = (mtime: number, hash = `h${mtime}:a`): MeetingRecord => ({ hash, mtime, size: 10, written: { "People/Jai.md": "k3v9x0qa||0b1c2d3e 5f6a7b8c" } });
/** What Obsidian's saveData writes of this object, read back. */
const asSaved = (data: object): Record<string, unknown> => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
/** A record in data.json: one string (ledger-store.ts). */
const storedRecord = (mtime: number): string => `h${mtime}:a ${mtime} 10<People/Jai.md>k3v9x0qa||0b1c2d3e 5f6a7b8c`;
const ledger = (meetings: Record<string, MeetingRecord>): Ledger => ({ version: 1, meetings });

describe("plugin data", () => {
	const undo: UndoRecord = { at: "2025-09-30T10:00:00Z", created: [{ path: "People/Jai.md", hash: "x:1" }], updated: [{ path: "a.md", before: "1", afterHash: "2:1" }], ledgerBefore: ledger({}) };

	it("splits data.json into settings and state, and joins them back", () => {
		const storedUndo = { ...undo, ledgerBefore: { version: 3, meetings: { "a.md": storedRecord(2) } } };
		const stored = { ...defaults(), yourName: "Jason", ledger: { version: 3, meetings: { "m.md": storedRecord(5) } }, undo: storedUndo, futureKey: { kept: true } };
		const { settings, state } = splitPluginData(JSON.parse(JSON.stringify(stored)));
		expect(settings.yourName).toBe("Jason");
		expect(state).toEqual({ ledger: ledger({ "m.md": record(5) }), undo: { ...undo, ledgerBefore: ledger({ "a.md": record(2) }) }, other: { futureKey: { kept: true } } });
		expect(asSaved(joinPluginData(settings, state))).toEqual(stored);
	});

	it("reads a ledger of the earlier form (each note's parts as an object, a part as a list or a string) and saves it in the new one", () => {
		const earlier = { hash: "h5:a", mtime: 5, size: 10, written: { "People/Jai.md": { recentContext: ["k3v9x0qa"], keyDecisions: "0b1c2d3e 5f6a7b8c" } } };
		const { settings, state } = splitPluginData({ ledger: { version: 1, meetings: { "m.md": earlier }, notMeetings: { "People/Jai.md": [7, 120] } } });
		expect(state.ledger).toEqual({ version: 1, meetings: { "m.md": record(5) }, notMeetings: { "People/Jai.md": [7, 120] } });
		expect(asSaved(joinPluginData(settings, state)).ledger).toEqual({ version: 3, meetings: { "m.md": storedRecord(5) }, notMeetings: { "People/Jai.md": [7, 120] } });
	});

	it("drops a broken ledger, broken meeting records and a broken undo record", () => {
		expect(splitPluginData({ ledger: { version: 4, meetings: {} }, undo: { at: 1 } }).state).toEqual({});
		const { state } = splitPluginData({ ledger: { version: 1, meetings: { "ok.md": record(1), "bad.md": { hash: 3 } } }, undo: { ...undo, ledgerBefore: null } });
		expect(state).toEqual({ ledger: ledger({ "ok.md": record(1) }) });
	});

	it("reads the undo record with its old texts in the device's undo store, and with the ledger's changes", () => {
		const kept = {
			at: "2026-01-03",
			created: [{ path: "People/Jai.md", hash: "x:1" }],
			updated: [{ path: "a.md", afterHash: "2:1", text: 0 }, { path: "b.md", afterHash: "3:1", before: "inline" }, { path: "m.md", afterHash: "4:1", edits: [{ at: 12, old: "ðŸ“…", new: "📅" }] }, { path: "n.md", afterHash: "5:1", editsIn: 1 }],
			ledgerChanges: { meetings: { "m.md": null, "n.md": record(4) }, notMeetings: { "People/Jai.md": null } },
			texts: "00000000a000000",
		};
		const read = { ...kept, ledgerChanges: { ...kept.ledgerChanges, meetings: { "m.md": null, "n.md": record(4) } } };
		expect(splitPluginData({ undo: kept }).state).toEqual({ undo: read });
		expect(asSaved(joinPluginData(defaults(), { undo: read })).undo).toEqual(kept);
		// Saved before the first write: neither the ledger before nor its changes yet.
		const early = { at: "2026-01-03", created: [], updated: [{ path: "a.md", afterHash: "2:1", text: 0 }], texts: "00000000a000000" };
		expect(splitPluginData({ undo: early }).state).toEqual({ undo: early });
	});

	it("reads a big run's record whose lists are in the device's undo store, with the renames since", () => {
		const slim: StoredUndo = { at: "2026-01-03", created: [], updated: [], texts: "00000000a000000", listsInStore: true, renamed: [["m.md", "Archive/m.md"]] };
		expect(splitPluginData({ undo: slim }).state).toEqual({ undo: slim });
		expect(asSaved(joinPluginData(defaults(), { undo: slim })).undo).toEqual(slim);
	});

	const broken: { name: string; undo: Record<string, unknown> }[] = [
		{ name: "a text number without the store's name", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h", text: 0 }] } },
		{ name: "a text number that is not a whole number", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h", text: 1.5 }], texts: "r" } },
		{ name: "a number of stored edits without the store's name", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h", editsIn: 0 }] } },
		{ name: "a task fix's edit without its place", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h", edits: [{ old: "a", new: "b" }] }] } },
		{ name: "a task fix's edit without its new characters", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h", edits: [{ at: 1, old: "a" }] }] } },
		{ name: "neither an old text nor its number", undo: { at: "x", created: [], updated: [{ path: "a.md", afterHash: "h" }] } },
		{ name: "ledger changes with a broken record", undo: { at: "x", created: [], updated: [], ledgerChanges: { meetings: { "m.md": { hash: 3 } } } } },
		{ name: "ledger changes without meetings", undo: { at: "x", created: [], updated: [], ledgerChanges: {} } },
		{ name: "lists in the store without the store's name", undo: { at: "x", created: [], updated: [], listsInStore: true } },
		{ name: "lists in the store and in data.json", undo: { at: "x", created: [{ path: "a.md", hash: "h" }], updated: [], texts: "r", listsInStore: true } },
		{ name: "renames without lists in the store", undo: { at: "x", created: [], updated: [], renamed: [["a.md", "b.md"]] } },
		{ name: "a rename without its new path", undo: { at: "x", created: [], updated: [], texts: "r", listsInStore: true, renamed: [["a.md"]] } },
	];
	for (const { name, undo: bad } of broken) {
		it(`drops an undo record with ${name}`, () => {
			expect(splitPluginData({ undo: bad }).state).toEqual({});
		});
	}

	it("never keeps autoProcess in data.json (it is per device)", () => {
		const { settings, state } = splitPluginData({ autoProcess: true });
		expect(state.other).toBeUndefined();
		expect(joinPluginData(settings, { other: { autoProcess: true } })).not.toHaveProperty("autoProcess");
	});

	it("keeps autoProcess in the app's local storage, per device", () => {
		const laptop = createFakeApp();
		const phone = createFakeApp();
		expect(loadAutoProcess(laptop)).toBe(false);
		saveAutoProcess(laptop, true);
		expect([loadAutoProcess(laptop), loadAutoProcess(phone)]).toEqual([true, false]);
		expect(laptop.fakeLocalStorage.get(AUTO_PROCESS_KEY)).toBe("true");
		expect(laptop.vault.adapter.files.size).toBe(0);
	});
});

describe("mergeLedgers", () => {
	it.each<{ name: string; a: Record<string, MeetingRecord>; b: Record<string, MeetingRecord>; after: Record<string, MeetingRecord> }>([
		{ name: "union of meetings", a: { "a.md": record(1) }, b: { "b.md": record(2) }, after: { "a.md": record(1), "b.md": record(2) } },
		{ name: "the newer note's record wins (b newer)", a: { "m.md": record(1) }, b: { "m.md": record(2) }, after: { "m.md": record(2) } },
		{ name: "the newer note's record wins (a newer)", a: { "m.md": record(3) }, b: { "m.md": record(2) }, after: { "m.md": record(3) } },
		{ name: "a tie keeps a's", a: { "m.md": record(2, "mine") }, b: { "m.md": record(2, "theirs") }, after: { "m.md": record(2, "mine") } },
		{ name: "both empty", a: {}, b: {}, after: {} },
	])("$name", ({ a, b, after }) => {
		expect(mergeLedgers(ledger(a), ledger(b))).toEqual(ledger(after));
	});

	it("keeps the notes known not to be meetings from both sides, the newer stat winning", () => {
		const a = { ...ledger({}), notMeetings: { "People/A.md": [5, 10] as [number, number], "People/B.md": [1, 10] as [number, number] } };
		const b = { ...ledger({}), notMeetings: { "People/B.md": [2, 12] as [number, number], "People/C.md": [3, 9] as [number, number] } };
		expect(mergeLedgers(a, b).notMeetings).toEqual({ "People/A.md": [5, 10], "People/B.md": [2, 12], "People/C.md": [3, 9] });
	});

	it("changes neither input", () => {
		const a = ledger({ "m.md": record(1) });
		mergeLedgers(a, ledger({ "m.md": record(2), "n.md": record(1) }));
		expect(a).toEqual(ledger({ "m.md": record(1) }));
	});
});

describe("splitList", () => {
	it.each([
		{ name: "commas", before: "a, b,c", after: ["a", "b", "c"] },
		{ name: "empty items dropped", before: " , a,, ", after: ["a"] },
		{ name: "empty text", before: "", after: [] },
		{ name: "a comma inside a /pattern/ does not split", before: "Otter.ai, /a,b/i, Zoom", after: ["Otter.ai", "/a,b/i", "Zoom"] },
		{ name: "an escaped slash stays inside the pattern", before: "/x\\/,y/, z", after: ["/x\\/,y/", "z"] },
		{ name: "a slash inside a name is no pattern", before: "type/people, needs-review", after: ["type/people", "needs-review"] },
	])("$name", ({ before, after }) => {
		expect(splitList(before)).toEqual(after);
	});
});

describe("ignoreNameProblem", () => {
	it.each([
		{ name: "a plain name", entry: "Otter.ai", problem: null },
		{ name: "a pattern with flags", entry: "/zoom room/i", problem: null },
		{ name: "a pattern that does not compile", entry: "/zoom(/i", problem: /"\/zoom\(\/i" is not a valid pattern: .+/ },
		{ name: "bad flags", entry: "/x/q", problem: /is not a valid pattern/ },
		{ name: "no closing slash", entry: "/notetaker", problem: /starts with \/ but is not a \/pattern\// },
	])("$name", ({ entry, problem }) => {
		const found = ignoreNameProblem(entry);
		if (problem === null) expect(found).toBeNull();
		else expect(found).toMatch(problem);
	});
});
