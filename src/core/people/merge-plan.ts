// One meeting's share of a person-note merge, prepared once: the lines it
// writes per entry section, and what the ledger says it wrote last time.
import type { OwnedPart, WrittenParts } from "../sync/ledger";
import type { Contribution } from "./contribution";
import { entryLines } from "./entries";
import type { EntryPart } from "./entries";

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
	previous: WrittenParts;
	/** New lines per entry section, in meeting order. */
	lines: Record<EntryPart, string[]>;
	/** What this merge wrote or keeps for the meeting, per owned part. */
	written: Record<OwnedPart, string[]>;
}

const NO_LINES: Record<EntryPart, string[]> = { recentContext: [], keyFacts: [], keyDecisions: [] };

export function planMeeting(input: MeetingInput): MeetingPlan {
	const contribution = input.contribution;
	return {
		path: input.meetingPath,
		contribution,
		previous: input.previous ?? {},
		lines: contribution
			? { recentContext: entryLines("recentContext", contribution), keyFacts: entryLines("keyFacts", contribution), keyDecisions: entryLines("keyDecisions", contribution) }
			: NO_LINES,
		written: { recentContext: [], keyFacts: [], keyDecisions: [], topics: [], aliases: [], contact: [], lastContact: [] },
	};
}

/** The order meetings are applied in: by date, then path — so one merge of
 * several meetings equals merging them one at a time, oldest first. */
export function compareMeetings(a: MeetingPlan, b: MeetingPlan): number {
	const dateA = a.contribution?.date ?? "";
	const dateB = b.contribution?.date ?? "";
	if (dateA !== dateB) return dateA < dateB ? -1 : 1;
	return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The written parts worth storing: empty parts left out. */
export function writtenParts(plan: MeetingPlan): WrittenParts {
	const parts: WrittenParts = {};
	for (const [part, values] of Object.entries(plan.written) as [OwnedPart, string[]][]) {
		if (values.length > 0) parts[part] = [...values];
	}
	return parts;
}
