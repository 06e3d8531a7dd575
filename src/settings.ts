// The plugin's data.json: the settings (every key optional, a missing or
// broken one means its default) next to the plugin's own state (the ledger
// and the last run's undo record). Pure apart from the per-device autoProcess
// flag, which lives in the app's local storage so that Sync does not carry it.
import type { App } from "obsidian";
import { DEFAULT_SETTINGS } from "./core/settings";
import type { CrmSettings, FactAttribution, MentionStyle } from "./core/settings";
import type { Ledger, MeetingRecord } from "./core/sync/ledger";
import { ledgerForStorage, ledgerFromStorage } from "./core/sync/ledger-store";
import type { StoredLedger } from "./core/sync/ledger-store";
import { undoForStorage } from "./plugin/stored-undo";
import type { StoredUndo } from "./plugin/stored-undo";
import { undoFromStorage } from "./plugin/undo-from-storage";

export { DEFAULT_SETTINGS };
export type { CrmSettings };

/** What the plugin keeps in data.json besides the settings. */
export interface PluginState {
	ledger?: Ledger;
	undo?: StoredUndo;
	/** Keys this version does not know (written by a newer one): kept as they are. */
	other?: Record<string, unknown>;
}

/** data.json as written: the ledger and undo record in their stored forms. */
export type PluginData = CrmSettings & { ledger?: StoredLedger; undo?: Record<string, unknown> } & Record<string, unknown>;

const MENTION_STYLES: readonly MentionStyle[] = ["at-camel", "wikilink", "at-name"];
const FACT_ATTRIBUTIONS: readonly FactAttribution[] = ["named", "all"];
const FOLDER_LISTS = new Set<keyof CrmSettings>(["meetingFolders", "projectFolders"]);
const FOLDERS = new Set<keyof CrmSettings>(["peopleFolder", "reportFolder"]);
/** Keys that belong to this device only, never to data.json. */
const DEVICE_KEYS = new Set(["autoProcess"]);

/** A vault folder as settings keep it: "/" separators, no leading or trailing slash, "" for the root. */
export function cleanFolderPath(path: string): string {
	return path.trim().replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "").replace(/\u00A0|\u202F/g, " ").normalize("NFC");
}

/** Text items of a list: trimmed, empty ones and repeats dropped. */
function cleanList(value: unknown[], clean: (item: string) => string): string[] {
	const out: string[] = [];
	for (const item of value) {
		if (typeof item !== "string") continue;
		const cleaned = clean(item);
		if (cleaned !== "" && !out.includes(cleaned)) out.push(cleaned);
	}
	return out;
}

function cleanTag(tag: string): string {
	return tag.trim().replace(/^#+/, "");
}

/**
 * Items of a comma-separated setting, trimmed, empty ones dropped. A comma
 * inside a /pattern/ does not split it.
 */
export function splitList(text: string): string[] {
	const items: string[] = [];
	let current = "";
	let inPattern = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (inPattern) {
			current += ch;
			if (ch === "\\" && i + 1 < text.length) current += text[++i];
			else if (ch === "/") inPattern = false;
		} else if (ch === ",") {
			items.push(current);
			current = "";
		} else {
			if (ch === "/" && current.trim() === "") inPattern = true;
			current += ch;
		}
	}
	items.push(current);
	return items.map((item) => item.trim()).filter((item) => item !== "");
}

/** Why an ignored-names entry cannot be used, or null: a /pattern/flags must compile. */
export function ignoreNameProblem(entry: string): string | null {
	if (!entry.startsWith("/")) return null;
	const match = /^\/(.+)\/([a-z]*)$/s.exec(entry);
	if (!match) return `"${entry}" starts with / but is not a /pattern/ (add the closing slash).`;
	try {
		new RegExp(match[1], match[2]);
		return null;
	} catch (error) {
		return `"${entry}" is not a valid pattern: ${error instanceof Error ? error.message : String(error)}.`;
	}
}

