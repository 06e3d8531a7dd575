import * as fs from "node:fs/promises";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DataFileError, dataFilePath, loadPluginData, savePluginState } from "../../src/cli/data-file";
import { normalizeSettings } from "../../src/cli/settings-normalize";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { Ledger } from "../../src/core/sync/ledger";
import { ledgerForStorage } from "../../src/core/sync/ledger-store";
import type { UndoRecord } from "../../src/core/sync/run-types";
import { allFiles, tempVault, writeIn } from "./temp-vault";

const DATA = ".obsidian/plugins/meeting-crm/data.json";

const ledgerOf = (...paths: string[]): Ledger => ({
	version: 1,
	meetings: Object.fromEntries(paths.map((p) => [p, { hash: `h-${p}`, mtime: 1, size: 2, written: {} }])),
});
const undoOf = (at: string): UndoRecord => ({ at, created: [{ path: "People/A.md", hash: "h:1" }], updated: [], ledgerBefore: ledgerOf() });
/** What data.json holds of a ledger and an undo record (ledger-store.ts). */
const storedLedgerOf = (...paths: string[]) => ledgerForStorage(ledgerOf(...paths));
const storedUndo = (undo: UndoRecord) => ({ ...undo, ledgerBefore: ledgerForStorage(undo.ledgerBefore) });

describe("loadPluginData", () => {
	it("gives the defaults when data.json is missing", async () => {
		const root = await tempVault();
		const data = await loadPluginData(root);
		expect(data.exists).toBe(false);
		expect(data.path).toBe(path.join(root, DATA));
		expect(data.settings).toEqual(DEFAULT_SETTINGS);
		expect(data.ledger).toEqual({ version: 1, meetings: {} });
		expect(data.undo).toBeNull();
		expect(data.warnings).toEqual([]);
	});

	it("splits settings, state and unknown keys", async () => {
		const undo = undoOf("2025-10-01");
		const root = await tempVault({
			[DATA]: JSON.stringify({ yourName: "Jason Vallery", peopleFolder: "CRM/People", ledger: ledgerOf("M.md"), undo, futureKey: { nested: [1, "two"] } }),
		});
		const data = await loadPluginData(root);
		expect(data.exists).toBe(true);
		expect(data.settings).toEqual({ ...DEFAULT_SETTINGS, yourName: "Jason Vallery", peopleFolder: "CRM/People" });
		expect(data.ledger).toEqual(ledgerOf("M.md"));
		expect(data.undo).toEqual(undo);
		expect(data.other).toEqual({ futureKey: { nested: [1, "two"] } });
	});

	const broken = [
		{ name: "invalid JSON", text: "{ \"yourName\": \"Jason\", }", error: /is not valid JSON/ },
		{ name: "an array", text: "[]", error: /must hold a JSON object/ },
		{ name: "a string", text: "\"x\"", error: /must hold a JSON object/ },
		{ name: "a newer ledger", text: "{\"ledger\":{\"version\":4,\"meetings\":{}}}", error: /version 4, newer/ },
	];
	it.each(broken)("is an error for $name, and leaves the file untouched", async ({ text, error }) => {
		const root = await tempVault({ [DATA]: text });
		await expect(loadPluginData(root)).rejects.toThrow(DataFileError);
		await expect(loadPluginData(root)).rejects.toThrow(error);
		expect(await fs.readFile(path.join(root, DATA), "utf8")).toBe(text);
		expect(await allFiles(root)).toEqual([DATA]);
	});

	it("reads a file with a BOM, and an empty file as defaults", async () => {
		const withBom = await loadPluginData(await tempVault({ [DATA]: "\uFEFF{\"yourName\":\"Jason\"}" }));
		expect(withBom.settings.yourName).toBe("Jason");
		const empty = await loadPluginData(await tempVault({ [DATA]: "  \n" }));
		expect(empty.settings).toEqual(DEFAULT_SETTINGS);
	});

	it("warns about a ledger that is not one and starts from an empty ledger", async () => {
		const data = await loadPluginData(await tempVault({ [DATA]: "{\"ledger\":[1,2]}" }));
		expect(data.ledger).toEqual({ version: 1, meetings: {} });
		expect(data.warnings).toEqual([`"ledger" in ${data.path} is not a ledger; every meeting note counts as new.`]);
	});

	it("ignores an undo record that is not one", async () => {
		const data = await loadPluginData(await tempVault({ [DATA]: "{\"undo\":{\"at\":5}}" }));
		expect(data.undo).toBeNull();
	});
});

