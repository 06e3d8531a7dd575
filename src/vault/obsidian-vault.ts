// The core's vault port over Obsidian's API. Notes are read and written only
// through Vault, FileManager and MetadataCache; vault.adapter is used for the
// two config files that no API exposes (Excluded files, the Templates folder).
import { normalizePath, TFile } from "obsidian";
import type { App } from "obsidian";
import type { AppConfig, NoteStat, VaultPort } from "./port";
import { nextTurn } from "./event-loop-turn";

export class ObsidianVault implements VaultPort {
	constructor(private readonly app: App) {}

	listMarkdownFiles(): NoteStat[] {
		return this.app.vault.getMarkdownFiles().map((file) => ({ path: file.path, mtime: file.stat.mtime, size: file.stat.size }));
	}

	async read(path: string): Promise<string> {
		return this.app.vault.cachedRead(this.file(path));
	}

	cachedFrontmatter(path: string): Record<string, unknown> | null | undefined {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) return undefined;
		const cache = this.app.metadataCache.getFileCache(file);
		if (!cache) return undefined;
		if (cache.frontmatter) return cache.frontmatter;
		// A block Obsidian could not parse has a position but no data: let the
		// core read the text and report why.
		return cache.frontmatterPosition ? undefined : null;
	}

	exists(path: string): boolean {
		return this.app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
	}

	async create(path: string, text: string): Promise<void> {
		const target = normalizePath(path);
		await this.ensureFolder(parentOf(target));
		await this.app.vault.create(target, text);
	}

	async process(path: string, change: (current: string) => string): Promise<string> {
		return this.app.vault.process(this.file(path), change);
	}

	async trash(path: string): Promise<void> {
		await this.app.fileManager.trashFile(this.file(path));
	}

	linkText(path: string): string {
		const target = normalizePath(path);
		const file = this.app.vault.getFileByPath(target);
		if (file) return this.app.metadataCache.fileToLinktext(file, "", true);
		return target.replace(/\.md$/i, "");
	}

	async appConfig(): Promise<AppConfig> {
		const app = await this.readConfig("app.json");
		const templates = await this.readConfig("templates.json");
		const filters = Array.isArray(app.userIgnoreFilters) ? app.userIgnoreFilters : [];
		const folder = typeof templates.folder === "string" ? normalizePath(templates.folder) : "";
		return {
			templatesFolder: folder === "/" ? "" : folder,
			userIgnoreFilters: filters.filter((filter): filter is string => typeof filter === "string" && filter.trim() !== ""),
		};
	}

	yieldToEventLoop(): Promise<void> {
		return nextTurn((resume) => window.setTimeout(resume, 0));
	}

	private file(path: string): TFile {
		const file = this.app.vault.getFileByPath(normalizePath(path));
		if (!file) throw new Error(`No note at "${path}"`);
		return file;
	}

	/** Creates the folder and its missing parents; one made meanwhile (Sync, another run) is fine. */
	private async ensureFolder(path: string): Promise<void> {
		if (path === "") return;
		const existing = this.app.vault.getAbstractFileByPath(path);
		if (existing instanceof TFile) throw new Error(`"${path}" is a file, not a folder`);
		if (existing) return;
		await this.ensureFolder(parentOf(path));
		try {
			await this.app.vault.createFolder(path);
		} catch (error) {
			if (!this.app.vault.getFolderByPath(path)) throw error;
		}
	}

	/** A JSON config file as an object; missing or broken means empty. */
	private async readConfig(name: string): Promise<Record<string, unknown>> {
		const path = normalizePath(`${this.app.vault.configDir}/${name}`);
		try {
			if (!(await this.app.vault.adapter.exists(path))) return {};
			const parsed: unknown = JSON.parse(await this.app.vault.adapter.read(path));
			return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
		} catch {
			return {};
		}
	}
}

function parentOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}
