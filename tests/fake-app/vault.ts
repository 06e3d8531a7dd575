// An in-memory vault that behaves like Obsidian's where the plugin depends on
// it: create/createFolder throw when the path is taken, process is atomic
// against the current content, every write updates stat from a fake clock
// and fires the vault event. Test hooks let a "user" edit a note between the
// plugin's read and its write.
import { FakeConfigAdapter } from "./config-adapter";
import { Events } from "./events";
import { normalizePath, parentPath, placeAt, TAbstractFile, TFile, TFolder } from "./files";

export type UserEdit = (current: string) => string;

/** Time that only moves forward, one second per write. */
export class FakeClock {
	constructor(private time = Date.UTC(2025, 0, 6, 9, 0, 0)) {}
	now(): number {
		return this.time;
	}
	tick(): number {
		this.time += 1000;
		return this.time;
	}
}

export class FakeVault extends Events {
	readonly configDir = ".obsidian";
	readonly adapter = new FakeConfigAdapter(this.configDir);
	/** Files and folders moved to the trash, with their text at that moment. */
	readonly trashed: { path: string; text: string | null }[] = [];
	private readonly root = new TFolder();
	private readonly entries = new Map<string, TAbstractFile>();
	private readonly texts = new Map<string, string>();
	private readonly editsBeforeProcess = new Map<string, UserEdit[]>();
	private readonly editsAfterRead = new Map<string, UserEdit[]>();
	private startupEventsSent = false;

	constructor(private readonly clock: FakeClock, files: Record<string, string> = {}) {
		super();
		placeAt(this.root, "/");
		this.root.vault = this;
		this.entries.set("/", this.root);
		for (const [path, text] of Object.entries(files)) {
			if (path.startsWith(`${this.configDir}/`)) this.adapter.files.set(path, text);
			else this.addFile(this.checkPath(path), text, true);
		}
	}

	getName(): string {
		return "Fake vault";
	}

