// What the plugin's commands need from the plugin object, so they can be
// written and tested apart from main.ts.
import type { App } from "obsidian";
import type { RunStateHost } from "./undo-keeper";

export interface PluginHost extends RunStateHost {
	app: App;
	/** Shows a short text in the status bar ("" hides it). */
	setStatus(text: string): void;
}
