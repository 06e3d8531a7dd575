// Refreshing what a changed meeting wrote into a person note (SPEC "Fresh").
// The ledger keeps, per meeting, the exact lines written last time:
// - a line the meeting would no longer write, still in the note verbatim,
//   is removed (it is stale);
// - a line it still writes stays where it is;
// - a line the user edited is no longer verbatim: it stays as the user left
//   it, and neither it nor the original is written again (a line the user
//   deleted is not brought back either);
// - aliases, contact cells and topics only ever grow: earlier values stay.
// - last_contact keeps the later date: the dates it was computed from are
//   not all known any more, and a contact date never moves back.
import type { EntryPart } from "./entries";
import type { MeetingPlan } from "./merge-plan";

/** Lines the meeting wrote into `part` last time and would no longer write. */
export function staleLines(plan: MeetingPlan, part: EntryPart): string[] {
	const now = new Set(plan.lines[part]);
	return (plan.previous[part] ?? []).filter((line) => !now.has(line));
}

/** Whether a line the meeting writes was written before and is gone from the
 * note now: the user edited or removed it, so it is not written again. */
export function goneByUser(plan: MeetingPlan, part: EntryPart, line: string, present: ReadonlySet<string>): boolean {
	return !present.has(line) && (plan.previous[part] ?? []).includes(line);
}

/** A multiset of lines to remove, each at most as often as listed. */
export class LineCounter {
	private readonly counts = new Map<string, number>();

	constructor(lines: Iterable<string>) {
		for (const line of lines) this.counts.set(line, (this.counts.get(line) ?? 0) + 1);
	}

	/** Takes one `line` if any is left. */
	take(line: string): boolean {
		const count = this.counts.get(line) ?? 0;
		if (count === 0) return false;
		this.counts.set(line, count - 1);
		return true;
	}

	get size(): number {
		let total = 0;
		for (const count of this.counts.values()) total += count;
		return total;
	}
}
