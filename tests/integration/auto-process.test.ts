// SPEC section 4: automatic processing, kept per device. It reacts to meeting
// notes created or changed after the layout is ready (not to the start-up
// flood), waits for a note to settle, never runs twice at once, reports in
// the status bar and shows a notice only when something was skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PluginSettingTab } from "obsidian";
import { RunController } from "../../src/plugin/run-controller";
import { AUTO_PROCESS_KEY } from "../../src/settings";
import { asFake, findSetting, noticeTexts, readPluginData, settle, statusBarTexts, unloadPlugin } from "../fake-app";
import { nextMacrotask } from "../fake-app/async";
import type { FakeApp } from "../fake-app";
import { OWNER, SEED_MEETING, SEED_PATH, start, TODAY } from "./helpers";
import type { Started } from "./helpers";

const SETTLE_MS = 3000;
const MEETING = (day: string, who: string) => `---\ntype: meeting\ndate: 2025-10-${day}\nattendees: [${who}, Jason Vallery]\n---\n# Sync\n\n## Summary\n\nWe met.\n`;
const CREATED = { "Meetings/Index.md": "# Meetings\n" };

let runs: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
	vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
	runs = vi.spyOn(RunController.prototype, "process");
});
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

/** Lets time pass, with the fake's background work (metadata cache, runs) done in between. */
async function wait(started: Started, ms: number): Promise<void> {
	await settle();
	await vi.advanceTimersByTimeAsync(ms);
	await settle();
	await started.plugin.whenIdle();
	await settle();
}

