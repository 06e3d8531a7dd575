import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dqlString, folderSource, openTasksQuery, projectsQuery, tasksTheyOwnQuery } from "../../../src/core/people/dataview";
import { builtInPersonNote } from "../../../src/core/people/template";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { CrmSettings, MentionStyle } from "../../../src/core/settings";
import { mentionFor } from "../../../src/core/tasks/mention";
import { queryOf, runQuery } from "../../helpers/mini-dataview";
import type { MiniFile } from "../../helpers/mini-dataview";

const seed = readFileSync(new URL("../../fixtures/seed-person-note.md", import.meta.url), "utf8");
const STYLES: MentionStyle[] = ["at-camel", "wikilink", "at-name"];

function settingsFor(style: MentionStyle, extra: Partial<CrmSettings> = {}): CrmSettings {
	return { ...DEFAULT_SETTINGS, mentionStyle: style, ...extra };
}

/** Task lines as the rewriter writes them, owned by Jai Menon or by Pete Emig. */
function meetingNote(style: MentionStyle): string {
	const jai = mentionFor("Jai Menon", style);
	const pete = mentionFor("Pete Emig", style);
	return [
		"## Action Items",
		`- [ ] Send deck ${jai} 📅 2025-10-03 #task`,
		`- [/] Draft plan ${jai} ⏫ #task`,
		`- [?] Brief Manish ${jai} 📅 2025-10-03 #task #proposed`,
		`- [-] Book room ${jai} ❌ 2025-10-05 #task`,
		`- [x] Share notes ${jai} ✅ 2025-10-01 #task`,
		`- [ ] Ask Jai Menon about the budget ${pete} #task`,
		`- [?] Check with Jai Menon ${pete} #task #proposed`,
		`- [ ] Unrelated ${pete} #task`,
	].join("\n");
}

const descriptions = (tasks: { text: string }[]): string[] => tasks.map((task) => task.text.split(" @")[0].split(" [[")[0]);

function tasks(query: string, files: MiniFile[]): string[] {
	const result = runQuery(query, files);
	if (result.kind !== "TASK") throw new Error("not a task query");
	return descriptions(result.tasks);
}

describe.each(STYLES)("task queries, mention style %s", (style) => {
	const files: MiniFile[] = [{ path: "Meetings/2025-09-30 1-1.md", text: meetingNote(style) }];

	it("Open Tasks finds open tasks that mention the person, by name or mention", () => {
		expect(tasks(openTasksQuery("Jai Menon", settingsFor(style)), files)).toEqual([
			"Send deck",
			"Draft plan",
			"Ask Jai Menon about the budget",
		]);
	});

	it("Tasks They Own finds only the open tasks the person owns", () => {
		expect(tasks(tasksTheyOwnQuery("Jai Menon", settingsFor(style)), files)).toEqual(["Send deck", "Draft plan"]);
		expect(tasks(tasksTheyOwnQuery("Pete Emig", settingsFor(style)), files)).toEqual(["Ask Jai Menon about the budget", "Unrelated"]);
	});

	it("the blocks in a new person note are the same queries", () => {
		const note = builtInPersonNote({ name: "Jai Menon", aliases: [], today: "2026-01-03", settings: settingsFor(style), noteBasename: "Jai Menon" });
		const blocks = note.split("```dataview\n").slice(1).map((block) => "```dataview\n" + block);
		expect(blocks.map(queryOf)).toEqual([projectsQuery(settingsFor(style)), openTasksQuery("Jai Menon", settingsFor(style)), tasksTheyOwnQuery("Jai Menon", settingsFor(style))]);
	});
});

describe("FROM the meeting folders", () => {
	const style: MentionStyle = "at-camel";
	const files: MiniFile[] = [
		{ path: "Meetings/a.md", text: "- [ ] In meetings @JaiMenon" },
		{ path: "Calls/2025/b.md", text: "- [ ] In calls @JaiMenon" },
		{ path: "Journal/c.md", text: "- [ ] In journal @JaiMenon" },
		{ path: "MeetingsOld/d.md", text: "- [ ] In a folder with a similar name @JaiMenon" },
	];

	it("reads only the meeting folders when they are set", () => {
		const settings = settingsFor(style, { meetingFolders: ["Meetings", "/Calls/"] });
		expect(openTasksQuery("Jai Menon", settings)).toContain('\nFROM "Meetings" OR "Calls"\n');
		expect(tasks(openTasksQuery("Jai Menon", settings), files)).toEqual(["In meetings", "In calls"]);
		expect(tasks(tasksTheyOwnQuery("Jai Menon", settings), files)).toEqual(["In meetings", "In calls"]);
	});

	it("reads the whole vault when none are set (or one is the root)", () => {
		expect(tasks(openTasksQuery("Jai Menon", settingsFor(style)), files)).toHaveLength(4);
		expect(folderSource([])).toBe('""');
		expect(folderSource(["Meetings", "/"])).toBe('""');
	});
});

