// A note renamed or moved in Obsidian keeps what the ledger knows about it.
// Without this, a renamed meeting note is "new" again and its facts, decisions
// and context lines would be written a second time under the new link; a
// renamed person note would lose track of the lines written into it.
import type { Ledger, MeetingRecord, WrittenParts } from "../core/sync/ledger";
import type { UndoRecord } from "../core/sync/run-types";

export interface RenamedLink {
	/** Link targets the old path was written as (basename, path without ".md"). */
	from: string[];
	/** The link target of the new path. */
	to: string;
}

/** The targets a link to the note at `path` may have been written with. */
export function linkTargetsOf(path: string): string[] {
	const withoutExtension = path.replace(/\.md$/i, "");
	const basename = withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1);
	return basename === withoutExtension ? [basename] : [withoutExtension, basename];
}

/** The ledger after `oldPath` became `newPath`; the same object when it knew neither. */
export function ledgerAfterRename(ledger: Ledger, oldPath: string, newPath: string, link: RenamedLink): Ledger {
	let changed = false;
	const meetings: Record<string, MeetingRecord> = {};
	for (const [path, record] of Object.entries(ledger.meetings)) {
		const isRenamed = path === oldPath;
		const written = renameKey(record.written, oldPath, newPath);
		const next = isRenamed ? { ...record, written: relink(written, link) } : written === record.written ? record : { ...record, written };
		if (next !== record) changed = true;
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

/** The undo record with the renamed note under its new path. */
export function undoAfterRename(undo: UndoRecord | undefined, oldPath: string, newPath: string): UndoRecord | undefined {
	if (!undo) return undo;
	const moved = <T extends { path: string }>(item: T): T => (item.path === oldPath ? { ...item, path: newPath } : item);
	if (!undo.created.some((c) => c.path === oldPath) && !undo.updated.some((u) => u.path === oldPath)) return undo;
	return { ...undo, created: undo.created.map(moved), updated: undo.updated.map(moved) };
}

function renameKey<T>(map: Record<string, T>, oldPath: string, newPath: string): Record<string, T> {
	if (!(oldPath in map)) return map;
	const out: Record<string, T> = {};
	for (const [key, value] of Object.entries(map)) out[key === oldPath ? newPath : key] = value;
	return out;
}

/** Obsidian rewrites links to a renamed note (by default): so do the lines the ledger remembers. */
function relink(written: Record<string, WrittenParts>, link: RenamedLink): Record<string, WrittenParts> {
	const out: Record<string, WrittenParts> = {};
	for (const [note, parts] of Object.entries(written)) {
		const next: WrittenParts = {};
		for (const [part, lines] of Object.entries(parts) as [keyof WrittenParts, string[]][]) next[part] = lines.map((line) => relinkLine(line, link));
		out[note] = next;
	}
	return out;
}

function relinkLine(line: string, link: RenamedLink): string {
	let out = line;
	for (const from of link.from) {
		for (const end of ["|", "]]", "#"]) out = out.split(`[[${from}${end}`).join(`[[${link.to}${end}`);
	}
	return out;
}
