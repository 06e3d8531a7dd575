// A run: read what is new, plan every person note's changes, then write each
// touched note once (Vault.process against its current content), fix task
// lines in the same write, and record it all in the ledger and undo record.
import type { NoteStat, VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import type { Meeting } from "../meeting/model";
import { repairMojibake } from "../tasks/mojibake";
import { PeopleIndex } from "../people/identity";
import type { Ledger, MeetingRecord, WrittenParts } from "./ledger";
import type { FileChange, RunOptions, RunResult, UndoRecord } from "./run-types";
import { emptyReport } from "./run-types";
import { buildScope } from "./scope";
import { Pacer } from "./pacer";
import { NoteTexts, hashOf, meetingCandidates, readMeetingNote, readPeople, readText, readerOptions, errorText } from "./read-phase";
import type { ReadMeeting } from "./read-phase";
import { planPeople } from "./plan-people";
import { assertOwnerSet } from "./refusal";
import { planPeopleWrites } from "./write-people";
import { taskContext, planTaskFix } from "./task-fixing";
import { executeWrites, undoRecordFor } from "./planned-write";
import type { PlannedWrite } from "./planned-write";

export { RunRefusedError, assertOwnerSet } from "./refusal";

export async function processMeetings(port: VaultPort, settings: CrmSettings, ledger: Ledger, options: RunOptions): Promise<RunResult> {
	assertOwnerSet(settings);
	const report = emptyReport();
	const pacer = new Pacer(() => port.yieldToEventLoop());
	const scope = buildScope(settings, await port.appConfig());
	const files = port.listMarkdownFiles();
	const candidates = meetingCandidates(port, files, scope, ledger, options.mode, readerOptions(settings, options.timeZone, []));
	const undo: UndoRecord = { at: options.today, created: [], updated: [], ledgerBefore: ledger };
	if (candidates.length === 0) return { report, ledger, changes: [], undo };

	const texts = new NoteTexts();
	const people = await readPeople(port, files, scope, settings, texts, pacer, report);
	options.onPhase?.("read people");
	const reader = readerOptions(settings, options.timeZone, people);
	const read: ReadMeeting[] = [];
	const touchedUnchanged: { path: string; stat: NoteStat }[] = [];
	const notMeetings: NoteStat[] = [];
	let done = 0;
	for (const stat of candidates) {
		options.onProgress?.(done++, candidates.length);
		const text = await readText(port, stat.path, texts, report);
		if (text === null) continue;
		const hash = hashOf(text);
		const record = ledger.meetings[stat.path];
		if (options.mode.kind === "new" && record && record.hash === hash) {
			touchedUnchanged.push({ path: stat.path, stat });
			continue;
		}
		const result = readMeetingNote(text, stat.path, reader);
		if (result.kind === "skipped") report.skipped.push({ path: stat.path, reason: result.reason });
		else if (result.kind === "not-meeting") notMeetings.push(stat);
		else if (result.kind === "meeting") read.push({ meeting: repairMeeting(result.meeting, text), stat, text, hash });
		await pacer.tick();
	}
	options.onProgress?.(candidates.length, candidates.length);
	options.onPhase?.("read meetings");
	const meetings = oneNotePerImporterId(read);
	for (const { meeting } of meetings) report.droppedNames += meeting.dropped.length;

	// Task lines are fixed first, and a meeting whose text they change is read
	// again from the fixed text: what is copied into person notes is then the
	// same on this run and the next.
	const taskCtx = taskContext(settings, people, meetings.map((m) => m.meeting));
	const taskFixes: PlannedWrite[] = [];
	const finalTexts = new Map<string, string>();
	for (const item of meetings) {
		report.processed.push(item.meeting.path);
		finalTexts.set(item.meeting.path, item.text);
		if (!settings.fixTaskLinesWhileProcessing || item.meeting.importerId !== undefined) continue;
		const fix = planTaskFix(item.meeting.path, item.text, taskCtx, settings);
		if (!fix) continue;
		taskFixes.push(fix);
		const again = readMeetingNote(fix.after, item.meeting.path, reader);
		if (again.kind === "meeting") item.meeting = repairMeeting(again.meeting, fix.after);
		await pacer.tick();
	}

	options.onPhase?.("fix tasks");
	const index = new PeopleIndex(people, settings);
	await pacer.tick();
	const plan = await planPeople(meetings.map((m) => m.meeting), { tick: () => pacer.tick(), settings, index, ledger, linkText: (p) => port.linkText(p), report });
	options.onPhase?.("plan people");
	const people_ = await planPeopleWrites(port, plan.targets, { settings, today: options.today, texts, report, pacer });
	const planned: PlannedWrite[] = [...people_.planned, ...taskFixes];

	options.onPhase?.("merge person notes");
	const changes: FileChange[] = [];
	if (options.dryRun) {
		for (const write of planned) {
			changes.push({ path: write.path, kind: write.kind, before: write.before, after: write.after });
			if (write.kind === "create") report.created.push(write.path);
			else if (write.counts === "people") report.updated.push(write.path);
			else report.tasksFixed.push(write.path);
		}
		return { report, ledger, changes, undo: undoRecordFor(planned, undo) };
	}
	const fullUndo = undoRecordFor(planned, undo);
	if (planned.length > 0) await options.beforeWrite?.(fullUndo);
	const raced = new Set<string>();
	const written = await executeWrites(port, planned, { raced, report, changes, undo: fullUndo, pacer });
	options.onPhase?.("write");
	for (const [meetingPath, perNote] of people_.unchanged) written.set(meetingPath, { ...perNote, ...(written.get(meetingPath) ?? {}) });
	for (const change of changes) if (finalTexts.has(change.path)) finalTexts.set(change.path, change.after);
	// A meeting whose person notes could not all be written is not done yet.
	const failed = new Set([...report.errors, ...report.skipped].map((s) => s.path));
	for (const target of plan.targets) {
		if (failed.has(target.path)) for (const input of target.inputs) plan.incomplete.add(input.meetingPath);
	}
	// A meeting note the user changed while the run was busy is read again next time.
	for (const path of raced) if (finalTexts.has(path)) plan.incomplete.add(path);
	const rewritten = new Set(changes.map((c) => c.path));

	// Person notes written now are not meeting notes: remember their new stats
	// so the next run does not read them to find that out again.
	const after = new Map(port.listMarkdownFiles().map((f) => [f.path, f]));
	const finished = meetings.filter((m) => !plan.incomplete.has(m.meeting.path));
	const newLedger = nextLedger(ledger, finished, finalTexts, written, plan.carriedOver, touchedUnchanged, after, rewritten);
	for (const path of [...report.created, ...report.updated]) {
		const stat = after.get(path);
		if (stat) notMeetings.push(stat);
	}
	if (notMeetings.length > 0) {
		newLedger.notMeetings = { ...(ledger.notMeetings ?? {}) };
		for (const stat of notMeetings) newLedger.notMeetings[stat.path] = [stat.mtime, stat.size];
	}
	options.onPhase?.("ledger");
	return { report, ledger: newLedger, changes, undo: fullUndo };
}

const TASK_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[.\]/;

/** Text copied from a meeting note is repaired on the way in (SPEC section 2).
 * A task line under Decisions or Key Information is a task, not a fact: the
 * task rewriter changes it, and a fact copied from it would change too. */
function repairMeeting(meeting: Meeting, text: string): Meeting {
	let lines: string[] | null = null;
	const isTask = (line: number) => TASK_LINE.test((lines ??= text.split(/\r\n|\n|\r/))[line] ?? "");
	const fix = (items: Meeting["decisions"]) => items.filter((item) => !isTask(item.line)).map((item) => ({ ...item, text: repairMojibake(item.text) }));
	return {
		...meeting,
		title: repairMojibake(meeting.title),
		summary: repairMojibake(meeting.summary),
		decisions: fix(meeting.decisions),
		keyInformation: fix(meeting.keyInformation),
		actionItems: meeting.actionItems.map((item) => ({ ...item, text: repairMojibake(item.text) })),
		topics: meeting.topics.map(repairMojibake),
	};
}

/** Notes with the same importer id are one meeting: the one modified last. */
function oneNotePerImporterId(read: ReadMeeting[]): ReadMeeting[] {
	const latest = new Map<string, ReadMeeting>();
	for (const item of read) {
		const id = item.meeting.importerId;
		if (id === undefined) continue;
		const seen = latest.get(id);
		if (!seen || item.stat.mtime > seen.stat.mtime || (item.stat.mtime === seen.stat.mtime && item.meeting.path > seen.meeting.path)) latest.set(id, item);
	}
	return read.filter((item) => item.meeting.importerId === undefined || latest.get(item.meeting.importerId) === item);
}

function nextLedger(
	ledger: Ledger,
	meetings: ReadMeeting[],
	finalTexts: Map<string, string>,
	written: Map<string, Record<string, WrittenParts>>,
	carried: Record<string, Record<string, WrittenParts>>,
	unchanged: { path: string; stat: NoteStat }[],
	stats: Map<string, NoteStat>,
	rewritten: Set<string>,
): Ledger {
	const next: Ledger = { version: 1, meetings: { ...ledger.meetings } };
	for (const { path, stat } of unchanged) {
		const record = next.meetings[path];
		if (record) next.meetings[path] = { ...record, mtime: stat.mtime, size: stat.size };
	}
	for (const { meeting, stat } of meetings) {
		const text = finalTexts.get(meeting.path) ?? "";
		// The stat of the text this run read — or, for a note it rewrote, of
		// what it wrote — so a change made meanwhile is seen by the next run.
		const now = rewritten.has(meeting.path) ? (stats.get(meeting.path) ?? stat) : stat;
		const record: MeetingRecord = {
			hash: hashOf(text),
			mtime: now.mtime,
			size: now.size,
			written: { ...(carried[meeting.path] ?? {}), ...(written.get(meeting.path) ?? {}) },
		};
		next.meetings[meeting.path] = record;
	}
	return next;
}

export { errorText };
export { fixAllTaskLines } from "./fix-tasks-run";
