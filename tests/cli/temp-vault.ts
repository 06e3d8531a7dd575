// Temp vault folders for the command line's tests, removed after each test.
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach } from "vitest";

const made: string[] = [];

afterEach(async () => {
	for (const folder of made.splice(0)) await fs.rm(folder, { recursive: true, force: true });
});

/** A new temp folder holding the given files (vault path → text). */
export async function tempVault(files: Record<string, string> = {}): Promise<string> {
	const root = await fs.mkdtemp(path.join(os.tmpdir(), "meeting-crm-cli-"));
	made.push(root);
	for (const [file, text] of Object.entries(files)) await writeIn(root, file, text);
	return root;
}

export async function writeIn(root: string, file: string, text: string | Uint8Array): Promise<void> {
	const absolute = path.join(root, file);
	await fs.mkdir(path.dirname(absolute), { recursive: true });
	await fs.writeFile(absolute, text);
}

/** Every file under the folder (dot files and folders too), sorted. */
export async function allFiles(root: string): Promise<string[]> {
	const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => !entry.isDirectory())
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
		.sort();
}
