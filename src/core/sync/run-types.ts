// What a run takes and gives back, shared by the plugin, the command line and
// the preview. The run itself is in run.ts.
import type { Ledger } from "./ledger";
import type { TextEdits } from "./text-patch";

export interface SkippedNote {
	path: string;
	reason: string;
}

export interface AmbiguousPerson {
	name: string;
	/** The notes that all claim this person. */
	notes: string[];
	/** Meeting notes that named the person. */
	meetings: string[];
}

export interface LookAlike {
	name: string;
	/** The note created or updated for the name. */
	note: string;
	/** Existing notes whose person looks like the same one. */
	similarTo: string[];
}

export interface RunReport {
	/** Meeting notes read and merged. */
	processed: string[];
	/** Person notes created. */
	created: string[];
	/** Person notes changed. */
	updated: string[];
	/** Meeting notes whose task lines were rewritten. */
	tasksFixed: string[];
	/** Notes passed over, each with why (bad input, broken person note, …). */
	skipped: SkippedNote[];
	/** Writes that failed, each with the error. */
	errors: SkippedNote[];
	ambiguous: AmbiguousPerson[];
	lookAlikes: LookAlike[];
	/** Placeholder speakers, bots and rooms dropped from participant lists. */
	droppedNames: number;
}

export function emptyReport(): RunReport {
	return { processed: [], created: [], updated: [], tasksFixed: [], skipped: [], errors: [], ambiguous: [], lookAlikes: [], droppedNames: 0 };
}

/** One file a run creates or changes, with its text before and after (for the
 * preview's diff and for undo). */
export interface FileChange {
	path: string;
	kind: "create" | "update";
	/** The old and new text: on a dry run (a preview shows them), not on a
	 * run that writes (which lets each text go once it is written). */
	before?: string;
	after?: string;
}

/** Enough to put every file of a run back: kept in the plugin data before the
 * first write, so it survives a restart. */
/** A file a run changed: its old text, or — for a task fix — the edits that
 * made the new text from it, which undo takes back. */
export type UpdatedFile = { path: string; afterHash: string } & ({ before: string } | { edits: TextEdits });

export interface UndoRecord {
	at: string;
	/** Files created, with a hash of the text written: removed by undo
	 * unless changed since. (Saved before a run's first write, a record may
	 * hold NOT_WRITTEN_YET for a note written later, see planned-write.ts.) */
	created: { path: string; hash: string }[];
	/** Files changed: their old text comes back unless changed since (the
	 * text written is kept as a hash only, to keep data.json small). */
	updated: UpdatedFile[];
	/** The ledger as it was before the run. */
	ledgerBefore: Ledger;
}

export type RunMode =
	/** Meeting notes not processed before, or changed since. */
	| { kind: "new" }
	/** Every meeting note. */
	| { kind: "all" }
	/** Only these notes (the current note). */
	| { kind: "paths"; paths: string[] };

export interface RunOptions {
	mode: RunMode;
	/** Plan only: nothing is written, the changes are returned. */
	dryRun: boolean;
	/** Today as yyyy-MM-dd (injected clock). */
	today: string;
	/** IANA time zone for date-times with an offset; default: the machine's. */
	timeZone?: string;
	/** Progress callback: done of total meeting notes. */
	onProgress?: (done: number, total: number) => void;
	/** Called once, before the first write, with everything undo needs. */
	beforeWrite?: (undo: UndoRecord) => Promise<void>;
	/** Called as each phase of the run ends (the benchmark times them). */
	onPhase?: (phase: RunPhase) => void;
}

export type RunPhase = "read people" | "read meetings" | "fix tasks" | "plan people" | "merge and write" | "ledger";

export interface RunResult {
	report: RunReport;
	/** The ledger after the run (unchanged on a dry run). */
	ledger: Ledger;
	/** Every file created or changed (planned, on a dry run). */
	changes: FileChange[];
	undo: UndoRecord;
}
