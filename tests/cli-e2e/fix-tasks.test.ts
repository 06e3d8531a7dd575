// `meeting-crm fix-tasks` on the seed meeting note: garbled 📅/⏫ repaired,
// owners in the mention style of data.json, every other byte kept; a dry
// run writes nothing; a second run finds nothing to fix.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedPaths, cleanUp, DATA_JSON, ensureBuilt, EXAMPLE_VAULT, parseReport, readText, runCli, snapshot, tempVault, writeFiles } from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);

const SEED = fs.readFileSync(new URL("../fixtures/seed-meeting-note.md", import.meta.url), "utf8");
const SEED_PATH = "Meetings/2025-09-30 1-1 with Jai Menon.md";

const TASK_TEXTS = [
	"Brief Manish Sah on Jason Vallery's expectations for a retention path, including management role, clear scope and ownership for Apollo, decision authority, and competitive compensation.",
	"Send the strongest external offer package and explicit stay requirements (scope and ownership, collaborators, resourcing, compensation) to Jai Menon and Manish Sah once paperwork is finalized.",
	"Clarify product management ownership, decision authority, key stakeholders, and funding model for Apollo if Microsoft pursues a retention path for Jason Vallery.",
	"Provide a decision update to Jai Menon by end of week after external offers are finalized.",
];
const TAIL = "📅 2025-10-03 ⏫ #task #proposed #auto";

function seedVault(settings: Record<string, unknown>): string {
	const vault = tempVault();
	writeFiles(vault, { [DATA_JSON]: JSON.stringify({ yourName: "Jason Vallery", ...settings }), [SEED_PATH]: SEED });
	return vault;
}

/** The seed note with its four task lines replaced, every other line as it was. */
function seedWithTasks(owners: string[]): string {
	const lines = SEED.split("\n");
	const taskIndexes = lines.flatMap((line, index) => (line.startsWith("- [?] ") ? [index] : []));
	expect(taskIndexes).toHaveLength(4);
	taskIndexes.forEach((at, n) => {
		lines[at] = `- [?] ${TASK_TEXTS[n]} ${owners[n]} ${TAIL}`;
	});
	return lines.join("\n");
}

describe("fix-tasks on the seed meeting note", () => {
	it("repairs 📅 and ⏫ and writes owners as @CamelCase, changing nothing else", async () => {
		const vault = seedVault({});
		const run = await runCli(cli, ["fix-tasks", vault, "--json"]);
		expect(run.code).toBe(0);
		const report = parseReport(run);
		expect(report.tasksFixed).toEqual([SEED_PATH]);
		expect([report.processed, report.created, report.updated, report.skipped, report.errors]).toEqual([[], [], [], [], []]);
		expect(readText(vault, SEED_PATH)).toBe(seedWithTasks(["@JaiMenon", "@JasonVallery", "@ManishSah", "@JasonVallery"]));
		// No person notes: fixing tasks is not processing.
		expect(fs.existsSync(path.join(vault, "People"))).toBe(false);
	});

	it("uses the mention style set in data.json", async () => {
		const vault = seedVault({ mentionStyle: "wikilink" });
		expect((await runCli(cli, ["fix-tasks", vault])).code).toBe(0);
		expect(readText(vault, SEED_PATH)).toBe(seedWithTasks(["[[Jai Menon]]", "[[Jason Vallery]]", "[[Manish Sah]]", "[[Jason Vallery]]"]));
	});

	it("--dry-run writes nothing and reports the note it would fix", async () => {
		const vault = seedVault({});
		const before = snapshot(vault);
		const run = await runCli(cli, ["fix-tasks", vault, "--dry-run"]);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe(`Task lines fixed in 1 meeting note\nDry run: nothing was written.\n\nWould fix task lines in (1):\n  ${SEED_PATH}\n`);
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});

	it("a second run finds nothing to fix and changes no byte", async () => {
		const vault = seedVault({});
		expect((await runCli(cli, ["fix-tasks", vault])).code).toBe(0);
		const before = snapshot(vault);
		const run = await runCli(cli, ["fix-tasks", vault]);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe("No task lines to fix\n");
		expect(changedPaths(before, snapshot(vault))).toEqual([]);
	});
});

describe("fix-tasks on the example vault", () => {
	it("fixes the pipeline notes and leaves the Granola note (an importer re-syncs it) as it was", async () => {
		const vault = tempVault(EXAMPLE_VAULT);
		const before = snapshot(vault);
		const report = parseReport(await runCli(cli, ["fix-tasks", vault, "--json"]));
		expect(report.tasksFixed).toEqual([
			"Meetings/2025-09-30 1-1 with Jai Menon.md",
			"Meetings/2025-10-07 Apollo storage options review.md",
			"Meetings/2025-10-21 Apollo storage architecture deep dive.md",
			"Meetings/2025-10-28 Manish Jason 1-1 Apollo staffing.md",
			"Meetings/2025-11-04 Apollo weekly team sync.md",
		]);
		expect(changedPaths(before, snapshot(vault))).toEqual([DATA_JSON, ...report.tasksFixed]);
		const review = readText(vault, "Meetings/2025-10-07 Apollo storage options review.md");
		expect(review).toContain("@JasonVallery 📅 2025-10-17 ⏫ #task");
		expect(review).toContain("@PriyaRaman 📅 2025-10-21 🔼 #task");
		expect(review).not.toMatch(/[\uF8FF\u00fc\u201a]/);
	});
});
