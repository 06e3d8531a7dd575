// Refreshing what a changed meeting wrote into a person note (SPEC "Fresh").
// The ledger keeps, per meeting, a hash of each line written last time
// (freshness-hash.ts), taken without the line's meeting link target:
// - a line the meeting would no longer write, still in the note verbatim,
//   is removed (it is stale);
// - a line it still writes stays where it is;
// - a line the user edited is no longer verbatim: it stays as the user left
//   it, and neither it nor the original is written again (a line the user
//   deleted is not brought back either);
// - a line whose link target is one the meeting had before (Obsidian rewrote
//   its links after a rename, or the shortest link became the full path)
//   counts as the same line: kept when its link is today's, else replaced;
// - aliases, contact cells and topics only ever grow: earlier values stay,
//   and the ledger keeps nothing of them.
// - last_contact keeps the later date: the dates it was computed from are
//   not all known any more, and a contact date never moves back.
import type { EntryIdentity, EntryPart } from "./entries";
import { linkTargets } from "./merge-plan";
import type { MeetingPlan } from "./merge-plan";

interface Claim {
	plan: MeetingPlan;
	links: readonly string[];
	/** The meeting still writes this line: only a copy with an older link
	 * target is taken out. */
	outdatedOnly: boolean;
}

/** The lines a section should lose: per hash, one claim per line to take. */
export class StaleLines {
	private readonly claims = new Map<string, Claim[]>();
	/** Every link a claimed line may carry. */
	private readonly links = new Set<string>();
	private count = 0;

	constructor(
		private readonly part: EntryPart,
		plans: readonly MeetingPlan[],
	) {
		for (const plan of plans) {
			const previous = plan.previous[part];
			if (previous.length === 0) continue;
			const now = new Set(plan.hashes[part]);
			const links = linkTargets(plan);
			for (const link of links) this.links.add(link);
			for (const hash of previous) {
				const list = this.claims.get(hash) ?? [];
				list.push({ plan, links, outdatedOnly: now.has(hash) });
				this.claims.set(hash, list);
				this.count++;
			}
		}
	}

	get size(): number {
		return this.count;
	}

	/** Whether a line with this link (null: none) may be claimed: only those
	 * need hashing. */
	mayClaim(link: string | null): boolean {
		return link === null || this.links.has(link);
	}

	/** Whether a line of the note, known by `identity`, is to be taken out;
	 * takes one claim when it is. */
	take(identity: EntryIdentity): boolean {
		const list = this.claims.get(identity.hash);
		if (!list) return false;
		const at = list.findIndex((claim) => matches(claim, identity.link));
		if (at === -1) return false;
		const claim = list[at];
		list.splice(at, 1);
		this.count--;
		if (claim.outdatedOnly) (claim.plan.relinked ??= new Set()).add(`${this.part}:${identity.hash}`);
		return true;
	}
}

function matches(claim: Claim, link: string | null): boolean {
	// A line without a link is hashed whole: its link cannot be outdated.
	if (link === null) return !claim.outdatedOnly;
	if (!claim.links.includes(link)) return false;
	return !claim.outdatedOnly || link !== claim.plan.contribution?.linkTarget;
}

/** Whether a line the meeting writes (known by its hash), not in the note,
 * was written before: the user edited or removed it, so it is not written
 * again. */
export function goneByUser(plan: MeetingPlan, part: EntryPart, hash: string): boolean {
	return plan.previous[part].length > 0 && plan.previous[part].includes(hash) && !(plan.relinked?.has(`${part}:${hash}`) ?? false);
}
