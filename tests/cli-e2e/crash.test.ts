// Atomic writes under a crash: the command line is killed (SIGKILL) at
// several moments of a run over 300 meeting notes. After each kill every
// note is either as it was or exactly as a complete run leaves it — never
// half written — data.json still parses, and the only leftovers are hidden
// temp files that no note listing sees. A normal run then finishes the work,
// and a run after it changes nothing.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedPaths, cleanUp, DATA_JSON, ensureBuilt, finished, processJson, snapshot, startCli, tempVault, TODAY } from "./harness";
import { writeSyntheticVault } from "./synthetic-vault";

const MEETINGS = 300;
/** The atomic writer's temp file: `.<name>.meeting-crm-<pid>-<hex>.tmp` beside its target. */
const TEMP_FILE = /^\..+\.meeting-crm-\d+-[0-9a-f]{12}\.tmp$/;

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

/** When to kill: after some milliseconds, or after some file events in the
 * vault's folders (which lands the kill among the writes however fast the
 * machine is). */
type Trigger = { ms: number } | { events: number };

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Starts a run and kills it at the trigger; resolves once it is gone. */
async function runAndKill(vault: string, trigger: Trigger): Promise<{ killed: boolean }> {
	const folders = ["People", "Meetings", ".obsidian/plugins/meeting-crm"].map((folder) => path.join(vault, folder));
	let seen = 0;
	let fire: () => void = () => undefined;
	const fired = new Promise<void>((resolve) => (fire = resolve));
	const watchers = "events" in trigger
		? folders.map((folder) => fs.watch(folder, () => {
			if (++seen >= trigger.events) fire();
		}))
		: [];
	const child: ChildProcess = startCli(cli, ["process", vault, "--json", "--today", TODAY]);
	const done = finished(child);
	void done.then(fire);
	if ("ms" in trigger) void sleep(trigger.ms).then(fire);
	await fired;
	child.kill("SIGKILL");
	const result = await done;
	for (const watcher of watchers) watcher.close();
	return { killed: result.signal === "SIGKILL" };
}

interface CrashState {
	/** Notes already in their final form (and changed by the run). */
	done: number;
	/** Notes the run will still change. */
	pending: number;
	temps: string[];
}

/** Checks the vault after a kill; every problem is listed in one failure. */
function checkAfterKill(vault: string, original: Map<string, Buffer>, final: Map<string, Buffer>): CrashState {
	const now = snapshot(vault);
	const problems: string[] = [];
	const state: CrashState = { done: 0, pending: 0, temps: [] };
	for (const [file, bytes] of now) {
		if (TEMP_FILE.test(path.posix.basename(file))) {
			state.temps.push(file);
			continue;
		}
		if (file === DATA_JSON) {
			try {
				JSON.parse(bytes.toString("utf8"));
			} catch {
				problems.push(`${file} is not valid JSON`);
			}
			continue;
		}
		const before = original.get(file);
		const after = final.get(file);
		if (after !== undefined && bytes.equals(after)) {
			if (before === undefined || !before.equals(after)) state.done++;
		} else if (before !== undefined && bytes.equals(before)) {
			state.pending++;
		} else {
			problems.push(`${file} is neither its old text nor the run's final text`);
		}
	}
	for (const file of original.keys()) if (!now.has(file)) problems.push(`${file} is gone`);
	expect(problems).toEqual([]);
	return state;
}

describe("killed mid-run", () => {
	it("leaves every note old or complete, and the next run finishes the work", { timeout: 120_000 }, async () => {
		const reference = tempVault();
		writeSyntheticVault(reference, MEETINGS);
		const original = snapshot(reference);
		const started = Date.now();
		const complete = await processJson(cli, reference);
		const duration = Date.now() - started;
		expect(complete.run.code).toBe(0);
		expect(complete.report.processed).toHaveLength(MEETINGS);
		const final = snapshot(reference);

		const vault = tempVault();
		writeSyntheticVault(vault, MEETINGS);
		const triggers: Trigger[] = [
			{ ms: 20 }, { ms: 60 }, { ms: 120 },
			{ events: 1 }, { events: 30 }, { events: 120 }, { events: 300 },
			{ ms: Math.floor(Math.random() * duration) },
		];
		const states: (CrashState & { trigger: Trigger; killed: boolean })[] = [];
		for (const trigger of triggers) {
			const { killed } = await runAndKill(vault, trigger);
			states.push({ trigger, killed, ...checkAfterKill(vault, original, final) });
		}
		// The kills really fell among the writes: some state had notes done and notes pending.
		expect(states.some((state) => state.killed && state.done > 0 && state.pending > 0), JSON.stringify(states)).toBe(true);
		// A kill can leave temp files (checkAfterKill allows only hidden
		// `.….tmp` ones): neither a note nor a file Obsidian shows, and the
		// next run passes them over.
		const last = await processJson(cli, vault);
		expect(last.run.code).toBe(0);
		expect(JSON.stringify(last.report)).not.toContain(".tmp");
		const notes = (files: Map<string, Buffer>) => new Map([...files].filter(([file]) => file.endsWith(".md")));
		expect(changedPaths(notes(final), notes(snapshot(vault)))).toEqual([]);

		const again = await processJson(cli, vault);
		expect(again.run.code).toBe(0);
		expect([again.report.processed, again.report.created, again.report.updated, again.report.tasksFixed]).toEqual([[], [], [], []]);
		expect(changedPaths(notes(final), notes(snapshot(vault)))).toEqual([]);
	});
});
