// A run: read what is new, plan every person note's changes, then write each
// touched note once (Vault.process against its current content), fix task
// lines in the same write, and record it all in the ledger and undo record.
import type { NoteStat, VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import { PeopleIndex } from "../people/identity";
import { pathRecord } from "./ledger";
import type { Ledger, MeetingRecord, WrittenParts } from "./ledger";
import { meetingRecordForStorage } from "./ledger-store";
import type { FileChange, RunOptions, RunResult, UndoRecord } from "./run-types";
import { emptyReport } from "./run-types";
import { buildScope } from "./scope";
import { meetingForPlanning } from "./meeting-for-planning";
import { detached } from "./text-patch";
import type { PersonNoteInfo } from "../people/person-note-info";
import { Pacer } from "./pacer";
import { NoteTexts, hashOf, meetingCandidates, readMeetingNote, readPeople, readText, readerOptions, errorText } from "./read-phase";
import { readMeetingWithBasis } from "../meeting/read-meeting";
import { rereadAfterEdit } from "../meeting/reread";
import type { ReadMeeting } from "./read-phase";
import { planPeople } from "./plan-people";
import { assertOwnerSet } from "./refusal";
import { personJobs, personWrites } from "./write-people";
import { taskContext, planTaskFix } from "./task-fixing";
import { asEditWrite, executeWrites, NOT_WRITTEN_YET, undoRecordFor } from "./planned-write";
import type { EditWrite, PlannedWrite } from "./planned-write";

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
	// Listing and sorting a big vault's notes is a stretch of its own.
	await pacer.tick();

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
		// The run keeps what it reads of a meeting note, not the whole text.
		texts.delete(stat.path);
		// Hashed here only to compare; else when the ledger needs it (a note
		// whose task lines are fixed is recorded with the hash of the fixed text).
		const record = options.mode.kind === "new" ? ledger.meetings[stat.path] : undefined;
		const hash = record ? hashOf(text) : undefined;
		if (record && record.hash === hash) {
			touchedUnchanged.push({ path: stat.path, stat });
			continue;
		}
		const { result, basis } = readMeetingWithBasis(text, stat.path, reader, texts.frontmatterOf(stat.path, text, false));
		if (result.kind === "skipped") report.skipped.push({ path: stat.path, reason: result.reason });
		else if (result.kind === "not-meeting") notMeetings.push(stat);
		else if (result.kind === "meeting") read.push({ meeting: result.meeting, stat, text, hash, basis });
		await pacer.tick();
	}
	options.onProgress?.(candidates.length, candidates.length);
	options.onPhase?.("read meetings");
	const meetings = oneNotePerImporterId(read);
	for (const { meeting } of meetings) report.droppedNames += meeting.dropped.length;

	// Task lines are fixed first, and a meeting whose text they change is read
	// again from the fixed text: what is copied into person notes is then the
	// same on this run and the next. (Meetings are repaired only then: the
	// task context needs nothing but their participants.)
	// Each pass over every meeting is a stretch of its own.
	await pacer.tick();
	const taskCtx = taskContextOf(settings, people, meetings);
	await pacer.tick();
	// A preview shows old and new texts; a run that writes keeps only the edits.
	const taskFixes: PlannedWrite[] = [];
	const taskEdits: EditWrite[] = [];
	const fixed = new Set<string>();
	const planned: PlannedWrite[] = [];
	for (const item of meetings) {
		const { basis } = item;
		item.basis = undefined;
		report.processed.push(item.meeting.path);
		const fix = settings.fixTaskLinesWhileProcessing && item.meeting.importerId === undefined ? planTaskFix(item.meeting.path, item.text, taskCtx, settings) : null;
		if (!fix) {
			item.meeting = meetingForPlanning(item.meeting, item.text);
			// Its hash is all the ledger needs of a note the run does not write.
			item.hash ??= hashOf(item.text);
			item.text = "";
			continue;
		}
		const again = basis ? rereadAfterEdit(basis, item.meeting, fix.after, item.meeting.path, reader) : readMeetingNote(fix.after, item.meeting.path, reader);
		item.meeting = again.kind === "meeting" ? meetingForPlanning(again.meeting, fix.after) : meetingForPlanning(item.meeting, item.text);
		// The ledger takes the hash of the fixed text as written.
		item.text = "";
		fixed.add(item.meeting.path);
		if (options.dryRun) taskFixes.push(fix);
		else taskEdits.push(asEditWrite(fix));
		await pacer.tick();
	}

	options.onPhase?.("fix tasks");
	const index = new PeopleIndex(people, settings);
	await pacer.tick();
	const plan = await planPeople(meetings.map((m) => m.meeting), { tick: () => pacer.tick(), settings, index, ledger, linkText: (p) => port.linkText(p), report });
	options.onPhase?.("plan people");
	// From here a meeting is its path, stat and hash: its planning copy lives
	// on only in what the person notes not yet written will receive.
	const recorded = meetings.map(({ meeting, stat, hash }): RecordedMeeting => ({ path: meeting.path, stat, hash: fixed.has(meeting.path) ? undefined : hash }));
	meetings.length = 0;
	await pacer.tick();
	// Each target's meeting paths, for a note that could not be written; the
	// targets themselves (and all they will write) go with their notes' writes.
	const targetMeetings = new Map(plan.targets.map((target) => [target.path, target.inputs.map((input) => input.meetingPath)]));
	await pacer.tick();
	const jobs = await personJobs(port, plan.targets, { settings, today: options.today, texts, report });
	plan.targets = [];
	const unchanged = new Map<string, Record<string, WrittenParts>>();
	const changes: FileChange[] = [];
	if (options.dryRun) {
		for await (const write of personWrites(jobs, report, unchanged, pacer)) planned.push(write);
		planned.push(...taskFixes);
		options.onPhase?.("merge and write");
		for (const write of planned) {
			changes.push({ path: write.path, kind: write.kind, before: write.before, after: write.after });
			if (write.kind === "create") report.created.push(write.path);
			else if (write.counts === "people") report.updated.push(write.path);
			else report.tasksFixed.push(write.path);
		}
		return { report, ledger, changes, undo: undoRecordFor(planned, undo) };
	}
	// The record saved before the first write lists every file the run may
	// write; a person note's hash is known only once it is merged and written.
	const draft: UndoRecord = {
		...undo,
		created: jobs.filter((job) => job.kind === "create").map((job) => ({ path: job.path, hash: NOT_WRITTEN_YET })),
		updated: [...jobs.filter((job) => job.kind === "update").map((job) => ({ path: job.path, before: job.before, afterHash: NOT_WRITTEN_YET })), ...undoRecordFor(taskEdits, undo).updated],
	};
	const beforeWrite = options.beforeWrite;
	const beforeFirstWrite = beforeWrite && (() => beforeWrite(draft));
	const raced = new Set<string>();
	const fullUndo: UndoRecord = { ...undo };
	const written = await executeWrites(port, concat(personWrites(jobs, report, unchanged, pacer), taskEdits), { raced, report, changes, undo: fullUndo, pacer, beforeFirstWrite });
	jobs.length = 0;
	options.onPhase?.("merge and write");
	for (const [meetingPath, perNote] of unchanged) written.set(meetingPath, Object.assign(pathRecord<WrittenParts>(), perNote, written.get(meetingPath)));
	// A meeting whose person notes could not all be written is not done yet.
	for (const failed of [...report.errors, ...report.skipped]) for (const meetingPath of targetMeetings.get(failed.path) ?? []) plan.incomplete.add(meetingPath);
	// A meeting note the user changed while the run was busy is read again next time.
	const meetingPaths = new Set(recorded.map((m) => m.path));
	for (const path of raced) if (meetingPaths.has(path)) plan.incomplete.add(path);
	// So is one whose fixed task lines could not be written: the fix is tried again.
	const writtenHash = new Map(fullUndo.updated.map((u) => [u.path, u.afterHash]));
	for (const path of fixed) if (!writtenHash.has(path)) plan.incomplete.add(path);
	const rewritten = new Set(changes.map((c) => c.path));

	// Person notes written now are not meeting notes: remember their new stats
	// so the next run does not read them to find that out again.
	const after = new Map(port.listMarkdownFiles().map((f) => [f.path, f]));
	await pacer.tick();
	const finished = recorded.filter((m) => !plan.incomplete.has(m.path));
	// Each final text is hashed once: a note left as read keeps its read hash
	// (or is hashed now); a rewritten one takes the hash its undo entry took
	// of the very text written.
	const finalHash = (item: RecordedMeeting): string => writtenHash.get(item.path) ?? item.hash ?? "";
	await pacer.tick();
	const newLedger = await nextLedger(ledger, finished, finalHash, written, plan.carriedOver, touchedUnchanged, after, rewritten, pacer);
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

