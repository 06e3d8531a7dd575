// The settings tab. Each row is defined once, as {name, desc, render}: before
// Obsidian 1.13 display() draws the rows itself; from 1.13 Obsidian draws them
// from getSettingDefinitions() (and indexes them for settings search), calling
// the same render. A value that cannot be used (a folder that does not exist,
// a broken /pattern/) is shown under its row and not saved.
import { ExtraButtonComponent, normalizePath, PluginSettingTab, Setting } from "obsidian";
import type { App, Plugin, TextComponent } from "obsidian";
import type { CrmSettings } from "../core/settings";
import { cleanFolderPath, ignoreNameProblem, loadAutoProcess, normalizeSettings, saveAutoProcess, splitList } from "../settings";
import { FolderSuggest, MarkdownFileSuggest } from "./folder-suggest";

/** What the tab needs from the plugin (kept narrow so it does not depend on main.ts). */
export interface SettingsHost {
	app: App;
	settings: CrmSettings;
	saveSettings(): Promise<void>;
	/** Called after the per-device auto-process switch changed (already stored). */
	onAutoProcessChange?(on: boolean): void;
}

/** Obsidian 1.13's declarative rows, written out: the installed typings (1.12) predate them. */
interface SettingRow {
	name: string;
	desc: string;
	render: (setting: Setting) => void;
}

interface SettingRowGroup {
	type: "group";
	heading: string;
	items: SettingRow[];
}

type ListKey = "meetingSourceValues" | "meetingTypeValues" | "participantKeys" | "yourAliases" | "personTypes" | "ignoreNames" | "newPersonTags";
type ToggleKey = "fixTaskLinesWhileProcessing" | "wholeNoteMojibakeRepair";

export const ERROR_CLASS = "meeting-crm-setting-error";

/** The error line under a row: shown with a message, removed when the value is fine. */
class ErrorLine {
	private el: HTMLElement | null = null;

	constructor(private readonly parent: HTMLElement) {}

	show(message: string): void {
		if (!this.el) this.el = this.parent.createDiv({ cls: ERROR_CLASS });
		this.el.setText(message);
	}

	clear(): void {
		this.el?.detach();
		this.el = null;
	}
}

export class MeetingCrmSettingTab extends PluginSettingTab {
	constructor(private readonly host: SettingsHost & Plugin) {
		super(host.app, host);
	}

