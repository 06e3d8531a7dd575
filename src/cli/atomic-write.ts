// Writes that a crash, a full disk or a concurrent reader never sees half
// done: the text goes to a temp file beside the target, is flushed to disk,
// and then takes the target's place in one step.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { randomBytes } from "node:crypto";
import { hasCode } from "./vault-paths";

/** `<dir>/.<name>.meeting-crm-<pid>-<rand>.tmp`: hidden (a dot file, so
 * neither Obsidian nor the listing shows it) and unique per write. */
export function tempPathFor(target: string): string {
	const name = `.${path.basename(target)}.meeting-crm-${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
	return path.join(path.dirname(target), name);
}

/** Writes `data` to a new temp file beside `target`, flushed to disk. */
async function writeTemp(target: string, data: string | Uint8Array, mode?: number): Promise<string> {
	const temp = tempPathFor(target);
	const handle = await fs.open(temp, "wx", mode ?? 0o666);
	try {
		await handle.writeFile(data);
		// The umask applies at open; an existing file's mode is kept exactly.
		if (mode !== undefined) await handle.chmod(mode);
		await handle.sync();
	} catch (error) {
		await handle.close().catch(() => undefined);
		await removeQuietly(temp);
		throw error;
	}
	await handle.close();
	return temp;
}

/** Replaces `target` with `data` atomically (temp file, fsync, rename),
 * keeping the target's permission bits. */
export async function replaceFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
	let mode: number | undefined;
	try {
		mode = (await fs.stat(target)).mode & 0o7777;
	} catch {
		mode = undefined;
	}
	const temp = await writeTemp(target, data, mode);
	try {
		await fs.rename(temp, target);
	} catch (error) {
		await removeQuietly(temp);
		throw error;
	}
	await syncFolder(path.dirname(target));
}

export class FileExistsError extends Error {}

/** Creates `target` with `data` atomically and never over an existing file:
 * the temp file is hard-linked into place, which fails when the name is
 * taken. Where hard links are not supported, an exclusive create is used. */
export async function createFileAtomic(target: string, data: string): Promise<void> {
	const temp = await writeTemp(target, data);
	try {
		await fs.link(temp, target);
	} catch (error) {
		if (hasCode(error, "EEXIST")) {
			await removeQuietly(temp);
			throw new FileExistsError("File already exists.");
		}
		if (!linkUnsupported(error)) {
			await removeQuietly(temp);
			throw error;
		}
		await removeQuietly(temp);
		await createExclusive(target, data);
		return;
	}
	await removeQuietly(temp);
	await syncFolder(path.dirname(target));
}

/** Moves `from` to `to` without replacing a file already at `to`. */
export async function moveNoClobber(from: string, to: string): Promise<void> {
	try {
		await fs.link(from, to);
	} catch (error) {
		if (hasCode(error, "EEXIST")) throw new FileExistsError("File already exists.");
		if (!linkUnsupported(error)) throw error;
		if (await pathExists(to)) throw new FileExistsError("File already exists.");
		await fs.rename(from, to);
		return;
	}
	await fs.unlink(from);
}

async function createExclusive(target: string, data: string): Promise<void> {
	let handle: fs.FileHandle;
	try {
		handle = await fs.open(target, "wx");
	} catch (error) {
		if (hasCode(error, "EEXIST")) throw new FileExistsError("File already exists.");
		throw error;
	}
	try {
		await handle.writeFile(data);
		await handle.sync();
	} finally {
		await handle.close();
	}
}

function linkUnsupported(error: unknown): boolean {
	return ["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"].some((code) => hasCode(error, code));
}

async function pathExists(target: string): Promise<boolean> {
	try {
		await fs.lstat(target);
		return true;
	} catch {
		return false;
	}
}

/** Flushes a folder's entries (the rename) to disk; not possible on every
 * platform, and not needed for correctness, so failures are ignored. */
async function syncFolder(folder: string): Promise<void> {
	try {
		const handle = await fs.open(folder, "r");
		try {
			await handle.sync();
		} finally {
			await handle.close();
		}
	} catch {
		// Windows cannot open a folder for syncing.
	}
}

async function removeQuietly(file: string): Promise<void> {
	await fs.rm(file, { force: true }).catch(() => undefined);
}
