// Vault-relative folder and note paths, the way Obsidian's normalizePath
// writes them, plus the one rule that keeps writes inside a folder: no `..`.

/**
 * A folder setting as a clean vault path: `\` as `/`, no leading or trailing
 * `/`, and no segment made only of dots and spaces (`..`, and `.. ` which
 * Windows reads as `..`), so a setting never points above the vault root.
 * "" is the vault root.
 */
export function normalizeFolder(folder: string): string {
	return folder
		.normalize("NFC")
		.replace(/\u00a0|\u202f/g, " ")
		.split(/[\\/]+/)
		.filter((segment) => !/^[.\s]*$/.test(segment))
		.join("/");
}

/** Whether a vault path lies in a folder, at any depth. The root holds everything. */
export function isInFolder(path: string, folder: string): boolean {
	const clean = normalizeFolder(folder);
	return clean === "" || path.startsWith(clean + "/");
}

/** Whether a vault path lies directly in a folder (not in a subfolder). */
export function isDirectlyInFolder(path: string, folder: string): boolean {
	const clean = normalizeFolder(folder);
	const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	return parent === clean;
}

/** "People/Jai Menon.md" → "Jai Menon". */
export function noteBasename(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return /\.md$/i.test(name) ? name.slice(0, -3) : name;
}
