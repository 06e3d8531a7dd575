// SPEC section 5 through the built command line: the --json report's fields,
// and the exit status — 0 all went well, 1 some notes skipped or failed (the
// rest still done), 2 a usage error or no "Your name".
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
	changedPaths, cleanUp, DATA_JSON, ensureBuilt, EXAMPLE_VAULT, processJson, readText, runCli, snapshot, tempVault, TODAY, writeFiles,
} from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

const OWNER = JSON.stringify({ yourName: "Jason Vallery" });

const GOOD_MEETING = `---
source: transcript
date: 2025-10-01
participants: [Jason Vallery, Alex Kim, Jose Nunez, Dana Fox]
---
# Good meeting

## Summary

We talked about the launch. Then more.
`;

describe("process --json on the example vault", () => {
	it("exits 0 and prints one report with the documented fields, in order", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe("");
		expect(Object.keys(report)).toEqual([
			"processed", "created", "updated", "skipped", "errors", "ambiguous", "lookAlikes", "tasksFixed", "droppedNames", "dryRun",
		]);
		expect(report).toEqual({
			processed: [
				"Meetings/2025-09-30 1-1 with Jai Menon.md",
				"Meetings/2025-10-07 Apollo storage options review.md",
				"Meetings/2025-10-14 Apollo datacenter capacity sync.md",
				"Meetings/2025-10-21 Apollo storage architecture deep dive.md",
				"Meetings/2025-10-28 Manish Jason 1-1 Apollo staffing.md",
				"Meetings/2025-11-04 Apollo weekly team sync.md",
			],
			created: [
				"People/Jai Menon.md", "People/Juergen.md", "People/Manish Sah.md", "People/Marcus Lee.md", "People/Ong.md",
				"People/Priya Raman.md", "People/Sarah Whitfield.md", "People/Tomás Herrera.md",
			],
			updated: ["People/Pete Emig.md"],
			skipped: [],
			errors: [],
			ambiguous: [],
			lookAlikes: [],
			tasksFixed: [
				"Meetings/2025-09-30 1-1 with Jai Menon.md",
				"Meetings/2025-10-07 Apollo storage options review.md",
				"Meetings/2025-10-21 Apollo storage architecture deep dive.md",
				"Meetings/2025-10-28 Manish Jason 1-1 Apollo staffing.md",
				"Meetings/2025-11-04 Apollo weekly team sync.md",
			],
			droppedNames: 2,
			dryRun: false,
		});
		// Every note the report names is really there.
		for (const note of [...report.created, ...report.updated]) expect(fs.existsSync(path.join(vault, note))).toBe(true);
		expect(fs.existsSync(path.join(vault, "People/Jason Vallery.md"))).toBe(false);
	});

	it("without --json prints the summary line and what was done", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		const run = await runCli(cli, ["process", vault, "--today", TODAY]);
		expect(run.code).toBe(0);
		const lines = run.stdout.split("\n");
		expect(lines[0]).toBe("6 meeting notes: 8 people created, 1 updated, task lines fixed in 5 notes");
		expect(lines).toContain("Created (8):");
		expect(lines).toContain("  People/Jai Menon.md");
		expect(lines).toContain("Updated (1):");
		expect(lines).toContain("  People/Pete Emig.md");
	});
});

