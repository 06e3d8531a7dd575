import { describe, expect, it } from "vitest";
import { exitCodeFor, formatReport, jsonReport, summaryLine } from "../../src/cli/report-format";
import type { RunReport } from "../../src/core/sync/run-types";
import { emptyReport } from "../../src/core/sync/run-types";

const full: RunReport = {
	processed: ["Meetings/a.md", "Meetings/b.md", "Meetings/c.md", "Meetings/d.md"],
	created: ["People/Jai Menon.md", "People/Pete Emig.md"],
	updated: ["People/Ann.md"],
	tasksFixed: ["Meetings/a.md"],
	skipped: [{ path: "Meetings/d.md", reason: "no date found" }],
	errors: [{ path: "People/Bob.md", reason: "could not be written: EACCES" }],
	ambiguous: [{ name: "Sam Lee", notes: ["People/Sam Lee.md", "Clients/Sam Lee.md"], meetings: ["Meetings/b.md"] }],
	lookAlikes: [{ name: "Jose Garcia", note: "People/Jose Garcia.md", similarTo: ["People/José García.md"] }],
	droppedNames: 3,
};

describe("summaryLine", () => {
	const cases: { name: string; report: Partial<RunReport>; kind: "process" | "fix-tasks"; line: string }[] = [
		{ name: "the notice's counts", report: { processed: ["a", "b", "c", "d"], created: ["x", "y"], updated: ["1", "2", "3", "4", "5"], skipped: [{ path: "s", reason: "r" }] }, kind: "process", line: "4 meeting notes: 2 people created, 5 updated, 1 skipped" },
		{ name: "one of each", report: { processed: ["a"], created: ["x"], updated: ["y"] }, kind: "process", line: "1 meeting note: 1 person created, 1 updated" },
		{ name: "nothing new", report: {}, kind: "process", line: "0 meeting notes: 0 people created, 0 updated" },
		{ name: "fix-tasks", report: { tasksFixed: ["a", "b"], skipped: [{ path: "s", reason: "r" }] }, kind: "fix-tasks", line: "Task lines fixed in 2 meeting notes, 1 skipped" },
		{ name: "fix-tasks, one note", report: { tasksFixed: ["a"] }, kind: "fix-tasks", line: "Task lines fixed in 1 meeting note" },
		{ name: "fix-tasks, nothing to do", report: {}, kind: "fix-tasks", line: "No task lines to fix" },
		{ name: "fix-tasks, only failures", report: { errors: [{ path: "e", reason: "r" }] }, kind: "fix-tasks", line: "Task lines fixed in 0 meeting notes, 1 skipped" },
	];
	it.each(cases)("$name", ({ report, kind, line }) => {
		expect(summaryLine({ ...emptyReport(), ...report }, kind)).toBe(line);
	});
});

describe("formatReport", () => {
	it("lists every outcome with its reason", () => {
		expect(formatReport(full, { kind: "process", dryRun: false })).toBe([
			"4 meeting notes: 2 people created, 1 updated, task lines fixed in 1 note, 2 skipped, 1 ambiguous name",
			"",
			"Created (2):",
			"  People/Jai Menon.md",
			"  People/Pete Emig.md",
			"",
			"Updated (1):",
			"  People/Ann.md",
			"",
			"Task lines fixed in (1):",
			"  Meetings/a.md",
			"",
			"Skipped (1):",
			"  Meetings/d.md: no date found",
			"",
			"Failed (1):",
			"  People/Bob.md: could not be written: EACCES",
			"",
			"Ambiguous, skipped (1): several notes claim the name; add it as an alias to the right one",
			"  Sam Lee: People/Sam Lee.md, Clients/Sam Lee.md (named in Meetings/b.md)",
			"",
			"Look-alikes (1): if one is the same person, add the name as an alias there and merge the notes",
			"  Jose Garcia: People/Jose Garcia.md looks like People/José García.md",
			"",
			"Left out 3 names of placeholder speakers, note-taker bots or rooms.",
		].join("\n"));
	});

	it("says a dry run wrote nothing, and what it would do", () => {
		const report = { ...emptyReport(), processed: ["Meetings/a.md"], created: ["People/A.md"], updated: ["People/B.md"], tasksFixed: ["Meetings/a.md"] };
		expect(formatReport(report, { kind: "process", dryRun: true })).toBe([
			"1 meeting note: 1 person created, 1 updated, task lines fixed in 1 note",
			"Dry run: nothing was written.",
			"",
			"Would create (1):",
			"  People/A.md",
			"",
			"Would update (1):",
			"  People/B.md",
			"",
			"Would fix task lines in (1):",
			"  Meetings/a.md",
		].join("\n"));
	});

	it("is one line when nothing happened", () => {
		expect(formatReport(emptyReport(), { kind: "fix-tasks", dryRun: false })).toBe("No task lines to fix");
	});

	it("leaves out the meetings of an ambiguous person when none are known, and says one name", () => {
		const report = { ...emptyReport(), ambiguous: [{ name: "Sam", notes: ["A/Sam.md", "B/Sam.md"], meetings: [] }], droppedNames: 1 };
		expect(formatReport(report, { kind: "process", dryRun: false }).split("\n").slice(2)).toEqual([
			"Ambiguous, skipped (1): several notes claim the name; add it as an alias to the right one",
			"  Sam: A/Sam.md, B/Sam.md",
			"",
			"Left out 1 name of placeholder speakers, note-taker bots or rooms.",
		]);
	});
});

describe("jsonReport", () => {
	it("has exactly the documented fields, in order", () => {
		const withExtra = { ...full, internal: "not for scripts", skipped: [{ path: "Meetings/d.md", reason: "no date found", line: 4 }] };
		const json = jsonReport(withExtra, true);
		expect(JSON.stringify(json)).toBe(JSON.stringify({
			processed: full.processed,
			created: full.created,
			updated: full.updated,
			skipped: [{ path: "Meetings/d.md", reason: "no date found" }],
			errors: [{ path: "People/Bob.md", reason: "could not be written: EACCES" }],
			ambiguous: [{ name: "Sam Lee", notes: ["People/Sam Lee.md", "Clients/Sam Lee.md"], meetings: ["Meetings/b.md"] }],
			lookAlikes: [{ name: "Jose Garcia", note: "People/Jose Garcia.md", similarTo: ["People/José García.md"] }],
			tasksFixed: ["Meetings/a.md"],
			droppedNames: 3,
			dryRun: true,
		}));
	});

	it("copies, so the report can change afterwards without changing it", () => {
		const report = { ...emptyReport(), created: ["A.md"] };
		const json = jsonReport(report, false);
		report.created.push("B.md");
		expect(json.created).toEqual(["A.md"]);
		expect(json.dryRun).toBe(false);
	});
});

describe("exitCodeFor", () => {
	const cases: { name: string; report: Partial<RunReport>; code: 0 | 1 }[] = [
		{ name: "all well", report: { processed: ["a"], created: ["b"] }, code: 0 },
		{ name: "look-alikes are not a failure", report: { lookAlikes: full.lookAlikes, droppedNames: 2 }, code: 0 },
		{ name: "a skipped note", report: { skipped: full.skipped }, code: 1 },
		{ name: "a failed write", report: { errors: full.errors }, code: 1 },
		{ name: "an ambiguous person", report: { ambiguous: full.ambiguous }, code: 1 },
	];
	it.each(cases)("$name", ({ report, code }) => {
		expect(exitCodeFor({ ...emptyReport(), ...report })).toBe(code);
	});
});
