// A note renamed or moved in Obsidian keeps what the ledger knows about it.
// Without this, a renamed meeting note is "new" again and its facts, decisions
// and context lines would be written a second time under the new link; a
// renamed person note would lose track of the lines written into it. The
// line hashes leave out the meeting link target, so the lines Obsidian
// relinks keep their hashes.
import type { Ledger, MeetingRecord } from "../core/sync/ledger";
import type { LedgerChanges, StoredUndo } from "./stored-undo";

/** The ledger after `oldPath` became `newPath`; the same object when it knew neither. */
export function ledgerAfterRename(ledger: Ledger, oldPath: string, newPath: string): Ledger {
	let changed = false;
	const meetings: Record<string, MeetingRecord> = {};
	for (const [path, record] of Object.entries(ledger.meetings)) {
		const isRenamed = path === oldPath;
		const written = renameKey(record.written, oldPath, newPath);
		const next = written === record.written ? record : { ...record, written };
		if (next !== record || isRenamed) changed = true;
		meetings[isRenamed ? newPath : path] = next;
	}
	let notMeetings = ledger.notMeetings;
	if (notMeetings && oldPath in notMeetings) {
		notMeetings = renameKey(notMeetings, oldPath, newPath);
		changed = true;
	}
	if (!changed) return ledger;
	return notMeetings ? { version: 1, meetings, notMeetings } : { version: 1, meetings };
}

/** The undo record with the renamed note under its new path, in its files
 * and in the ledger it gives back. `inLedger`: whether the ledger knew the
 * note (every note a run wrote is in it). */
export function undoAfterRename(undo: StoredUndo | undefined, oldPath: string, newPath: string, inLedger = true): StoredUndo | undefined {
	if (!undo) return undo;
	// Lists in the undo store are renamed when they come back; only the
	// renames that may concern them are noted.
	if (undo.listsInStore) return inLedger ? { ...undo, renamed: [...(undo.renamed ?? []), [oldPath, newPath]] } : undo;
	const moved = <T extends { path: string }>(item: T): T => (item.path === oldPath ? { ...item, path: newPath } : item);
	const next: StoredUndo = { ...undo, created: undo.created.map(moved), updated: undo.updated.map(moved) };
	if (undo.ledgerBefore) next.ledgerBefore = ledgerAfterRename(undo.ledgerBefore, oldPath, newPath);
	if (undo.ledgerChanges) next.ledgerChanges = changesAfterRename(undo.ledgerChanges, oldPath, newPath);
	const same = next.created.every((c, i) => c === undo.created[i]) && next.updated.every((u, i) => u === undo.updated[i])
		&& next.ledgerBefore === undo.ledgerBefore && next.ledgerChanges === undo.ledgerChanges;
	return same ? undo : next;
}

/** The ledger changes as ledgerAfterRename would leave the ledger they apply to. */
function changesAfterRename(changes: LedgerChanges, oldPath: string, newPath: string): LedgerChanges {
	const records: Record<string, MeetingRecord> = {};
	const none: string[] = [];
	for (const [path, record] of Object.entries(changes.meetings)) {
		if (record) records[path] = record;
		else none.push(path);
	}
	const renamed = ledgerAfterRename({ version: 1, meetings: records }, oldPath, newPath);
	const notMeetings = changes.notMeetings ? renameKey(changes.notMeetings, oldPath, newPath) : undefined;
	if (renamed.meetings === records && !none.includes(oldPath) && notMeetings === changes.notMeetings) return changes;
	const meetings: LedgerChanges["meetings"] = { ...renamed.meetings };
	for (const path of none) meetings[path === oldPath ? newPath : path] = null;
	return notMeetings ? { meetings, notMeetings } : { meetings };
}

function renameKey<T>(map: Record<string, T>, oldPath: string, newPath: string): Record<string, T> {
	if (!(oldPath in map)) return map;
	const out: Record<string, T> = {};
	for (const [key, value] of Object.entries(map)) out[key === oldPath ? newPath : key] = value;
	return out;
}
