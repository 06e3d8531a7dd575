// Text one meeting gives every participant's note — its fact and decision
// lines with their ledger hashes, its Recent Context line, its topics —
// built once per meeting (contributionsOf) and shared by the contributions of
// all its participants, instead of once per person note. Only a cache: a
// contribution without it, or whose link, date or lists differ from the
// ones it was built for, gets the same lines built afresh.
import type { Contribution } from "./contribution";
import { isPlain, oneLine, recentContextPieces, sourcedEntry, sourcedEntryOf, sourceTail, viaSuffix, writtenHash } from "./entries";
import { finishHash, hashStateAround } from "./freshness-hash";
import type { HashState } from "./freshness-hash";
import type { BuiltLine, EntryPart, LineSource } from "./entries";

/** Lines of one entry section and their hashes (what the ledger keeps). */
export interface EntryList {
	lines: readonly string[];
	/** Never changed once made: the ledger may keep this very array. */
	hashes: string[];
}

export interface TopicText {
	/** The topic as written into the topics line. */
	text: string;
	/** What topics are compared by (foldCase). */
	key: string;
}

export class SharedEntryText {
	/** The lines of a list of facts or decisions: the very array a
	 * contribution holds (attendees share the meeting's decisions). */
	readonly lists = new Map<readonly string[], EntryList>();
	/** The Recent Context line without " (via …)", for this title and sentence. */
	recent: RecentText | null = null;
	/** The topics of the attendees' list of topics (the very array they hold). */
	topics: { of: readonly string[]; texts: readonly TopicText[] } | null = null;
	/** The Recent Context line with " (via …)" for this very list of names
	 * (everyone only mentioned in a meeting has the same). */
	recentVia: { recent: RecentText; via: readonly string[]; list: EntryList } | null = null;

	constructor(
		readonly linkTarget: string,
		readonly date: string,
	) {}
}

const NO_LIST: EntryList = { lines: [], hashes: [] };

/** The lines of a meeting's facts or decisions, by item (null: empty item). */
export function buildItems(part: "keyFacts" | "keyDecisions", texts: readonly string[], source: LineSource): (BuiltLine | null)[] {
	return texts.map((text) => sourcedEntry(part, text, source));
}

/** The lines of a meeting's facts or decisions, each built (and hashed) the
 * first time a contribution takes its item: an item no one is given costs
 * nothing. Items that read the same share one line (the very object). */
export class MeetingItems {
	private readonly built: (BuiltLine | null | undefined)[];
	/** The text of each item built, on one line. */
	private readonly bodies: string[] = [];
	/** Texts known to be on one line already (oneLine gives them back). */
	private readonly tidy: boolean[];
	private readonly plain: boolean;
	private readonly tail: string;
	/** Whether two items built so far read the same. */
	repeats = false;

	constructor(
		private readonly part: "keyFacts" | "keyDecisions",
		readonly texts: readonly string[],
		private readonly source: LineSource,
	) {
		this.built = new Array<BuiltLine | null | undefined>(texts.length).fill(undefined);
		this.tidy = new Array<boolean>(texts.length).fill(false);
		this.plain = isPlain(source);
		this.tail = sourceTail(source);
	}

	/** Records that the item at `index` is on one line already. */
	knowTidy(index: number): void {
		this.tidy[index] = true;
	}

	/** The line of the item at `index` (null: an empty item). */
	at(index: number): BuiltLine | null {
		let item = this.built[index];
		if (item === undefined) {
			const text = this.texts[index];
			const body = this.tidy[index] ? text : oneLine(text);
			item = this.sameAs(body) ?? sourcedEntryOf(this.part, body, this.source, this.plain, this.tail);
			this.built[index] = item;
			this.bodies[index] = body;
		}
		return item;
	}

	/** The line already built for an item that reads `body`, if any. */
	private sameAs(body: string): BuiltLine | null | undefined {
		if (body === "") return null;
		for (let index = 0; index < this.built.length; index++) {
			const item = this.built[index];
			if (item && this.bodies[index] === body) {
				this.repeats = true;
				return item;
			}
		}
		return undefined;
	}
}

