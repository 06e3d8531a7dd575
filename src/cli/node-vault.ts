// The command line's VaultPort: a vault folder on disk, through
// node:fs/promises. Listing, exists and link text answer from an index built
// once at open and kept current by this adapter's writes (the port's
// synchronous methods cannot touch the disk); reads and writes go to disk.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { AppConfig, NoteStat, VaultPort } from "../vault/port";
import { createFileAtomic, FileExistsError, moveNoClobber, replaceFileAtomic } from "./atomic-write";
import { VaultIndex } from "./vault-index";
import { absoluteInVault, assertParentInVault, normalizeVaultPath, realPathInVault } from "./vault-paths";

/** Obsidian's default config folder. */
export const CONFIG_DIR = ".obsidian";
/** Obsidian's "Move to Obsidian trash" folder. */
export const TRASH_DIR = ".trash";
/** Tries before giving up on a note that keeps changing under a write. */
const PROCESS_ATTEMPTS = 3;

export class NodeVault implements VaultPort {
	private constructor(
		/** Absolute path of the vault folder. */
		readonly root: string,
		private readonly realRoot: string,
		private readonly index: VaultIndex,
	) {}

	/** Opens a vault folder and indexes it. */
	static async open(folder: string): Promise<NodeVault> {
		const root = path.resolve(folder);
		const realRoot = await fs.realpath(root);
		return new NodeVault(root, realRoot, await VaultIndex.scan(root, realRoot));
	}

	listMarkdownFiles(): NoteStat[] {
		return this.index.list();
	}

	async read(vaultPath: string): Promise<string> {
		return fs.readFile(await this.existingFile(vaultPath), "utf8");
	}

	/** No metadata cache outside Obsidian: the core parses the text itself. */
	cachedFrontmatter(vaultPath: string): undefined {
		normalizeVaultPath(vaultPath);
		return undefined;
	}

	exists(vaultPath: string): boolean {
		absoluteInVault(this.root, vaultPath);
		return this.index.has(normalizeVaultPath(vaultPath));
	}

	async create(vaultPath: string, text: string): Promise<void> {
		const key = normalizeVaultPath(vaultPath);
		const absolute = absoluteInVault(this.root, key);
		await assertParentInVault(this.realRoot, absolute, key);
		await fs.mkdir(path.dirname(absolute), { recursive: true });
		// Checked again: a folder made above must not have become a way out.
		await realPathInVault(this.realRoot, path.dirname(absolute), key);
		try {
			await createFileAtomic(absolute, text);
		} catch (error) {
			if (error instanceof FileExistsError) throw new FileExistsError(`File already exists: ${key}`);
			throw error;
		}
		await this.refreshStat(key, absolute);
	}

	/** Read, change, write atomically — only when the text changed. A note
	 * whose bytes are not valid UTF-8 is never rewritten (decoding replaced
	 * its bad bytes, so writing it back would destroy them); a note that
	 * changes on disk while the change is computed is read again. */
	async process(vaultPath: string, change: (current: string) => string): Promise<string> {
		const key = normalizeVaultPath(vaultPath);
		const real = await this.existingFile(key);
		for (let attempt = 0; attempt < PROCESS_ATTEMPTS; attempt++) {
			const bytes = await fs.readFile(real);
			const current = bytes.toString("utf8");
			if (!Buffer.from(current, "utf8").equals(bytes)) throw new Error(`Not valid UTF-8, left untouched: ${key}`);
			const next = change(current);
			if (next === current) return current;
			const latest = await fs.readFile(real);
			if (!latest.equals(bytes)) continue;
			await replaceFileAtomic(real, next);
			await this.refreshStat(key, real);
			return next;
		}
		throw new Error(`Kept changing while being written, left as it is: ${key}`);
	}

	/** Moves the note into the vault's `.trash` folder, as Obsidian's "Move
	 * to Obsidian trash" does; a name already there gets " 1", " 2", …. */
	async trash(vaultPath: string): Promise<void> {
		const key = normalizeVaultPath(vaultPath);
		const absolute = absoluteInVault(this.root, key);
		await realPathInVault(this.realRoot, path.dirname(absolute), key);
		const trashFolder = path.join(this.root, TRASH_DIR);
		await fs.mkdir(trashFolder, { recursive: true });
		await realPathInVault(this.realRoot, trashFolder, TRASH_DIR);
		const extension = path.extname(absolute);
		const stem = path.basename(absolute, extension);
		for (let n = 0; ; n++) {
			const name = n === 0 ? `${stem}${extension}` : `${stem} ${n}${extension}`;
			try {
				await moveNoClobber(absolute, path.join(trashFolder, name));
				break;
			} catch (error) {
				if (!(error instanceof FileExistsError) || n >= 999) throw error;
			}
		}
		this.index.removeFile(key);
	}

	linkText(vaultPath: string): string {
		absoluteInVault(this.root, vaultPath);
		return this.index.linkText(normalizeVaultPath(vaultPath));
	}

	/** Excluded files and the Templates folder from the config folder;
	 * a missing or broken config file means "none". */
	async appConfig(): Promise<AppConfig> {
		const app = await this.readConfigJson("app.json");
		const templates = await this.readConfigJson("templates.json");
		const filters = Array.isArray(app.userIgnoreFilters) ? app.userIgnoreFilters : [];
		const folder = typeof templates.folder === "string" ? templates.folder.trim().replace(/^\/+|\/+$/g, "") : "";
		return {
			templatesFolder: folder,
			userIgnoreFilters: filters.filter((filter): filter is string => typeof filter === "string" && filter.trim() !== ""),
		};
	}

	yieldToEventLoop(): Promise<void> {
		return new Promise((resolve) => setImmediate(resolve));
	}

	private async existingFile(key: string): Promise<string> {
		return realPathInVault(this.realRoot, absoluteInVault(this.root, key), key);
	}

	private async refreshStat(key: string, absolute: string): Promise<void> {
		const stat = await fs.stat(absolute);
		this.index.addFile(key, stat.mtimeMs, stat.size);
	}

	private async readConfigJson(name: string): Promise<Record<string, unknown>> {
		try {
			const parsed: unknown = JSON.parse(await fs.readFile(path.join(this.root, CONFIG_DIR, name), "utf8"));
			return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
		} catch {
			return {};
		}
	}
}
