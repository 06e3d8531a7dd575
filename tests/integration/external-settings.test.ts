// SPEC section 4: when data.json changes on disk (Sync, the command line),
// the plugin reloads it and merges the ledger with its own.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import MeetingCrmPlugin from "../../src/main";
import { changePluginDataExternally, commandIds, createFakeApp, loadPlugin, noticeTexts, pluginDataPath, readPluginData, settle, statusBarTexts } from "../fake-app";
import { nextMacrotask } from "../fake-app/async";
import { command, fixToday, idle, OWNER, SEED_MEETING, SEED_PATH, start, taskLines } from "./helpers";
import type { Started } from "./helpers";
import { contentHash } from "../../src/core/sync/content-hash";

const OTHER_PATH = "Meetings/2025-10-01 Sync.md";
const OTHER = "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee, Jason Vallery]\n---\n# Sync\n\n- [ ] Send the deck @Myself\n";
const VAULT = { [SEED_PATH]: SEED_MEETING, [OTHER_PATH]: OTHER };

interface Data {
	ledger: { version: 2; meetings: Record<string, { hash: string; mtime: number; size: number; written: object }> };
	[key: string]: unknown;
}

beforeEach(fixToday);
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/** data.json as the command line leaves it after processing OTHER_PATH on its own. */
function cliData(started: Started, settings: Record<string, unknown> = { yourName: OWNER }): Data {
	const stat = started.app.vault.getFileByPath(OTHER_PATH)?.stat;
	if (!stat) throw new Error("no stat");
	// As the command line saves it (src/core/sync/ledger-store.ts).
	const record = { hash: "from-the-command-line", mtime: stat.mtime, size: stat.size, written: { "People/Ann Lee.md": "k3v9x0qa|0b1c2d3e" } };
	return { ...settings, ledger: { version: 2, meetings: { [OTHER_PATH]: record } } };
}

describe("data.json changed on disk", () => {
	it("merges the command line's ledger entries with the plugin's, instead of overwriting either", async () => {
		const started = await start(VAULT);
		started.app.workspace.fakeOpenFile(SEED_PATH);
		await command(started, "process-current-note");
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		const external = cliData(started);
		await changePluginDataExternally(started.app, started.plugin, external);
		await idle(started);
		expect(statusBarTexts(started.app)).toEqual([""]);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[1]).toBe("No new meeting notes.");
		const saved = readPluginData(started.app) as Data;
		expect(Object.keys(saved.ledger.meetings).sort()).toEqual([SEED_PATH, OTHER_PATH]);
		expect(saved.ledger.meetings[OTHER_PATH]).toEqual(external.ledger.meetings[OTHER_PATH]);
	});

	it("takes the settings from disk", async () => {
		const started = await start(VAULT);
		await changePluginDataExternally(started.app, started.plugin, { yourName: OWNER, mentionStyle: "at-name" });
		started.app.workspace.fakeOpenFile(OTHER_PATH);
		await command(started, "fix-task-lines-current-note");
		expect(taskLines(started.app.vault.fakeText(OTHER_PATH) ?? "")).toEqual(["- [ ] Send the deck @Jason Vallery"]);
	});

	it("an undo record from the command line's last run replaces the plugin's older one", async () => {
		const started = await start(VAULT);
		started.app.workspace.fakeOpenFile(SEED_PATH);
		await command(started, "fix-task-lines-current-note");
		const fixed = started.app.vault.fakeText(SEED_PATH);
		const otherBefore = OTHER;
		started.app.vault.fakeUserEdit(OTHER_PATH, `${OTHER}more\n`);
		const undo = { at: "2026-01-03", created: [], updated: [{ path: OTHER_PATH, before: otherBefore, afterHash: contentHash(`${OTHER}more\n`) }], ledgerBefore: { version: 1, meetings: {} } };
		await changePluginDataExternally(started.app, started.plugin, { ...(readPluginData(started.app) as object), undo });
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(OTHER_PATH)).toBe(OTHER);
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(fixed);
	});

	it("a change that arrives while a run is busy is not lost when the run saves its ledger", async () => {
		const started = await start(VAULT);
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		let blocked = false;
		const realCreate = started.app.vault.create.bind(started.app.vault);
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			if (!blocked) {
				blocked = true;
				await gate;
			}
			return realCreate(path, text);
		});
		started.app.workspace.fakeOpenFile(SEED_PATH);
		const running = command(started, "process-current-note");
		for (let i = 0; i < 200 && !blocked; i++) await nextMacrotask();
		expect(blocked).toBe(true);
		const external = cliData(started);
		await changePluginDataExternally(started.app, started.plugin, external);
		release();
		await running;
		const saved = readPluginData(started.app) as Data;
		expect(Object.keys(saved.ledger.meetings).sort()).toEqual([SEED_PATH, OTHER_PATH]);
		expect(saved.ledger.meetings[OTHER_PATH]).toEqual(external.ledger.meetings[OTHER_PATH]);
		expect(statusBarTexts(started.app)).toEqual([""]);
	});
});

describe("a data.json that does not parse", () => {
	it("at start-up: the plugin still loads with the defaults, says so, and leaves the file alone", async () => {
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const app = createFakeApp(VAULT);
		app.vault.adapter.files.set(pluginDataPath(app), "{\"yourName\": \"Jason Vallery\",");
		const plugin = await loadPlugin(app, MeetingCrmPlugin);
		app.fakeLayoutReady();
		await settle();
		expect(commandIds(app)).toHaveLength(9);
		expect(noticeTexts()).toHaveLength(1);
		expect(noticeTexts()[0]).toMatch(/^Meeting CRM could not read its settings file, so it uses the default settings: /);
		await command({ app, plugin }, "process-new-meeting-notes");
		expect(noticeTexts()[1]).toMatch(/^Set your name/);
		expect(app.vault.adapter.files.get(pluginDataPath(app))).toBe("{\"yourName\": \"Jason Vallery\",");
		expect(logged).toHaveBeenCalledTimes(1);
	});

	it("half-written by Sync: the plugin keeps the settings and ledger it has", async () => {
		const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const started = await start(VAULT);
		await command(started, "process-new-meeting-notes");
		started.app.vault.adapter.files.set(pluginDataPath(started.app), "{\"yourName\": ");
		await started.plugin.onExternalSettingsChange();
		expect(started.plugin.settings.yourName).toBe(OWNER);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[1]).toBe("No new meeting notes.");
		expect(logged).toHaveBeenCalledTimes(1);
	});
});
