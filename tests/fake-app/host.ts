// What the fake Obsidian keeps for a test to inspect: the commands, ribbon
// icons, status bar items and setting tabs that plugins added to an app.
import type { Command } from "obsidian";
import { FakeElement } from "./dom";

export class FakeHost {
	/** Registered commands by full id ("meeting-crm:process-new-meeting-notes"). */
	readonly commands = new Map<string, Command>();
	readonly ribbonEl = new FakeElement("div");
	readonly statusBarEl = new FakeElement("div");
	readonly settingTabs: unknown[] = [];
	/** Everything else a plugin registered (views, post-processors, …) by kind. */
	readonly registrations: { kind: string; value: unknown }[] = [];
	/** Loaded plugins, for onExternalSettingsChange. */
	readonly plugins: unknown[] = [];

	constructor() {
		this.ribbonEl.addClass("side-dock-ribbon");
		this.statusBarEl.addClass("status-bar");
	}
}

const hosts = new WeakMap<object, FakeHost>();

/** The host record of an app (created on first use, so any app object works). */
export function hostOf(app: object): FakeHost {
	let host = hosts.get(app);
	if (!host) {
		host = new FakeHost();
		hosts.set(app, host);
	}
	return host;
}
