// One file a run will create or change. The writes of a run are planned
// before the first one is made, so the undo record can be saved first and a
// preview can show every change without writing anything.
import type { VaultPort } from "../../vault/port";
import { pathRecord } from "./ledger";
import type { WrittenParts } from "./ledger";
import type { FileChange, RunReport, UndoRecord } from "./run-types";
import type { Pacer } from "./pacer";
import { contentHash } from "./content-hash";
import { applyEdits, editsBetween, hasOldStretches } from "./text-patch";
import type { TextEdits } from "./text-patch";

export interface PlannedWrite {
	path: string;
	kind: "create" | "update";
	/** Text as read when planning ("" for a new note). */
	before: string;
	/** Text as planned. */
	after: string;
	/** Recomputes the change against the note's current text (for
	 * Vault.process); returns null when the note must be left alone, with why. */
	redo: (current: string) => { text: string; written?: Record<string, WrittenParts> } | { error: string };
	/** For person notes: meeting path → what this note received from it. */
	written?: Record<string, WrittenParts>;
	/** Where a successful write is counted in the report. */
	counts: "people" | "tasks";
	/** contentHash(after), once computed: the undo record and the write share it. */
	afterHash?: string;
}

/** The hash of a text a run had not written yet when its undo record was
 * saved: undo keeps such a file as it is (nothing proves it is the run's). */
export const NOT_WRITTEN_YET = "";

function afterHashOf(write: PlannedWrite): string {
	return (write.afterHash ??= contentHash(write.after));
}

/** A task fix kept as its edits: neither the note's old text nor its new
 * one is held until the write (a run may fix thousands of notes). */
export interface EditWrite {
	path: string;
	kind: "update";
	counts: "tasks";
	edits: TextEdits;
	/** Length of the text the edits were planned on. */
	beforeLength: number;
	/** contentHash of the planned text. */
	afterHash: string;
	redo: PlannedWrite["redo"];
}

export function asEditWrite(write: PlannedWrite): EditWrite {
	return { path: write.path, kind: "update", counts: "tasks", edits: editsBetween(write.before, write.after), beforeLength: write.before.length, afterHash: afterHashOf(write), redo: write.redo };
}

export function undoRecordFor(planned: readonly (PlannedWrite | EditWrite)[], base: UndoRecord): UndoRecord {
	const created: UndoRecord["created"] = [];
	const updated: UndoRecord["updated"] = [];
	for (const w of planned) {
		if ("edits" in w) updated.push({ path: w.path, edits: w.edits, afterHash: w.afterHash });
		else if (w.kind === "create") created.push({ path: w.path, hash: afterHashOf(w) });
		else updated.push({ path: w.path, before: w.before, afterHash: afterHashOf(w) });
	}
	return { ...base, created, updated };
}

export interface ExecuteContext {
	/** Filled with the paths whose text changed between planning and writing. */
	raced?: Set<string>;
	report: RunReport;
	changes: FileChange[];
	/** Set to the files written, each with the hash of the text written. */
	undo: UndoRecord;
	pacer: Pacer;
	/** Keep each change's old and new text in `changes` (a big run's texts
	 * would not fit in memory together: only small commands keep them). */
	keepTexts?: boolean;
	/** Called once, right before the first write (not at all when nothing
	 * is to be written): saves the undo record. */
	beforeFirstWrite?: () => Promise<void>;
}

/** Performs the planned writes, each with one create or one Vault.process;
 * a write's planned text is let go once it is written. Returns, for person
 * notes, meeting path → note path → what was written. */
