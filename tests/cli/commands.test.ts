import * as fs from "node:fs/promises";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { GLOBAL_USAGE, PROCESS_USAGE } from "../../src/cli/args";
import { runCli, todayIn } from "../../src/cli/commands";
import type { CliIO, RunEngine } from "../../src/cli/commands";
import type { CrmSettings } from "../../src/core/settings";
import type { Ledger } from "../../src/core/sync/ledger";
import { ledgerForStorage } from "../../src/core/sync/ledger-store";
import type { RunOptions, RunResult, UndoRecord } from "../../src/core/sync/run-types";
import { emptyReport } from "../../src/core/sync/run-types";
import type { VaultPort } from "../../src/vault/port";
import manifest from "../../manifest.json";
import { tempVault } from "./temp-vault";

const DATA = ".obsidian/plugins/meeting-crm/data.json";
const oldLedger: Ledger = { version: 1, meetings: { "Meetings/old.md": { hash: "h0", mtime: 1, size: 1, written: {} } } };
const newLedger: Ledger = { version: 1, meetings: { ...oldLedger.meetings, "Meetings/new.md": { hash: "h1", mtime: 2, size: 2, written: {} } } };

interface Call { port: VaultPort; settings: CrmSettings; ledger?: Ledger; options: RunOptions }

/** A stand-in run engine: writes one person note through the port (after
 * calling beforeWrite, as the real one does) unless told to change nothing. */
function fakeEngine(behaviour: { changeNothing?: boolean; skip?: boolean; fail?: string } = {}) {
	const calls: Call[] = [];
	const undoSeenByBeforeWrite: string[] = [];
	const run = async (port: VaultPort, settings: CrmSettings, ledger: Ledger | undefined, options: RunOptions): Promise<RunResult> => {
		calls.push({ port, settings, ledger, options });
		if (behaviour.fail) throw new Error(behaviour.fail);
		const report = emptyReport();
		report.processed.push("Meetings/new.md");
		if (behaviour.skip) report.skipped.push({ path: "Meetings/bad.md", reason: "no date found" });
		const undo: UndoRecord = { at: options.today, created: [], updated: [], ledgerBefore: ledger ?? { version: 1, meetings: {} } };
		if (behaviour.changeNothing) return { report, ledger: ledger ?? { version: 1, meetings: {} }, changes: [], undo };
		undo.created.push({ path: "People/Jai.md", hash: "h:1" });
		if (!options.dryRun) {
			await options.beforeWrite?.(undo);
			undoSeenByBeforeWrite.push(await fs.readFile(path.join((port as unknown as { root: string }).root, DATA), "utf8"));
			await port.create("People/Jai.md", "# Jai\n");
		}
		report.created.push("People/Jai.md");
		return { report, ledger: options.dryRun ? (ledger ?? { version: 1, meetings: {} }) : newLedger, changes: [{ path: "People/Jai.md", kind: "create", before: "", after: "# Jai\n" }], undo };
	};
	const engine: RunEngine = {
		processMeetings: (port, settings, ledger, options) => run(port, settings, ledger, options),
		fixAllTaskLines: (port, settings, options) => run(port, settings, undefined, options),
	};
	return { engine, calls, undoSeenByBeforeWrite };
}

function captureIO(now = new Date("2025-10-01T12:00:00Z")): CliIO & { stdout: string[]; stderr: string[] } {
	const stdout: string[] = [];
	const stderr: string[] = [];
	return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), now: () => now };
}

async function vaultWith(data: object | string | null): Promise<string> {
	const files: Record<string, string> = { "Meetings/new.md": "---\nsource: transcript\n---\n" };
	if (data !== null) files[DATA] = typeof data === "string" ? data : JSON.stringify(data);
	return tempVault(files);
}

const readData = async (root: string) => JSON.parse(await fs.readFile(path.join(root, DATA), "utf8")) as Record<string, unknown>;

