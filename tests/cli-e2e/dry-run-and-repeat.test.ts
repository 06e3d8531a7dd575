// --dry-run writes nothing but reports what a run would do; a run after a run
// finds nothing new and changes no byte; --all reprocesses and still changes
// nothing; a changed meeting note is the only one read again.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	changedPaths, cleanUp, DATA_JSON, ensureBuilt, EXAMPLE_VAULT, processJson, readText, runCli, snapshot, tempVault, TODAY,
} from "./harness";
import type { JsonReport } from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

const ALL_MEETINGS = [
	"Meetings/2025-09-30 1-1 with Jai Menon.md",
	"Meetings/2025-10-07 Apollo storage options review.md",
	"Meetings/2025-10-14 Apollo datacenter capacity sync.md",
	"Meetings/2025-10-21 Apollo storage architecture deep dive.md",
	"Meetings/2025-10-28 Manish Jason 1-1 Apollo staffing.md",
	"Meetings/2025-11-04 Apollo weekly team sync.md",
];

function nothingDone(report: JsonReport): Omit<JsonReport, "dryRun" | "droppedNames" | "processed"> {
	const { created, updated, skipped, errors, ambiguous, lookAlikes, tasksFixed } = report;
	return { created, updated, skipped, errors, ambiguous, lookAlikes, tasksFixed };
}

const NOTHING = { created: [], updated: [], skipped: [], errors: [], ambiguous: [], lookAlikes: [], tasksFixed: [] };

const CHANGED_MEETING = "Meetings/2025-11-04 Apollo weekly team sync.md";
const ADDED_FACT = "- Jai Menon moves the business review to November 25.";

/** Adds a Key Facts item that names Jai Menon to one meeting note. */
function addFact(vault: string): void {
	const text = readText(vault, CHANGED_MEETING);
	expect(text).toContain("\n## Key Facts\n\n");
	fs.writeFileSync(path.join(vault, CHANGED_MEETING), text.replace("\n## Key Facts\n\n", `\n## Key Facts\n\n${ADDED_FACT}\n`));
}

/** A copy of the example vault after one ordinary run. */
async function processedVault(): Promise<string> {
	const vault = tempVault(EXAMPLE_VAULT);
	expect((await processJson(cli, vault)).run.code).toBe(0);
	return vault;
}

describe("--dry-run", () => {
	it("writes nothing, data.json included, and reports what the real run then does", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		const before = snapshot(vault);
		const dry = await processJson(cli, vault, "--dry-run");
		expect(dry.run.code).toBe(0);
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
		expect(dry.report.dryRun).toBe(true);
		expect(dry.report.created).toHaveLength(8);

		const real = await processJson(cli, vault);
		expect(real.report.dryRun).toBe(false);
		expect({ ...dry.report, dryRun: false }).toEqual(real.report);
		expect(changedPaths(before, snapshot(vault))).toEqual([
			DATA_JSON, ...real.report.tasksFixed, ...[...real.report.created, ...real.report.updated].sort(),
		].sort());
	});

	it("says so in the text report, with what it would do", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		const before = snapshot(vault);
		const run = await runCli(cli, ["process", vault, "--dry-run", "--today", TODAY]);
		expect(run.code).toBe(0);
		expect(run.stdout.split("\n").slice(0, 2)).toEqual([
			"6 meeting notes: 8 people created, 1 updated, task lines fixed in 5 notes",
			"Dry run: nothing was written.",
		]);
		expect(run.stdout).toContain("\nWould create (8):\n  People/Jai Menon.md\n");
		expect(run.stdout).toContain("\nWould update (1):\n  People/Pete Emig.md\n");
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});

	it("after a run, reports the one changed meeting and leaves the ledger alone", async () => {
		const vault = await processedVault();
		addFact(vault);
		const before = snapshot(vault);
		const dry = await processJson(cli, vault, "--dry-run");
		expect(dry.report.processed).toEqual([CHANGED_MEETING]);
		expect(dry.report.updated).toEqual(["People/Jai Menon.md"]);
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});
});

describe("running again", () => {
	it("finds nothing new and changes no file, data.json included", async () => {
		const vault = await processedVault();
		const before = snapshot(vault);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(0);
		expect(report.processed).toEqual([]);
		expect(nothingDone(report)).toEqual(NOTHING);
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});

	it("with --all reads every meeting note again and still changes nothing", async () => {
		const vault = await processedVault();
		const before = snapshot(vault);
		for (const flags of [["--all", "--dry-run"], ["--all"], ["--all"]]) {
			const { run, report } = await processJson(cli, vault, ...flags);
			expect(run.code).toBe(0);
			expect(report.processed).toEqual(ALL_MEETINGS);
			expect(nothingDone(report)).toEqual(NOTHING);
			expect(changedPaths(before, snapshot(vault))).toEqual([]);
		}
	});

	it("fix-tasks after a run finds every task line already fixed", async () => {
		const vault = await processedVault();
		const before = snapshot(vault);
		const run = await runCli(cli, ["fix-tasks", vault, "--json"]);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({ tasksFixed: [], skipped: [], errors: [] });
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});

	it("reads a changed meeting note again and updates only the notes it concerns", async () => {
		const vault = await processedVault();
		addFact(vault);
		const before = snapshot(vault);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(0);
		expect(report.processed).toEqual([CHANGED_MEETING]);
		expect(report.updated).toEqual(["People/Jai Menon.md"]);
		expect(changedPaths(before, snapshot(vault))).toEqual([DATA_JSON, "People/Jai Menon.md"]);
		expect(readText(vault, "People/Jai Menon.md")).toContain(`\n${ADDED_FACT} ([[2025-11-04 Apollo weekly team sync|2025-11-04]])\n`);
	});

	it("does not read a meeting note again when only its modification time changed", async () => {
		const vault = await processedVault();
		const later = new Date(Date.now() + 60_000);
		for (const meeting of ALL_MEETINGS) fs.utimesSync(path.join(vault, meeting), later, later);
		const notes = snapshot(vault);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(0);
		expect(nothingDone(report)).toEqual(NOTHING);
		expect(changedPaths(notes, snapshot(vault)).filter((file) => file !== DATA_JSON)).toEqual([]);
	});
});