/** Waits (in real time; fake time stands still) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
	for (let i = 0; i < 200 && !condition(); i++) await nextMacrotask();
	expect(condition()).toBe(true);
}

function enableAuto(app: FakeApp): void {
	app.fakeLocalStorage.set(AUTO_PROCESS_KEY, "true");
}

function autoToggle({ app }: Started): () => void {
	const tab = (app.fakeHost.settingTabs as PluginSettingTab[])[0];
	tab.display();
	const toggle = findSetting(asFake(tab.containerEl), "Process automatically").find(".checkbox-container");
	if (!toggle) throw new Error("no toggle");
	return () => toggle.click();
}

async function create(started: Started, path: string, text: string): Promise<void> {
	await started.app.vault.create(path, text);
}

describe("automatic processing", () => {
	it("is switched on in the settings tab per device (local storage), never in data.json", async () => {
		const started = await start(CREATED);
		const click = autoToggle(started);
		click();
		await settle();
		expect(started.app.loadLocalStorage(AUTO_PROCESS_KEY)).toBe(true);
		expect(readPluginData(started.app)).toEqual({ yourName: OWNER });
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await wait(started, SETTLE_MS);
		expect(started.app.vault.fakeText("People/Ann Lee.md")).not.toBeNull();
		expect(readPluginData(started.app)).not.toHaveProperty("autoProcess");
	});

	it("does not run for the flood of create events at start-up", async () => {
		const started = await start({ [SEED_PATH]: SEED_MEETING }, { yourName: OWNER }, { layoutReady: false });
		enableAuto(started.app);
		started.app.fakeLayoutReady();
		await wait(started, 60_000);
		expect(runs).not.toHaveBeenCalled();
		expect(Object.keys(started.app.vault.fakeSnapshot())).toEqual([SEED_PATH]);
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
	});

	it("runs once, quietly, after a new meeting note settles; the status bar tells what it did", async () => {
		const app = await start(CREATED, { yourName: OWNER }, { layoutReady: false });
		enableAuto(app.app);
		app.app.fakeLayoutReady();
		await settle();
		// With a task line to fix: the run writes the meeting note too.
		await create(app, "Meetings/2025-10-01 Sync.md", `${MEETING("01", "Ann Lee")}\n- [ ] Send the deck @Myself\n`);
		await wait(app, SETTLE_MS - 1);
		expect(runs).not.toHaveBeenCalled();
		await wait(app, 1);
		expect(runs).toHaveBeenCalledTimes(1);
		expect(app.app.vault.fakeText("People/Ann Lee.md")).not.toBeNull();
		expect(noticeTexts()).toEqual([]);
		const status = "Meeting CRM: 1 meeting note: 1 person created, 0 updated, task lines fixed in 1 note";
		expect(statusBarTexts(app.app)).toEqual([status]);
		expect(app.app.vault.fakeText("Meetings/2025-10-01 Sync.md")).toContain("- [ ] Send the deck @JasonVallery\n");
		// Its own writes do not set off another run.
		await wait(app, 60_000);
		expect(runs).toHaveBeenCalledTimes(1);
		expect(statusBarTexts(app.app)).toEqual([status]);
	});

	it("two quick changes make one run", async () => {
		const started = await start(CREATED);
		enableAuto(started.app);
		autoToggle(started)();
		autoToggle(started)();
		await settle();
		expect(started.app.loadLocalStorage(AUTO_PROCESS_KEY)).toBe(true);
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await wait(started, 1000);
		started.app.vault.fakeUserEdit("Meetings/2025-10-01 Sync.md", MEETING("01", "Bob Stone"));
		await wait(started, 1000);
		await create(started, "Meetings/2025-10-02 Sync.md", MEETING("02", "Cy Young"));
		await wait(started, SETTLE_MS);
		expect(runs).toHaveBeenCalledTimes(1);
		expect(Object.keys(started.app.vault.fakeSnapshot()).filter((path) => path.startsWith("People/"))).toEqual(["People/Bob Stone.md", "People/Cy Young.md"]);
		await wait(started, 60_000);
		expect(runs).toHaveBeenCalledTimes(1);
	});

	it("a change during a run makes exactly one more run afterwards, never two at once", async () => {
		const started = await start(CREATED);
		enableAuto(started.app);
		autoToggle(started)();
		autoToggle(started)();
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		const realCreate = started.app.vault.create.bind(started.app.vault);
		let blocked = false;
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			if (path.startsWith("People/") && !blocked) {
				blocked = true;
				await gate;
			}
			return realCreate(path, text);
		});
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await settle();
		await vi.advanceTimersByTimeAsync(SETTLE_MS);
		await until(() => blocked);
		expect(runs).toHaveBeenCalledTimes(1);
		// The first run is stuck on its first write; two more notes arrive.
		await create(started, "Meetings/2025-10-02 Sync.md", MEETING("02", "Bob Stone"));
		await settle();
		await vi.advanceTimersByTimeAsync(SETTLE_MS);
		await create(started, "Meetings/2025-10-03 Sync.md", MEETING("03", "Cy Young"));
		await settle();
		await vi.advanceTimersByTimeAsync(SETTLE_MS);
		await settle();
		expect(runs).toHaveBeenCalledTimes(1);
		expect(noticeTexts()).toEqual([]);
		release();
		await wait(started, 0);
		await wait(started, 60_000);
		expect(runs).toHaveBeenCalledTimes(2);
		expect(Object.keys(started.app.vault.fakeSnapshot()).filter((path) => path.startsWith("People/"))).toEqual([
			"People/Ann Lee.md", "People/Bob Stone.md", "People/Cy Young.md",
		]);
		expect(noticeTexts()).toEqual([]);
	});

	it("waits for a run the user started instead of refusing with a notice", async () => {
		const started = await start({ ...CREATED, [SEED_PATH]: SEED_MEETING });
		enableAuto(started.app);
		autoToggle(started)();
		autoToggle(started)();
		let release: () => void = () => undefined;
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		const realCreate = started.app.vault.create.bind(started.app.vault);
		let blocked = false;
		vi.spyOn(started.app.vault, "create").mockImplementation(async (path, text) => {
			if (path === "People/Jai Menon.md" && !blocked) {
				blocked = true;
				await gate;
			}
			return realCreate(path, text);
		});
		const manual: unknown = started.app.fakeHost.commands.get("meeting-crm:process-new-meeting-notes")?.callback?.();
		await until(() => blocked);
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await settle();
		await vi.advanceTimersByTimeAsync(SETTLE_MS);
		await settle();
		release();
		// The run yields to the event loop on fake timers: let them run.
		await wait(started, 0);
		await manual;
		await wait(started, SETTLE_MS);
		expect(noticeTexts()).toEqual(["1 meeting note: 5 people created, 0 updated, task lines fixed in 1 note"]);
		expect(started.app.vault.fakeText("People/Ann Lee.md")).not.toBeNull();
		expect(runs).toHaveBeenCalledTimes(2);
	});

	it("shows a notice when something was skipped", async () => {
		const started = await start(CREATED);
		enableAuto(started.app);
		autoToggle(started)();
		autoToggle(started)();
		await create(started, "Meetings/Standup.md", "---\nsource: transcript\nparticipants: [Ann Lee]\n---\n# Standup\n");
		await wait(started, SETTLE_MS);
		expect(noticeTexts()).toEqual(["0 meeting notes: 0 people created, 0 updated, 1 skipped — see report"]);
	});

	it("turning it off stops it, a pending run included", async () => {
		const started = await start(CREATED);
		const click = autoToggle(started);
		click();
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await wait(started, 1000);
		click();
		await settle();
		expect(started.app.loadLocalStorage(AUTO_PROCESS_KEY)).toBe(false);
		await wait(started, 60_000);
		await create(started, "Meetings/2025-10-02 Sync.md", MEETING("02", "Bob Stone"));
		await wait(started, 60_000);
		expect(runs).not.toHaveBeenCalled();
		expect(statusBarTexts(started.app)).toEqual(["2 new meeting notes"]);
	});

	it("unloading the plugin unregisters its listeners and timers", async () => {
		const started = await start(CREATED, { yourName: OWNER }, { layoutReady: false });
		const vault = started.app.vault;
		const events = ["create", "modify", "rename", "delete"];
		enableAuto(started.app);
		started.app.fakeLayoutReady();
		await settle();
		const before = events.map((name) => vault.listenerCount(name));
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await settle();
		unloadPlugin(started.plugin);
		expect(events.map((name) => vault.listenerCount(name))).toEqual(before.map((count) => count - 1));
		expect(vi.getTimerCount()).toBe(0);
		await create(started, "Meetings/2025-10-02 Sync.md", MEETING("02", "Bob Stone"));
		await wait(started, 60_000);
		expect(runs).not.toHaveBeenCalled();
	});

	it("a plugin unloaded before the layout is ready never starts listening", async () => {
		const started = await start(CREATED, { yourName: OWNER }, { layoutReady: false });
		enableAuto(started.app);
		const vault = started.app.vault;
		const before = ["create", "modify", "rename", "delete"].map((name) => vault.listenerCount(name));
		unloadPlugin(started.plugin);
		started.app.fakeLayoutReady();
		await settle();
		expect(["create", "modify", "rename", "delete"].map((name) => vault.listenerCount(name))).toEqual(before);
		await create(started, "Meetings/2025-10-01 Sync.md", MEETING("01", "Ann Lee"));
		await wait(started, 60_000);
		expect(runs).not.toHaveBeenCalled();
	});
});
