import { describe, expect, it } from "vitest";
import { Plugin } from "obsidian";
import { normalizeSettings } from "../../src/settings";
import type { CrmSettings } from "../../src/settings";
import { ERROR_CLASS, MeetingCrmSettingTab } from "../../src/ui/settings-tab";
import { asFake, createFakeApp, FakeElement, findSetting, loadPlugin, pressKey, selectOption, settle, suggestFor, typeText } from "../fake-app";
import type { FakeApp } from "../fake-app";

class HostPlugin extends Plugin {
	settings: CrmSettings = normalizeSettings({});
	saved: CrmSettings[] = [];
	autoProcess: boolean[] = [];

	async saveSettings(): Promise<void> {
		this.saved.push(structuredClone(this.settings));
		return Promise.resolve();
	}

	onAutoProcessChange(on: boolean): void {
		this.autoProcess.push(on);
	}
}

const VAULT = {
	"Meetings/2025-09-30 1-1 with Jai.md": "",
	"Notes/Meetings/x.md": "",
	"People/Jai Menon.md": "",
	"Contacts/Pete.md": "",
	"Projects/Alpha.md": "",
	"Templates/Person.md": "# {{name}}",
	"Reports/.keep.md": "",
};

async function render(files: Record<string, string> = VAULT): Promise<{ app: FakeApp; host: HostPlugin; root: FakeElement }> {
	const app = createFakeApp(files);
	const host = await loadPlugin(app, HostPlugin);
	const tab = new MeetingCrmSettingTab(host);
	tab.display();
	return { app, host, root: asFake(tab.containerEl) };
}

function input(root: FakeElement, name: string): FakeElement {
	return findSetting(root, name).find("input")!;
}

function errorText(root: FakeElement, name: string): string | null {
	return findSetting(root, name).find(`.${ERROR_CLASS}`)?.getText() ?? null;
}

