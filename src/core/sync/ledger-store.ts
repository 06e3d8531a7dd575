// The ledger as data.json keeps it. Obsidian rewrites data.json after every
// run with two-space indentation, and Sync copies it to every device: a
// meeting's record of one person note, kept as an object of three parts,
// took five lines. Stored, it is one string with the parts in a fixed order,
// `recentContext|keyFacts|keyDecisions`, each part its hashes separated by
// spaces and empty parts at the end left out:
//
//   "People/Ana Lima.md": "1yztmx65|ai39kwc7 hoxf2khp|5dbzm8hi 9quyqsjx"
//
// `version: 2` marks that form. A ledger of version 1 (parts as objects, a
// part as a string or a list of hashes) is still read. In memory the ledger
// has the same form, so saving it copies nothing.
import { isLineHash } from "../people/freshness-hash";
import { pathRecord } from "./ledger";
import type { Ledger, MeetingRecord, PartHashes, WrittenPart, WrittenParts } from "./ledger";

export const STORED_LEDGER_VERSION = 2;

/** The versions of the stored ledger this code reads. */
export const READABLE_LEDGER_VERSIONS: readonly number[] = [1, 2];

const PART_ORDER: readonly WrittenPart[] = ["recentContext", "keyFacts", "keyDecisions"];

/** A meeting record as stored: the one in memory. */
export type StoredMeetingRecord = MeetingRecord;

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

/** A stored meeting record (either version) in memory; null when it is
 * not one. A note whose parts cannot be read counts as one never written. */
export function meetingRecordFromStorage(value: unknown): MeetingRecord | null {
	if (!isRecord(value) || typeof value.hash !== "string" || typeof value.mtime !== "number" || typeof value.size !== "number" || !isRecord(value.written)) return null;
	const written = pathRecord<WrittenParts>();
	for (const note of Object.keys(value.written)) {
		const stored = value.written[note];
		const parts = isPacked(stored) ? stored : packedObject(stored);
		if (parts !== null) written[note] = parts;
	}
	return { hash: value.hash, mtime: value.mtime, size: value.size, written };
}

/** The ledger as data.json keeps it: its very records, marked version 2. */
export function ledgerForStorage(ledger: Ledger): StoredLedger {
	const stored: StoredLedger = { version: STORED_LEDGER_VERSION, meetings: ledger.meetings };
	if (ledger.notMeetings) stored.notMeetings = ledger.notMeetings;
	return stored;
}

/** The ledger in data.json (either version) in memory; null when it is not
 * a ledger. Records that are not meeting records are left out. */
export function ledgerFromStorage(value: unknown): Ledger | null {
	if (!isRecord(value) || typeof value.version !== "number" || !READABLE_LEDGER_VERSIONS.includes(value.version) || !isRecord(value.meetings)) return null;
	const meetings: Record<string, MeetingRecord> = {};
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
	const out: Record<string, [number, number]> = {};
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
