// Meeting CRM: turns meeting notes into person notes. This file only wires
// the plugin into Obsidian; the work is done by src/core through src/plugin.
import { Notice, Plugin, TAbstractFile, TFile } from "obsidian";
import type { CrmSettings } from "./core/settings";
import type { Ledger } from "./core/sync/ledger";
import { emptyLedger } from "./core/sync/ledger";
import type { StoredUndo } from "./plugin/stored-undo";
import { joinPluginData, loadAutoProcess, mergeLedgers, splitPluginData } from "./settings";
import type { PluginState } from "./settings";
import { MeetingCrmSettingTab } from "./ui/settings-tab";
import { RunController } from "./plugin/run-controller";
import { registerCommands } from "./plugin/commands";
import { AutoProcessor } from "./auto-process";
import type { PluginHost } from "./plugin/host";
import { ledgerAfterRename, undoAfterRename } from "./plugin/ledger-rename";

export default class MeetingCrmPlugin extends Plugin implements PluginHost {
	settings!: CrmSettings;
	private state: PluginState = {};
	private runs!: RunController;
	private auto: AutoProcessor | null = null;
	private statusEl: HTMLElement | null = null;
	private statusTimer: number | null = null;
	private unloaded = false;

	override async onload(): Promise<void> {
		await this.loadSettings();
		this.runs = new RunController(this);
		registerCommands(this, this.runs);
		this.addRibbonIcon("users", "Process new meeting notes", () => this.runs.process({ kind: "new" }));
		this.statusEl = this.addStatusBarItem();
		this.register(() => {
			if (this.statusTimer !== null) window.clearTimeout(this.statusTimer);
		});
		this.addSettingTab(new MeetingCrmSettingTab(this));
		// Obsidian fires "create" for every file while it starts: listen only
		// once the layout is ready.
		this.app.workspace.onLayoutReady(() => this.onLayoutReady());
	}

	override onunload(): void {
		this.unloaded = true;
		this.auto?.stop();
		this.auto = null;
		this.runs?.close();
	}

	private async onLayoutReady(): Promise<void> {
		// Obsidian still calls this when the plugin was disabled while the
		// vault loaded: then nothing must start listening.
		if (this.unloaded) return;
		await this.runs.refreshScope();
		if (this.unloaded) return;
		this.onAutoProcessChange(loadAutoProcess(this.app));
		const changed = (file: TAbstractFile) => {
			this.auto?.noteChanged(file.path);
			this.scheduleStatus();
		};
		this.registerEvent(this.app.vault.on("create", changed));
		this.registerEvent(this.app.vault.on("modify", changed));
		this.registerEvent(this.app.vault.on("rename", (file: TAbstractFile, oldPath: string) => {
			changed(file);
			return this.noteRenamed(file, oldPath);
		}));
		this.registerEvent(this.app.vault.on("delete", () => this.scheduleStatus()));
		this.runs.updateStatus();
	}

	/** A renamed or moved note keeps its ledger record and undo entry. */
	private async noteRenamed(file: TAbstractFile, oldPath: string): Promise<void> {
		if (!(file instanceof TFile) || file.extension !== "md") return;
		const before = this.ledger();
		const ledger = ledgerAfterRename(before, oldPath, file.path);
		const undo = undoAfterRename(this.state.undo, oldPath, file.path, ledger !== before);
		if (ledger === this.state.ledger && undo === this.state.undo) return;
		this.state.ledger = ledger;
		this.state.undo = undo;
		await this.saveSettings();
	}

	/** Turns automatic processing on or off on this device. */
	onAutoProcessChange(on: boolean): void {
		this.auto?.stop();
		this.auto = on && !this.unloaded
			? new AutoProcessor({
				isCandidate: (path) => this.runs.mightBeMeetingNote(this.app.vault.getFileByPath(path)),
				run: async (changed) => {
					await this.runs.whenIdle();
					if (this.unloaded || !this.runs.hasNewAmong(changed)) return;
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

	/** Resolves when the run in progress (if any) has finished. */
	async whenIdle(): Promise<void> {
		await this.runs.whenIdle();
	}

	setStatus(text: string): void {
		this.statusEl?.setText(text);
	}

	ledger(): Ledger {
		// One object until it is replaced: a run compares it to see whether
		// data.json brought in another ledger meanwhile.
		this.state.ledger ??= emptyLedger();
		return this.state.ledger;
	}

	setLedger(ledger: Ledger): void {
		this.state.ledger = ledger;
	}

	undoRecord(): StoredUndo | undefined {
		return this.state.undo;
	}

	setUndoRecord(undo: StoredUndo | undefined): void {
		this.state.undo = undo;
	}

	async loadSettings(): Promise<void> {
		let raw: unknown = null;
		try {
			raw = await this.loadData();
		} catch (error) {
			// A broken data.json (a Sync conflict, a bad hand edit) must not stop
			// the plugin from loading: start from the defaults and say so.
			console.error("Meeting CRM: could not read data.json", error);
			new Notice(`Meeting CRM could not read its settings file, so it uses the default settings: ${error instanceof Error ? error.message : String(error)}`);
		}
		const { settings, state } = splitPluginData(raw);
		this.settings = settings;
		this.state = state;
	}

	async saveSettings(): Promise<void> {
		await this.saveData(joinPluginData(this.settings, this.state));
		await this.runs?.refreshScope();
		// New meeting folders or source values change what counts as new.
		this.runs?.updateStatus();
	}

	/** data.json changed on disk (Sync, or the command line): take its
	 * settings, and merge its ledger with ours instead of overwriting either. */
	override async onExternalSettingsChange(): Promise<void> {
		let raw: unknown;
		try {
			raw = await this.loadData();
		} catch (error) {
			// Half-written by Sync: keep what we have; the next change event brings the rest.
			console.error("Meeting CRM: could not read data.json after it changed", error);
			return;
		}
		const { settings, state } = splitPluginData(raw);
		const theirs = state.ledger ?? emptyLedger();
		const ledger: Ledger = mergeLedgers(this.ledger(), theirs);
		const notMeetings = { ...theirs.notMeetings, ...this.ledger().notMeetings };
		if (Object.keys(notMeetings).length > 0) ledger.notMeetings = notMeetings;
		this.settings = settings;
		this.state = { ...state, ledger, undo: state.undo ?? this.state.undo };
		await this.runs.refreshScope();
		this.runs.updateStatus();
	}
}