describe("a vault with bad notes among good ones", () => {
	const files = {
		[DATA_JSON]: OWNER,
		"Meetings/good.md": GOOD_MEETING,
		"Meetings/no date.md": "---\nsource: transcript\nparticipants: [Jason Vallery, Dana Fox]\n---\n# No date here\n",
		"Meetings/broken yaml.md": "---\nsource: transcript\nparticipants: [Jason Vallery, Dana Fox\ndate: 2025-10-02\n---\n# Broken\n",
		"People/Jose Nunez.md": "---\ntype: people\naliases: [oops\n---\n# Jose Nunez\n\n## Recent Context\n",
		"Contacts/Alex Kim.md": "---\ntype: people\n---\n# Alex Kim\n",
		"Contacts/Alex.md": "---\ntype: people\naliases: [Alex Kim]\n---\n# Alex\n",
		"People/Dana Fax.md": "---\ntype: people\n---\n# Dana Fax\n",
	};

	it("exits 1, reports each bad note with its reason, and still does the rest", async () => {
		const vault = tempVault();
		writeFiles(vault, files);
		const before = snapshot(vault);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(1);
		expect(report.processed).toEqual(["Meetings/good.md"]);
		expect(report.created).toEqual(["People/Dana Fox.md"]);
		expect(report.updated).toEqual([]);
		expect(report.errors).toEqual([]);
		expect(report.skipped.map((s) => s.path)).toEqual(["Meetings/broken yaml.md", "Meetings/no date.md", "People/Jose Nunez.md"]);
		const reason = (file: string) => report.skipped.find((s) => s.path === file)?.reason ?? "";
		expect(reason("Meetings/broken yaml.md")).toMatch(/^frontmatter does not parse: /);
		expect(reason("Meetings/no date.md")).toMatch(/no meeting date/);
		expect(reason("People/Jose Nunez.md")).toMatch(/^person note left untouched: frontmatter does not parse/);
		// Two notes claim Alex Kim: reported with both notes and the meeting, neither touched.
		expect(report.ambiguous).toEqual([{ name: "Alex Kim", notes: ["Contacts/Alex Kim.md", "Contacts/Alex.md"], meetings: ["Meetings/good.md"] }]);
		// A near miss gets its own note, and the report names the note it resembles.
		expect(report.lookAlikes).toEqual([{ name: "Dana Fox", note: "People/Dana Fox.md", similarTo: ["People/Dana Fax.md"] }]);
		expect(changedPaths(before, snapshot(vault))).toEqual([DATA_JSON, "People/Dana Fox.md"]);
		expect(readText(vault, "People/Dana Fox.md")).toContain("\n- 2025-10-01: [[good|Good meeting]] - We talked about the launch.\n");
	});

	it("says the same in the text report, one line per note", async () => {
		const vault = tempVault();
		writeFiles(vault, files);
		const run = await runCli(cli, ["process", vault, "--today", TODAY]);
		expect(run.code).toBe(1);
		expect(run.stdout).toContain("\nSkipped (3):\n  Meetings/broken yaml.md: frontmatter does not parse: ");
		expect(run.stdout).toContain("\n  Meetings/no date.md: no meeting date");
		expect(run.stdout).toContain("\nAmbiguous, skipped (1): several notes claim the name; add it as an alias to the right one\n  Alex Kim: Contacts/Alex Kim.md, Contacts/Alex.md (named in Meetings/good.md)");
		expect(run.stdout).toContain("\nLook-alikes (1): ");
		expect(run.stdout).toContain("\n  Dana Fox: People/Dana Fox.md looks like People/Dana Fax.md");
	});

	it("exits 1 with the failed writes under errors when a person note cannot be written", async () => {
		const vault = tempVault();
		// A file where the people folder should be: every create fails.
		writeFiles(vault, { [DATA_JSON]: OWNER, "Meetings/good.md": GOOD_MEETING, "People": "not a folder\n" });
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(1);
		expect(report.processed).toEqual(["Meetings/good.md"]);
		expect(report.created).toEqual([]);
		expect(report.errors.map((e) => e.path)).toEqual(["People/Alex Kim.md", "People/Dana Fox.md", "People/Jose Nunez.md"]);
		for (const error of report.errors) expect(error.reason).toMatch(/^could not be created: /);
	});

	// Core bug (reported to the lead): the ledger records the meeting as done
	// although none of its person notes could be written, so the next run
	// never writes them.
	it("writes the people of a failed run on the next run, once the cause is gone", async () => {
		const vault = tempVault();
		writeFiles(vault, { [DATA_JSON]: OWNER, "Meetings/good.md": GOOD_MEETING, "People": "not a folder\n" });
		expect((await processJson(cli, vault)).run.code).toBe(1);
		fs.rmSync(path.join(vault, "People"));
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(0);
		expect(report.created).toEqual(["People/Alex Kim.md", "People/Dana Fox.md", "People/Jose Nunez.md"]);
	});
});

