// Undo last run: put back every file the run changed and remove the notes it
// created — except a file the user changed since, which is reported, never
// overwritten.
import type { VaultPort } from "../../vault/port";
import type { Ledger } from "./ledger";
import type { SkippedNote, UndoRecord, UpdatedFile } from "./run-types";
import { applyEdits, hasOldStretches, revertEdits } from "./text-patch";
import { contentHash } from "./content-hash";
import { NOT_WRITTEN_YET } from "./planned-write";

/** A file of a run that stopped before it finished (the app closed): what
 * the run wrote into it is not known, so undo cannot tell it from an edit. */
export const UNFINISHED = "the run stopped before it finished, so this note was kept as it is";

export interface UndoResult {
	restored: string[];
	removed: string[];
	/** Files left as they are, with why. */
	kept: SkippedNote[];
	/** The ledger to keep after the undo. */
	ledger: Ledger;
}

export async function undoRun(port: VaultPort, record: UndoRecord, currentLedger: Ledger): Promise<UndoResult> {
	const result: UndoResult = { restored: [], removed: [], kept: [], ledger: currentLedger };
	for (const created of record.created) {
		if (!port.exists(created.path)) continue;
		if (created.hash === NOT_WRITTEN_YET) {
			result.kept.push({ path: created.path, reason: UNFINISHED });
			continue;
		}
		const text = await port.read(created.path);
		if (contentHash(text) !== created.hash) {
			result.kept.push({ path: created.path, reason: "changed since the run, so it was kept" });
			continue;
		}
		await port.trash(created.path);
		result.removed.push(created.path);
	}
	for (const updated of record.updated) {
		if (!port.exists(updated.path)) {
			result.kept.push({ path: updated.path, reason: "no longer exists" });
			continue;
		}
		// A file a stopped run never reached is as it was: nothing to put back.
		if (updated.afterHash === NOT_WRITTEN_YET) {
			if (!isOldText(await port.read(updated.path), updated)) result.kept.push({ path: updated.path, reason: UNFINISHED });
			continue;
		}
		const found: { outcome: "restored" | "conflict" | "as it was" } = { outcome: "restored" };
		await port.process(updated.path, (current) => {
			if (contentHash(current) === updated.afterHash) return "before" in updated ? updated.before : revertEdits(current, updated.edits);
			found.outcome = isOldText(current, updated) ? "as it was" : "conflict";
			return current;
		});
		const outcome = found.outcome;
		if (outcome === "conflict") result.kept.push({ path: updated.path, reason: "changed since the run, so it was not put back" });
		else if (outcome === "restored") result.restored.push(updated.path);
	}
	// The meetings of the run count as new again, unless a file of the run
	// could not be put back: then keep what the ledger knows.
	if (result.kept.length === 0) result.ledger = record.ledgerBefore;
	return result;
}

/** Whether `text` is the file's text from before the run. */
function isOldText(text: string, updated: UpdatedFile): boolean {
	if ("before" in updated) return text === updated.before;
	return hasOldStretches(text, updated.edits) && contentHash(applyEdits(text, updated.edits)) === updated.afterHash;
}
