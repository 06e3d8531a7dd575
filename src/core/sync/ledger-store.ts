// The ledger as data.json keeps it. Obsidian rewrites data.json after every
// run with two-space indentation, in one piece, and Sync copies it to every
// device; a big vault's ledger has tens of thousands of meetings. So a
// meeting's record is one string: its content hash, modification time and
// size, then per person note its path and what the meeting wrote there,
// `<path>parts`:
//
//   "Meetings/Jai 1-1.md": "1yztmx65ab:2k2 1759219200000 2890<People/Ana Lima.md>1yztmx65|ai39kwc7 hoxf2khp|5dbzm8hi"
//
// The parts are in a fixed order, `recentContext|keyFacts|keyDecisions`, each
// part its hashes separated by spaces, empty parts at the end left out. `%`,
// `<` and `>` in a path are written `%25`, `%3C` and `%3E`. `version: 3`
// marks that form; a record it cannot hold (a hash or time of another shape)
// stays an object, as in version 2 (parts packed) and version 1 (parts as
// objects), which are still read.
import { isLineHash } from "../people/freshness-hash";
import { pathRecord } from "./ledger";
import type { Ledger, MeetingRecord, PartHashes, WrittenPart, WrittenParts } from "./ledger";

export const STORED_LEDGER_VERSION = 3;

/** The versions of the stored ledger this code reads. */
export const READABLE_LEDGER_VERSIONS: readonly number[] = [1, 2, 3];

const PART_ORDER: readonly WrittenPart[] = ["recentContext", "keyFacts", "keyDecisions"];

/** A meeting record as stored: one string, or the record itself when it
 * cannot be one. */
export type StoredMeetingRecord = string | MeetingRecord;

export interface StoredLedger {
	version: typeof STORED_LEDGER_VERSION;
	meetings: Record<string, StoredMeetingRecord>;
	notMeetings?: Record<string, [number, number]>;
}

/** A note's parts as one string (see the top of this file). */
export function packParts(parts: PartHashes): WrittenParts {
	const recent = parts.recentContext ?? "";
	const facts = parts.keyFacts ?? "";
	const decisions = parts.keyDecisions ?? "";
	// Joined, not concatenated: a concatenation is a chain of pieces that
	// data.json's JSON.stringify would first have to copy into one string,
	// all of them at once, at the end of the run.
	if (decisions !== "") return [recent, facts, decisions].join("|");
	return facts !== "" ? [recent, facts].join("|") : recent;
}

/** A packed string's parts; null when it is not one. */
export function unpackParts(packed: string): PartHashes | null {
	if (!isPacked(packed)) return null;
	const pieces = packed.split("|");
	const parts: PartHashes = {};
	for (let i = 0; i < pieces.length; i++) {
		if (pieces[i] !== "") parts[PART_ORDER[i]] = pieces[i];
	}
	return parts;
}

// Up to three parts, each empty or hashes separated by single spaces.
const HASHES = "(?:[0-9a-z]{8}(?: [0-9a-z]{8})*)?";
const PACKED = new RegExp(`^${HASHES}(?:\\|${HASHES}){0,2}$`);

/** Whether a value read from data.json is a packed string. */
export function isPacked(value: unknown): value is WrittenParts {
	return typeof value === "string" && PACKED.test(value);
}

/** A version-1 record (each part a string or a list of hashes), packed;
 * null for any other shape (an earlier format kept whole lines). */
function packedObject(value: unknown): WrittenParts | null {
	if (!isRecord(value)) return null;
	const parts: PartHashes = {};
	for (const part of PART_ORDER) {
		const hashes = value[part];
		if (hashes === undefined) continue;
		const list = typeof hashes === "string" ? (hashes === "" ? [] : hashes.split(" ")) : hashes;
		if (!Array.isArray(list) || !list.every(isLineHash)) return null;
		if (list.length > 0) parts[part] = list.join(" ");
	}
	return packParts(parts);
}

/** A stored meeting record (any version) in memory; null when it is not
 * one. A note whose parts cannot be read counts as one never written. */
export function meetingRecordFromStorage(value: unknown): MeetingRecord | null {
	if (typeof value === "string") return unpackRecord(value);
	if (!isRecord(value) || typeof value.hash !== "string" || typeof value.mtime !== "number" || typeof value.size !== "number" || !isRecord(value.written)) return null;
	const written = pathRecord<WrittenParts>();
	for (const note of Object.keys(value.written)) {
		const stored = value.written[note];
		const parts = isPacked(stored) ? stored : packedObject(stored);
		if (parts !== null) written[note] = parts;
	}
	return { hash: value.hash, mtime: value.mtime, size: value.size, written };
}

