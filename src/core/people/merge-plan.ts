// One meeting's share of a person-note merge, prepared once: the lines it
// writes per entry section, and what the ledger says it wrote last time.
import type { PartHashes, WrittenParts } from "../sync/ledger";
import { unpackParts } from "../sync/ledger-store";
import type { Contribution } from "./contribution";
import { preparedEntries } from "./entries-prepared";
import type { TopicText } from "./entries-shared";
import type { EntryPart } from "./entries";
import { isLineHash } from "./freshness-hash";

export interface MeetingInput {
	meetingPath: string;
	/** null: the meeting no longer concerns this person. */
	contribution: Contribution | null;
	/** What the ledger says this meeting wrote into this note last time. */
	previous?: WrittenParts;
}

export interface MeetingPlan {
	path: string;
	contribution: Contribution | null;
	/** The contribution's date and link target ("" without one), at hand. */
	date: string;
	link: string;
	/** Hashes of the lines written last time, per entry section (none when
	 * the ledger has no record, or one of another shape). */
	previous: Record<EntryPart, readonly string[]>;
	/** New lines per entry section, in meeting order (shared: never changed). */
	lines: Record<EntryPart, readonly string[]>;
	/** Their hashes (shared: never changed). */
	hashes: Record<EntryPart, string[]>;
	/** The meeting's topics (shared: never changed). */
	topics: readonly TopicText[];
	/** Hashes of the lines this merge wrote or keeps for the meeting. */
	written: PartHashes;
	/** `part:hash` of lines whose line in the note carried an older link
	 * target and was taken out: they are written again with the new one. */
	relinked: Set<string> | null;
}

export const ENTRY_PARTS: readonly EntryPart[] = ["recentContext", "keyFacts", "keyDecisions"];
const NO_LINES: Record<EntryPart, readonly string[]> = { recentContext: [], keyFacts: [], keyDecisions: [] };
const NO_HASHES: Record<EntryPart, string[]> = { recentContext: [], keyFacts: [], keyDecisions: [] };

export function planMeeting(input: MeetingInput): MeetingPlan {
	const contribution = input.contribution;
	const plan: MeetingPlan = {
		path: input.meetingPath,
		contribution,
		date: contribution?.date ?? "",
		link: contribution?.linkTarget ?? "",
		previous: input.previous === undefined ? NO_LINES : previousHashes(input.previous),
		lines: NO_LINES,
		hashes: NO_HASHES,
		topics: [],
		written: {},
		relinked: null,
	};
	if (contribution) {
		const prepared = preparedEntries(contribution);
		plan.lines = prepared.lines;
		plan.hashes = prepared.hashes;
		plan.topics = prepared.topics;
	}
	return plan;
}

/** The ledger's record as hashes per part; a record of any other shape
 * (such as an earlier format's whole lines) as no record. */
function previousHashes(record: unknown): Record<EntryPart, readonly string[]> {
	if (typeof record === "string") return previousHashes(unpackParts(record));
	if (typeof record !== "object" || record === null || Array.isArray(record)) return NO_LINES;
	const parts = record as Record<string, unknown>;
	const out: Record<EntryPart, readonly string[]> = { ...NO_LINES };
	for (const part of ENTRY_PARTS) {
		const value = parts[part];
		if (value === undefined) continue;
		const hashes = typeof value === "string" ? value.split(" ") : value;
		if (!Array.isArray(hashes) || !hashes.every(isLineHash)) return NO_LINES;
		out[part] = hashes;
	}
	return out;
}

/** Link targets a line of the meeting may carry: the one it writes now, and
 * the forms Obsidian builds from its path (full path, basename). */
export function linkTargets(plan: MeetingPlan): string[] {
	const withoutExtension = plan.path.replace(/\.md$/i, "");
	const basename = withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1);
	const links = plan.contribution ? [plan.contribution.linkTarget] : [];
	for (const link of [withoutExtension, basename]) if (!links.includes(link)) links.push(link);
	return links;
}

/** The order meetings are applied in: by date, then path — so one merge of
 * several meetings equals merging them one at a time, oldest first. */
export function compareMeetings(a: MeetingPlan, b: MeetingPlan): number {
	if (a.date !== b.date) return a.date < b.date ? -1 : 1;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
