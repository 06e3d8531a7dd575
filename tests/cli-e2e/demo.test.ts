// `npm run demo` (scripts/demo.mjs after the build): the script itself, run
// unchanged in a private copy of the repository's layout — so it neither
// clobbers nor races the real demo-vault/ — with the built CLI. It must exit
// 0 and leave person notes for the recurring people, with the hand-written
// note intact; and its own checks must catch a CLI that fails or loses words.
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedPaths, cleanUp, ensureBuilt, EXAMPLE_VAULT, processJson, readText, ROOT, snapshot, tempVault } from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

const PLUGIN_FILES = ["main.js", "manifest.json", "styles.css"];
const PETE = "People/Pete Emig.md";

/** A folder laid out like the repository for demo.mjs: its own copy of the
 * script, the example vault and dist/cli.js (the given file, if any). */
function demoRoot(cliFile: string | null): string {
	const root = tempVault();
	fs.mkdirSync(path.join(root, "scripts"));
	fs.copyFileSync(path.join(ROOT, "scripts", "demo.mjs"), path.join(root, "scripts", "demo.mjs"));
	fs.cpSync(EXAMPLE_VAULT, path.join(root, "examples", "vault"), { recursive: true });
	if (cliFile !== null) {
		fs.mkdirSync(path.join(root, "dist"));
		fs.copyFileSync(cliFile, path.join(root, "dist", "cli.js"));
		fs.writeFileSync(path.join(root, "dist", "package.json"), "{\"type\":\"commonjs\"}\n");
	}
	for (const file of PLUGIN_FILES) {
		if (fs.existsSync(path.join(ROOT, file))) fs.copyFileSync(path.join(ROOT, file), path.join(root, file));
	}
	return root;
}

