// The built command line, run as a user runs it: `node dist/cli.js …` in a
// child process on a temp copy of a vault. Builds once when dist/cli.js is
// missing or older than the sources, under a lock so test files running in
// parallel never build at once, then runs a private copy of the bundle so a
// rebuild during the suite cannot hand a test a half-written file.
import { execFileSync, spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXAMPLE_VAULT = path.join(ROOT, "examples", "vault");
export const DATA_JSON = ".obsidian/plugins/meeting-crm/data.json";
/** The date every run of these tests counts as today. */
export const TODAY = "2025-11-10";

const BUILT_CLI = path.join(ROOT, "dist", "cli.js");
const BUILD_INPUTS = ["src", "manifest.json", "esbuild.config.mjs", "package.json"];
const LOCK_STALE_MS = 120_000;

let privateCli: string | null = null;
const tempFolders: string[] = [];

/** Builds dist/cli.js when it is stale and returns the path of this test
 * file's own copy of it. */
export async function ensureBuilt(): Promise<string> {
	if (privateCli !== null) return privateCli;
	const lock = path.join(os.tmpdir(), `meeting-crm-e2e-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);
	await acquire(lock);
	try {
		if (!isFresh()) execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT, stdio: "pipe" });
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), "meeting-crm-e2e-cli-"));
		fs.copyFileSync(BUILT_CLI, path.join(folder, "cli.js"));
		fs.writeFileSync(path.join(folder, "package.json"), "{\"type\":\"commonjs\"}\n");
		tempFolders.push(folder);
		privateCli = path.join(folder, "cli.js");
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
	return privateCli;
}

/** Whether dist/ holds a CLI built after every source file last changed. */
export function isFresh(): boolean {
	const outputs = [BUILT_CLI, path.join(ROOT, "dist", "package.json")];
	if (!outputs.every((file) => fs.existsSync(file))) return false;
	const built = Math.min(...outputs.map((file) => fs.statSync(file).mtimeMs));
	return BUILD_INPUTS.every((input) => newestMtime(path.join(ROOT, input)) <= built);
}

function newestMtime(file: string): number {
	try {
		const stat = fs.statSync(file);
		if (!stat.isDirectory()) return stat.mtimeMs;
		let newest = stat.mtimeMs;
		for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
		return newest;
	} catch {
		return 0; // Removed while we looked: someone is editing.
	}
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
	signal: string | null;
	stdout: string;
	stderr: string;
}

export interface SpawnOptions {
	cwd?: string;
	/** The machine's time zone for the run (default UTC, as in every test). */
	timeZone?: string;
}

/** Starts the CLI without waiting for it (for the crash tests). */
export function startCli(cli: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
	const env = { ...process.env, TZ: options.timeZone ?? "UTC" };
	return spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs the CLI to its end. */
export function runCli(cli: string, args: readonly string[], options: SpawnOptions = {}): Promise<CliRun> {
	return finished(startCli(cli, args, options));
}

export function finished(child: ChildProcess): Promise<CliRun> {
	let stdout = "";
	let stderr = "";
	child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
	child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		child.on("error", reject);
		child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
}

/** `process <vault> --json --today TODAY`, with the report parsed. */
export async function processJson(cli: string, vault: string, ...flags: string[]): Promise<{ run: CliRun; report: JsonReport }> {
	const run = await runCli(cli, ["process", vault, "--json", "--today", TODAY, ...flags]);
	return { run, report: parseReport(run) };
}

export interface JsonReport {
	processed: string[];
	created: string[];
	updated: string[];
	skipped: { path: string; reason: string }[];
	errors: { path: string; reason: string }[];
	ambiguous: { name: string; notes: string[]; meetings: string[] }[];
	lookAlikes: { name: string; note: string; similarTo: string[] }[];
	tasksFixed: string[];
	droppedNames: number;
	dryRun: boolean;
}

export function parseReport(run: CliRun): JsonReport {
	try {
		return JSON.parse(run.stdout) as JsonReport;
	} catch {
		throw new Error(`not one JSON report (exit ${run.code}):\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
	}
}

/** Where temp vaults go: memory when the machine has it (/dev/shm). The CLI
 * syncs every write to disk, and on a disk that makes the crash test's runs
 * three times slower; a killed process, which is what the tests simulate,
 * leaves the same files either way. */
const TEMP_BASE = ramFolder() ?? os.tmpdir();

function ramFolder(): string | null {
	try {
		fs.accessSync("/dev/shm", fs.constants.W_OK);
		return fs.statSync("/dev/shm").isDirectory() ? "/dev/shm" : null;
	} catch {
		return null;
	}
}

/** A new temp folder; a copy of `source` when given. */
export function tempVault(source?: string): string {
	const folder = fs.mkdtempSync(path.join(TEMP_BASE, "meeting-crm-e2e-"));
	tempFolders.push(folder);
	if (source !== undefined) fs.cpSync(source, folder, { recursive: true });
	return folder;
}

/** Removes every temp vault and the private CLI copy (call in afterAll). */
export function cleanUp(): void {
	for (const folder of tempFolders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
	privateCli = null;
}

export function writeFiles(root: string, files: Record<string, string>): void {
	for (const [file, text] of Object.entries(files)) {
		const absolute = path.join(root, file);
		fs.mkdirSync(path.dirname(absolute), { recursive: true });
		fs.writeFileSync(absolute, text);
	}
}

export function readText(root: string, file: string): string {
	return fs.readFileSync(path.join(root, file), "utf8");
}

/** Every file under `root` (dot files too), by vault path, with its bytes. */
export function snapshot(root: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (entry.isDirectory()) continue;
		const absolute = path.join(entry.parentPath, entry.name);
		files.set(path.relative(root, absolute).split(path.sep).join("/"), fs.readFileSync(absolute));
	}
	return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Paths added, removed or changed between two snapshots, sorted. */
export function changedPaths(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths].filter((file) => {
		const a = before.get(file);
		const b = after.get(file);
		return a === undefined || b === undefined || !a.equals(b);
	}).sort();
}

/** Every markdown note of a folder as text, by vault path (dot folders left out). */
export function notesOf(root: string): Record<string, string> {
	const notes: Record<string, string> = {};
	for (const [file, bytes] of snapshot(root)) {
		if (file.endsWith(".md") && !file.split("/").some((part) => part.startsWith("."))) notes[file] = bytes.toString("utf8");
	}
	return notes;
}
