// Files and folders as Obsidian models them, and normalizePath.

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export abstract class TAbstractFile {
	vault!: unknown;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Sets path, name, and for a file basename and extension, as Obsidian does. */
export function placeAt(file: TAbstractFile, path: string): void {
	file.path = path;
	file.name = path === "/" ? "" : path.slice(path.lastIndexOf("/") + 1);
	if (file instanceof TFile) {
		const dot = file.name.lastIndexOf(".");
		file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
		file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
	}
}

/** The folder part of a path ("" for the root). */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/**
 * Obsidian's normalizePath: runs of slashes and backslashes become one "/",
 * leading and trailing slashes go, an empty path becomes "/", non-breaking
 * spaces become spaces, and the text is put in Unicode NFC.
 */
export function normalizePath(path: string): string {
	let cleaned = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (cleaned === "") cleaned = "/";
	return cleaned.replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}
