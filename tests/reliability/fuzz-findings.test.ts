// What the fuzz test found, each cut down to the smallest note that shows
// it, so a fix can be checked without the fuzzer. Every row is a guarantee:
// a run never throws, never writes a note it reported as skipped or that is
// not a person note, and a second run over the same notes changes nothing.
import { describe, expect, it } from "vitest";
import { MemoryVault, run } from "../helpers/run-helpers";
import { readMeetingNote } from "../../src/core/meeting/read-meeting";
import { readerOptions } from "../../src/core/sync/read-phase";
import { settingsFor } from "../helpers/run-helpers";
import { brokenGuarantees, lostUserLines } from "./guarantees";
import { reportedPaths } from "./outcome";

function meeting(frontmatter: string, body: string): string {
	return `---\ntype: meeting\ndate: 2025-10-01\n${frontmatter}\n---\n# Sync\n\n${body}`;
}

/** Control characters (other than tab and line endings) and surrogate halves. */
function badCodeUnits(text: string): number[] {
	const bad: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0xd800 && code <= 0xdfff)) bad.push(code);
	}
	return bad;
}

/** Runs twice (the second a "reprocess all" with the first's ledger); returns both snapshots. */
async function twice(files: Record<string, string>): Promise<{ once: Record<string, string>; again: Record<string, string> }> {
	const vault = new MemoryVault(files);
	const first = await run(vault);
	const once = vault.snapshot();
	await run(vault, { ledger: first.ledger, mode: { kind: "all" } });
	return { once, again: vault.snapshot() };
}

describe("a person note with an unclosed code fence", () => {
	const PETE = "---\ntype: people\n---\n# Pete Emig\n\n## Tasks They Own\n\n```dataview\nTASK\n```\n```\n\n## Key Facts\n\n- Mine.\n";
	const FILES = { "Meetings/a.md": meeting("participants: [Pete Emig, Ann Lee]", "## Key Information\n\n- Pete Emig needs figures.\n"), "People/Pete Emig.md": PETE };

	it("does not stop the run: the note is left as it is and reported, the rest is done", async () => {
		const vault = new MemoryVault(FILES);
		const { report } = await run(vault);
		expect(vault.text("People/Pete Emig.md")).toBe(PETE);
		expect(report.skipped.map((entry) => entry.path)).toContain("People/Pete Emig.md");
		expect(report.created).toEqual(["People/Ann Lee.md"]);
	});
});

describe("a second run changes nothing", () => {
	it.each([
		{ name: "a task line among the Key Information items", body: "## Key Information\n\n- Ann Lee owns the budget.\n- [ ] Send Ann Lee the plan @Myself 📅 2025-10-03\n" },
		{ name: "a task line among the Decisions", body: "## Decisions\n\n- [?] Ship it @Ann Lee 📅 2025-10-03 #proposed\n" },
		{ name: "a task line as the Summary's first sentence", body: "## Summary\n\n- [ ] Publish the plan @Myself 📅 2025-11-10 ⏫\n" },
	])("with $name (facts must be read after the run fixes the task line)", async ({ body }) => {
		const { once, again } = await twice({ "Meetings/a.md": meeting("participants: [Jason Vallery, Ann Lee]", body) });
		expect(again).toEqual(once);
	});

	it.each([
		{ name: "a NUL", raw: "Juergen\\u0000 (last name unknown)" },
		{ name: "another control character", raw: "Juergen\\u0007" },
		{ name: "a lone surrogate", raw: "\\uD800Juergen" },
	])("with $name in a participant's name (the name must be cleaned as its file name is)", async ({ raw }) => {
		const files = { "Meetings/a.md": meeting(`participants: ["Jason Vallery", "${raw}"]`, "## Key Information\n\n- Juergen advised Jason Vallery to get a competing offer.\n") };
		const { once, again } = await twice(files);
		expect(again).toEqual(once);
		expect(once["People/Juergen.md"]).toContain("- Juergen advised Jason Vallery to get a competing offer.");
		expect(badCodeUnits(once["People/Juergen.md"] ?? "")).toEqual([]);
	});

	it.each(["**Bold** topic", "#roadmap", "1) Budget", "`code` review", "<b>html</b> topic", "_italic_", "> quoted"])(
		"with the topic %j (written once, not again on every run)",
		async (topic) => {
			const { once, again } = await twice({ "Meetings/a.md": meeting("participants: [Marcus Lee]", `## Topics\n\n- ${topic}\n`) });
			expect(again["People/Marcus Lee.md"]).toBe(once["People/Marcus Lee.md"]);
		},
	);
});

describe("a note at a new person's path that is not a person note", () => {
	it("is neither merged into nor reported as skipped and changed at once", async () => {
		const notAPerson = "---\nsource: transcript\n---\n# My transcript of a call with Pete\n";
		const files = { "Meetings/a.md": meeting("participants: [Jason Vallery, Pete Emig]", "## Summary\n\nWe met.\n"), "People/Pete Emig.md": notAPerson };
		const vault = new MemoryVault(files);
		const before = vault.snapshot();
		const { report } = await run(vault);
		expect(vault.text("People/Pete Emig.md")).toBe(notAPerson);
		expect(report.updated).not.toContain("People/Pete Emig.md");
		expect(brokenGuarantees(before, vault.snapshot(), { processed: report.processed, reported: reportedPaths(report) })).toEqual([]);
	});
});

describe("deeply nested frontmatter", () => {
	const deep = (open: string, close: string) => `---\ntype: meeting\ndate: 2025-10-02\nparticipants: [Carol White]\ndeep: ${open.repeat(1000)}x${close.repeat(1000)}\n---\n# Deep\n`;
	const block = `---\ntype: meeting\ndate: 2025-10-02\nparticipants: [Carol White]\ndeep:\n${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i + 1)}k:`).join("\n")}\n${" ".repeat(1001)}x: 1\n---\n# Deep\n`;

	it.each([
		{ name: "flow lists", text: deep("[", "]") },
		{ name: "flow maps", text: deep("{a: ", "}") },
		{ name: "block maps", text: block },
	])("with $name gets the same outcome every time it is read, however warm the engine", ({ text }) => {
		const options = readerOptions(settingsFor(), undefined, []);
		const outcomes = Array.from({ length: 8 }, () => readMeetingNote(text, "Meetings/Deep.md", options).kind);
		expect(new Set(outcomes).size).toBe(1);
	});
});

describe("the user-line check itself", () => {
	it("aligns lines as a longest common subsequence: a repeated line matched too far ahead loses nothing", () => {
		const row = "| **Email** | _Unknown_ |";
		const rest = ["| **Phone** | _Unknown_ |", "", row, "## Relationship", "", "Mine.", ""];
		expect(lostUserLines([row, ...rest].join("\n"), ["| **Email** | ann@example.com |", ...rest].join("\n"))).toEqual([]);
		expect(lostUserLines("a\nb\nc\n", "a\nc\n")).toEqual(["b"]);
	});
});
