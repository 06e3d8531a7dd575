// Keeps the last run's undo record: saved before the run's first write (so a
// run that stops halfway can be undone), brought up to date after it, and
// turned back into the core's record for "Undo last run". A big run's old
// texts go to the device's undo store in slices, with a turn of the event
// loop between them, so neither storing them nor saving data.json freezes
// Obsidian; so do its lists of files, when they are long (data.json is
// written in one piece, and its save is one stretch of work).
import type { Ledger } from "../core/sync/ledger";
import type { UndoRecord, UpdatedFile } from "../core/sync/run-types";
import type { TextEdits } from "../core/sync/text-patch";
import type { CrmSettings } from "../core/settings";
import type { UndoTextStore } from "./undo-texts";
import { newId } from "./undo-texts";
import { inlineUndo, ledgerBeforeRun, ledgerChanges, undoForStorage } from "./stored-undo";
import type { StoredUndo, StoredUpdate } from "./stored-undo";
import { undoFromStorage } from "./undo-from-storage";
import { undoAfterRename } from "./ledger-rename";

/** The plugin's state a run reads and saves (the plugin object, or the benchmark's stand-in). */
export interface RunStateHost {
	settings: CrmSettings;
	ledger(): Ledger;
	setLedger(ledger: Ledger): void;
	undoRecord(): StoredUndo | undefined;
	setUndoRecord(undo: StoredUndo | undefined): void;
	/** Writes settings and state to data.json. */
	saveSettings(): Promise<void>;
}

/** Old texts up to this many characters stay in data.json: everyday runs
 * keep a record that syncs with the vault and undoes on any device. */
export const INLINE_UP_TO = 256 * 1024;
/** Files and ledger entries a record may list in data.json; a record with
 * more keeps its lists in the undo store with its texts. */
export const LISTS_INLINE_UP_TO = 2_000;
/** Characters per slice of work between two turns of the event loop. */
const SLICE_CHARS = 512 * 1024;
/** Entries of the record gone through between two turns, at most. */
const ENTRIES_PER_TURN = 500;
/** The lists' number in the store (texts are numbered from 0). */
const LISTS = -1;

type Entry = readonly [number, string];

export class UndoKeeper {
	constructor(
		/** The device's undo store, or null where there is none. */
		private readonly texts: () => UndoTextStore | null,
		private readonly inlineUpTo = INLINE_UP_TO,
		private readonly listsInlineUpTo = LISTS_INLINE_UP_TO,
	) {}

	/** Keeps the record of one run; `nextTurn` gives the event loop a turn
	 * between slices of the work (when one is due). */
	recorder(host: RunStateHost, nextTurn: () => Promise<void>): UndoRecorder {
		return new UndoRecorder(this.texts, nextTurn, this.inlineUpTo, this.listsInlineUpTo, host);
	}

	/** The core's record for a stored one; null when its texts are not on this device. */
	async recordFor(saved: StoredUndo, ledger: Ledger): Promise<UndoRecord | null> {
		let kept = new Map<number, string>();
		if (saved.listsInStore || saved.updated.some((u) => "text" in u || "editsIn" in u)) {
			const store = saved.texts === undefined ? null : this.texts();
			if (!store || saved.texts === undefined) return null;
			try {
				kept = await store.get(saved.texts);
			} catch (error) {
				console.error("Meeting CRM: could not read the undo store", error);
				return null;
			}
		}
		const stored = saved.listsInStore ? listsFromStore(saved, kept.get(LISTS)) : saved;
		if (!stored) return null;
		const updated: UndoRecord["updated"] = [];
		for (const u of stored.updated) {
			if ("edits" in u) {
				updated.push({ path: u.path, edits: u.edits, afterHash: u.afterHash });
				continue;
			}
			if ("editsIn" in u) {
				const edits = kept.get(u.editsIn);
				if (edits === undefined) return null;
				updated.push({ path: u.path, edits: JSON.parse(edits) as TextEdits, afterHash: u.afterHash });
				continue;
			}
			const before = "before" in u ? u.before : kept.get(u.text);
			if (before === undefined) return null;
			updated.push({ path: u.path, before, afterHash: u.afterHash });
		}
		return { at: stored.at, created: stored.created, updated, ledgerBefore: ledgerBeforeRun(stored, ledger) };
	}

