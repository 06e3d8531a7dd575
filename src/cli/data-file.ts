// The plugin's data.json, shared with the command line: the user's settings
// (read, never rewritten) and the run state — the ledger and the undo
// record. Unknown keys, a newer plugin's or the user's own, are kept as-is.
import * as fs from "node:fs/promises";
import * as path from "node:path";
import type { CrmSettings } from "../core/settings";
import type { Ledger } from "../core/sync/ledger";
import { emptyLedger } from "../core/sync/ledger";
import { ledgerForStorage, ledgerFromStorage, READABLE_LEDGER_VERSIONS } from "../core/sync/ledger-store";
import type { UndoRecord } from "../core/sync/run-types";
import { replaceFileAtomic } from "./atomic-write";
import { CONFIG_DIR } from "./node-vault";
import { isMissing } from "./vault-paths";
import { normalizeSettings } from "./settings-normalize";

export const PLUGIN_ID = "meeting-crm";
const STATE_KEYS = ["ledger", "undo"] as const;

/** data.json cannot be used; nothing was written to it. */
export class DataFileError extends Error {}

export interface PluginData {
	/** Absolute path of data.json. */
	path: string;
	/** Whether data.json existed. */
	exists: boolean;
	/** The file's object exactly as parsed (settings as the user wrote them). */
	raw: Record<string, unknown>;
	settings: CrmSettings;
	ledger: Ledger;
	undo: UndoRecord | null;
	/** Keys that are neither settings nor state, kept as they are. */
	other: Record<string, unknown>;
	/** Settings that were replaced by their default, and why. */
	warnings: string[];
}

export function dataFilePath(vaultRoot: string): string {
	return path.join(vaultRoot, CONFIG_DIR, "plugins", PLUGIN_ID, "data.json");
}

/** Reads data.json; a missing file gives the defaults. */
export async function loadPluginData(vaultRoot: string): Promise<PluginData> {
	const file = dataFilePath(vaultRoot);
	const raw = await readDataObject(file);
	const { settings, warnings } = normalizeSettings(raw ?? {});
	const data = raw ?? {};
	const ledger = readLedger(data.ledger, file, warnings);
	const other: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(data)) {
		if (!(key in settings) && !(STATE_KEYS as readonly string[]).includes(key)) other[key] = value;
	}
	return { path: file, exists: raw !== null, raw: data, settings, ledger, undo: readUndo(data.undo), other, warnings };
}

/** Writes the run state into data.json atomically. Everything else is
 * taken from the file as it is now (it may have changed since it was
 * loaded: the plugin or Sync wrote it), so only `ledger` and `undo` change.
 * Meetings the file's ledger gained meanwhile are kept. */
export async function savePluginState(loaded: PluginData, state: { ledger: Ledger; undo: UndoRecord | null }): Promise<void> {
	const current = (await readDataObject(loaded.path)) ?? loaded.raw;
	const next: Record<string, unknown> = { ...current };
	next.ledger = ledgerForStorage(mergeLedgers(loaded.ledger, state.ledger, current.ledger));
	if (state.undo !== null) next.undo = { ...state.undo, ledgerBefore: ledgerForStorage(state.undo.ledgerBefore) };
	await fs.mkdir(path.dirname(loaded.path), { recursive: true });
	// Obsidian's saveData writes two-space JSON; so do we, for quiet diffs.
	await replaceFileAtomic(loaded.path, JSON.stringify(next, null, 2));
}

/** The parsed object, or null when the file does not exist. */
async function readDataObject(file: string): Promise<Record<string, unknown> | null> {
	let text: string;
	try {
		text = await fs.readFile(file, "utf8");
	} catch (error) {
		if (isMissing(error)) return null;
		throw new DataFileError(`Cannot read ${file}: ${messageOf(error)}`);
	}
	if (text.trim() === "") return {};
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
	} catch (error) {
		throw new DataFileError(`${file} is not valid JSON (${messageOf(error)}); fix or remove it. It was left untouched.`);
	}
	if (!isPlainObject(parsed)) throw new DataFileError(`${file} must hold a JSON object; fix or remove it. It was left untouched.`);
	return parsed;
}

function readLedger(value: unknown, file: string, warnings: string[]): Ledger {
	if (value === undefined || value === null) return emptyLedger();
	if (isPlainObject(value) && typeof value.version === "number" && value.version > Math.max(...READABLE_LEDGER_VERSIONS)) {
		throw new DataFileError(`The ledger in ${file} has version ${value.version}, newer than this command line understands; update it. The file was left untouched.`);
	}
	const ledger = ledgerFromStorage(value);
	if (ledger) return ledger;
	warnings.push(`"ledger" in ${file} is not a ledger; every meeting note counts as new.`);
	return emptyLedger();
}

function readUndo(value: unknown): UndoRecord | null {
	if (!isPlainObject(value)) return null;
	const shaped = typeof value.at === "string" && Array.isArray(value.created) && Array.isArray(value.updated);
	const ledgerBefore = shaped ? ledgerFromStorage(value.ledgerBefore) : null;
	return ledgerBefore ? ({ ...value, ledgerBefore } as unknown as UndoRecord) : null;
}

/** Our ledger, plus meetings that another writer added to the file's ledger
 * after we loaded it (entries we knew of are ours to change or drop). */
function mergeLedgers(loaded: Ledger, ours: Ledger, onDisk: unknown): Ledger {
	const disk = ledgerFromStorage(onDisk);
	if (!disk) return ours;
	const meetings = { ...ours.meetings };
	for (const [meetingPath, record] of Object.entries(disk.meetings)) {
		if (!(meetingPath in loaded.meetings) && !(meetingPath in meetings)) meetings[meetingPath] = record;
	}
	return { ...ours, meetings };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
