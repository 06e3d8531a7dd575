// The options that make a batch run reproducible: --tz for meeting times
// given with an offset (default: the machine's zone), --today for new notes'
// `created`, and a vault given as a relative path. Also data.json the CLI
// cannot use: exit 2, left as it is. And output into a pipe closed early.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	changedPaths, cleanUp, DATA_JSON, ensureBuilt, finished, parseReport, readText, runCli, snapshot, startCli, tempVault, writeFiles,
} from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

// 23:30 UTC on October 1 is still October 1 in Los Angeles, already October 2 in Tokyo.
const LATE_CALL = "---\nsource: transcript\nstart_time: 2025-10-01T23:30:00Z\ntitle: Late call\nparticipants: [Jason Vallery, Kim Lee]\n---\n## Summary\n\nShort call.\n";

function lateCallVault(): string {
	const vault = tempVault();
	writeFiles(vault, { [DATA_JSON]: JSON.stringify({ yourName: "Jason Vallery" }), "Meetings/late.md": LATE_CALL });
	return vault;
}

function contextLine(vault: string): string {
	return readText(vault, "People/Kim Lee.md").split("\n").find((line) => line.startsWith("- 20")) ?? "";
}

describe("--tz", () => {
	it.each([
		{ zone: "America/Los_Angeles", date: "2025-10-01" },
		{ zone: "Asia/Tokyo", date: "2025-10-02" },
	])("dates a meeting at 23:30Z as $date in $zone", async ({ zone, date }) => {
		const vault = lateCallVault();
		expect((await runCli(cli, ["process", vault, "--tz", zone, "--today", "2025-11-10"])).code).toBe(0);
		expect(contextLine(vault)).toBe(`- ${date}: [[late|Late call]] - Short call.`);
		expect(readText(vault, "People/Kim Lee.md")).toContain(`\nlast_contact: '${date}'\n`);
	});

	it("defaults to the machine's time zone, as the plugin does", async () => {
		const vault = lateCallVault();
		expect((await runCli(cli, ["process", vault, "--today", "2025-11-10"], { timeZone: "Asia/Tokyo" })).code).toBe(0);
		expect(contextLine(vault)).toBe("- 2025-10-02: [[late|Late call]] - Short call.");
	});
});

describe("--today and the vault path", () => {
	it("writes --today as a new note's created date, with the vault given relative to the working folder", async () => {
		const vault = lateCallVault();
		const run = await runCli(cli, ["process", ".", "--today", "2024-02-29", "--json"], { cwd: vault });
		expect(run.code).toBe(0);
		expect(parseReport(run).created).toEqual(["People/Kim Lee.md"]);
		expect(readText(vault, "People/Kim Lee.md")).toContain("\ncreated: '2024-02-29'\n");
	});
});

describe("Obsidian's own settings in the config folder", () => {
	it("passes over Excluded files (app.json) and the Templates folder (templates.json)", async () => {
		const vault = lateCallVault();
		const other = LATE_CALL.replace("Kim Lee", "Noor Haddad");
		writeFiles(vault, {
			".obsidian/app.json": JSON.stringify({ userIgnoreFilters: ["Archive/"] }),
			".obsidian/templates.json": JSON.stringify({ folder: "Templates" }),
			"Archive/old.md": other,
			"Templates/meeting.md": other,
		});
		const run = await runCli(cli, ["process", vault, "--json", "--today", "2025-11-10"]);
		expect(run.code).toBe(0);
		expect(parseReport(run)).toMatchObject({ processed: ["Meetings/late.md"], created: ["People/Kim Lee.md"], skipped: [] });
	});
});

describe("a data.json the command line cannot use", () => {
	it.each([
		{ name: "not JSON", text: "{ yourName: Jason", message: "is not valid JSON" },
		{ name: "not an object", text: "[\"Jason Vallery\"]", message: "must hold a JSON object" },
		{ name: "a newer ledger", text: JSON.stringify({ yourName: "Jason Vallery", ledger: { version: 4, meetings: {} } }), message: "has version 4" },
	])("$name: exit 2, says why, touches nothing", async ({ text, message }) => {
		const vault = lateCallVault();
		fs.writeFileSync(path.join(vault, DATA_JSON), text);
		const before = snapshot(vault);
		const run = await runCli(cli, ["process", vault, "--json"]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain(message);
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});
});

describe("a reader that stops reading (`meeting-crm … | head`)", () => {
	it("does not crash the command line: the run is done, and the exit status is the run's", async () => {
		const vault = lateCallVault();
		const child = startCli(cli, ["process", vault, "--json", "--today", "2025-11-10"]);
		child.stdout?.destroy();
		const run = await finished(child);
		expect(run.stderr).toBe("");
		expect(run.code).toBe(0);
		expect(fs.existsSync(path.join(vault, "People/Kim Lee.md"))).toBe(true);
	});
});
