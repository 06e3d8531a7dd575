// The orders a merge needs, worked out once for all its sections: meetings
// in merge order (by date, then path) and, when each meeting's lines carry a
// link of their own, in entry order (by date, then link; Recent Context
// newest first) — so each section's new lines come out sorted without
// sorting them. A note may gather thousands of meetings.
import { isPlain } from "./entries";
import type { EntryPart } from "./entries";
import { compareMeetings, ENTRY_PARTS, planMeeting } from "./merge-plan";
import type { MeetingInput, MeetingPlan } from "./merge-plan";

/** The meetings of a merge in entry order, when their links are distinct. */
export interface EntryOrder {
	links: Set<string>;
	/** By date, then link: Key Facts and Key Decisions. */
	facts: readonly MeetingPlan[];
	/** Newest first, then by link: Recent Context. */
	recent: readonly MeetingPlan[];
}

export interface MergePlans {
	/** In merge order. */
	plans: MeetingPlan[];
	/** null: two meetings share a link, or a link or date the line shapes
	 * could misread; each section then sorts its lines itself. */
	order: EntryOrder | null;
	/** The sections some meeting writes to, or wrote to before. */
	parts: Set<EntryPart>;
	/** Whether the ledger says any meeting wrote here before. */
	hasPrevious: boolean;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Meetings planned between two yields (a note may gather thousands). */
const MEETINGS_PER_STEP = 500;

/** The merge's plans, made in steps: it yields every few hundred meetings. */
export function* planMergeSteps(inputs: readonly MeetingInput[]): Generator<void, MergePlans, void> {
	const byDate = new Map<string, MeetingPlan[]>();
	const parts = new Set<EntryPart>();
	let links: Set<string> | null = new Set();
	let hasPrevious = false;
	for (let i = 0; i < inputs.length; i++) {
		if (i > 0 && i % MEETINGS_PER_STEP === 0) yield;
		const input = inputs[i];
		const plan = planMeeting(input);
		if (input.previous !== undefined) hasPrevious = true;
		const day = byDate.get(plan.date);
		if (day) day.push(plan);
		else byDate.set(plan.date, [plan]);
		if (parts.size < ENTRY_PARTS.length) for (const part of ENTRY_PARTS) if (plan.lines[part].length > 0 || plan.previous[part].length > 0) parts.add(part);
		const contribution = plan.contribution;
		if (!links || !contribution) continue;
		if (links.has(plan.link) || !isPlain(contribution)) links = null;
		else links.add(plan.link);
	}
	// Many meetings share a day: only the days, and each day's few meetings,
	// need sorting.
	const days = [...byDate.keys()].sort(compareText).map((date) => byDate.get(date) ?? []);
	const plans: MeetingPlan[] = [];
	const byLink: MeetingPlan[][] = [];
	for (const day of days) {
		if (day.length > 1) day.sort(compareMeetings);
		for (const plan of day) plans.push(plan);
		if (!links) continue;
		const written = day.filter((plan) => plan.contribution !== null);
		if (written.length > 1) written.sort((a, b) => compareText(a.link, b.link));
		if (written.length > 0) byLink.push(written);
	}
	const order = links ? { links, facts: flatten(byLink, false), recent: flatten(byLink, true) } : null;
	return { plans, order, parts, hasPrevious };
}

/** The days' meetings in one list, the days oldest first or newest first
 * (Array.prototype.flat is slow on thousands of small arrays). */
function flatten(days: readonly MeetingPlan[][], newestFirst: boolean): MeetingPlan[] {
	const out: MeetingPlan[] = [];
	for (let d = 0; d < days.length; d++) {
		const day = days[newestFirst ? days.length - 1 - d : d];
		for (let i = 0; i < day.length; i++) out.push(day[i]);
	}
	return out;
}
