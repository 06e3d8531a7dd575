// What the command line knows about a vault folder without reading a note:
// every markdown file with its stat, every folder and other file (for
// exists), and how many notes share each basename (for link text). Built by
// one walk of the folder, then kept current by the adapter's own writes.
import type { Dirent } from "node:fs";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { NoteStat } from "../vault/port";
import { isInside } from "./vault-paths";

export class VaultIndex {
	private readonly notes = new Map<string, NoteStat>();
	private readonly folders = new Set<string>();
	private readonly otherFiles = new Set<string>();
	/** Lowercased basename → notes with it: Obsidian resolves links ignoring case. */
	private readonly basenames = new Map<string, number>();

	/** Walks the vault. Skipped: dot files and dot folders (the config folder,
	 * `.trash`, `.git`, our own temp files), `node_modules`, folder symlinks
	 * (they would list notes twice, or loop) and any symlink leading out of
	 * the vault. */
	static async scan(root: string, realRoot: string): Promise<VaultIndex> {
		const index = new VaultIndex();
		const pending: string[] = [""];
		while (pending.length > 0) {
			const folder = pending.pop() as string;
			const entries = await fs.readdir(folder === "" ? root : path.join(root, folder), { withFileTypes: true });
			await Promise.all(entries.map(async (entry) => {
				const vaultPath = folder === "" ? entry.name : `${folder}/${entry.name}`;
				const kind = await entryKind(root, realRoot, vaultPath, entry);
				if (kind === "folder") {
					index.folders.add(vaultPath);
					pending.push(vaultPath);
				} else if (kind === "file") {
					const stat = await fs.stat(path.join(root, vaultPath));
					index.addFile(vaultPath, stat.mtimeMs, stat.size);
				}
			}));
		}
		return index;
	}

	/** Every markdown note, sorted by path so runs are reproducible. */
	list(): NoteStat[] {
		return [...this.notes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((stat) => ({ ...stat }));
	}

	has(vaultPath: string): boolean {
		return this.notes.has(vaultPath) || this.folders.has(vaultPath) || this.otherFiles.has(vaultPath);
	}

	/** Records a file (new or rewritten) and the folders above it. */
	addFile(vaultPath: string, mtimeMs: number, size: number): void {
		this.addFolders(vaultPath);
		if (!isMarkdown(vaultPath)) {
			this.otherFiles.add(vaultPath);
			return;
		}
		if (!this.notes.has(vaultPath)) this.countBasename(vaultPath, 1);
		this.notes.set(vaultPath, { path: vaultPath, mtime: Math.floor(mtimeMs), size });
	}

	removeFile(vaultPath: string): void {
		if (this.notes.delete(vaultPath)) this.countBasename(vaultPath, -1);
		this.otherFiles.delete(vaultPath);
	}

	/** The shortest link target that resolves to this note alone, as
	 * Obsidian's "shortest path when possible": the basename when no other
	 * note has it, else the full path; without ".md" either way. */
	linkText(vaultPath: string): string {
		const withoutExtension = isMarkdown(vaultPath) ? vaultPath.slice(0, -".md".length) : vaultPath;
		const basename = withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1);
		const sharing = this.basenames.get(basename.toLowerCase()) ?? 0;
		const others = sharing - (this.notes.has(vaultPath) ? 1 : 0);
		return others > 0 ? withoutExtension : basename;
	}

	private addFolders(vaultPath: string): void {
		let slash = vaultPath.indexOf("/");
		while (slash !== -1) {
			this.folders.add(vaultPath.slice(0, slash));
			slash = vaultPath.indexOf("/", slash + 1);
		}
	}

	private countBasename(vaultPath: string, delta: number): void {
		const key = basenameOf(vaultPath).toLowerCase();
		const count = (this.basenames.get(key) ?? 0) + delta;
		if (count > 0) this.basenames.set(key, count);
		else this.basenames.delete(key);
	}
}

export function isMarkdown(vaultPath: string): boolean {
	return vaultPath.endsWith(".md");
}

function basenameOf(vaultPath: string): string {
	const name = vaultPath.slice(vaultPath.lastIndexOf("/") + 1);
	return isMarkdown(name) ? name.slice(0, -".md".length) : name;
}

async function entryKind(root: string, realRoot: string, vaultPath: string, entry: Dirent): Promise<"folder" | "file" | "skip"> {
	if (entry.name.startsWith(".")) return "skip";
	if (entry.isDirectory()) return entry.name === "node_modules" ? "skip" : "folder";
	if (entry.isFile()) return "file";
	if (!entry.isSymbolicLink()) return "skip";
	try {
		const real = await fs.realpath(path.join(root, vaultPath));
		if (!isInside(realRoot, real)) return "skip";
		return (await fs.stat(real)).isFile() ? "file" : "skip";
	} catch {
		return "skip";
	}
}
