// The undo record as data.json keeps it. data.json is saved often (every
// setting, every run, every rename) and synced, so a big run's old texts do
// not go into it: they go to the device's undo store (undo-texts.ts) and the
// record names them by number. Small records, and records written by the
// command line or earlier versions, keep their texts inline. Likewise the
// ledger before the run is kept as what the run changed in it, not whole.
import type { Ledger, MeetingRecord } from "../core/sync/ledger";
import type { UndoRecord, UpdatedFile } from "../core/sync/run-types";
import type { TextEdits } from "../core/sync/text-patch";
import { ledgerForStorage } from "../core/sync/ledger-store";

export interface StoredUndo {
	at: string;
	created: { path: string; hash: string }[];
	updated: StoredUpdate[];
	/** The whole ledger before the run (the command line, earlier versions). */
	ledgerBefore?: Ledger;
	/** What the run changed in the ledger. With neither this nor
	 * `ledgerBefore`, the run stopped before it saved its ledger, so the
	 * ledger in data.json is still the one from before the run. */
	ledgerChanges?: LedgerChanges;
	/** The run's id in this device's undo store, when texts are kept there. */
	texts?: string;
	/** A big run's lists (files created and changed, ledger changes) are in
	 * the undo store too, and `created` and `updated` here are empty. */
	listsInStore?: true;
	/** Notes renamed since the lists went to the store (old path, new path),
	 * in order: applied to the lists when they come back. */
	renamed?: [string, string][];
}

/** A changed file: its old text inline or the number of that text in the
 * undo store; for a task fix, the edits that undo takes back, inline or the
 * number of their JSON in the store. */
export type StoredUpdate = { path: string; afterHash: string } & ({ before: string } | { text: number } | { edits: TextEdits } | { editsIn: number });

/** Per meeting (and not-meeting note) the run changed: its entry before the
 * run, or null when it had none. */
export interface LedgerChanges {
	meetings: Record<string, MeetingRecord | null>;
	notMeetings?: Record<string, [number, number] | null>;
}

/** The record as data.json keeps it: a whole ledger before the run marked
 * with its stored version (ledger-store.ts); ledger changes are stored as they are. */
export function undoForStorage(undo: StoredUndo): Record<string, unknown> {
	const stored: Record<string, unknown> = { ...undo };
	if (undo.ledgerBefore) stored.ledgerBefore = ledgerForStorage(undo.ledgerBefore);
	return stored;
}

/** What changed from `before` to `after` (entries the run did not touch are
 * the same objects in both, so most are told apart without a look inside). */
export function ledgerChanges(before: Ledger, after: Ledger): LedgerChanges {
	const meetings: LedgerChanges["meetings"] = {};
	for (const path of changedKeys(before.meetings, after.meetings)) meetings[path] = before.meetings[path] ?? null;
	const changes: LedgerChanges = { meetings };
	const notBefore = before.notMeetings ?? {};
	const notAfter = after.notMeetings ?? {};
	const notMeetings: NonNullable<LedgerChanges["notMeetings"]> = {};
	let any = false;
	for (const path of changedKeys(notBefore, notAfter)) {
		notMeetings[path] = notBefore[path] ?? null;
		any = true;
	}
	if (any) changes.notMeetings = notMeetings;
	return changes;
}

/** The ledger before the run: the current one with the run's changes taken back. */
export function ledgerBeforeRun(stored: StoredUndo, current: Ledger): Ledger {
	if (stored.ledgerBefore) return stored.ledgerBefore;
	const changes = stored.ledgerChanges;
	if (!changes) return current;
	const meetings = { ...current.meetings };
	for (const [path, record] of Object.entries(changes.meetings)) {
		if (record) meetings[path] = record;
		else delete meetings[path];
	}
	const notMeetings = { ...(current.notMeetings ?? {}) };
	for (const [path, stat] of Object.entries(changes.notMeetings ?? {})) {
		if (stat) notMeetings[path] = stat;
		else delete notMeetings[path];
	}
	return Object.keys(notMeetings).length > 0 ? { version: 1, meetings, notMeetings } : { version: 1, meetings };
}

/** The record with every old text inline: what data.json held before texts moved out. */
export function inlineUndo(undo: UndoRecord): StoredUndo {
	return { at: undo.at, created: undo.created, updated: undo.updated.map(inlineUpdate) };
}

export function inlineUpdate(u: UpdatedFile): StoredUpdate {
	return "before" in u ? { path: u.path, before: u.before, afterHash: u.afterHash } : { path: u.path, edits: u.edits, afterHash: u.afterHash };
}

/** Paths whose entry differs between the two maps (added, changed or gone). */
function changedKeys<T>(before: Record<string, T>, after: Record<string, T>): string[] {
	const out: string[] = [];
	for (const path of Object.keys(after)) {
		const was = before[path];
		if (was === after[path]) continue;
		if (was === undefined || !sameJson(was, after[path])) out.push(path);
	}
	for (const path of Object.keys(before)) if (!(path in after)) out.push(path);
	return out;
}

/** Equal as data.json would store them (a record copied without change is no change). */
function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const aKeys = Object.keys(a);
	const bKeys = Object.keys(b);
	if (aKeys.length !== bKeys.length) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	return aKeys.every((key) => key in y && sameJson(x[key], y[key]));
}