	/** The record is used up or replaced: its texts can go. */
	async forget(): Promise<void> {
		try {
			await this.texts()?.drop();
		} catch (error) {
			console.error("Meeting CRM: could not clear the undo store", error);
		}
	}
}

export class UndoRecorder {
	/** The run's id in the undo store; null while its texts are inline. */
	private run: string | null = null;
	/** Path → number of its old text in the store, and the texts as stored. */
	private readonly numbers = new Map<string, number>();
	private readonly stored: string[] = [];

	constructor(
		private readonly texts: () => UndoTextStore | null,
		private readonly nextTurn: () => Promise<void>,
		private readonly inlineUpTo: number,
		private readonly listsInlineUpTo: number,
		private readonly host: RunStateHost,
	) {}

	/** The run's hook before its first write: the record, saved. */
	async beforeWrite(undo: UndoRecord): Promise<void> {
		// Planning the writes was the core's stretch; keeping their record is ours.
		await this.nextTurn();
		const previous = this.host.undoRecord()?.texts;
		this.host.setUndoRecord(await this.keep(undo));
		await this.host.saveSettings();
		// data.json names this run now: the texts of the one before can go.
		if (this.run !== null) await this.drop(this.run);
		else if (previous !== undefined) await this.drop();
	}

	/** After the run: the record of what was written (an old text as found
	 * when writing, if the user changed the note meanwhile), and the ledger
	 * changes instead of the whole ledger before. Not saved: the caller saves
	 * it with the new ledger. */
	async afterRun(undo: UndoRecord, ledgerBefore: Ledger, ledgerAfter: Ledger): Promise<StoredUndo> {
		const changes = ledgerChanges(ledgerBefore, ledgerAfter);
		const store = this.run === null ? null : this.texts();
		if (this.run === null || !store) return { ...inlineUndo(undo), ledgerChanges: changes };
		const run = this.run;
		const fresh: Entry[] = [];
		const updated: StoredUpdate[] = [];
		let work = 0;
		for (const u of undo.updated) {
			const value = storedValue(u);
			let number = this.numbers.get(u.path);
			if (number === undefined || this.stored[number] !== value) {
				number ??= this.stored.length;
				this.numbers.set(u.path, number);
				this.stored[number] = value;
				fresh.push([number, value]);
			}
			updated.push(storedReference(u, number));
			// Comparing texts read anew from disk costs their length.
			work += value.length;
			if (work >= SLICE_CHARS || updated.length % ENTRIES_PER_TURN === 0) {
				work = 0;
				await this.nextTurn();
			}
		}
		// The old texts are in the store: the recorder keeps none of them alive.
		this.numbers.clear();
		this.stored.length = 0;
		try {
			await this.putInSlices(store, run, fresh);
		} catch (error) {
			console.error("Meeting CRM: could not update the undo store; the changed texts go into data.json", error);
			const inline = new Map(fresh.map(([number, text]) => [number, text]));
			for (let i = 0; i < updated.length; i++) {
				const u = updated[i];
				const text = "text" in u ? inline.get(u.text) : undefined;
				if (text !== undefined) updated[i] = { path: u.path, afterHash: u.afterHash, before: text };
				const edits = "editsIn" in u ? inline.get(u.editsIn) : undefined;
				if (edits !== undefined) updated[i] = { path: u.path, afterHash: u.afterHash, edits: JSON.parse(edits) as TextEdits };
			}
		}
		return this.listsToStore(store, { at: undo.at, created: undo.created, updated, ledgerChanges: changes, texts: run });
	}