/** Settings from whatever data.json holds: a missing or wrong-typed key gets its default. */
export function normalizeSettings(raw: unknown): CrmSettings {
	const source = isRecord(raw) ? raw : {};
	const settings = { ...DEFAULT_SETTINGS } as Record<keyof CrmSettings, unknown>;
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof CrmSettings)[]) {
		const fallback = DEFAULT_SETTINGS[key];
		const value = source[key];
		if (Array.isArray(fallback)) {
			const clean = FOLDER_LISTS.has(key) ? cleanFolderPath : key === "newPersonTags" ? cleanTag : (item: string) => item.trim();
			settings[key] = Array.isArray(value) ? cleanList(value, clean) : [...fallback];
		} else if (typeof fallback === "boolean") {
			settings[key] = typeof value === "boolean" ? value : fallback;
		} else {
			settings[key] = typeof value === "string" ? (FOLDERS.has(key) ? cleanFolderPath(value) : value.trim()) : fallback;
		}
	}
	const result = settings as unknown as CrmSettings;
	if (!MENTION_STYLES.includes(result.mentionStyle)) result.mentionStyle = DEFAULT_SETTINGS.mentionStyle;
	if (!FACT_ATTRIBUTIONS.includes(result.factAttribution)) result.factAttribution = DEFAULT_SETTINGS.factAttribution;
	// New person notes are written with the first type: the list cannot be empty.
	if (result.personTypes.length === 0) result.personTypes = [...DEFAULT_SETTINGS.personTypes];
	result.personTemplate = result.personTemplate.replace(/\\/g, "/").replace(/^\/+/, "");
	return result;
}

/** Splits data.json into settings and the plugin's state; a broken ledger or undo record is dropped. */
export function splitPluginData(raw: unknown): { settings: CrmSettings; state: PluginState } {
	const source = isRecord(raw) ? raw : {};
	const settings = normalizeSettings(source);
	const state: PluginState = {};
	const ledger = ledgerFromStorage(source.ledger);
	if (ledger) state.ledger = ledger;
	const undo = undoFromStorage(source.undo);
	if (undo) state.undo = undo;
	const other: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(source)) {
		if (!(key in DEFAULT_SETTINGS) && key !== "ledger" && key !== "undo" && !DEVICE_KEYS.has(key)) other[key] = value;
	}
	if (Object.keys(other).length > 0) state.other = other;
	return { settings, state };
}

/** What to write to data.json. */
export function joinPluginData(settings: CrmSettings, state: PluginState): PluginData {
	const data: Record<string, unknown> = { ...state.other, ...settings };
	for (const key of DEVICE_KEYS) delete data[key];
	if (state.ledger) data.ledger = ledgerForStorage(state.ledger);
	if (state.undo) data.undo = undoForStorage(state.undo);
	return data as PluginData;
}

/**
 * Both ledgers' meetings (for data.json changed on disk while the plugin ran):
 * when both know a meeting, the record made from the newer note wins; on a
 * tie, `a`'s.
 */
export function mergeLedgers(a: Ledger, b: Ledger): Ledger {
	const meetings: Record<string, MeetingRecord> = { ...a.meetings };
	for (const [path, record] of Object.entries(b.meetings)) {
		const mine = meetings[path];
		if (!mine || record.mtime > mine.mtime) meetings[path] = record;
	}
	const notMeetings: Record<string, [number, number]> = { ...(a.notMeetings ?? {}) };
	for (const [path, stat] of Object.entries(b.notMeetings ?? {})) {
		const mine = notMeetings[path];
		if (!mine || stat[0] > mine[0]) notMeetings[path] = stat;
	}
	return Object.keys(notMeetings).length > 0 ? { version: 1, meetings, notMeetings } : { version: 1, meetings };
}

export const AUTO_PROCESS_KEY = "meeting-crm-auto-process";

/** Whether this device processes new meeting notes automatically. */
export function loadAutoProcess(app: App): boolean {
	return app.loadLocalStorage(AUTO_PROCESS_KEY) === true;
}

export function saveAutoProcess(app: App, on: boolean): void {
	app.saveLocalStorage(AUTO_PROCESS_KEY, on);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