/** Lines of the given items, without repeats. */
function listOfItems(items: readonly (BuiltLine | null)[]): EntryList {
	const lines: string[] = [];
	const hashes: string[] = [];
	for (const item of items) {
		// Two items may read the same: the line is written once.
		if (item === null || (lines.length > 0 && lines.includes(item.line))) continue;
		lines.push(item.line);
		hashes.push(item.hash);
	}
	return lines.length === 0 ? NO_LIST : { lines, hashes };
}

/** Records the lines of `texts`, a contribution's list made of the meeting's
 * items at `indexes` (in ascending order). */
export function shareList(shared: SharedEntryText, texts: readonly string[], items: MeetingItems, indexes: readonly number[]): void {
	if (shared.lists.has(texts)) return;
	for (const index of indexes) items.at(index);
	// Two items may read the same (one line for both): it is written once.
	const taken: BuiltLine[] | null = items.repeats ? [] : null;
	const lines: string[] = [];
	const hashes: string[] = [];
	let previous = -1;
	for (const index of indexes) {
		// An item given twice (a name listed twice) is written once.
		if (index === previous) continue;
		previous = index;
		const item = items.at(index);
		if (item === null) continue;
		if (taken !== null) {
			if (taken.includes(item)) continue;
			taken.push(item);
		}
		lines.push(item.line);
		hashes.push(item.hash);
	}
	shared.lists.set(texts, lines.length === 0 ? NO_LIST : { lines, hashes });
}

/** The contribution's shared text, when it was built for this link and date. */
function sharedFor(contribution: Contribution): SharedEntryText | undefined {
	const shared = contribution.shared;
	return shared && shared.linkTarget === contribution.linkTarget && shared.date === contribution.date ? shared : undefined;
}

/** The Recent Context line of a meeting without " (via …)", and the hash
 * part way through it, to finish for each ending. */
interface RecentText {
	title: string;
	sentence: string;
	head: string;
	/** null: the line must be parsed to be hashed (isPlain). */
	state: HashState | null;
	list: EntryList;
}

function recentText(contribution: Contribution): RecentText {
	const { before, after } = recentContextPieces(contribution);
	const head = before + contribution.linkTarget + after;
	const state = isPlain(contribution) ? hashStateAround([before], [after]) : null;
	const hash = state ? finishHash(state, []) : writtenHash("recentContext", head, contribution);
	return { title: contribution.title, sentence: contribution.summarySentence, head, state, list: { lines: [head], hashes: [hash] } };
}

function recentList(contribution: Contribution, shared: SharedEntryText | undefined): EntryList {
	let recent = shared?.recent;
	if (!recent || recent.title !== contribution.title || recent.sentence !== contribution.summarySentence) {
		recent = recentText(contribution);
		if (shared) shared.recent = recent;
	}
	if (contribution.via.length === 0) return recent.list;
	const known = shared?.recentVia;
	if (known && known.recent === recent && known.via === contribution.via) return known.list;
	const via = viaSuffix(contribution);
	const line = recent.head + via;
	const list = { lines: [line], hashes: [recent.state ? finishHash(recent.state, [via]) : writtenHash("recentContext", line, contribution)] };
	if (shared) shared.recentVia = { recent, via: contribution.via, list };
	return list;
}

function sourcedList(part: "keyFacts" | "keyDecisions", texts: readonly string[], contribution: Contribution, shared: SharedEntryText | undefined): EntryList {
	const known = shared?.lists.get(texts);
	if (known) return known;
	const list = listOfItems(buildItems(part, texts, contribution));
	shared?.lists.set(texts, list);
	return list;
}

/**
 * The lines a contribution writes into one entry section (entryLines), with
 * their hashes. The arrays may be shared with other contributions of the
 * meeting, and the ledger may keep the hashes: never change them.
 */
export function entryList(part: EntryPart, contribution: Contribution): EntryList {
	const shared = sharedFor(contribution);
	switch (part) {
		case "recentContext":
			return recentList(contribution, shared);
		case "keyFacts":
			return sourcedList(part, contribution.facts, contribution, shared);
		case "keyDecisions":
			return sourcedList(part, contribution.decisions, contribution, shared);
	}
}