describe("the seed person note's queries", () => {
	const seedQueries = seed.split("```dataview\n").slice(1).map((block) => queryOf("```dataview\n" + block));

	it("at-camel writes the mention the seed's Tasks They Own looks for", () => {
		expect(seedQueries[2]).toContain('contains(text, "@PeteEmig")');
		expect(mentionFor("Pete Emig", "at-camel")).toBe("@PeteEmig");
		expect(tasksTheyOwnQuery("Pete Emig", DEFAULT_SETTINGS)).toContain('contains(text, "@PeteEmig")');
	});

	it("the seed's !completed counts proposed and cancelled tasks as open; ours does not", () => {
		const files: MiniFile[] = [{ path: "Meetings/m.md", text: meetingNote("at-camel") }];
		expect(tasks(seedQueries[2], files)).toEqual(["Ask Jai Menon about the budget", "Check with Jai Menon", "Unrelated"]);
		expect(tasks(tasksTheyOwnQuery("Pete Emig", DEFAULT_SETTINGS), files)).toEqual(["Ask Jai Menon about the budget", "Unrelated"]);
	});

	it("the seed's Projects query runs in the evaluator, and so does ours", () => {
		const files: MiniFile[] = [
			{ path: "VAST/Projects/Apollo.md", text: "", outlinks: ["People/Pete Emig.md"] },
			{ path: "VAST/Projects/Other.md", text: "", outlinks: [] },
			{ path: "Elsewhere/Links.md", text: "", outlinks: ["People/Pete Emig.md"] },
		];
		expect(runQuery(seedQueries[0], files, "People/Pete Emig.md")).toEqual({ kind: "LIST", pages: ["VAST/Projects/Apollo.md"] });
		const ours = projectsQuery(settingsFor("at-camel", { projectFolders: ["VAST/Projects", "Personal/Projects"] }));
		expect(ours).toBe(seedQueries[0]);
		expect(runQuery(projectsQuery(DEFAULT_SETTINGS), files, "People/Pete Emig.md")).toEqual({ kind: "LIST", pages: ["VAST/Projects/Apollo.md", "Elsewhere/Links.md"] });
	});
});

describe("names inside DQL strings", () => {
	it("escapes quotes and backslashes so the query finds the exact name", () => {
		const name = 'Jo "JJ" Back\\slash';
		expect(dqlString(name)).toBe('"Jo \\"JJ\\" Back\\\\slash"');
		const files: MiniFile[] = [{ path: "m.md", text: `- [ ] Call @${name.replace(/\s+/g, "")}\n- [ ] Mail ${name} again\n- [ ] Not Jo JJ` }];
		expect(tasks(openTasksQuery(name, DEFAULT_SETTINGS), files)).toEqual(["Call", "Mail Jo \"JJ\" Back\\slash again"]);
		expect(tasks(tasksTheyOwnQuery(name, DEFAULT_SETTINGS), files)).toEqual(["Call"]);
	});

	it("escapes folder names too", () => {
		expect(folderSource(['Team "A"'])).toBe('"Team \\"A\\""');
		expect(dqlString("a\r\nb  c")).toBe('"a b  c"');
	});

	it("a wikilink to a note whose file name differs is what Tasks They Own looks for", () => {
		const settings = settingsFor("wikilink");
		const query = tasksTheyOwnQuery("AC/DC", settings, "ACDC");
		expect(query).toContain('contains(text, "[[ACDC|AC/DC]]")');
		const files: MiniFile[] = [{ path: "m.md", text: "- [ ] Tour [[ACDC|AC/DC]]\n- [ ] Listen to AC/DC" }];
		expect(tasks(query, files)).toEqual(["Tour"]);
		expect(tasks(openTasksQuery("AC/DC", settings, "ACDC"), files)).toEqual(["Tour", "Listen to AC/DC"]);
	});
});
