// An in-memory vault behind the same port: for the core's tests and the
// benchmark, which must measure the run without disk or Obsidian noise.
import type { AppConfig, NoteStat, VaultPort } from "../../src/vault/port";

export class MemoryVault implements VaultPort {
	readonly files = new Map<string, { text: string; mtime: number }>();
	readonly trashed: string[] = [];
	config: AppConfig = { templatesFolder: "", userIgnoreFilters: [] };
	private clock = 1_000;
	private linkCache: Map<string, number> | null = null;
	/** Called before a process() callback runs: lets a test edit the note
	 * "while the run is busy". */
	beforeProcess: ((path: string) => void) | null = null;

	constructor(files: Record<string, string> = {}) {
		for (const [path, text] of Object.entries(files)) this.write(path, text);
	}

	write(path: string, text: string): void {
		if (!this.files.has(path)) this.linkCache = null;
		this.files.set(path, { text, mtime: ++this.clock });
	}

	text(path: string): string | undefined {
		return this.files.get(path)?.text;
	}

	snapshot(): Record<string, string> {
		const entries: [string, string][] = [...this.files].map(([path, file]) => [path, file.text]);
		entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return Object.fromEntries(entries);
	}

	listMarkdownFiles(): NoteStat[] {
		const out: NoteStat[] = [];
		for (const [path, file] of this.files) {
			if (path.endsWith(".md")) out.push({ path, mtime: file.mtime, size: utf8Length(file.text) });
		}
		return out;
	}

	read(path: string): Promise<string> {
		const file = this.files.get(path);
		return file ? Promise.resolve(file.text) : Promise.reject(new Error(`${path} does not exist`));
	}

	cachedFrontmatter(): undefined {
		return undefined;
	}

	exists(path: string): boolean {
		if (this.files.has(path)) return true;
		const prefix = path.endsWith("/") ? path : path + "/";
		for (const key of this.files.keys()) if (key.startsWith(prefix)) return true;
		return false;
	}

	create(path: string, text: string): Promise<void> {
		if (this.files.has(path)) return Promise.reject(new Error("File already exists."));
		this.write(path, text);
		return Promise.resolve();
	}

	process(path: string, change: (current: string) => string): Promise<string> {
		this.beforeProcess?.(path);
		const file = this.files.get(path);
		if (!file) return Promise.reject(new Error(`${path} does not exist`));
		const next = change(file.text);
		if (next !== file.text) this.write(path, next);
		return Promise.resolve(next);
	}

	trash(path: string): Promise<void> {
		this.files.delete(path);
		this.linkCache = null;
		this.trashed.push(path);
		return Promise.resolve();
	}

	linkText(path: string): string {
		this.linkCache ??= basenameCounts(this.files.keys());
		const base = basename(path);
		return (this.linkCache.get(base.toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/, "") : base;
	}

	appConfig(): Promise<AppConfig> {
		return Promise.resolve(this.config);
	}

	yieldToEventLoop(): Promise<void> {
		return new Promise((resolve) => setTimeout(resolve, 0));
	}
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

function utf8Length(text: string): number {
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
