// The task-line commands over meeting notes: fix task lines, and accept or
// reject proposed tasks. A note an importer re-syncs is never rewritten.
import type { VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import { readMeetingNote } from "../meeting/read-meeting";
import { acceptProposedTasks, rejectProposedTasks } from "../tasks/rewrite";
import type { FileChange, RunMode, RunOptions, RunReport, RunResult, UndoRecord } from "./run-types";
import { emptyReport } from "./run-types";
import { buildScope } from "./scope";
import { Pacer } from "./pacer";
import { assertOwnerSet } from "./refusal";
import { NoteTexts, readPeople, readText, readerOptions } from "./read-phase";
import { taskContext, planTaskFix } from "./task-fixing";
import { executeWrites, undoRecordFor } from "./planned-write";
import type { PlannedWrite } from "./planned-write";
import type { Ledger } from "./ledger";
import { emptyLedger } from "./ledger";

export type TaskCommand = "fix" | "accept" | "reject";

export interface TaskRunOptions {
	mode: Exclude<RunMode, { kind: "new" }>;
	command: TaskCommand;
	dryRun: boolean;
	today: string;
	timeZone?: string;
	beforeWrite?: (undo: UndoRecord) => Promise<void>;
}

export interface TaskRunResult {
	report: RunReport;
	changes: FileChange[];
	undo: UndoRecord;
	/** Meeting notes left alone because an importer re-syncs them. */
	importerNotes: string[];
}

export async function runTaskCommand(port: VaultPort, settings: CrmSettings, options: TaskRunOptions, ledger: Ledger = emptyLedger()): Promise<TaskRunResult> {
	if (options.command === "fix") assertOwnerSet(settings);
	const report = emptyReport();
	const pacer = new Pacer(() => port.yieldToEventLoop());
	const scope = buildScope(settings, await port.appConfig());
	const files = port.listMarkdownFiles();
	const wanted = options.mode.kind === "paths" ? new Set(options.mode.paths) : null;
	const texts = new NoteTexts();
	const people = options.command === "fix" ? await readPeople(port, files, scope, settings, texts, pacer, report) : [];
	const reader = readerOptions(settings, options.timeZone, people);
	const planned: PlannedWrite[] = [];
	const importerNotes: string[] = [];
	const meetings = [];
	for (const file of files) {
		if (wanted ? !wanted.has(file.path) : !scope.inMeetingScope(file.path)) continue;
		const text = await readText(port, file.path, texts, report);
		if (text === null) continue;
		const result = readMeetingNote(text, file.path, reader);
		await pacer.tick();
		if (result.kind !== "meeting") {
			if (result.kind === "skipped") report.skipped.push({ path: file.path, reason: result.reason });
			continue;
		}
		if (result.meeting.importerId !== undefined) {
			importerNotes.push(file.path);
			continue;
		}
		meetings.push({ meeting: result.meeting, text });
	}
	const ctx = taskContext(settings, people, meetings.map((m) => m.meeting));
	for (const { meeting, text } of meetings) {
		const write = planFor(options, meeting.path, text, ctx, settings);
		if (write) planned.push(write);
	}
	const base: UndoRecord = { at: options.today, created: [], updated: [], ledgerBefore: ledger };
	const undo = undoRecordFor(planned, base);
	const changes: FileChange[] = [];
	if (options.dryRun) {
		for (const write of planned) {
			changes.push({ path: write.path, kind: write.kind, before: write.before, after: write.after });
			report.tasksFixed.push(write.path);
		}
		return { report, changes, undo, importerNotes };
	}
	if (planned.length > 0) await options.beforeWrite?.(undo);
	await executeWrites(port, planned, { report, changes, undo, pacer });
	return { report, changes, undo, importerNotes };
}

function planFor(options: TaskRunOptions, path: string, text: string, ctx: ReturnType<typeof taskContext>, settings: CrmSettings): PlannedWrite | null {
	if (options.command === "fix") return planTaskFix(path, text, ctx, settings);
	const change = options.command === "accept"
		? (current: string) => ({ text: acceptProposedTasks(current).text })
		: (current: string) => ({ text: rejectProposedTasks(current, options.today).text });
	const after = change(text).text;
	return after === text ? null : { path, kind: "update", before: text, after, redo: change, counts: "tasks" };
}

/** The command line's `fix-tasks`: fix task lines in every meeting note (or
 * the notes of a "paths" mode), with the run's result shape. */
export async function fixAllTaskLines(port: VaultPort, settings: CrmSettings, options: RunOptions, ledger: Ledger = emptyLedger()): Promise<RunResult> {
	const mode = options.mode.kind === "new" ? ({ kind: "all" } as const) : options.mode;
	const result = await runTaskCommand(port, settings, { mode, command: "fix", dryRun: options.dryRun, today: options.today, timeZone: options.timeZone, beforeWrite: options.beforeWrite }, ledger);
	return { report: result.report, ledger, changes: result.changes, undo: result.undo };
}
