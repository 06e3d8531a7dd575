// The benchmark's in-memory vault behind the VaultPort. Like
// tests/helpers/memory-vault.ts, but every lookup costs what it costs in
// Obsidian (a map hit, a cached size), so the figures measure the run and
// not the fake: `exists` of a folder and a note's size are O(1) here.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { AppConfig, NoteStat, VaultPort } from "../src/vault/port";

interface Entry {
	/** The note's text; null for a vault kept in a folder on disk or as bytes. */
	text: string | null;
	/** The note's UTF-8 bytes, outside the JavaScript heap (a vault "on disk" in memory). */
	bytes?: Buffer;
	mtime: number;
	size: number;
}

export class BenchVault implements VaultPort {
	private readonly files = new Map<string, Entry>();
	private readonly folders = new Set<string>();
	private clock = 1_000;
	private basenames: Map<string, number> | null = null;
	private bytesMode = false;
	/** Called when the run asks to yield and when it gets its turn back:
	 * lets the harness time the stretches of work between yields. */
	onYield: (() => void) | null = null;
	onResume: (() => void) | null = null;
	/** performance.now() after which the next yield rejects: a run slower
	 * than the benchmark's time budget stops instead of running for hours. */
	deadline = Infinity;

	/** A fresh vault with these notes; `sizes` (path → UTF-8 bytes) spares
	 * recounting. With `folder`, the notes are written there and every read
	 * and write goes to disk, as in Obsidian: the vault then takes no memory
	 * of this process (for measuring the run's memory). */
	constructor(files: Record<string, string>, sizes?: Map<string, number>, private readonly folder: string | null = null) {
		for (const path of Object.keys(files)) {
			const text = files[path];
			if (folder !== null) writeOnDisk(join(folder, path), text);
			this.files.set(path, { text: folder === null ? text : null, mtime: ++this.clock, size: sizes?.get(path) ?? utf8Length(text) });
			this.addFolders(path);
		}
	}

	/** The vault already in `folder` (written by another process), as Obsidian
	 * finds one at start-up: every note listed with its size, none read. */
	static inFolder(folder: string): BenchVault {
		const vault = new BenchVault({}, undefined, folder);
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const full = join(dir, entry.name);
				if (entry.isDirectory()) walk(full);
				else {
					const path = relative(folder, full).split("\\").join("/");
					vault.files.set(path, { text: null, mtime: ++vault.clock, size: statSync(full).size });
					vault.addFolders(path);
				}
			}
		};
		walk(folder);
		return vault;
	}

	/** The notes kept as UTF-8 bytes outside the JavaScript heap, as a disk
	 * keeps them: each read decodes a fresh string, and the heap holds only
	 * what the run holds (as in Obsidian, where notes live on disk). */
	static asBytes(files: Record<string, string>): BenchVault {
		const vault = new BenchVault({});
		vault.bytesMode = true;
		for (const path of Object.keys(files)) vault.write(path, files[path]);
		return vault;
	}

	/** Writes the notes into `folder`, for BenchVault.inFolder in another process. */
	static writeFolder(files: Record<string, string>, folder: string): void {
		for (const [path, text] of Object.entries(files)) writeOnDisk(join(folder, path), text);
	}

	/** Changes a note as an editor or sync would (new mtime). */
	write(path: string, text: string): void {
		if (!this.files.has(path)) {
			this.basenames = null;
			this.addFolders(path);
		}
		if (this.folder !== null) {
			// A known note's folder exists: only a new note may need one.
			if (this.files.has(path)) writeFileSync(join(this.folder, path), text);
			else writeOnDisk(join(this.folder, path), text);
		}
		if (this.bytesMode) {
			const bytes = Buffer.from(text, "utf8");
			this.files.set(path, { text: null, bytes, mtime: ++this.clock, size: bytes.length });
		} else this.files.set(path, { text: this.folder === null ? text : null, mtime: ++this.clock, size: utf8Length(text) });
	}

	text(path: string): string | undefined {
		const file = this.files.get(path);
		if (!file) return undefined;
		return file.text ?? file.bytes?.toString("utf8") ?? readFileSync(join(this.folder ?? "", path), "utf8");
	}

	paths(): string[] {
		return [...this.files.keys()];
	}

	listMarkdownFiles(): NoteStat[] {
		const out: NoteStat[] = [];
		for (const [path, file] of this.files) if (path.endsWith(".md")) out.push({ path, mtime: file.mtime, size: file.size });
		return out;
	}

	read(path: string): Promise<string> {
		const file = this.files.get(path);
		if (!file) return Promise.reject(new Error(`${path} does not exist`));
		if (file.bytes) return Promise.resolve(file.bytes.toString("utf8"));
		return file.text !== null ? Promise.resolve(file.text) : readFile(join(this.folder ?? "", path), "utf8");
	}

	cachedFrontmatter(): undefined {
		return undefined;
	}

	exists(path: string): boolean {
		const bare = path.endsWith("/") ? path.slice(0, -1) : path;
		return this.files.has(bare) || this.folders.has(bare);
	}

	create(path: string, text: string): Promise<void> {
		if (this.files.has(path)) return Promise.reject(new Error("File already exists."));
		this.write(path, text);
		return Promise.resolve();
	}

	process(path: string, change: (current: string) => string): Promise<string> {
		const file = this.files.get(path);
		if (!file) return Promise.reject(new Error(`${path} does not exist`));
		const apply = (current: string) => {
			const next = change(current);
			if (next !== current) this.write(path, next);
			return next;
		};
		if (file.bytes) return Promise.resolve(apply(file.bytes.toString("utf8")));
		return file.text !== null ? Promise.resolve(apply(file.text)) : this.read(path).then(apply);
	}

	trash(path: string): Promise<void> {
		this.files.delete(path);
		this.basenames = null;
		return Promise.resolve();
	}

	linkText(path: string): string {
		this.basenames ??= basenameCounts(this.files.keys());
		const base = basename(path);
		return (this.basenames.get(base.toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/, "") : base;
	}

	appConfig(): Promise<AppConfig> {
		return Promise.resolve({ templatesFolder: "", userIgnoreFilters: [] });
	}

	/** A turn of the event loop. The plugin's is a MessageChannel task
	 * (src/vault/event-loop-turn.ts); Node runs a port's messages back to back
	 * without a turn, so its stand-in here is setImmediate: a real turn
	 * (timers run, the benchmark's samplers fire) without setTimeout's clamp. */
	yieldToEventLoop(): Promise<void> {
		if (performance.now() > this.deadline) return Promise.reject(new OutOfTime());
		this.onYield?.();
		return new Promise((resolve) =>
			setImmediate(() => {
				this.onResume?.();
				resolve();
			}),
		);
	}

	private addFolders(path: string): void {
		for (let slash = path.indexOf("/"); slash >= 0; slash = path.indexOf("/", slash + 1)) this.folders.add(path.slice(0, slash));
	}
}

export class OutOfTime extends Error {
	constructor() {
		super("the run did not finish within the benchmark's time budget");
	}
}

function writeOnDisk(file: string, text: string): void {
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
}

function basename(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
}

function basenameCounts(paths: Iterable<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const path of paths) {
		if (!path.endsWith(".md")) continue;
		const key = basename(path).toLowerCase();
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}
