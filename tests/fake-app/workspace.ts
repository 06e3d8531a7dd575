// The workspace: the active note (optionally open in a fake editor), the
// "file-open" event, and onLayoutReady, which waits until the test calls
// app.fakeLayoutReady() as Obsidian waits until the vault has loaded.
import { track } from "./async";
import { Events } from "./events";
import { TFile } from "./files";
import type { FakeMetadataCache } from "./metadata-cache";
import type { FakeVault } from "./vault";

export interface EditorPosition {
	line: number;
	ch: number;
}

/** An editor on a note: reads and writes go straight to the vault file. */
export class FakeEditor {
	private cursor: EditorPosition = { line: 0, ch: 0 };

	constructor(private readonly vault: FakeVault, readonly path: string) {}

	getValue(): string {
		return this.vault.fakeText(this.path) ?? "";
	}

	setValue(text: string): void {
		this.vault.fakeUserEdit(this.path, text);
	}

	lineCount(): number {
		return this.getValue().split("\n").length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getLine(line: number): string {
		return (this.getValue().split("\n")[line] ?? "").replace(/\r$/, "");
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this.getValue().split("\n");
		let offset = 0;
		for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i].length + 1;
		return offset + pos.ch;
	}

	offsetToPos(offset: number): EditorPosition {
		const before = this.getValue().slice(0, offset).split("\n");
		return { line: before.length - 1, ch: before[before.length - 1].length };
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		return this.getValue().slice(this.posToOffset(from), this.posToOffset(to));
	}

	replaceRange(text: string, from: EditorPosition, to: EditorPosition = from): void {
		const value = this.getValue();
		this.setValue(value.slice(0, this.posToOffset(from)) + text + value.slice(this.posToOffset(to)));
	}

	transaction(tx: { changes?: { from: EditorPosition; to?: EditorPosition; text: string }[] }): void {
		// Apply from the end so earlier offsets stay valid.
		const changes = [...(tx.changes ?? [])].sort((a, b) => this.posToOffset(b.from) - this.posToOffset(a.from));
		for (const change of changes) this.replaceRange(change.text, change.from, change.to ?? change.from);
	}

	getCursor(): EditorPosition {
		return this.cursor;
	}

	setCursor(pos: EditorPosition): void {
		this.cursor = pos;
	}

	getSelection(): string {
		return "";
	}

	focus(): void {
		// Nothing to focus in the fake.
	}

	refresh(): void {
		// Nothing to redraw in the fake.
	}
}

export class MarkdownView {
	file: TFile | null = null;
	editor: FakeEditor | null = null;

	constructor(readonly leaf: unknown) {}

	getViewType(): string {
		return "markdown";
	}

	getMode(): string {
		return "source";
	}

	get data(): string {
		return this.editor?.getValue() ?? "";
	}
}

export class FakeWorkspace extends Events {
	layoutReady = false;
	private activeFile: TFile | null = null;
	private activeView: MarkdownView | null = null;
	private readyCallbacks: (() => unknown)[] = [];

	constructor(private readonly vault: FakeVault, private readonly metadataCache: FakeMetadataCache) {
		super();
		vault.on("delete", (file) => {
			if (file === this.activeFile) this.fakeOpenFile(null);
		});
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) track(callback());
		else this.readyCallbacks.push(callback);
	}

	/** Used by app.fakeLayoutReady(). */
	fakeSetLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) track(callback());
		this.trigger("layout-change");
	}

	getActiveFile(): TFile | null {
		return this.activeFile;
	}

	get activeEditor(): { file: TFile | null; editor: FakeEditor | null } | null {
		return this.activeView ? { file: this.activeView.file, editor: this.activeView.editor } : null;
	}

	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		return this.activeView instanceof type ? this.activeView : null;
	}

	getLeavesOfType(): unknown[] {
		return [];
	}

	iterateAllLeaves(): void {
		// No leaves in the fake.
	}

	requestSaveLayout(): void {
		// Nothing to save in the fake.
	}

	/**
	 * Makes a note the active one (null: none) and fires "file-open". A
	 * markdown note opens in an editor unless `editor` is false (e.g. a note
	 * shown in reading view).
	 */
	fakeOpenFile(target: TFile | string | null, options: { editor?: boolean } = {}): void {
		const file = typeof target === "string" ? this.vault.getFileByPath(target) : target;
		if (typeof target === "string" && !file) throw new Error(`fake: no file ${target}`);
		this.activeFile = file;
		this.activeView = null;
		if (file && file.extension === "md" && options.editor !== false) {
			const view = new MarkdownView(null);
			view.file = file;
			view.editor = new FakeEditor(this.vault, file.path);
			this.activeView = view;
		}
		this.trigger("file-open", file);
		this.trigger("active-leaf-change", null);
	}

	async openLinkText(linktext: string, sourcePath: string): Promise<void> {
		const file = this.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
		if (file) this.fakeOpenFile(file);
		return Promise.resolve();
	}
}
