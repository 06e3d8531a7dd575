// The built command line on temp folders: builds dist/cli.js (and main.js)
// once when missing or older than the sources — under the same lock the
// cli-e2e tests take, so two test files never build at once — and runs a
// private copy, so a rebuild meanwhile cannot hand a test a half-written file.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DATA_JSON = ".obsidian/plugins/meeting-crm/data.json";
const OUTPUTS = ["dist/cli.js", "dist/package.json", "main.js"].map((file) => path.join(ROOT, file));
const INPUTS = ["src", "manifest.json", "esbuild.config.mjs", "package.json"].map((file) => path.join(ROOT, file));
const LOCK_STALE_MS = 120_000;
const temps: string[] = [];
let privateCli: string | null = null;

/** Builds when needed; returns the path of this test file's copy of the CLI. */
export async function ensureBuilt(): Promise<string> {
	if (privateCli !== null) return privateCli;
	const lock = path.join(os.tmpdir(), `meeting-crm-e2e-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);
	await acquire(lock);
	try {
		if (!isFresh()) execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
		const folder = tempFolder("meeting-crm-reliability-cli-");
		fs.copyFileSync(path.join(ROOT, "dist", "cli.js"), path.join(folder, "cli.js"));
		fs.writeFileSync(path.join(folder, "package.json"), "{\"type\":\"commonjs\"}\n");
		privateCli = path.join(folder, "cli.js");
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
	return privateCli;
}

/** The built plugin bundle and CLI, as text (after ensureBuilt). */
export function builtBundles(): { name: string; text: string }[] {
	return [
		{ name: "main.js", text: fs.readFileSync(path.join(ROOT, "main.js"), "utf8") },
		{ name: "dist/cli.js", text: fs.readFileSync(path.join(ROOT, "dist", "cli.js"), "utf8") },
	];
}

function isFresh(): boolean {
	if (!OUTPUTS.every((file) => fs.existsSync(file))) return false;
	const built = Math.min(...OUTPUTS.map((file) => fs.statSync(file).mtimeMs));
	return INPUTS.every((input) => newestMtime(input) <= built);
}

function newestMtime(file: string): number {
	const stat = fs.statSync(file);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return fs.readdirSync(file).reduce((newest, entry) => Math.max(newest, newestMtime(path.join(file, entry))), stat.mtimeMs);
}

async function acquire(lock: string): Promise<void> {
	for (let waited = 0; ; waited += 50) {
		try {
			fs.mkdirSync(lock);
			return;
		} catch (error) {
			if ((error as { code?: unknown }).code !== "EEXIST") throw error;
		}
		try {
			if (Date.now() - fs.statSync(lock).mtimeMs > LOCK_STALE_MS) fs.rmSync(lock, { recursive: true, force: true });
		} catch {
			// Released meanwhile.
		}
		if (waited > LOCK_STALE_MS) throw new Error(`gave up waiting for the build lock ${lock}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

export interface CliRun {
	code: number | null;
	stdout: string;
	stderr: string;
}

export function runCli(cli: string, args: readonly string[]): Promise<CliRun> {
	const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, TZ: "UTC" }, stdio: ["ignore", "pipe", "pipe"] });
	let stdout = "";
	let stderr = "";
	child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
	child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		child.on("error", reject);
		child.on("close", (code) => resolve({ code, stdout, stderr }));
	});
}

/** A new temp folder (in memory when the machine has /dev/shm), removed by cleanUp. */
export function tempFolder(prefix = "meeting-crm-reliability-"): string {
	const base = fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
	const folder = fs.mkdtempSync(path.join(base, prefix));
	temps.push(folder);
	return folder;
}

export function cleanUp(): void {
	for (const folder of temps.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
	privateCli = null;
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
	for (const [file, content] of Object.entries(files)) {
		const absolute = path.join(root, ...file.split("/"));
		fs.mkdirSync(path.dirname(absolute), { recursive: true });
		fs.writeFileSync(absolute, content);
	}
}

/** Every regular file under `root` (dot files too; symbolic links left out), by relative path with "/", with its bytes. */
export function snapshotBytes(root: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const absolute = path.join(entry.parentPath, entry.name);
		files.set(path.relative(root, absolute).split(path.sep).join("/"), fs.readFileSync(absolute));
	}
	return files;
}

/** The same, decoded as UTF-8 (invalid bytes become U+FFFD), under `prefix/` only, without it. */
export function textsUnder(files: Map<string, Buffer>, prefix: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [file, bytes] of files) if (file.startsWith(`${prefix}/`)) out[file.slice(prefix.length + 1)] = bytes.toString("utf8");
	return out;
}