describe("bytes on disk", () => {
	// Mac Roman mojibake of 📅, with its lost U+F8FF.
	const DUE = "\uF8FF\u00fc\u00ec\u00d6";
	const meeting = (date: string, eol: string) => [
		"---", "source: transcript", `date: ${date}`, "participants: [Jason Vallery, Rita Moss]", "---", "# Call", "",
		"## Summary", "", "Rita Moss shared the plan.", "", "## Action Items", "", `- [ ] Send the plan @Rita Moss ${DUE} 2025-10-10 #task`, "",
	].join(eol);

	it("keeps a BOM and CRLF when fixing tasks; leaves a note that is not UTF-8 byte for byte, under errors", async () => {
		const vault = tempVault();
		const notUtf8 = Buffer.concat([Buffer.from(meeting("2025-10-04", "\n")), Buffer.from([0xff, 0xfe, 0x0a])]);
		writeFiles(vault, { [DATA_JSON]: OWNER, "Meetings/crlf.md": `\uFEFF${meeting("2025-10-03", "\r\n")}` });
		fs.writeFileSync(path.join(vault, "Meetings/binary.md"), notUtf8);
		const { run, report } = await processJson(cli, vault);
		expect(run.code).toBe(1);
		expect(report.processed).toEqual(["Meetings/binary.md", "Meetings/crlf.md"]);
		expect(report.tasksFixed).toEqual(["Meetings/crlf.md"]);
		expect(report.errors).toEqual([{ path: "Meetings/binary.md", reason: "could not be written: Not valid UTF-8, left untouched: Meetings/binary.md" }]);
		expect(fs.readFileSync(path.join(vault, "Meetings/binary.md")).equals(notUtf8)).toBe(true);
		expect(readText(vault, "Meetings/crlf.md")).toBe(`\uFEFF${meeting("2025-10-03", "\r\n").replace(`@Rita Moss ${DUE}`, "@RitaMoss 📅")}`);
		expect(report.created).toEqual(["People/Rita Moss.md"]);
	});
});

describe("usage errors exit 2 and touch nothing", () => {
	const cases: { name: string; args: (vault: string) => string[]; message: string }[] = [
		{ name: "an unknown flag", args: (vault) => ["process", vault, "--json", "--bogus"], message: "unknown option --bogus for process" },
		{ name: "a flag of the other command", args: (vault) => ["fix-tasks", vault, "--all"], message: "unknown option --all for fix-tasks" },
		{ name: "no vault", args: () => ["process"], message: "missing <vault> folder" },
		{ name: "a vault that does not exist", args: (vault) => ["process", path.join(vault, "nowhere")], message: "vault folder not found: " },
		{ name: "a vault that is a file", args: (vault) => ["fix-tasks", path.join(vault, "Meetings/good.md")], message: "not a folder: " },
		{ name: "an unknown command", args: (vault) => ["sync", vault], message: "unknown command \"sync\"" },
		{ name: "no command", args: () => [], message: "missing command" },
		{ name: "two vaults", args: (vault) => ["process", vault, vault], message: "unexpected argument" },
		{ name: "a bad --today", args: (vault) => ["process", vault, "--today", "2025-02-30"], message: "--today must be a date as YYYY-MM-DD" },
		{ name: "an unknown --tz", args: (vault) => ["process", vault, "--tz", "Mars/Olympus"], message: "unknown time zone \"Mars/Olympus\"" },
	];

	it.each(cases)("$name", async ({ args, message }) => {
		const vault = tempVault();
		writeFiles(vault, { [DATA_JSON]: OWNER, "Meetings/good.md": GOOD_MEETING });
		const before = snapshot(vault);
		const run = await runCli(cli, args(vault));
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain(`meeting-crm: ${message}`);
		expect(run.stderr).toContain("Usage:");
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});

	it("--help prints the usage and exits 0", async () => {
		const run = await runCli(cli, ["process", "--help"]);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^Usage: meeting-crm process <vault> \[--all\] \[--dry-run\] \[--json\]/);
	});
});

describe("no \"Your name\" set", () => {
	const setups: { name: string; data?: string }[] = [
		{ name: "no data.json" },
		{ name: "data.json without yourName", data: JSON.stringify({ peopleFolder: "People" }) },
		{ name: "a blank yourName", data: JSON.stringify({ yourName: "   " }) },
	];
	const runs = setups.flatMap((setup) => ["process", "fix-tasks"].map((command) => ({ command, ...setup })));

	it.each(runs)("$command with $name: exit 2, says so, writes nothing", async ({ command, data }) => {
		const vault = tempVault();
		writeFiles(vault, { "Meetings/good.md": GOOD_MEETING, ...(data === undefined ? {} : { [DATA_JSON]: data }) });
		const before = snapshot(vault);
		const run = await runCli(cli, [command, vault, "--json"]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe("");
		expect(run.stderr).toContain("Set your name first");
		expect(run.stderr).toContain("\"yourName\"");
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});
});
