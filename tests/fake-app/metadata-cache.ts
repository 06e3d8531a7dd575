// The metadata cache: frontmatter parsed with the project's own reader, kept
// per note and refreshed a macrotask after each vault event, so (as in
// Obsidian) a handler of "modify" still sees the old cache and a note created
// a moment ago has none yet. Links are built and resolved as Obsidian does.
import type { CachedMetadata } from "obsidian";
import { readFrontmatter } from "../../src/core/markdown/frontmatter";
import { splitLines } from "../../src/core/markdown/lines";
import { nextMacrotask, track } from "./async";
import { Events } from "./events";
import { parentPath, TAbstractFile, TFile } from "./files";
import type { FakeVault } from "./vault";

export class FakeMetadataCache extends Events {
	readonly resolvedLinks: Record<string, Record<string, number>> = {};
	readonly unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, CachedMetadata>();
	private pendingUpdates = 0;

	constructor(private readonly vault: FakeVault) {
		super();
		for (const file of vault.getMarkdownFiles()) this.caches.set(file.path, computeCache(vault.fakeText(file.path) ?? ""));
		vault.on("create", (file) => this.scheduleUpdate(file));
		vault.on("modify", (file) => this.scheduleUpdate(file));
		vault.on("delete", (file) => this.forget(file));
		vault.on("rename", (file, oldPath) => this.move(file, oldPath));
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	/** The file name when no other file has it, else the full path (".md" dropped when asked). */
	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const name = omit ? file.basename : file.name;
		const path = omit ? file.path.slice(0, -".md".length) : file.path;
		const key = name.toLowerCase();
		const sharing = this.vault.getFiles().filter((other) => linkName(other).toLowerCase() === key || other.name.toLowerCase() === key);
		return sharing.length === 1 && sharing[0] === file ? name : path;
	}

	/**
	 * Resolves a link target: an exact vault path (".md" optional), else the
	 * files whose path ends with it; among several, one in the source's folder,
	 * then the shortest path.
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const target = linkpath.split("#")[0].split("|")[0].trim().toLowerCase();
		if (target === "") return this.vault.getFileByPath(sourcePath);
		const files = this.vault.getFiles();
		const exact = files.find((file) => file.path.toLowerCase() === target || file.path.toLowerCase() === `${target}.md`);
		if (exact) return exact;
		const candidates = files.filter((file) => {
			const path = file.path.toLowerCase();
			return path.endsWith(`/${target}`) || path.endsWith(`/${target}.md`);
		});
		if (candidates.length === 0) return null;
		const sourceFolder = parentPath(sourcePath);
		candidates.sort((a, b) => rank(a) - rank(b) || a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		return candidates[0];

		function rank(file: TFile): number {
			return parentPath(file.path) === sourceFolder ? 0 : 1;
		}
	}

	private scheduleUpdate(entry: unknown): void {
		if (!(entry instanceof TFile) || entry.extension !== "md") return;
		this.pendingUpdates++;
		track(nextMacrotask().then(() => {
			this.pendingUpdates--;
			const text = this.vault.fakeText(entry.path);
			if (text !== null && this.vault.getFileByPath(entry.path) === entry) {
				const cache = computeCache(text);
				this.caches.set(entry.path, cache);
				this.trigger("changed", entry, text, cache);
				this.trigger("resolve", entry);
			}
			if (this.pendingUpdates === 0) this.trigger("resolved");
		}));
	}

	private forget(entry: unknown): void {
		if (!(entry instanceof TFile)) return;
		const previous = this.caches.get(entry.path) ?? null;
		this.caches.delete(entry.path);
		this.trigger("deleted", entry, previous);
	}

	private move(entry: unknown, oldPath: unknown): void {
		if (!(entry instanceof TAbstractFile) || typeof oldPath !== "string") return;
		const cache = this.caches.get(oldPath);
		if (!cache) return;
		this.caches.delete(oldPath);
		this.caches.set(entry.path, cache);
	}
}

function linkName(file: TFile): string {
	return file.extension === "md" ? file.basename : file.name;
}

/**
 * Frontmatter as Obsidian caches it: a block that parses gives `frontmatter`;
 * one that does not keeps its position but no data; an unclosed `---` or a
 * `---js` opener is no frontmatter at all.
 */
export function computeCache(text: string): CachedMetadata {
	const result = readFrontmatter(text);
	if (result.kind === "none" || result.endLine === 0) return {};
	const { lines, endings, bom } = splitLines(text);
	let offset = bom.length;
	for (let i = 0; i < result.endLine; i++) offset += lines[i].length + endings[i].length;
	const end = { line: result.endLine, col: lines[result.endLine].length, offset: offset + lines[result.endLine].length };
	const position = { start: { line: 0, col: 0, offset: 0 }, end };
	const cache: CachedMetadata = { frontmatterPosition: position, sections: [{ type: "yaml", position }] };
	if (result.kind === "ok") cache.frontmatter = result.data;
	return cache;
}
