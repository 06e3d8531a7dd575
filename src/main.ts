// Meeting CRM: turns meeting notes into person notes. This file only wires
// the plugin into Obsidian; the work is done by src/core through src/plugin.
import { Plugin, TAbstractFile } from "obsidian";
import type { CrmSettings } from "./core/settings";
import type { Ledger } from "./core/sync/ledger";
import { emptyLedger } from "./core/sync/ledger";
import type { UndoRecord } from "./core/sync/run-types";
import { joinPluginData, loadAutoProcess, mergeLedgers, splitPluginData } from "./settings";
import type { PluginState } from "./settings";
import { MeetingCrmSettingTab } from "./ui/settings-tab";
import { RunController } from "./plugin/run-controller";
import { registerCommands } from "./plugin/commands";
import { AutoProcessor } from "./auto-process";
import type { PluginHost } from "./plugin/host";

export default class MeetingCrmPlugin extends Plugin implements PluginHost {
	settings!: CrmSettings;
	private state: PluginState = {};
	private runs!: RunController;
	private auto: AutoProcessor | null = null;
	private statusEl: HTMLElement | null = null;
	private statusTimer: number | null = null;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.runs = new RunController(this);
		registerCommands(this, this.runs);
		this.addRibbonIcon("users", "Process new meeting notes", () => void this.runs.process({ kind: "new" }));
		this.statusEl = this.addStatusBarItem();
		this.register(() => {
			if (this.statusTimer !== null) window.clearTimeout(this.statusTimer);
		});
		this.addSettingTab(new MeetingCrmSettingTab(this));
		// Obsidian fires "create" for every file while it starts: listen only
		// once the layout is ready.
		this.app.workspace.onLayoutReady(() => void this.onLayoutReady());
	}

	override onunload(): void {
		this.auto?.stop();
		this.auto = null;
	}

	private async onLayoutReady(): Promise<void> {
		await this.runs.refreshScope();
		this.onAutoProcessChange(loadAutoProcess(this.app));
		const changed = (file: TAbstractFile) => {
			this.auto?.noteChanged(file.path);
			this.scheduleStatus();
		};
		this.registerEvent(this.app.vault.on("create", changed));
		this.registerEvent(this.app.vault.on("modify", changed));
		this.registerEvent(this.app.vault.on("rename", changed));
		this.registerEvent(this.app.vault.on("delete", () => this.scheduleStatus()));
		this.runs.updateStatus();
	}

	/** Turns automatic processing on or off on this device. */
	onAutoProcessChange(on: boolean): void {
		this.auto?.stop();
		this.auto = on
			? new AutoProcessor({
				isCandidate: (path) => this.runs.isMeetingNote(this.app.vault.getFileByPath(path)),
				run: async () => {
					await this.runs.process({ kind: "new" }, true);
				},
				setTimeout: (callback, ms) => window.setTimeout(callback, ms),
				clearTimeout: (handle) => window.clearTimeout(handle),
			})
			: null;
	}

	private scheduleStatus(): void {
		if (this.statusTimer !== null) window.clearTimeout(this.statusTimer);
		this.statusTimer = window.setTimeout(() => {
			this.statusTimer = null;
			this.runs.updateStatus();
		}, 1000);
	}

	setStatus(text: string): void {
		this.statusEl?.setText(text);
	}

	ledger(): Ledger {
		return this.state.ledger ?? emptyLedger();
	}

	setLedger(ledger: Ledger): void {
		this.state.ledger = ledger;
	}

	undoRecord(): UndoRecord | undefined {
		return this.state.undo;
	}

	setUndoRecord(undo: UndoRecord | undefined): void {
		this.state.undo = undo;
	}

	async loadSettings(): Promise<void> {
		const { settings, state } = splitPluginData(await this.loadData());
		this.settings = settings;
		this.state = state;
	}

	async saveSettings(): Promise<void> {
		await this.saveData(joinPluginData(this.settings, this.state));
		await this.runs?.refreshScope();
	}

	/** data.json changed on disk (Sync, or the command line): take its
	 * settings, and merge its ledger with ours instead of overwriting either. */
	override async onExternalSettingsChange(): Promise<void> {
		const { settings, state } = splitPluginData(await this.loadData());
		this.settings = settings;
		this.state = {
			...state,
			ledger: mergeLedgers(this.ledger(), state.ledger ?? emptyLedger()),
			undo: state.undo ?? this.state.undo,
		};
		await this.runs.refreshScope();
		this.runs.updateStatus();
	}
}
