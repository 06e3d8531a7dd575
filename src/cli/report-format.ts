// A run's report for people (a summary line like the plugin's notice, then
// what was done, passed over and why) and for scripts (--json), and the exit
// status it means.
import type { RunReport } from "../core/sync/run-types";
import { summaryLine as noticeLine } from "../core/sync/report-text";

export type RunKind = "process" | "fix-tasks";

export interface JsonReport {
	processed: string[];
	created: string[];
	updated: string[];
	skipped: { path: string; reason: string }[];
	errors: { path: string; reason: string }[];
	ambiguous: { name: string; notes: string[]; meetings: string[] }[];
	lookAlikes: { name: string; note: string; similarTo: string[] }[];
	tasksFixed: string[];
	droppedNames: number;
	dryRun: boolean;
}

/** 0 when all went well; 1 when a note was skipped or failed, or a person
 * was skipped as ambiguous (the rest of the run was still done). */
export function exitCodeFor(report: RunReport): 0 | 1 {
	return report.skipped.length > 0 || report.errors.length > 0 || report.ambiguous.length > 0 ? 1 : 0;
}

/** The first line. For processing, the plugin's own notice line, so both
 * count alike: "4 meeting notes: 2 people created, 5 updated, 1 skipped". */
export function summaryLine(report: RunReport, kind: RunKind): string {
	if (kind === "process") return noticeLine(report);
	const problems = report.skipped.length + report.errors.length;
	if (report.tasksFixed.length === 0 && problems === 0) return "No task lines to fix";
	const parts = [`Task lines fixed in ${count(report.tasksFixed.length, "meeting note", "meeting notes")}`];
	if (problems > 0) parts.push(`${problems} skipped`);
	return parts.join(", ");
}

/** The full text report: the summary line, then one section per kind of
 * outcome that has entries. */
export function formatReport(report: RunReport, options: { kind: RunKind; dryRun: boolean }): string {
	const head = [summaryLine(report, options.kind)];
	if (options.dryRun) head.push("Dry run: nothing was written.");
	const sections: string[] = [];
	const add = (title: string, lines: string[], hint = "") => {
		if (lines.length > 0) sections.push([`${title} (${lines.length}):${hint ? ` ${hint}` : ""}`, ...lines.map((line) => `  ${line}`)].join("\n"));
	};
	const dry = options.dryRun;
	add(dry ? "Would create" : "Created", report.created);
	add(dry ? "Would update" : "Updated", report.updated);
	add(dry ? "Would fix task lines in" : "Task lines fixed in", report.tasksFixed);
	add("Skipped", report.skipped.map((s) => `${s.path}: ${s.reason}`));
	add("Failed", report.errors.map((e) => `${e.path}: ${e.reason}`));
	add("Ambiguous, skipped", report.ambiguous.map(
		(a) => `${a.name}: ${a.notes.join(", ")}${a.meetings.length > 0 ? ` (named in ${a.meetings.join(", ")})` : ""}`,
	), "several notes claim the name; add it as an alias to the right one");
	add("Look-alikes", report.lookAlikes.map(
		(l) => `${l.name}: ${l.note} looks like ${l.similarTo.join(", ")}`,
	), "if one is the same person, add the name as an alias there and merge the notes");
	if (report.droppedNames > 0) {
		sections.push(`Left out ${count(report.droppedNames, "name", "names")} of placeholder speakers, note-taker bots or rooms.`);
	}
	return [head.join("\n"), ...sections].join("\n\n");
}

/** The --json report: only these fields, in this order, whatever else the
 * core's report may hold. */
export function jsonReport(report: RunReport, dryRun: boolean): JsonReport {
	return {
		processed: [...report.processed],
		created: [...report.created],
		updated: [...report.updated],
		skipped: report.skipped.map(({ path, reason }) => ({ path, reason })),
		errors: report.errors.map(({ path, reason }) => ({ path, reason })),
		ambiguous: report.ambiguous.map(({ name, notes, meetings }) => ({ name, notes: [...notes], meetings: [...meetings] })),
		lookAlikes: report.lookAlikes.map(({ name, note, similarTo }) => ({ name, note, similarTo: [...similarTo] })),
		tasksFixed: [...report.tasksFixed],
		droppedNames: report.droppedNames,
		dryRun,
	};
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
