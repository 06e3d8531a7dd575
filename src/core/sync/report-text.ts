// The words a run's report is told in: one summary line (the closing notice
// and the command line's first line) and a markdown report note.
import type { RunReport } from "./run-types";

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "4 meeting notes: 2 people created, 5 updated, 1 skipped" */
export function summaryLine(report: RunReport): string {
	const meetings = report.processed.length;
	const parts = [`${count(report.created.length, "person", "people")} created`, `${report.updated.length} updated`];
	if (report.tasksFixed.length > 0) parts.push(`task lines fixed in ${count(report.tasksFixed.length, "note", "notes")}`);
	const problems = report.skipped.length + report.errors.length;
	if (problems > 0) parts.push(`${problems} skipped`);
	if (report.ambiguous.length > 0) parts.push(`${count(report.ambiguous.length, "ambiguous name", "ambiguous names")}`);
	return `${count(meetings, "meeting note", "meeting notes")}: ${parts.join(", ")}`;
}

/** Whether the report has anything the user should look at. */
export function needsAttention(report: RunReport): boolean {
	return report.skipped.length + report.errors.length + report.ambiguous.length + report.lookAlikes.length > 0;
}

/** A markdown note listing every file touched or skipped, and why. */
export function reportNoteText(report: RunReport, title: string, link: (path: string) => string): string {
	const lines: string[] = [`# ${title}`, "", summaryLine(report), ""];
	const section = (heading: string, items: string[]) => {
		if (items.length === 0) return;
		lines.push(`## ${heading}`, "", ...items.map((item) => `- ${item}`), "");
	};
	section("People created", report.created.map((p) => `[[${link(p)}]]`));
	section("People updated", report.updated.map((p) => `[[${link(p)}]]`));
	section("Task lines fixed", report.tasksFixed.map((p) => `[[${link(p)}]]`));
	section("Meeting notes processed", report.processed.map((p) => `[[${link(p)}]]`));
	section("Skipped", [...report.skipped, ...report.errors].map((s) => `[[${link(s.path)}]]: ${s.reason}`));
	section(
		"Ambiguous names (add an alias to one note to choose)",
		report.ambiguous.map((a) => `${a.name}: claimed by ${a.notes.map((n) => `[[${link(n)}]]`).join(", ")}`),
	);
	section(
		"Look-alike names (add an alias to merge them)",
		report.lookAlikes.map((l) => `${l.name} ([[${link(l.note)}]]) looks like ${l.similarTo.map((n) => `[[${link(n)}]]`).join(", ")}`),
	);
	if (report.droppedNames > 0) lines.push(`${count(report.droppedNames, "name was", "names were")} not a person (placeholder speakers, note-taker bots, rooms) and left out.`, "");
	return lines.join("\n");
}
