// The ledger: what each run processed and wrote, kept in the plugin's data
// (data.json, key "ledger", in the compact form of ledger-store.ts) and
// shared by the plugin and the command line.

/**
 * What one meeting wrote into one person note: for each entry section, the
 * hash of each line written (or kept), in the order written — enough to tell
 * later whether the line is still there verbatim or the user edited it
 * (SPEC section 2, "Fresh"). A hash is 8 characters of base 36
 * (people/freshness-hash.ts) over the line without its meeting link target,
 * so a line Obsidian relinked after a rename is still known.
 * Kept, in memory and in data.json, as one string: the parts in the order
 * `recentContext|keyFacts|keyDecisions`, each part its hashes separated by
 * spaces, empty parts at the end left out (ledger-store.ts packs and reads
 * it): `"k3v9x0qa|0b1c2d3e 5f6a7b8c"`. One string per note and meeting,
 * because a big vault's ledger holds tens of thousands of them and data.json
 * is saved, in one piece, after every run.
 * The parts that only ever grow (frontmatter `aliases` and `last_contact`,
 * contact cells, topics) are not kept: nothing is ever taken back from them.
 */
export type WrittenParts = string;

/** WrittenParts unpacked: each part's hashes, separated by spaces. */
export type PartHashes = Partial<Record<WrittenPart, string>>;

export type WrittenPart = "recentContext" | "keyFacts" | "keyDecisions";

export interface MeetingRecord {
	/** Content hash of the meeting note as last processed. */
	hash: string;
	mtime: number;
	size: number;
	/** Person-note path → what this meeting wrote into it. */
	written: Record<string, WrittenParts>;
}

export interface Ledger {
	version: 1;
	meetings: Record<string, MeetingRecord>;
	/** Notes in the meeting folders that were read and are not meeting notes,
	 * as [mtime, size]: not read again until they change. */
	notMeetings?: Record<string, [number, number]>;
}

/** An empty record keyed by note path. Without a prototype, an engine keeps
 * it as a hash table: tens of thousands of small records, each keyed by other
 * note paths, would otherwise each get a hidden class of their own. */
export function pathRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

export function emptyLedger(): Ledger {
	return { version: 1, meetings: {} };
}