export async function executeWrites(port: VaultPort, planned: Iterable<PlannedWrite | EditWrite> | AsyncIterable<PlannedWrite | EditWrite>, ctx: ExecuteContext): Promise<Map<string, Record<string, WrittenParts>>> {
	const written = new Map<string, Record<string, WrittenParts>>();
	const remember = (notePath: string, parts: Record<string, WrittenParts> | undefined) => {
		if (parts === undefined) return;
		for (const meetingPath in parts) {
			let perNote = written.get(meetingPath);
			if (perNote === undefined) written.set(meetingPath, (perNote = pathRecord()));
			perNote[notePath] = parts[meetingPath];
		}
	};
	const created: UndoRecord["created"] = [];
	const updated: UndoRecord["updated"] = [];
	for await (const write of planned) {
		await ctx.pacer.tick();
		if (ctx.beforeFirstWrite) {
			const save = ctx.beforeFirstWrite;
			ctx.beforeFirstWrite = undefined;
			await save();
		}
		if ("edits" in write) {
			const done = await writeEdits(port, write, ctx);
			if (done) updated.push(done);
			continue;
		}
		const plannedText = write.after;
		if (write.kind === "create") {
			try {
				await port.create(write.path, plannedText);
			} catch (error) {
				ctx.report.errors.push({ path: write.path, reason: `could not be created: ${describe(error)}` });
				continue;
			}
			created.push({ path: write.path, hash: afterHashOf(write) });
			ctx.changes.push(ctx.keepTexts ? { path: write.path, kind: "create", before: "", after: plannedText } : { path: write.path, kind: "create" });
			ctx.report.created.push(write.path);
			remember(write.path, write.written);
			continue;
		}
		let outcome: ReturnType<PlannedWrite["redo"]> = { text: plannedText, written: write.written };
		let current = write.before;
		let after: string;
		try {
			after = await port.process(write.path, (text) => {
				current = text;
				if (text !== write.before) ctx.raced?.add(write.path);
				outcome = text === write.before ? { text: plannedText, written: write.written } : write.redo(text);
				return "error" in outcome ? text : outcome.text;
			});
		} catch (error) {
			ctx.report.errors.push({ path: write.path, reason: `could not be written: ${describe(error)}` });
			continue;
		}
		const result = outcome as ReturnType<PlannedWrite["redo"]>;
		if ("error" in result) {
			ctx.report.skipped.push({ path: write.path, reason: result.error });
			continue;
		}
		if (after !== current) {
			updated.push({ path: write.path, before: current, afterHash: after === plannedText ? afterHashOf(write) : contentHash(after) });
			ctx.changes.push(ctx.keepTexts ? { path: write.path, kind: "update", before: current, after } : { path: write.path, kind: "update" });
			if (write.counts === "people") ctx.report.updated.push(write.path);
			else ctx.report.tasksFixed.push(write.path);
		}
		remember(write.path, result.written);
	}
	ctx.undo.created = created;
	ctx.undo.updated = updated;
	return written;
}

/** A task fix written: its edits on the text they were planned on (same
 * length, same old characters, and the planned text's hash proves it), else
 * redone on the note as it is now. Returns the undo entry, if it changed. */
async function writeEdits(port: VaultPort, write: EditWrite, ctx: ExecuteContext): Promise<UndoRecord["updated"][number] | null> {
	let outcome: ReturnType<PlannedWrite["redo"]> = { text: "" };
	let current = "";
	let asPlanned = false;
	let after: string;
	try {
		after = await port.process(write.path, (text) => {
			current = text;
			if (text.length === write.beforeLength && hasOldStretches(text, write.edits)) {
				const planned = applyEdits(text, write.edits);
				if (contentHash(planned) === write.afterHash) {
					asPlanned = true;
					outcome = { text: planned };
					return planned;
				}
			}
			ctx.raced?.add(write.path);
			outcome = write.redo(text);
			return "error" in outcome ? text : outcome.text;
		});
	} catch (error) {
		ctx.report.errors.push({ path: write.path, reason: `could not be written: ${describe(error)}` });
		return null;
	}
	const result = outcome as ReturnType<PlannedWrite["redo"]>;
	if ("error" in result) {
		ctx.report.skipped.push({ path: write.path, reason: result.error });
		return null;
	}
	if (after === current) return null;
	ctx.changes.push(ctx.keepTexts ? { path: write.path, kind: "update", before: current, after } : { path: write.path, kind: "update" });
	ctx.report.tasksFixed.push(write.path);
	return asPlanned ? { path: write.path, edits: write.edits, afterHash: write.afterHash } : { path: write.path, before: current, afterHash: contentHash(after) };
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
