// The settings tab of the real plugin: what the user changes there is saved
// in data.json and used by the next run; a folder that does not exist is
// shown as an error and not saved.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PluginSettingTab } from "obsidian";
import { asFake, findSetting, noticeTexts, readPluginData, selectOption, settle, statusBarTexts, typeText } from "../fake-app";
import type { FakeElement } from "../fake-app";
import { command, fixToday, OWNER, PEOPLE, SEED_MEETING, SEED_PATH, start, taskLines } from "./helpers";
import type { Started } from "./helpers";

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

/** Opens the plugin's tab as Obsidian does (display()) and returns its root. */
function openTab({ app }: Started): FakeElement {
	const tabs = app.fakeHost.settingTabs as PluginSettingTab[];
	expect(tabs).toHaveLength(1);
	tabs[0].display();
	return asFake(tabs[0].containerEl);
}

function input(root: FakeElement, name: string): FakeElement {
	const el = findSetting(root, name).find("input");
	if (!el) throw new Error(`no input in "${name}"`);
	return el;
}

function data(started: Started): Record<string, unknown> {
	return readPluginData(started.app) as Record<string, unknown>;
}

const VAULT = { [SEED_PATH]: SEED_MEETING, "Contacts/Index.md": "# Contacts\n" };

describe("settings tab", () => {
	it("a people folder chosen in the tab is saved and used by the next run", async () => {
		const started = await start(VAULT);
		const root = openTab(started);
		typeText(input(root, "People folder"), "Contacts");
		await settle();
		expect(data(started).peopleFolder).toBe("Contacts");
		await command(started, "process-new-meeting-notes");
		const paths = Object.keys(started.app.vault.fakeSnapshot());
		expect(paths).toEqual(["Contacts/Index.md", ...PEOPLE.map((name) => `Contacts/${name}.md`), SEED_PATH]);
	});

	it("a folder that does not exist shows an error and is not saved", async () => {
		const started = await start(VAULT, { yourName: OWNER, peopleFolder: "Contacts" });
		const root = openTab(started);
		typeText(input(root, "People folder"), "Nowhere");
		await settle();
		expect(findSetting(root, "People folder").find(".meeting-crm-setting-error")?.getText()).toMatch(/There is no folder "Nowhere"/);
		expect(readPluginData(started.app)).toEqual({ yourName: OWNER, peopleFolder: "Contacts" });
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.getFolderByPath("Nowhere")).toBeNull();
		expect(started.app.vault.fakeText("Contacts/Jai Menon.md")).not.toBeNull();
	});

	it("the mention style chosen in the tab is used when task lines are fixed", async () => {
		const started = await start();
		const root = openTab(started);
		const select = findSetting(root, "Mention style").find("select");
		if (!select) throw new Error("no select");
		selectOption(select, "wikilink");
		await settle();
		expect(data(started).mentionStyle).toBe("wikilink");
		await command(started, "process-new-meeting-notes");
		const owners = taskLines(started.app.vault.fakeText(SEED_PATH) ?? "").map((line) => /(\[\[[^\]]+\]\]) 📅/.exec(line)?.[1]);
		expect(owners).toEqual(["[[Jai Menon]]", "[[Jason Vallery]]", "[[Manish Sah]]", "[[Jason Vallery]]"]);
		const jai = started.app.vault.fakeText("People/Jai Menon.md") ?? "";
		expect(jai).toContain("contains(text, \"[[Jai Menon]]\")");
	});

	it("typing your name in the tab lifts the refusal", async () => {
		const started = await start(undefined, null);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[0]).toMatch(/^Set your name/);
		typeText(input(openTab(started), "Your name"), "Jason Vallery ");
		await settle();
		expect(data(started).yourName).toBe(OWNER);
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()[1]).toBe("1 meeting note: 5 people created, 0 updated, task lines fixed in 1 note");
		expect(started.app.vault.fakeText(`People/${OWNER}.md`)).toBeNull();
	});

	it("turning off fixing task lines while processing leaves the meeting note as it was", async () => {
		const started = await start();
		findSetting(openTab(started), "Fix task lines while processing").find(".checkbox-container")?.click();
		await settle();
		expect(data(started).fixTaskLinesWhileProcessing).toBe(false);
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(SEED_MEETING);
		expect(noticeTexts()).toEqual(["1 meeting note: 5 people created, 0 updated"]);
	});

	it("meeting folders limit what a run reads", async () => {
		const other = "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee, Jason Vallery]\n---\n# Sync\n";
		const started = await start({ [SEED_PATH]: SEED_MEETING, "Archive/2025-10-01 Sync.md": other });
		expect(statusBarTexts(started.app)).toEqual(["2 new meeting notes"]);
		const root = openTab(started);
		typeText(input(root, "Meeting folders"), "Archive");
		findSetting(root, "Meeting folders").find("button")?.click();
		await settle();
		expect(data(started).meetingFolders).toEqual(["Archive"]);
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		await command(started, "process-new-meeting-notes");
		expect(Object.keys(started.app.vault.fakeSnapshot())).toEqual(["Archive/2025-10-01 Sync.md", SEED_PATH, "People/Ann Lee.md"]);
	});

	it("a person template chosen in the tab makes the new person notes, and is never read as a meeting", async () => {
		const template = "---\ntype: person\nsource: transcript\nparticipants: [Tem Plate]\n---\n# {{name}}\n\nMet in {{title}} on {{date}}.\n\n## Key Facts\n";
		const started = await start({ [SEED_PATH]: SEED_MEETING, "Templates/Person.md": template });
		const root = openTab(started);
		typeText(input(root, "Person template"), "Templates/Person");
		await settle();
		expect(data(started).personTemplate).toBe("Templates/Person.md");
		await command(started, "process-new-meeting-notes");
		const pete = started.app.vault.fakeText("People/Pete Emig.md") ?? "";
		expect(pete).toMatch(/^---\ntype: person\n[^]*# Pete Emig\n\nMet in 1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk on 2026-01-03\.\n/);
		expect(pete).toContain("met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])");
		expect(started.app.vault.fakeText("People/Tem Plate.md")).toBeNull();
		expect(started.app.vault.fakeText("Templates/Person.md")).toBe(template);
	});
});