// A record is never changed once made (a change makes a new one), so its
// stored form is made once: by the run that made the record, between its
// turns of the event loop, and not all at once when data.json is saved.
const STORED = new WeakMap<MeetingRecord, StoredMeetingRecord>();

/** The record as data.json keeps it (see the top of this file). */
export function meetingRecordForStorage(record: MeetingRecord): StoredMeetingRecord {
	let stored = STORED.get(record);
	if (stored === undefined) {
		stored = packRecord(record);
		STORED.set(record, stored);
	}
	return stored;
}

const HASH = /^[0-9a-z]+:[0-9a-z]+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const PATH_ESCAPES = /[%<>]/;

function packRecord(record: MeetingRecord): StoredMeetingRecord {
	const { hash, written } = record;
	const mtime = String(record.mtime);
	const size = String(record.size);
	if (!HASH.test(hash) || !NUMBER.test(mtime) || !NUMBER.test(size)) return record;
	const pieces = [[hash, mtime, size].join(" ")];
	for (const note in written) {
		const parts = written[note];
		if (!isPacked(parts)) return record;
		pieces.push([PATH_ESCAPES.test(note) ? escapePath(note) : note, parts].join(">"));
	}
	return pieces.join("<");
}

function unpackRecord(text: string): MeetingRecord | null {
	const pieces = text.split("<");
	const head = pieces[0].split(" ");
	if (head.length !== 3 || !HASH.test(head[0]) || !NUMBER.test(head[1]) || !NUMBER.test(head[2])) return null;
	const mtime = Number(head[1]);
	const size = Number(head[2]);
	// Read as it would be written: the string can stand for the record when saved.
	let same = String(mtime) === head[1] && String(size) === head[2];
	const written = pathRecord<WrittenParts>();
	for (let i = 1; i < pieces.length; i++) {
		const piece = pieces[i];
		const cut = piece.lastIndexOf(">");
		if (cut <= 0) return null;
		const parts = piece.slice(cut + 1);
		const stored = piece.slice(0, cut);
		const escaped = stored.includes("%");
		const note = escaped ? unescapePath(stored) : stored;
		if (!isPacked(parts) || note in written) {
			same = false;
			continue;
		}
		written[note] = parts;
		if (escaped) same = false;
	}
	const record: MeetingRecord = { hash: head[0], mtime, size, written };
	if (same) STORED.set(record, text);
	return record;
}

function escapePath(path: string): string {
	return path.replace(/[%<>]/g, (char) => (char === "%" ? "%25" : char === "<" ? "%3C" : "%3E"));
}

function unescapePath(path: string): string {
	return path.replace(/%(25|3C|3E)/g, (_, code: string) => (code === "25" ? "%" : code === "3C" ? "<" : ">"));
}

/** The ledger as data.json keeps it, marked version 3. */
export function ledgerForStorage(ledger: Ledger): StoredLedger {
	const meetings = pathRecord<StoredMeetingRecord>();
	for (const path in ledger.meetings) meetings[path] = meetingRecordForStorage(ledger.meetings[path]);
	const stored: StoredLedger = { version: STORED_LEDGER_VERSION, meetings };
	if (ledger.notMeetings) stored.notMeetings = ledger.notMeetings;
	return stored;
}

/** The ledger in data.json (any version) in memory; null when it is not
 * a ledger. Records that are not meeting records are left out. */
export function ledgerFromStorage(value: unknown): Ledger | null {
	if (!isRecord(value) || typeof value.version !== "number" || !READABLE_LEDGER_VERSIONS.includes(value.version) || !isRecord(value.meetings)) return null;
	const meetings = pathRecord<MeetingRecord>();
	for (const path of Object.keys(value.meetings)) {
		const record = meetingRecordFromStorage(value.meetings[path]);
		if (record) meetings[path] = record;
	}
	const ledger: Ledger = { version: 1, meetings };
	const notMeetings = notMeetingsFromStorage(value.notMeetings);
	if (notMeetings) ledger.notMeetings = notMeetings;
	return ledger;
}

function notMeetingsFromStorage(value: unknown): Record<string, [number, number]> | null {
	if (!isRecord(value)) return null;
	const out = pathRecord<[number, number]>();
	let any = false;
	for (const path of Object.keys(value)) {
		const stat = value[path];
		if (Array.isArray(stat) && stat.length === 2 && typeof stat[0] === "number" && typeof stat[1] === "number") {
			out[path] = [stat[0], stat[1]];
			any = true;
		}
	}
	return any ? out : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
