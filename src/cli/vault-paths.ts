// Keeps every path the command line builds inside the vault folder: a
// crafted name ("../../x", an absolute path, a symlink pointing out) must
// never read or write a file elsewhere.
import * as fs from "node:fs/promises";
import * as path from "node:path";

export class VaultPathError extends Error {}

/** Whether `candidate` is `root` itself or lies below it (both absolute). */
export function isInside(root: string, candidate: string): boolean {
	const rel = path.relative(root, candidate);
	if (rel === "") return true;
	if (path.isAbsolute(rel)) return false;
	return rel !== ".." && !rel.startsWith(".." + path.sep);
}

/** A vault path in the form the index keys use: forward slashes, no "." or
 * ".." segments, no leading or trailing slash. Throws when it could name
 * anything outside the vault or is not a path at all. */
export function normalizeVaultPath(vaultPath: string): string {
	if (vaultPath.includes("\0")) throw new VaultPathError(`Path contains a NUL character: ${JSON.stringify(vaultPath)}`);
	const slashed = vaultPath.replace(/\\/g, "/");
	if (slashed.startsWith("/") || /^[A-Za-z]:/.test(slashed)) throw new VaultPathError(`Path escapes the vault: ${vaultPath}`);
	const normalized = path.posix.normalize(slashed).replace(/\/+$/, "");
	if (normalized === ".." || normalized.startsWith("../")) throw new VaultPathError(`Path escapes the vault: ${vaultPath}`);
	if (normalized === "." || normalized === "") throw new VaultPathError(`Not a path inside the vault: ${JSON.stringify(vaultPath)}`);
	return normalized;
}

/** The absolute location of a vault path, checked to stay inside the root. */
export function absoluteInVault(root: string, vaultPath: string): string {
	const absolute = path.resolve(root, ...normalizeVaultPath(vaultPath).split("/"));
	if (!isInside(root, absolute) || absolute === root) throw new VaultPathError(`Path escapes the vault: ${vaultPath}`);
	return absolute;
}

/** The real (symlink-free) location of an existing file or folder, checked
 * to lie inside the vault's real root. */
export async function realPathInVault(realRoot: string, absolute: string, vaultPath: string): Promise<string> {
	const real = await fs.realpath(absolute);
	if (!isInside(realRoot, real)) throw new VaultPathError(`Path leads out of the vault through a symbolic link: ${vaultPath}`);
	return real;
}

/** For a file about to be made: the real location of its folder (the nearest
 * folder that exists, resolved through symlinks) must lie inside the vault. */
export async function assertParentInVault(realRoot: string, absolute: string, vaultPath: string): Promise<void> {
	let folder = path.dirname(absolute);
	for (;;) {
		try {
			const real = await fs.realpath(folder);
			if (!isInside(realRoot, real)) throw new VaultPathError(`Path leads out of the vault through a symbolic link: ${vaultPath}`);
			return;
		} catch (error) {
			if (!isMissing(error)) throw error;
			const parent = path.dirname(folder);
			if (parent === folder) throw error;
			folder = parent;
		}
	}
}

export function isMissing(error: unknown): boolean {
	return hasCode(error, "ENOENT") || hasCode(error, "ENOTDIR");
}

export function hasCode(error: unknown, code: string): boolean {
	return typeof error === "object" && error !== null && (error as { code?: unknown }).code === code;
}