describe("normalizeSettings", () => {
	const cases = [
		{ name: "missing keys take defaults", raw: {}, changed: {}, warnings: [] },
		{ name: "valid values kept", raw: { meetingFolders: ["Meetings"], mentionStyle: "wikilink", fixTaskLinesWhileProcessing: false }, changed: { meetingFolders: ["Meetings"], mentionStyle: "wikilink", fixTaskLinesWhileProcessing: false }, warnings: [] },
		{ name: "a string for a list", raw: { meetingFolders: "Meetings" }, changed: {}, warnings: ["Setting \"meetingFolders\" should be a list of text values; using the default, []."] },
		{ name: "a list with a number", raw: { yourAliases: ["JV", 3] }, changed: { yourAliases: ["JV"] }, warnings: ["Setting \"yourAliases\" should hold only text values; the others were left out."] },
		{ name: "folders cleaned as the plugin cleans them", raw: { peopleFolder: "/Contacts/People/" }, changed: { peopleFolder: "Contacts/People" }, warnings: [] },
		{ name: "a number for text", raw: { peopleFolder: 5 }, changed: {}, warnings: ["Setting \"peopleFolder\" should be text; using the default, \"People\"."] },
		{ name: "null for text", raw: { yourName: null }, changed: {}, warnings: ["Setting \"yourName\" should be text; using the default, \"\"."] },
		{ name: "a string for a flag", raw: { wholeNoteMojibakeRepair: "yes" }, changed: {}, warnings: ["Setting \"wholeNoteMojibakeRepair\" should be true or false; using the default, false."] },
		{ name: "an unknown mention style", raw: { mentionStyle: "camel" }, changed: {}, warnings: ["Setting \"mentionStyle\" should be one of \"at-camel\", \"wikilink\", \"at-name\"; using the default, \"at-camel\"."] },
		{ name: "an unknown attribution", raw: { factAttribution: 1 }, changed: {}, warnings: ["Setting \"factAttribution\" should be one of \"named\", \"all\"; using the default, \"named\"."] },
		{ name: "unknown keys are not settings", raw: { autoProcess: true, ledger: {} }, changed: {}, warnings: [] },
	];
	it.each(cases)("$name", ({ raw, changed, warnings }) => {
		const result = normalizeSettings(raw);
		expect(result.settings).toEqual({ ...DEFAULT_SETTINGS, ...changed });
		expect(result.warnings).toEqual(warnings);
	});

	it("copies lists, so changing the settings never changes the defaults or the file's object", () => {
		const raw = { meetingFolders: ["Meetings"] };
		const { settings } = normalizeSettings(raw);
		settings.meetingFolders.push("Other");
		settings.personTypes.push("contact");
		expect(raw.meetingFolders).toEqual(["Meetings"]);
		expect(DEFAULT_SETTINGS.personTypes).toEqual(["people", "person"]);
	});
});

describe("savePluginState", () => {
	it("changes only ledger and undo, keeping the user's settings (even invalid ones) and unknown keys as they were", async () => {
		const original = {
			yourName: "Jason Vallery",
			mentionStyle: "not-a-style",
			futureKey: { nested: [1, "two", null], flag: false },
			ledger: ledgerOf("Old.md"),
			undo: undoOf("2025-09-01"),
			zLast: "kept in place",
		};
		const root = await tempVault({ [DATA]: JSON.stringify(original) });
		const data = await loadPluginData(root);
		expect(data.settings.mentionStyle).toBe("at-camel");
		const undo = undoOf("2025-10-01");
		await savePluginState(data, { ledger: ledgerOf("Old.md", "New.md"), undo });
		const text = await fs.readFile(dataFilePath(root), "utf8");
		expect(JSON.parse(text)).toEqual({ ...original, ledger: storedLedgerOf("Old.md", "New.md"), undo: storedUndo(undo) });
		expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(original));
		expect(text).toBe(JSON.stringify({ ...original, ledger: storedLedgerOf("Old.md", "New.md"), undo: storedUndo(undo) }, null, 2));
		expect(await allFiles(root)).toEqual([DATA]);
	});

	it("keeps the previous undo record when there is no new one", async () => {
		const root = await tempVault({ [DATA]: JSON.stringify({ yourName: "J", undo: undoOf("2025-09-01") }) });
		const data = await loadPluginData(root);
		await savePluginState(data, { ledger: ledgerOf("A.md"), undo: null });
		expect(JSON.parse(await fs.readFile(dataFilePath(root), "utf8"))).toEqual({ yourName: "J", undo: undoOf("2025-09-01"), ledger: storedLedgerOf("A.md") });
	});

	it("creates data.json and its folders when missing", async () => {
		const root = await tempVault();
		const data = await loadPluginData(root);
		await savePluginState(data, { ledger: ledgerOf("A.md"), undo: null });
		expect(JSON.parse(await fs.readFile(dataFilePath(root), "utf8"))).toEqual({ ledger: storedLedgerOf("A.md") });
	});

	it("keeps what another writer changed since loading, and meetings its ledger gained", async () => {
		const root = await tempVault({ [DATA]: JSON.stringify({ yourName: "J", ledger: ledgerOf("Known.md", "Dropped.md") }) });
		const data = await loadPluginData(root);
		// The plugin, through Sync, saves while the command line runs.
		await writeIn(root, DATA, JSON.stringify({ yourName: "J", peopleFolder: "Contacts", ledger: ledgerOf("Known.md", "Dropped.md", "FromPlugin.md") }));
		await savePluginState(data, { ledger: ledgerOf("Known.md", "Mine.md"), undo: null });
		const saved = JSON.parse(await fs.readFile(dataFilePath(root), "utf8")) as { peopleFolder: string; ledger: Ledger };
		expect(saved.peopleFolder).toBe("Contacts");
		expect(Object.keys(saved.ledger.meetings).sort()).toEqual(["FromPlugin.md", "Known.md", "Mine.md"]);
	});

	it("refuses to write over a file that became invalid JSON meanwhile", async () => {
		const root = await tempVault({ [DATA]: "{}" });
		const data = await loadPluginData(root);
		await writeIn(root, DATA, "{broken");
		await expect(savePluginState(data, { ledger: ledgerOf("A.md"), undo: null })).rejects.toThrow(DataFileError);
		expect(await fs.readFile(dataFilePath(root), "utf8")).toBe("{broken");
	});
});