	display(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const group of this.getSettingDefinitions()) {
			new Setting(containerEl).setName(group.heading).setHeading();
			for (const row of group.items) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
		}
	}

	getSettingDefinitions(): SettingRowGroup[] {
		return [
			{ type: "group", heading: "Meeting notes", items: [
				this.folderListRow("Meeting folders", "Folders scanned for meeting notes. With none, the whole vault is scanned.", "meetingFolders", "Whole vault"),
				this.listRow("Source values", "Values of the source property that mark a meeting note, separated by commas.", "meetingSourceValues"),
				this.listRow("Type values", "Values of the type property that mark a meeting note, separated by commas.", "meetingTypeValues"),
				this.listRow("Participant properties", "Properties that list who took part in a meeting, separated by commas.", "participantKeys"),
				this.listRow("Ignored names", "Names that are never people, such as note-taker bots and rooms. Separate them with commas; write /pattern/ for a regular expression.", "ignoreNames"),
			] },
			{ type: "group", heading: "You", items: [
				this.nameRow(),
				this.listRow("Your aliases", "Other names you appear under in meeting notes, separated by commas.", "yourAliases"),
			] },
			{ type: "group", heading: "People", items: [
				this.folderRow("People folder", "Where new person notes are created.", "peopleFolder"),
				this.templateRow(),
				this.listRow("Person types", "Values of the type property that mark a person note, separated by commas. The first one is written into new notes.", "personTypes"),
				this.listRow("Tags for new people", "Tags added to new person notes, separated by commas.", "newPersonTags"),
				this.folderListRow("Project folders", "Folders the projects section of a person note looks in.", "projectFolders", "None"),
				this.dropdownRow("Key facts go to", "Which person notes get a key fact from a meeting.", "factAttribution", {
					named: "Only the people it names",
					all: "Every participant",
				}),
			] },
			{ type: "group", heading: "Task lines", items: [
				this.dropdownRow("Mention style", "How task owners are written.", "mentionStyle", {
					"at-camel": "@JaiMenon",
					wikilink: "[[Jai Menon]]",
					"at-name": "@Jai Menon",
				}),
				this.toggleRow("Fix task lines while processing", "Rewrite the task lines of the meeting notes a run processes.", "fixTaskLinesWhileProcessing"),
				this.toggleRow("Repair garbled text in the whole note", "Repair garbled characters in every line of a meeting note, not only in task lines.", "wholeNoteMojibakeRepair"),
			] },
			{ type: "group", heading: "Runs", items: [
				this.autoProcessRow(),
				this.folderRow("Report folder", "Folder for a report note after each run. Leave empty to show the report only in a window.", "reportFolder"),
			] },
		];
	}

	private get settings(): CrmSettings {
		return this.host.settings;
	}

	private async save(): Promise<void> {
		await this.host.saveSettings();
	}

	/** Why a folder path cannot be used, or null ("" is the vault itself). */
	private folderProblem(path: string): string | null {
		if (path === "" || this.app.vault.getFolderByPath(path)) return null;
		if (this.app.vault.getAbstractFileByPath(path)) return `"${path}" is a file, not a folder.`;
		return `There is no folder "${path}" in this vault. Create it first, or pick one from the suggestions.`;
	}

	private folderRow(name: string, desc: string, key: "peopleFolder" | "reportFolder"): SettingRow {
		return { name, desc, render: (setting) => {
			const error = new ErrorLine(setting.infoEl);
			const apply = async (value: string): Promise<void> => {
				const path = cleanFolderPath(value);
				const problem = this.folderProblem(path);
				if (problem) return error.show(problem);
				error.clear();
				this.settings[key] = path;
				await this.save();
			};
			setting.addText((text) => {
				text.setPlaceholder("Folder").setValue(this.settings[key]).onChange(apply);
				new FolderSuggest(this.app, text.inputEl, (path) => void apply(path));
			});
		} };
	}

	/** Folders as a list: each with a remove button, and an input (with suggestions) to add one. */
	private folderListRow(name: string, desc: string, key: "meetingFolders" | "projectFolders", emptyText: string): SettingRow {
		return { name, desc, render: (setting) => {
			const listEl = setting.infoEl.createDiv({ cls: "meeting-crm-folder-list" });
			const error = new ErrorLine(setting.infoEl);
			let input: TextComponent | null = null;
			const drawList = (): void => {
				listEl.empty();
				if (this.settings[key].length === 0) listEl.createDiv({ cls: "meeting-crm-folder-item", text: emptyText });
				for (const folder of this.settings[key]) {
					const item = listEl.createDiv({ cls: "meeting-crm-folder-item" });
					item.createSpan({ text: folder });
					new ExtraButtonComponent(item).setIcon("x").setTooltip(`Remove ${folder}`).onClick(async () => {
						this.settings[key] = this.settings[key].filter((other) => other !== folder);
						drawList();
						await this.save();
					});
				}
			};
			const add = async (value: string): Promise<void> => {
				const path = cleanFolderPath(value);
				const problem = path === "" ? "Type a folder, or pick one from the suggestions." : this.folderProblem(path);
				if (problem) return error.show(problem);
				error.clear();
				input?.setValue("");
				if (this.settings[key].includes(path)) return;
				this.settings[key] = [...this.settings[key], path];
				drawList();
				await this.save();
			};
			drawList();
			setting.addText((text) => {
				input = text;
				text.setPlaceholder("Folder to add");
				new FolderSuggest(this.app, text.inputEl, (path) => void add(path));
				text.inputEl.addEventListener("keydown", (event) => {
					if (event.key !== "Enter") return;
					event.preventDefault();
					void add(text.getValue());
				});
			});
			setting.addButton((button) => button.setButtonText("Add").onClick(() => add(input?.getValue() ?? "")));
		} };
	}

	private templateRow(): SettingRow {
		return { name: "Person template", desc: "A note used as the template for new person notes. Leave empty for the built-in template.", render: (setting) => {
			const error = new ErrorLine(setting.infoEl);
			const apply = async (value: string): Promise<void> => {
				const typed = value.trim();
				const path = typed === "" ? "" : normalizePath(typed);
				const file = path === "" ? null : this.app.vault.getFileByPath(path) ?? this.app.vault.getFileByPath(`${path}.md`);
				if (path !== "" && file?.extension !== "md") return error.show(`There is no note "${typed}" in this vault.`);
				error.clear();
				this.settings.personTemplate = file ? file.path : "";
				await this.save();
			};
			setting.addText((text) => {
				text.setPlaceholder("Built-in template").setValue(this.settings.personTemplate).onChange(apply);
				new MarkdownFileSuggest(this.app, text.inputEl, (path) => void apply(path));
			});
		} };
	}

	private nameRow(): SettingRow {
		return { name: "Your name", desc: "Your full name. You never get a person note, and @Myself in a task becomes this name.", render: (setting) => {
			setting.addText((text) => text.setPlaceholder("Full name").setValue(this.settings.yourName).onChange(async (value) => {
				this.settings.yourName = value.trim();
				await this.save();
			}));
		} };
	}

	/** A comma-separated list; its items are cleaned the way data.json is read. */
	private listRow(name: string, desc: string, key: ListKey): SettingRow {
		return { name, desc, render: (setting) => {
			const error = new ErrorLine(setting.infoEl);
			setting.addText((text) => text.setValue(this.settings[key].join(", ")).onChange(async (value) => {
				const items = normalizeSettings({ [key]: splitList(value) })[key];
				const problem = key === "ignoreNames" ? items.map(ignoreNameProblem).find((p) => p !== null) ?? null
					: key === "personTypes" && splitList(value).length === 0 ? "Give at least one type." : null;
				if (problem) return error.show(problem);
				error.clear();
				this.settings[key] = items;
				await this.save();
			}));
		} };
	}

	private dropdownRow<K extends "mentionStyle" | "factAttribution">(name: string, desc: string, key: K, options: Record<CrmSettings[K], string>): SettingRow {
		return { name, desc, render: (setting) => {
			setting.addDropdown((dropdown) => dropdown.addOptions(options).setValue(this.settings[key]).onChange(async (value) => {
				if (!(value in options)) return;
				this.settings[key] = value as CrmSettings[K];
				await this.save();
			}));
		} };
	}

	private toggleRow(name: string, desc: string, key: ToggleKey): SettingRow {
		return { name, desc, render: (setting) => {
			setting.addToggle((toggle) => toggle.setValue(this.settings[key]).onChange(async (value) => {
				this.settings[key] = value;
				await this.save();
			}));
		} };
	}

	private autoProcessRow(): SettingRow {
		return { name: "Process automatically", desc: "Process new meeting notes as they arrive. Kept per device, so only the devices you choose do it.", render: (setting) => {
			setting.addToggle((toggle) => toggle.setValue(loadAutoProcess(this.app)).onChange((value) => {
				saveAutoProcess(this.app, value);
				this.host.onAutoProcessChange?.(value);
			}));
		} };
	}
}