/** What the end of a run needs of a meeting it processed. */
interface RecordedMeeting {
	path: string;
	stat: NoteStat;
	/** contentHash of the text as read; undefined for a note whose task lines
	 * the run fixed (its hash is that of the text written). */
	hash?: string;
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

async function nextLedger(
	ledger: Ledger,
	meetings: RecordedMeeting[],
	finalHash: (meeting: RecordedMeeting) => string,
	written: Map<string, Record<string, WrittenParts>>,
	carried: Record<string, Record<string, WrittenParts>>,
	unchanged: { path: string; stat: NoteStat }[],
	stats: Map<string, NoteStat>,
	rewritten: Set<string>,
	pacer: Pacer,
): Promise<Ledger> {
	const next: Ledger = { version: 1, meetings: { ...ledger.meetings } };
	for (const { path, stat } of unchanged) {
		const record = next.meetings[path];
		if (record) next.meetings[path] = { ...record, mtime: stat.mtime, size: stat.size };
	}
	for (const item of meetings) {
		const { path, stat } = item;
		// The stat of the text this run read — or, for a note it rewrote, of
		// what it wrote — so a change made meanwhile is seen by the next run.
		const now = rewritten.has(path) ? (stats.get(path) ?? stat) : stat;
		const record: MeetingRecord = {
			hash: finalHash(item),
			mtime: now.mtime,
			size: now.size,
			written: Object.assign(pathRecord<WrittenParts>(), carried[path], written.get(path)),
		};
		next.meetings[path] = record;
		// Its form for data.json, made now: not all at once in the save.
		meetingRecordForStorage(record);
		await pacer.tick();
	}
	return next;
}

export { errorText };
export { fixAllTaskLines } from "./fix-tasks-run";

/** The person-note writes as they are merged, then the task fixes. */
async function* concat(first: AsyncIterable<PlannedWrite>, then: EditWrite[]): AsyncGenerator<PlannedWrite | EditWrite> {
	yield* first;
	yield* then;
}

/** The task rewriter's context, in strings of its own (a name cut from a
 * meeting note would keep that note's text alive for the whole run). Made
 * here, not inline: a suspended async function keeps its temporaries, and
 * the list of meetings as read would outlive their planning copies. */
function taskContextOf(settings: CrmSettings, people: PersonNoteInfo[], meetings: ReadMeeting[]): ReturnType<typeof taskContext> {
	const ctx = taskContext(settings, people, meetings.map((m) => m.meeting));
	return { ...ctx, knownNames: ctx.knownNames.map(detached) };
}