describe("runCli without a run", () => {
	it("prints help and the version", async () => {
		const { engine, calls } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["--help"], engine, io)).toBe(0);
		expect(await runCli(["--version"], engine, io)).toBe(0);
		expect(io.stdout).toEqual([GLOBAL_USAGE, `meeting-crm ${manifest.version}`]);
		expect(calls).toEqual([]);
	});

	it("gives a usage error with exit 2", async () => {
		const io = captureIO();
		expect(await runCli(["process", "v", "--force"], fakeEngine().engine, io)).toBe(2);
		expect(io.stderr).toEqual([`meeting-crm: unknown option --force for process\n\n${PROCESS_USAGE}`]);
		expect(io.stdout).toEqual([]);
	});

	it("gives a usage error for a vault that is not a folder", async () => {
		const root = await tempVault({ "file.md": "x" });
		const io = captureIO();
		expect(await runCli(["fix-tasks", path.join(root, "file.md")], fakeEngine().engine, io)).toBe(2);
		expect(io.stderr[0]).toMatch(/^meeting-crm: not a folder: .*file\.md\n\nUsage: meeting-crm fix-tasks/);
	});

	it("refuses invalid data.json with exit 2 and leaves it alone", async () => {
		const root = await vaultWith("{oops");
		const { engine, calls } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["process", root], engine, io)).toBe(2);
		expect(io.stderr[0]).toMatch(/^meeting-crm: .*data\.json is not valid JSON/);
		expect(await fs.readFile(path.join(root, DATA), "utf8")).toBe("{oops");
		expect(calls).toEqual([]);
	});

	it.each([["no data.json", null], ["an empty name", { yourName: "  " }]])("refuses to run with %s: Your name is not set", async (_name, data) => {
		const root = await vaultWith(data);
		const { engine, calls } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["process", root], engine, io)).toBe(2);
		expect(io.stderr).toEqual([`meeting-crm: Set your name first: add "yourName" to ${path.join(root, DATA)} or in the plugin's settings.`]);
		expect(calls).toEqual([]);
		expect(await fs.readdir(root)).toEqual(data === null ? ["Meetings"] : [".obsidian", "Meetings"]);
	});
});

