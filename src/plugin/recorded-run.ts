// A run as the plugin makes it, apart from the interface: the undo record
// saved before the first write, then the new ledger and the final record
// saved once. The benchmark runs this same code to time the plugin's path.
import type { VaultPort } from "../vault/port";
import { processMeetings } from "../core/sync/run";
import { runTaskCommand } from "../core/sync/fix-tasks-run";
import type { TaskRunOptions, TaskRunResult } from "../core/sync/fix-tasks-run";
import type { Ledger } from "../core/sync/ledger";
import type { RunOptions, RunReport, RunResult, UndoRecord } from "../core/sync/run-types";
import type { RunStateHost, UndoKeeper, UndoRecorder } from "./undo-keeper";
import { TurnAwarePort } from "./turn-aware-port";

/** A stretch of the plugin's own work longer than this is split by a turn
 * of the event loop (the core's Pacer budget is 12 ms; the plugin's work
 * after it, saving data.json, adds to whatever the core's last stretch left). */
const TURN_AFTER_MS = 4;

export type RecordedRunOptions = Omit<RunOptions, "dryRun" | "beforeWrite">;

/** What a run leaves once it is recorded. Not the changes themselves: every
 * old and new text of the run would stay in memory while data.json is saved. */
export interface RecordedRun {
	report: RunReport;
	/** Files created or changed. */
	changed: number;
}

export async function processAndRecord(vault: VaultPort, host: RunStateHost, keeper: UndoKeeper, options: RecordedRunOptions): Promise<RecordedRun> {
	const port = new TurnAwarePort(vault);
	const ledgerBefore = host.ledger();
	const recorder = keeper.recorder(host, () => port.turnIfDue(TURN_AFTER_MS));
	let result: RunResult | null = await processMeetings(port, host.settings, ledgerBefore, { ...options, dryRun: false, beforeWrite: (undo) => recorder.beforeWrite(undo) });
	const { report, ledger } = result;
	const changed = result.changes.length;
	const pending = { undo: changed > 0 ? result.undo : null };
	result = null;
	host.setLedger(withLaterChanges(ledger, ledgerBefore, host.ledger()));
	await saveAfterRun(port, host, recorder, pending, ledgerBefore, ledger);
	return { report, changed };
}

export interface RecordedTaskRun extends RecordedRun {
	/** Meeting notes left alone because an importer re-syncs them. */
	importerNotes: string[];
}

export async function taskCommandAndRecord(vault: VaultPort, host: RunStateHost, keeper: UndoKeeper, options: Omit<TaskRunOptions, "dryRun" | "beforeWrite">): Promise<RecordedTaskRun> {
	const port = new TurnAwarePort(vault);
	const ledger = host.ledger();
	const recorder = keeper.recorder(host, () => port.turnIfDue(TURN_AFTER_MS));
	let result: TaskRunResult | null = await runTaskCommand(port, host.settings, { ...options, dryRun: false, beforeWrite: (undo) => recorder.beforeWrite(undo) }, ledger);
	const { report, importerNotes } = result;
	const changed = result.changes.length;
	const pending = { undo: changed > 0 ? result.undo : null };
	result = null;
	await saveAfterRun(port, host, recorder, pending, ledger, ledger);
	return { report, changed, importerNotes };
}

/** Saving data.json (one JSON.stringify of it all) is a stretch of its own,
 * not the end of the run's last one. By then nothing here holds the run's
 * texts (the caller let go of its result, this lets go of the core's undo
 * record), so the save's garbage does not pile up on top of them. */
async function saveAfterRun(port: TurnAwarePort, host: RunStateHost, recorder: UndoRecorder, pending: { undo: UndoRecord | null }, ledgerBefore: Ledger, ledgerAfter: Ledger): Promise<void> {
	await port.turnIfDue(TURN_AFTER_MS);
	if (pending.undo) {
		const undo = pending.undo;
		pending.undo = null;
		host.setUndoRecord(await recorder.afterRun(undo, ledgerBefore, ledgerAfter));
		await port.turnIfDue(TURN_AFTER_MS);
	}
	await host.saveSettings();
}

/**
 * The ledger to keep after a run. data.json may have changed on disk while
 * the run was busy (Sync, the command line): the meetings it brought in are
 * kept, a meeting of this run wins when both know it.
 */
export function withLaterChanges(result: Ledger, before: Ledger, now: Ledger): Ledger {
	if (now === before) return result;
	const meetings = { ...result.meetings };
	for (const [path, record] of Object.entries(now.meetings)) {
		const mine = meetings[path];
		if (!mine || (before.meetings[path] === mine && record.mtime > mine.mtime)) meetings[path] = record;
	}
	const notMeetings = { ...now.notMeetings, ...result.notMeetings };
	return Object.keys(notMeetings).length > 0 ? { version: 1, meetings, notMeetings } : { version: 1, meetings };
}