	getRoot(): TFolder {
		return this.root;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const entry = this.entries.get(path);
		return entry instanceof TFile ? entry : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const entry = this.entries.get(path);
		return entry instanceof TFolder ? entry : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return [...this.entries.values()];
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return [...this.entries.values()].filter((entry): entry is TFolder => entry instanceof TFolder && (includeRoot || !entry.isRoot()));
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((entry): entry is TFile => entry instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	async read(file: TFile): Promise<string> {
		return Promise.resolve(this.readNow(file));
	}

	async cachedRead(file: TFile): Promise<string> {
		return Promise.resolve(this.readNow(file));
	}

	async create(path: string, data: string): Promise<TFile> {
		this.checkPath(path);
		if (this.entries.has(path)) throw new Error("File already exists.");
		if (!this.getFolderByPath(parentPath(path) || "/")) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
		const file = this.addFile(path, data, false);
		return Promise.resolve(file);
	}

	/** Creates the folder and any missing parents (mkdir -p); throws when it exists. */
	async createFolder(path: string): Promise<TFolder> {
		this.checkPath(path);
		if (this.entries.has(path)) throw new Error("Folder already exists.");
		return Promise.resolve(this.ensureFolder(path, false));
	}

	async modify(file: TFile, data: string): Promise<void> {
		this.assertLive(file);
		this.write(file, data);
		return Promise.resolve();
	}

	async append(file: TFile, data: string): Promise<void> {
		this.assertLive(file);
		this.write(file, (this.texts.get(file.path) ?? "") + data);
		return Promise.resolve();
	}

	/** Atomic: `change` gets the content as it is now and must return synchronously. */
	async process(file: TFile, change: (data: string) => string): Promise<string> {
		this.assertLive(file);
		this.applyEdits(this.editsBeforeProcess, file.path);
		const current = this.texts.get(file.path) ?? "";
		const next: unknown = change(current);
		if (typeof next !== "string") throw new Error("fake Obsidian: Vault.process callback must return a string synchronously");
		if (next !== current) this.write(file, next);
		return Promise.resolve(next);
	}

	async delete(file: TAbstractFile): Promise<void> {
		this.assertLive(file);
		this.removeTree(file);
		return Promise.resolve();
	}

	async trash(file: TAbstractFile): Promise<void> {
		this.assertLive(file);
		for (const entry of this.subtree(file)) this.trashed.push({ path: entry.path, text: this.texts.get(entry.path) ?? null });
		this.removeTree(file);
		return Promise.resolve();
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		this.assertLive(file);
		this.checkPath(newPath);
		if (this.entries.has(newPath)) throw new Error("Destination file already exists!");
		if (!this.getFolderByPath(parentPath(newPath) || "/")) throw new Error(`ENOENT: no such file or directory, rename '${file.path}' -> '${newPath}'`);
		const oldRoot = file.path;
		const moved = this.subtree(file).map((entry) => ({ entry, oldPath: entry.path }));
		for (const { entry } of moved) this.detachEntry(entry);
		for (const { entry, oldPath } of moved) {
			const path = newPath + oldPath.slice(oldRoot.length);
			placeAt(entry, path);
			this.attachEntry(entry);
		}
		for (const { entry, oldPath } of moved) {
			const text = this.texts.get(oldPath);
			this.texts.delete(oldPath);
			if (text !== undefined) this.texts.set(entry.path, text);
		}
		for (const { entry, oldPath } of moved) this.trigger("rename", entry, oldPath);
		return Promise.resolve();
	}

	// ---- test helpers ----

	/** The note's text now, or null when there is no such file. */
	fakeText(path: string): string | null {
		return this.texts.get(path) ?? null;
	}

	/** Every file's text, by path, sorted. */
	fakeSnapshot(): Record<string, string> {
		return Object.fromEntries([...this.texts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	}

	/** A user edit: replaces the note's text, fires "modify". */
	fakeUserEdit(path: string, edit: string | UserEdit): void {
		const file = this.getFileByPath(path);
		if (!file) throw new Error(`fake: no file ${path}`);
		this.write(file, typeof edit === "string" ? edit : edit(this.texts.get(path) ?? ""));
	}

	/** Runs a user edit on the note right before the next process() reads it. */
	onBeforeProcess(path: string, edit: UserEdit): void {
		this.queueEdit(this.editsBeforeProcess, path, edit);
	}

	/** Runs a user edit right after the next read/cachedRead of the note returns its text. */
	onNextRead(path: string, edit: UserEdit): void {
		this.queueEdit(this.editsAfterRead, path, edit);
	}

	/** Fires "create" for every file and folder, as Obsidian does while it loads a vault. */
	fakeEmitStartupEvents(): void {
		if (this.startupEventsSent) return;
		this.startupEventsSent = true;
		const all = [...this.entries.values()].filter((entry) => entry !== this.root);
		all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		for (const entry of all) this.trigger("create", entry);
	}

	// ---- internals ----

	private readNow(file: TFile): string {
		this.assertLive(file);
		const text = this.texts.get(file.path) ?? "";
		this.applyEdits(this.editsAfterRead, file.path);
		return text;
	}

	private addFile(path: string, text: string, silent: boolean): TFile {
		const parent = this.ensureFolder(parentPath(path) || "/", silent);
		const file = new TFile();
		file.vault = this;
		placeAt(file, path);
		const time = this.clock.tick();
		file.stat = { ctime: time, mtime: time, size: byteLength(text) };
		file.parent = parent;
		parent.children.push(file);
		this.entries.set(path, file);
		this.texts.set(path, text);
		if (!silent) this.trigger("create", file);
		return file;
	}

	private ensureFolder(path: string, silent: boolean): TFolder {
		const existing = this.entries.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error(`fake: "${path}" is a file, not a folder`);
		const parent = this.ensureFolder(parentPath(path) || "/", silent);
		const folder = new TFolder();
		folder.vault = this;
		placeAt(folder, path);
		folder.parent = parent;
		parent.children.push(folder);
		this.entries.set(path, folder);
		if (!silent) this.trigger("create", folder);
		return folder;
	}

	private write(file: TFile, text: string): void {
		this.texts.set(file.path, text);
		file.stat = { ...file.stat, mtime: this.clock.tick(), size: byteLength(text) };
		this.trigger("modify", file);
	}

	private subtree(entry: TAbstractFile): TAbstractFile[] {
		if (!(entry instanceof TFolder)) return [entry];
		return [entry, ...entry.children.flatMap((child) => this.subtree(child))];
	}

	private removeTree(entry: TAbstractFile): void {
		const doomed = this.subtree(entry).reverse();
		for (const item of doomed) {
			this.detachEntry(item);
			this.texts.delete(item.path);
		}
		for (const item of doomed) this.trigger("delete", item);
	}

	private detachEntry(entry: TAbstractFile): void {
		this.entries.delete(entry.path);
		if (entry.parent) entry.parent.children = entry.parent.children.filter((child) => child !== entry);
	}

	private attachEntry(entry: TAbstractFile): void {
		this.entries.set(entry.path, entry);
		if (entry.parent && this.entries.get(entry.parent.path) === entry.parent && entry.parent.path === (parentPath(entry.path) || "/")) {
			entry.parent.children.push(entry);
			return;
		}
		const parent = this.getFolderByPath(parentPath(entry.path) || "/");
		if (!parent) throw new Error(`fake: no folder for ${entry.path}`);
		entry.parent = parent;
		parent.children.push(entry);
	}

	private assertLive(entry: TAbstractFile): void {
		if (this.entries.get(entry.path) !== entry) throw new Error(`ENOENT: no such file or directory, '${entry.path}'`);
	}

	private checkPath(path: string): string {
		if (path !== normalizePath(path) || path === "/") {
			throw new Error(`fake Obsidian: vault paths must be normalized (normalizePath): got "${path}"`);
		}
		return path;
	}

	private queueEdit(queues: Map<string, UserEdit[]>, path: string, edit: UserEdit): void {
		const queue = queues.get(path) ?? [];
		queue.push(edit);
		queues.set(path, queue);
	}

	private applyEdits(queues: Map<string, UserEdit[]>, path: string): void {
		const edit = queues.get(path)?.shift();
		if (edit) this.fakeUserEdit(path, edit);
	}
}

function byteLength(text: string): number {
	return new TextEncoder().encode(text).length;
}
