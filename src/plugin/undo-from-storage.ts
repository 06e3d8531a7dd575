// The last run's undo record as read back from data.json, or from the
// device's undo store for a big run's lists: every part checked, since a
// record that undoes the wrong thing is worse than none.
import { ledgerFromStorage, meetingRecordFromStorage } from "../core/sync/ledger-store";
import type { LedgerChanges, StoredUndo, StoredUpdate } from "./stored-undo";

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The undo record, texts inline or in the device's undo store; null when any part is broken. */
export function undoFromStorage(value: unknown): StoredUndo | null {
	if (!isRecord(value) || typeof value.at !== "string" || !Array.isArray(value.created) || !Array.isArray(value.updated)) return null;
	const created = value.created.every((item) => isRecord(item) && typeof item.path === "string" && typeof item.hash === "string");
	const updated = value.updated.every(isStoredUpdate);
	if (!created || !updated) return null;
	const stored: StoredUndo = { at: value.at, created: value.created as StoredUndo["created"], updated: value.updated as StoredUpdate[] };
	if ("ledgerBefore" in value) {
		const ledgerBefore = ledgerFromStorage(value.ledgerBefore);
		if (!ledgerBefore) return null;
		stored.ledgerBefore = ledgerBefore;
	}
	if ("ledgerChanges" in value) {
		const changes = value.ledgerChanges;
		if (!isRecord(changes) || !isRecord(changes.meetings)) return null;
		const meetings: LedgerChanges["meetings"] = {};
		for (const [path, record] of Object.entries(changes.meetings)) {
			const read = record === null ? null : meetingRecordFromStorage(record);
			if (record !== null && read === null) return null;
			meetings[path] = read;
		}
		if (changes.notMeetings !== undefined && !isRecord(changes.notMeetings)) return null;
		stored.ledgerChanges = changes.notMeetings === undefined ? { meetings } : { meetings, notMeetings: changes.notMeetings as NonNullable<LedgerChanges["notMeetings"]> };
	}
	// Texts and lists in the store need the store's name for them.
	const inStore = value.listsInStore === true || stored.updated.some((u) => "text" in u || "editsIn" in u);
	if (typeof value.texts === "string") stored.texts = value.texts;
	else if (inStore) return null;
	if (value.listsInStore === true) {
		if (stored.created.length > 0 || stored.updated.length > 0 || stored.ledgerBefore || stored.ledgerChanges) return null;
		stored.listsInStore = true;
	}
	if ("renamed" in value) {
		const renamed = value.renamed;
		if (!stored.listsInStore || !Array.isArray(renamed) || !renamed.every(isRename)) return null;
		stored.renamed = renamed;
	}
	return stored;
}

function isRename(item: unknown): item is [string, string] {
	return Array.isArray(item) && item.length === 2 && typeof item[0] === "string" && typeof item[1] === "string";
}

function isStoredUpdate(item: unknown): item is StoredUpdate {
	if (!isRecord(item) || typeof item.path !== "string" || typeof item.afterHash !== "string") return false;
	if (Array.isArray(item.edits)) return item.edits.every(isTextEdit);
	return typeof item.before === "string" || isNumber(item.text) || isNumber(item.editsIn);
}

function isNumber(value: unknown): boolean {
	return Number.isInteger(value) && (value as number) >= 0;
}

function isTextEdit(edit: unknown): boolean {
	return isRecord(edit) && Number.isInteger(edit.at) && (edit.at as number) >= 0 && typeof edit.old === "string" && typeof edit.new === "string";
}