	/** The record with its lists in the store when they are long (it already
	 * keeps texts there), as it is when they are short or the store fails. */
	private async listsToStore(store: UndoTextStore, record: StoredUndo): Promise<StoredUndo> {
		const listed = record.created.length + record.updated.length + Object.keys(record.ledgerChanges?.meetings ?? {}).length;
		if (record.texts === undefined || listed <= this.listsInlineUpTo) return record;
		// Writing them out as JSON is a stretch of its own.
		await this.nextTurn();
		const lists = JSON.stringify(undoForStorage(record));
		await this.nextTurn();
		try {
			await store.put(record.texts, [[LISTS, lists]]);
		} catch (error) {
			console.error("Meeting CRM: could not keep the undo record's lists on this device; they go into data.json", error);
			return record;
		}
		return { at: record.at, created: [], updated: [], texts: record.texts, listsInStore: true };
	}

	/** The record to save before the first write: texts in the store when
	 * they are many and the store works, else inline. */
	private async keep(undo: UndoRecord): Promise<StoredUndo> {
		const values: string[] = [];
		let chars = 0;
		for (const u of undo.updated) {
			const value = storedValue(u);
			values.push(value);
			chars += value.length;
			// Thousands of task fixes' edits written out as JSON add up.
			if (values.length % ENTRIES_PER_TURN === 0) await this.nextTurn();
		}
		const store = chars > this.inlineUpTo ? this.texts() : null;
		if (!store) return inlineUndo(undo);
		const run = newId();
		const entries: Entry[] = values.map((value, number) => [number, value]);
		const updated = undo.updated.map(storedReference);
		try {
			await this.putInSlices(store, run, entries);
		} catch (error) {
			console.error("Meeting CRM: could not keep the undo texts on this device; they go into data.json", error);
			return inlineUndo(undo);
		}
		this.run = run;
		updated.forEach((u, number) => this.numbers.set(u.path, number));
		for (const [number, text] of entries) this.stored[number] = text;
		return this.listsToStore(store, { at: undo.at, created: undo.created, updated, texts: run });
	}

	private async putInSlices(store: UndoTextStore, run: string, entries: readonly Entry[]): Promise<void> {
		let slice: Entry[] = [];
		let chars = 0;
		for (const entry of entries) {
			slice.push(entry);
			chars += entry[1].length;
			if (chars < SLICE_CHARS) continue;
			await store.put(run, slice);
			await this.nextTurn();
			slice = [];
			chars = 0;
		}
		if (slice.length > 0) await store.put(run, slice);
	}

	private async drop(keep?: string): Promise<void> {
		try {
			await this.texts()?.drop(keep);
		} catch (error) {
			console.error("Meeting CRM: could not clear old texts from the undo store", error);
		}
	}
}

/** What the undo store keeps of a changed file: its old text, or a task
 * fix's edits as JSON (thousands of them would make data.json slow to save). */
function storedValue(u: UpdatedFile): string {
	return "before" in u ? u.before : JSON.stringify(u.edits);
}

function storedReference(u: UpdatedFile, number: number): StoredUpdate {
	return "before" in u ? { path: u.path, afterHash: u.afterHash, text: number } : { path: u.path, afterHash: u.afterHash, editsIn: number };
}

/** The record with its lists as the store keeps them, and the renames since
 * applied; null when they are missing or broken. */
function listsFromStore(saved: StoredUndo, lists: string | undefined): StoredUndo | null {
	if (lists === undefined) return null;
	let record: StoredUndo | null;
	try {
		record = undoFromStorage(JSON.parse(lists));
	} catch {
		return null;
	}
	if (!record || record.listsInStore || record.texts !== saved.texts) return null;
	for (const [oldPath, newPath] of saved.renamed ?? []) record = undoAfterRename(record, oldPath, newPath) ?? record;
	return record;
}
