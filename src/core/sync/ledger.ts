// The ledger: what each run processed and wrote, kept in the plugin's data
// (data.json, key "ledger") and shared by the plugin and the command line.

/** Lines written into one person note for one meeting, per owned part.
 * Keys are the owned part names: "recentContext", "keyFacts",
 * "keyDecisions", "topics" (the single topics written), "aliases",
 * "contact" ("Field=value" strings) and "lastContact" (the date). */
export type WrittenParts = Partial<Record<OwnedPart, string[]>>;

export type OwnedPart = "recentContext" | "keyFacts" | "keyDecisions" | "topics" | "aliases" | "contact" | "lastContact";

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

export function emptyLedger(): Ledger {
	return { version: 1, meetings: {} };
}