describe("runCli process", () => {
	it("runs on the vault with the file's settings and ledger, saves ledger and undo, and prints the report", async () => {
		const root = await vaultWith({ yourName: "Jason", peopleFolder: "People", mentionStyle: 7, ledger: oldLedger, extra: [1] });
		const { engine, calls, undoSeenByBeforeWrite } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["process", root, "--today", "2025-09-30", "--tz", "Asia/Tokyo"], engine, io)).toBe(0);
		expect(calls).toHaveLength(1);
		const call = calls[0];
		expect(call.settings.yourName).toBe("Jason");
		expect(call.settings.mentionStyle).toBe("at-camel");
		expect(call.ledger).toEqual(oldLedger);
		expect(call.options).toMatchObject({ mode: { kind: "new" }, dryRun: false, today: "2025-09-30", timeZone: "Asia/Tokyo" });
		expect(call.port.listMarkdownFiles().map((f) => f.path)).toEqual(["Meetings/new.md", "People/Jai.md"]);
		expect(io.stderr).toEqual(["meeting-crm: warning: Setting \"mentionStyle\" should be one of \"at-camel\", \"wikilink\", \"at-name\"; using the default, \"at-camel\"."]);
		expect(io.stdout).toEqual(["1 meeting note: 1 person created, 0 updated\n\nCreated (1):\n  People/Jai.md"]);
		// The undo record was on disk before the first write, with the old ledger.
		expect(JSON.parse(undoSeenByBeforeWrite[0])).toMatchObject({ ledger: ledgerForStorage(oldLedger), undo: { at: "2025-09-30", created: [{ path: "People/Jai.md" }] } });
		const saved = await readData(root);
		expect(saved).toEqual({ yourName: "Jason", peopleFolder: "People", mentionStyle: 7, ledger: ledgerForStorage(newLedger), extra: [1], undo: { at: "2025-09-30", created: [{ path: "People/Jai.md", hash: "h:1" }], updated: [], ledgerBefore: ledgerForStorage(oldLedger) } });
	});

	it("passes --all and takes today from the clock, in --tz when given", async () => {
		const root = await vaultWith({ yourName: "Jason" });
		const { engine, calls } = fakeEngine();
		const io = captureIO(new Date("2025-10-01T20:00:00Z"));
		await runCli(["process", root, "--all"], engine, io);
		await runCli(["process", root, "--all", "--tz", "Pacific/Auckland"], engine, io);
		expect(calls.map((c) => [c.options.mode.kind, c.options.today, c.options.timeZone])).toEqual([["all", "2025-10-01", undefined], ["all", "2025-10-02", "Pacific/Auckland"]]);
	});

	it("writes nothing on a dry run and prints JSON", async () => {
		const text = JSON.stringify({ yourName: "Jason", ledger: oldLedger });
		const root = await vaultWith(text);
		const { engine, calls } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["process", root, "--dry-run", "--json"], engine, io)).toBe(0);
		expect(calls[0].options.dryRun).toBe(true);
		expect(calls[0].options.beforeWrite).toBeUndefined();
		expect(await fs.readFile(path.join(root, DATA), "utf8")).toBe(text);
		expect(await fs.readdir(root)).toEqual([".obsidian", "Meetings"]);
		expect(JSON.parse(io.stdout.join(""))).toEqual({
			processed: ["Meetings/new.md"], created: ["People/Jai.md"], updated: [], skipped: [], errors: [], ambiguous: [], lookAlikes: [], tasksFixed: [], droppedNames: 0, dryRun: true,
		});
	});

	it("leaves data.json and the last undo record alone when nothing changed", async () => {
		const text = JSON.stringify({ yourName: "Jason", ledger: oldLedger, undo: { at: "x", created: [], updated: [], ledgerBefore: oldLedger } });
		const root = await vaultWith(text);
		const io = captureIO();
		expect(await runCli(["process", root], fakeEngine({ changeNothing: true }).engine, io)).toBe(0);
		expect(await fs.readFile(path.join(root, DATA), "utf8")).toBe(text);
	});

	it("exits 1 when a note was skipped, still saving the rest", async () => {
		const root = await vaultWith({ yourName: "Jason" });
		const io = captureIO();
		expect(await runCli(["process", root], fakeEngine({ skip: true }).engine, io)).toBe(1);
		expect(io.stdout[0]).toContain("Skipped (1):\n  Meetings/bad.md: no date found");
		expect((await readData(root)).ledger).toEqual(ledgerForStorage(newLedger));
	});

	it("exits 1 with the message when the run fails", async () => {
		const root = await vaultWith({ yourName: "Jason" });
		const io = captureIO();
		expect(await runCli(["process", root], fakeEngine({ fail: "disk on fire" }).engine, io)).toBe(1);
		expect(io.stderr).toEqual(["meeting-crm: disk on fire"]);
	});
});

describe("runCli fix-tasks", () => {
	it("keeps the ledger and records it as the undo's ledger", async () => {
		const root = await vaultWith({ yourName: "Jason", ledger: oldLedger });
		const { engine, calls } = fakeEngine();
		const io = captureIO();
		expect(await runCli(["fix-tasks", root], engine, io)).toBe(0);
		expect(calls[0].options).toMatchObject({ mode: { kind: "all" }, dryRun: false, today: "2025-10-01" });
		const saved = await readData(root);
		expect(saved.ledger).toEqual(ledgerForStorage(oldLedger));
		expect(saved.undo).toEqual({ at: "2025-10-01", created: [{ path: "People/Jai.md", hash: "h:1" }], updated: [], ledgerBefore: ledgerForStorage(oldLedger) });
	});
});

describe("todayIn", () => {
	it.each([
		["2025-10-01T23:30:00Z", undefined, "2025-10-01"],
		["2025-10-01T23:30:00Z", "Europe/Berlin", "2025-10-02"],
		["2025-10-01T02:00:00Z", "America/Los_Angeles", "2025-09-30"],
	])("%s in %s is %s", (instant, zone, day) => {
		expect(todayIn(new Date(instant), zone)).toBe(day);
	});
});
