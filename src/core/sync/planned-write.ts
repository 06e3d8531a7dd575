// One file a run will create or change. Every write of a run is planned
// first, so the undo record can be saved whole before the first change, and
// a preview can show every change without writing anything.
import type { VaultPort } from "../../vault/port";
import type { WrittenParts } from "./ledger";
import type { FileChange, RunReport, UndoRecord } from "./run-types";
import type { Pacer } from "./pacer";
import { contentHash } from "./content-hash";

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

function afterHashOf(write: PlannedWrite): string {
	return (write.afterHash ??= contentHash(write.after));
}

export function undoRecordFor(planned: PlannedWrite[], base: UndoRecord): UndoRecord {
	return {
		...base,
		created: planned.filter((w) => w.kind === "create").map((w) => ({ path: w.path, hash: afterHashOf(w) })),
		updated: planned.filter((w) => w.kind === "update").map((w) => ({ path: w.path, before: w.before, afterHash: afterHashOf(w) })),
	};
}

/** The same record, hashing between turns of the event loop: a big run
 * plans megabytes of text, too much to hash in one stretch. */
export async function pacedUndoRecordFor(planned: PlannedWrite[], base: UndoRecord, pacer: Pacer): Promise<UndoRecord> {
	for (const write of planned) {
		afterHashOf(write);
		await pacer.tick();
	}
	return undoRecordFor(planned, base);
}

export interface ExecuteContext {
	/** Filled with the paths whose text changed between planning and writing. */
	raced?: Set<string>;
	report: RunReport;
	changes: FileChange[];
	undo: UndoRecord;
	pacer: Pacer;
}

/** Performs the planned writes, each with one create or one Vault.process.
 * Returns, for person notes, meeting path → note path → what was written. */
export async function executeWrites(port: VaultPort, planned: PlannedWrite[], ctx: ExecuteContext): Promise<Map<string, Record<string, WrittenParts>>> {
	const written = new Map<string, Record<string, WrittenParts>>();
	const remember = (notePath: string, parts: Record<string, WrittenParts> | undefined) => {
		for (const [meetingPath, part] of Object.entries(parts ?? {})) {
			const perNote = written.get(meetingPath) ?? {};
			perNote[notePath] = part;
			written.set(meetingPath, perNote);
		}
	};
	const created = new Map(ctx.undo.created.map((c) => [c.path, c]));
	const updated = new Map(ctx.undo.updated.map((u) => [u.path, u]));
	for (const write of planned) {
		await ctx.pacer.tick();
		if (write.kind === "create") {
			try {
				await port.create(write.path, write.after);
			} catch (error) {
				created.delete(write.path);
				ctx.report.errors.push({ path: write.path, reason: `could not be created: ${describe(error)}` });
				continue;
			}
			ctx.changes.push({ path: write.path, kind: "create", before: "", after: write.after });
			ctx.report.created.push(write.path);
			remember(write.path, write.written);
			continue;
		}
		let outcome: ReturnType<PlannedWrite["redo"]> = { text: write.after, written: write.written };
		let current = write.before;
		let after: string;
		try {
			after = await port.process(write.path, (text) => {
				current = text;
				if (text !== write.before) ctx.raced?.add(write.path);
				outcome = text === write.before ? { text: write.after, written: write.written } : write.redo(text);
				return "error" in outcome ? text : outcome.text;
			});
		} catch (error) {
			updated.delete(write.path);
			ctx.report.errors.push({ path: write.path, reason: `could not be written: ${describe(error)}` });
			continue;
		}
		const result = outcome as ReturnType<PlannedWrite["redo"]>;
		if ("error" in result) {
			updated.delete(write.path);
			ctx.report.skipped.push({ path: write.path, reason: result.error });
			continue;
		}
		if (after === current) {
			updated.delete(write.path);
		} else {
			updated.set(write.path, { path: write.path, before: current, afterHash: after === write.after ? afterHashOf(write) : contentHash(after) });
			ctx.changes.push({ path: write.path, kind: "update", before: current, after });
			if (write.counts === "people") ctx.report.updated.push(write.path);
			else ctx.report.tasksFixed.push(write.path);
		}
		remember(write.path, result.written);
	}
	ctx.undo.created = [...created.values()];
	ctx.undo.updated = [...updated.values()];
	return written;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
