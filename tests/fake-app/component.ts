// Component and Plugin: lifecycle, cleanups on unload, and what a plugin adds
// to the app (commands, ribbon, status bar, setting tabs), kept in the app's
// FakeHost so tests can find and use them.
import type { App, Command, PluginManifest } from "obsidian";
import { track } from "./async";
import { FakeElement } from "./dom";
import type { FakeEventRef } from "./events";
import { normalizePath } from "./files";
import { hostOf } from "./host";

type Cleanup = () => unknown;

export class Component {
	private loaded = false;
	private cleanups: Cleanup[] = [];
	private childComponents: Component[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		track(this.onload());
		for (const child of this.childComponents) child.load();
	}

	onload(): unknown {
		return undefined;
	}

	/** Children first, then registered cleanups in order, then onunload. */
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		const children = this.childComponents;
		const cleanups = this.cleanups;
		this.childComponents = [];
		this.cleanups = [];
		for (const child of children) child.unload();
		for (const cleanup of cleanups) cleanup();
		this.onunload();
	}

	onunload(): void {
		// Subclasses override.
	}

	get isLoaded(): boolean {
		return this.loaded;
	}

	/** Marks the component loaded without calling onload (the plugin loader awaits onload itself). */
	protected markLoaded(): void {
		this.loaded = true;
	}

	addChild<T extends Component>(component: T): T {
		this.childComponents.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.childComponents.indexOf(component);
		if (index !== -1) {
			this.childComponents.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cleanup: Cleanup): void {
		this.cleanups.push(cleanup);
	}

	registerEvent(ref: FakeEventRef): void {
		this.register(() => ref.events.offref(ref));
	}

	registerDomEvent(el: FakeElement, type: string, callback: (event: unknown) => unknown): void {
		el.addEventListener(type, callback);
		this.register(() => el.removeEventListener(type, callback));
	}

	registerInterval(id: number): number {
		this.register(() => globalThis.clearInterval(id));
		return id;
	}
}

export class Plugin extends Component {
	constructor(readonly app: App, readonly manifest: PluginManifest) {
		super();
	}

	addRibbonIcon(icon: string, title: string, callback: (event: unknown) => unknown): FakeElement {
		const el = hostOf(this.app).ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		el.addEventListener("click", callback);
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): FakeElement {
		const el = hostOf(this.app).statusBarEl.createDiv({ cls: `status-bar-item plugin-${this.manifest.id}` });
		this.register(() => el.detach());
		return el;
	}

	/** Like Obsidian: the id and name get the plugin's id and name as prefix. */
	addCommand(command: Command): Command {
		const full: Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
		const commands = hostOf(this.app).commands;
		commands.set(full.id, full);
		this.register(() => commands.delete(full.id));
		return full;
	}

	removeCommand(commandId: string): void {
		hostOf(this.app).commands.delete(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(tab: unknown): void {
		const tabs = hostOf(this.app).settingTabs;
		tabs.push(tab);
		this.register(() => tabs.splice(tabs.indexOf(tab), 1));
	}

	registerView(type: string, creator: unknown): void {
		this.registerAnything("view", { type, creator });
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.registerAnything("extensions", { extensions, viewType });
	}

	registerMarkdownPostProcessor(processor: unknown): unknown {
		this.registerAnything("markdown-post-processor", processor);
		return processor;
	}

	registerEditorExtension(extension: unknown): void {
		this.registerAnything("editor-extension", extension);
	}

	registerObsidianProtocolHandler(action: string, handler: unknown): void {
		this.registerAnything("protocol-handler", { action, handler });
	}

	registerEditorSuggest(suggest: unknown): void {
		this.registerAnything("editor-suggest", suggest);
	}

	/** data.json in the plugin's folder, read through the vault adapter; null when missing. */
	async loadData(): Promise<unknown> {
		const adapter = this.app.vault.adapter;
		const path = this.dataPath();
		if (!(await adapter.exists(path))) return null;
		return JSON.parse(await adapter.read(path)) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {
		// Subclasses override.
	}

	/** Called by loadPlugin: marks the plugin loaded and awaits its onload. */
	async fakeLoad(): Promise<void> {
		this.markLoaded();
		await this.onload();
	}

	dataPath(): string {
		const dir = this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`;
		return normalizePath(`${dir}/data.json`);
	}

	private registerAnything(kind: string, value: unknown): void {
		const list = hostOf(this.app).registrations;
		const entry = { kind, value };
		list.push(entry);
		this.register(() => list.splice(list.indexOf(entry), 1));
	}
}
