// createFakeApp: an App over an in-memory vault, and the helpers a test uses
// to load the real plugin into it, start it up, run its commands and click
// its ribbon button.
import { readFileSync } from "node:fs";
import type { App, Command, FileManager, MetadataCache, PluginManifest, Vault, Workspace } from "obsidian";
import { clearUiLog, Scope } from "./ui";
import type { Plugin as FakePlugin } from "./component";
import type { FakeElement } from "./dom";
import { FakeFileManager } from "./file-manager";
import { FakeHost, hostOf } from "./host";
import { FakeMetadataCache } from "./metadata-cache";
import { FakeClock, FakeVault } from "./vault";
import { FakeWorkspace, MarkdownView } from "./workspace";

export interface FakeApp extends App {
	vault: Vault & FakeVault;
	metadataCache: MetadataCache & FakeMetadataCache;
	fileManager: FileManager & FakeFileManager;
	workspace: Workspace & FakeWorkspace;
	fakeClock: FakeClock;
	/** The per-device store behind load/saveLocalStorage (values as JSON). */
	fakeLocalStorage: Map<string, string>;
	fakeHost: FakeHost;
	/** Obsidian's start-up: a "create" event for every file, then layout ready. */
	fakeLayoutReady(): void;
}

/**
 * An app whose vault holds `files` (path → text). Paths under ".obsidian/"
 * become config files (app.json, templates.json, plugin data). Also clears
 * the notice and modal log, so each test starts with none.
 */
export function createFakeApp(files: Record<string, string> = {}): FakeApp {
	clearUiLog();
	const clock = new FakeClock();
	const vault = new FakeVault(clock, files);
	const metadataCache = new FakeMetadataCache(vault);
	const fileManager = new FakeFileManager(vault, metadataCache);
	const workspace = new FakeWorkspace(vault, metadataCache);
	const localStorage = new Map<string, string>();
	const app = {
		vault,
		metadataCache,
		fileManager,
		workspace,
		keymap: {},
		scope: new Scope(),
		lastEvent: null,
		fakeClock: clock,
		fakeLocalStorage: localStorage,
		isDarkMode: () => false,
		loadLocalStorage(key: string): unknown {
			const raw = localStorage.get(key);
			return raw === undefined ? null : (JSON.parse(raw) as unknown);
		},
		saveLocalStorage(key: string, data: unknown): void {
			if (data === null || data === undefined) localStorage.delete(key);
			else localStorage.set(key, JSON.stringify(data));
		},
		fakeLayoutReady(): void {
			vault.fakeEmitStartupEvents();
			workspace.fakeSetLayoutReady();
		},
		get fakeHost(): FakeHost {
			return hostOf(app);
		},
	};
	return app as unknown as FakeApp;
}

export function readManifest(): PluginManifest {
	return JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8")) as PluginManifest;
}

/** The plugin's data.json path in the fake vault. */
export function pluginDataPath(app: FakeApp, id = readManifest().id): string {
	return `${app.vault.configDir}/plugins/${id}/data.json`;
}

/** Writes data.json as if it were already on disk (before load, or from Sync). */
export function writePluginData(app: FakeApp, data: unknown, id?: string): void {
	app.vault.adapter.files.set(pluginDataPath(app, id), JSON.stringify(data, null, 2));
}

/** data.json as the plugin last saved it, parsed; null when missing. */
export function readPluginData(app: FakeApp, id?: string): unknown {
	const raw = app.vault.adapter.files.get(pluginDataPath(app, id));
	return raw === undefined ? null : (JSON.parse(raw) as unknown);
}

/** Constructs the real plugin with manifest.json and awaits its onload. */
export async function loadPlugin<T>(app: FakeApp, PluginClass: new (app: App, manifest: PluginManifest) => T): Promise<T> {
	const manifest = readManifest();
	manifest.dir = `${app.vault.configDir}/plugins/${manifest.id}`;
	const plugin = new PluginClass(app, manifest);
	hostOf(app).plugins.push(plugin);
	await (plugin as unknown as FakePlugin).fakeLoad();
	return plugin;
}

export function unloadPlugin(plugin: unknown): void {
	(plugin as FakePlugin).unload();
}

/** data.json changed on disk (Sync, the command line): writes it and calls the plugin's hook. */
export async function changePluginDataExternally(app: FakeApp, plugin: unknown, data: unknown): Promise<void> {
	const fake = plugin as FakePlugin & { onExternalSettingsChange?: () => unknown };
	writePluginData(app, data, fake.manifest.id);
	await fake.onExternalSettingsChange?.();
}

/** Every registered command id, sorted. */
export function commandIds(app: FakeApp): string[] {
	return [...hostOf(app).commands.keys()].sort();
}

function findCommand(app: FakeApp, id: string): Command {
	const command = hostOf(app).commands.get(id);
	if (!command) throw new Error(`fake: no command "${id}"; registered: ${commandIds(app).join(", ")}`);
	return command;
}

/** Whether the command palette would offer the command now. */
export function isCommandAvailable(app: FakeApp, id: string): boolean {
	const command = findCommand(app, id);
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (command.editorCheckCallback) return !!view && command.editorCheckCallback(true, view.editor as never, view as never) === true;
	if (command.editorCallback) return !!view;
	if (command.checkCallback) return command.checkCallback(true) === true;
	return !!command.callback;
}

/**
 * Runs a command as the palette does: only when it is available, with the
 * callback kinds in Obsidian's order of precedence. Awaits what the callback
 * returns; returns whether it ran.
 */
export async function runCommand(app: FakeApp, id: string): Promise<boolean> {
	if (!isCommandAvailable(app, id)) return false;
	const command = findCommand(app, id);
	const view = app.workspace.getActiveViewOfType(MarkdownView);
	if (command.editorCheckCallback && view) await Promise.resolve(command.editorCheckCallback(false, view.editor as never, view as never) as unknown);
	else if (command.editorCallback && view) await command.editorCallback(view.editor as never, view as never);
	else if (command.checkCallback) await Promise.resolve(command.checkCallback(false) as unknown);
	else if (command.callback) await command.callback();
	return true;
}

/** The ribbon button with this tooltip. */
export function ribbonIcon(app: FakeApp, title: string): FakeElement {
	const icon = hostOf(app).ribbonEl.children.find((el) => el.getAttr("aria-label") === title);
	if (!icon) throw new Error(`fake: no ribbon icon "${title}"`);
	return icon;
}

/** The text of every status bar item, in order. */
export function statusBarTexts(app: FakeApp): string[] {
	return hostOf(app).statusBarEl.children.map((el) => el.getText());
}