function runDemo(root: string) {
	const run = spawnSync(process.execPath, [path.join(root, "scripts", "demo.mjs")], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
	return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The meetings a person note's Recent Context lines link to. */
function recentContextMeetings(text: string): string[] {
	const section = text.split("\n## Recent Context\n")[1]?.split("\n## ")[0] ?? "";
	return [...section.matchAll(/^- \d{4}-\d{2}-\d{2}: \[\[([^\]|]+)\|/gm)].map((match) => match[1]);
}

/**
 * Lines of the hand-written note that are not in the note after the run, in
 * order. The run owns `last_contact` (moved forward), `_Unknown_` cells
 * (filled) and the one Topics Discussed line (topics appended): for those
 * the key, the row and the old topics as a prefix must still be there.
 */
function lostLines(before: string, after: string): string[] {
	const afterLines = after.split("\n");
	const beforeLines = before.split("\n");
	const topicsLine = beforeLines.indexOf("## Topics Discussed") + 2;
	const lost: string[] = [];
	let from = 0;
	beforeLines.forEach((line, index) => {
		if (line.trim() === "") return;
		let matches = (candidate: string) => candidate === line;
		if (line.startsWith("last_contact:")) matches = (candidate) => candidate.startsWith("last_contact: ");
		else if (line.includes("_Unknown_")) matches = (candidate) => candidate.startsWith(line.slice(0, line.indexOf("_Unknown_")));
		else if (index === topicsLine) matches = (candidate) => candidate.startsWith(`${line}, `) || candidate === line;
		const at = afterLines.findIndex((candidate, i) => i >= from && matches(candidate));
		if (at === -1) lost.push(line);
		else from = at + 1;
	});
	return lost;
}

describe("npm run demo", () => {
	it("exits 0 and leaves notes for the recurring people, the hand-written one intact", async () => {
		const root = demoRoot(cli);
		const demo = runDemo(root);
		expect(demo.stderr).toBe("");
		expect(demo.code).toBe(0);
		expect(demo.stdout).toContain("$ node dist/cli.js process demo-vault\n");
		expect(demo.stdout).toContain("\n# Jai Menon\n");

		const vault = path.join(root, "demo-vault");
		for (const person of ["Jai Menon", "Manish Sah", "Pete Emig"]) {
			const meetings = recentContextMeetings(readText(vault, `People/${person}.md`));
			expect(new Set(meetings).size, person).toBeGreaterThanOrEqual(3);
		}
		const before = readText(EXAMPLE_VAULT, PETE);
		const after = readText(vault, PETE);
		expect(lostLines(before, after)).toEqual([]);
		expect(after).not.toBe(before);
		expect(after).toContain("\n| **Email** | pete.emig@microsoft.com |\n");
		expect(after).toContain("\nHiring, S3 competitive landscape, ");

		// The built plugin is installed in the copy, so Obsidian can open it.
		for (const file of PLUGIN_FILES.filter((name) => fs.existsSync(path.join(ROOT, name)))) {
			expect(fs.existsSync(path.join(vault, ".obsidian/plugins/meeting-crm", file)), file).toBe(true);
		}
		expect(JSON.parse(readText(vault, ".obsidian/community-plugins.json"))).toEqual(["meeting-crm"]);

		// As the example vault's README says: run it again, nothing new, nothing changed.
		const notes = snapshot(vault);
		const again = await processJson(cli, vault);
		expect(again.report.processed).toEqual([]);
		expect(changedPaths(notes, snapshot(vault))).toEqual([]);
	});

	it("starts from a fresh copy each time", () => {
		const root = demoRoot(cli);
		expect(runDemo(root).code).toBe(0);
		fs.writeFileSync(path.join(root, "demo-vault", "stray.md"), "left from before\n");
		expect(runDemo(root).code).toBe(0);
		expect(fs.existsSync(path.join(root, "demo-vault", "stray.md"))).toBe(false);
	});
});

describe("demo.mjs's own checks", () => {
	function fakeCli(body: string): string {
		const folder = tempVault();
		const file = path.join(folder, "cli.js");
		fs.writeFileSync(file, `const fs = require("node:fs");\nconst path = require("node:path");\nconst vault = process.argv[3];\n${body}\n`);
		return file;
	}

	it("fails when the hand-written note lost a line, and names it", () => {
		const root = demoRoot(fakeCli(`const pete = path.join(vault, "People", "Pete Emig.md");
fs.writeFileSync(pete, fs.readFileSync(pete, "utf8").replace("- Prefers a written pre-read over slides; send him docs a day ahead.\\n", ""));`));
		const demo = runDemo(root);
		expect(demo.code).toBe(1);
		expect(demo.stderr).toContain("People/Pete Emig.md lost words the user wrote:\n  - Prefers a written pre-read over slides; send him docs a day ahead.\n");
	});

	it("fails with the CLI's exit status when a note was skipped", () => {
		const demo = runDemo(demoRoot(fakeCli("process.exitCode = 1;")));
		expect(demo.code).toBe(1);
		expect(demo.stderr).toContain("The command line exited with 1; the example vault should give 0.");
	});

	it("says to build first when dist/cli.js is missing", () => {
		const demo = runDemo(demoRoot(null));
		expect(demo.code).toBe(1);
		expect(demo.stderr).toMatch(/cli\.js is missing: run "npm run build" first/);
	});
});

describe("the example vault's person notes say what its README promises", () => {
	// Core bug (reported to the lead): new Recent Context lines go below the
	// user's older dated line instead of above it (SPEC: "newest first, above
	// older lines the user kept").
	it("Recent Context is newest first: the user's 2025-09-12 line below the meetings after it", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		expect((await processJson(cli, vault)).run.code).toBe(0);
		const text = readText(vault, PETE);
		const section = text.split("\n## Recent Context\n\n")[1].split("\n\n## ")[0].split("\n");
		const dates = section.map((line) => /^- (\d{4}-\d{2}-\d{2}):/.exec(line)?.[1] ?? "");
		expect(dates).toEqual([...dates].sort().reverse());
		expect(section[section.length - 1]).toBe("- 2025-09-12: Coffee with Pete about moving onto Apollo full-time (my own notes, no transcript)");
	});
});