describe("settings tab", () => {
	it("shows every setting under sentence-case group headings", async () => {
		const { root } = await render();
		const headings = root.findAll(".setting-item-heading .setting-item-name").map((el) => el.getText());
		expect(headings).toEqual(["Meeting notes", "You", "People", "Task lines", "Runs"]);
		const names = root.findAll(".setting-item-name").map((el) => el.getText()).filter((name) => !headings.includes(name));
		expect(names).toEqual([
			"Meeting folders", "Source values", "Type values", "Participant properties", "Ignored names",
			"Your name", "Your aliases",
			"People folder", "Person template", "Person types", "Tags for new people", "Project folders", "Key facts go to",
			"Mention style", "Fix task lines while processing", "Repair garbled text in the whole note",
			"Process automatically", "Report folder",
		]);
		for (const name of [...headings, ...names]) expect(name).toMatch(/^[A-Z][^A-Z]*$/);
		for (const desc of root.findAll(".setting-item-description").map((el) => el.getText()).filter(Boolean)) {
			expect(desc).toMatch(/^[A-Z].*\.$/);
		}
		expect(root.findAll("h1, h2, h3")).toEqual([]);
	});

	it("shows the stored values", async () => {
		const app = createFakeApp(VAULT);
		const host = await loadPlugin(app, HostPlugin);
		host.settings = normalizeSettings({ peopleFolder: "Contacts", yourAliases: ["JV", "Jase"], mentionStyle: "wikilink", meetingFolders: ["Meetings"] });
		const tab = new MeetingCrmSettingTab(host);
		tab.display();
		const root = asFake(tab.containerEl);
		expect(input(root, "People folder").value).toBe("Contacts");
		expect(input(root, "Your aliases").value).toBe("JV, Jase");
		expect(findSetting(root, "Mention style").find("select")?.value).toBe("wikilink");
		expect(findSetting(root, "Meeting folders").findAll(".meeting-crm-folder-item").map((el) => el.getText())).toEqual(["Meetings"]);
		expect(findSetting(root, "Fix task lines while processing").find(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
	});

	it("saves a folder that exists", async () => {
		const { host, root } = await render();
		typeText(input(root, "People folder"), "/Contacts/");
		await settle();
		expect(host.settings.peopleFolder).toBe("Contacts");
		expect(host.saved.at(-1)?.peopleFolder).toBe("Contacts");
		expect(errorText(root, "People folder")).toBeNull();
	});

	it("shows a folder that does not exist as an error and does not save it", async () => {
		const { host, root } = await render();
		typeText(input(root, "People folder"), "Nope");
		await settle();
		expect(errorText(root, "People folder")).toBe("There is no folder \"Nope\" in this vault. Create it first, or pick one from the suggestions.");
		expect(host.settings.peopleFolder).toBe("People");
		expect(host.saved).toEqual([]);
		typeText(input(root, "People folder"), "Contacts/Pete.md");
		await settle();
		expect(errorText(root, "People folder")).toBe("\"Contacts/Pete.md\" is a file, not a folder.");
		typeText(input(root, "People folder"), "Contacts");
		await settle();
		expect(errorText(root, "People folder")).toBeNull();
		expect(host.saved.map((s) => s.peopleFolder)).toEqual(["Contacts"]);
	});

	it("an empty report folder means no report note", async () => {
		const { host, root } = await render();
		typeText(input(root, "Report folder"), "Reports");
		await settle();
		typeText(input(root, "Report folder"), "");
		await settle();
		expect(host.saved.map((s) => s.reportFolder)).toEqual(["Reports", ""]);
	});

	it("suggests folders as you type, and a pick is saved", async () => {
		const { host, root } = await render();
		const people = input(root, "People folder");
		typeText(people, "meet");
		await settle();
		const suggest = suggestFor(people);
		expect(suggest.fakeSuggestionTexts()).toEqual(["Meetings", "Notes/Meetings"]);
		suggest.fakeChoose(1);
		await settle();
		expect(people.value).toBe("Notes/Meetings");
		expect(host.settings.peopleFolder).toBe("Notes/Meetings");
		expect(errorText(root, "People folder")).toBeNull();
	});

	it("meeting folders: adds an existing folder, refuses a missing one, removes one", async () => {
		const { host, root } = await render();
		const row = findSetting(root, "Meeting folders");
		const add = row.find("input")!;
		expect(row.find(".meeting-crm-folder-list")?.getText()).toBe("Whole vault");
		typeText(add, "Meetings/");
		row.find("button")!.click();
		await settle();
		expect(host.settings.meetingFolders).toEqual(["Meetings"]);
		expect(add.value).toBe("");
		typeText(add, "Missing");
		pressKey(add, "Enter");
		await settle();
		expect(errorText(root, "Meeting folders")).toBe("There is no folder \"Missing\" in this vault. Create it first, or pick one from the suggestions.");
		expect(host.saved.map((s) => s.meetingFolders)).toEqual([["Meetings"]]);
		typeText(add, "Notes");
		await settle();
		suggestFor(add).fakeChoose(suggestFor(add).fakeSuggestionTexts().indexOf("Notes/Meetings"));
		await settle();
		expect(host.settings.meetingFolders).toEqual(["Meetings", "Notes/Meetings"]);
		expect(errorText(root, "Meeting folders")).toBeNull();
		expect(row.findAll(".meeting-crm-folder-item").map((el) => el.getText())).toEqual(["Meetings", "Notes/Meetings"]);
		row.find("[aria-label=\"Remove Meetings\"]")!.click();
		await settle();
		expect(host.saved.at(-1)?.meetingFolders).toEqual(["Notes/Meetings"]);
		expect(row.findAll(".meeting-crm-folder-item").map((el) => el.getText())).toEqual(["Notes/Meetings"]);
	});

	it("project folders use the same list", async () => {
		const { host, root } = await render();
		const row = findSetting(root, "Project folders");
		typeText(row.find("input")!, "Projects");
		pressKey(row.find("input")!, "Enter");
		await settle();
		expect(host.settings.projectFolders).toEqual(["Projects"]);
	});

	it("person template: a note is saved with its .md, a missing one is an error", async () => {
		const { host, root } = await render();
		typeText(input(root, "Person template"), "Templates/Person");
		await settle();
		expect(host.settings.personTemplate).toBe("Templates/Person.md");
		typeText(input(root, "Person template"), "Templates/Nope");
		await settle();
		expect(errorText(root, "Person template")).toBe("There is no note \"Templates/Nope\" in this vault.");
		expect(host.settings.personTemplate).toBe("Templates/Person.md");
		typeText(input(root, "Person template"), "");
		await settle();
		expect(host.settings.personTemplate).toBe("");
	});

	it.each([
		{ name: "Your aliases", typed: " JV , Jase,", key: "yourAliases", after: ["JV", "Jase"] },
		{ name: "Source values", typed: "transcript, granola", key: "meetingSourceValues", after: ["transcript", "granola"] },
		{ name: "Type values", typed: "", key: "meetingTypeValues", after: [] },
		{ name: "Participant properties", typed: "attendees", key: "participantKeys", after: ["attendees"] },
		{ name: "Person types", typed: "contact, people", key: "personTypes", after: ["contact", "people"] },
		{ name: "Tags for new people", typed: "#people, #needs-review", key: "newPersonTags", after: ["people", "needs-review"] },
		{ name: "Ignored names", typed: "Otter.ai, /a,b/i", key: "ignoreNames", after: ["Otter.ai", "/a,b/i"] },
	] as const)("saves $name from comma-separated text", async ({ name, typed, key, after }) => {
		const { host, root } = await render();
		typeText(input(root, name), typed);
		await settle();
		expect(host.settings[key]).toEqual(after);
		expect(errorText(root, name)).toBeNull();
	});

	it.each([
		{ name: "Ignored names", typed: "Otter.ai, /zoom(/i", error: /"\/zoom\(\/i" is not a valid pattern/ },
		{ name: "Person types", typed: " , ", error: /Give at least one type\./ },
	])("refuses $name that cannot be used", async ({ name, typed, error }) => {
		const { host, root } = await render();
		typeText(input(root, name), typed);
		await settle();
		expect(errorText(root, name)).toMatch(error);
		expect(host.saved).toEqual([]);
	});

	it("saves your name trimmed, the dropdowns and the switches", async () => {
		const { host, root } = await render();
		typeText(input(root, "Your name"), "  Jason Vallery ");
		selectOption(findSetting(root, "Mention style").find("select")!, "at-name");
		selectOption(findSetting(root, "Key facts go to").find("select")!, "all");
		findSetting(root, "Fix task lines while processing").find(".checkbox-container")!.click();
		findSetting(root, "Repair garbled text in the whole note").find(".checkbox-container")!.click();
		await settle();
		expect(host.saved.at(-1)).toEqual({
			...normalizeSettings({}),
			yourName: "Jason Vallery", mentionStyle: "at-name", factAttribution: "all", fixTaskLinesWhileProcessing: false, wholeNoteMojibakeRepair: true,
		});
	});

	it("keeps the auto-process switch on this device only and tells the plugin", async () => {
		const { app, host, root } = await render();
		findSetting(root, "Process automatically").find(".checkbox-container")!.click();
		await settle();
		expect(app.loadLocalStorage("meeting-crm-auto-process")).toBe(true);
		expect(host.autoProcess).toEqual([true]);
		expect(host.saved).toEqual([]);
		const again = new MeetingCrmSettingTab(host);
		again.display();
		expect(findSetting(asFake(again.containerEl), "Process automatically").find(".checkbox-container")?.hasClass("is-enabled")).toBe(true);
	});

	it("describes the same rows for Obsidian 1.13's settings search", async () => {
		const { host, root } = await render();
		const groups = new MeetingCrmSettingTab(host).getSettingDefinitions();
		const rows = groups.flatMap((group) => group.items);
		expect(rows).toHaveLength(18);
		for (const row of rows) {
			expect(findSetting(root, row.name).find(".setting-item-description")?.getText()).toBe(row.desc);
		}
	});
});
