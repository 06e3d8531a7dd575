// What the plugin's commands need from the plugin object, so they can be
// written and tested apart from main.ts.
import type { App } from "obsidian";
import type { CrmSettings } from "../core/settings";
import type { Ledger } from "../core/sync/ledger";
import type { UndoRecord } from "../core/sync/run-types";

export interface PluginHost {
	app: App;
	settings: CrmSettings;
	ledger(): Ledger;
	setLedger(ledger: Ledger): void;
	undoRecord(): UndoRecord | undefined;
	setUndoRecord(undo: UndoRecord | undefined): void;
	/** Writes settings and state to data.json. */
	saveSettings(): Promise<void>;
	/** Shows a short text in the status bar ("" hides it). */
	setStatus(text: string): void;
}
