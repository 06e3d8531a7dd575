// Everything a merge reads of one contribution, gathered when the
// contribution is made: its lines and their hashes per entry section, and its
// topics. A note may gather thousands of contributions from all over the
// run; reading each one's parts from a few places instead of many is most of
// what a large merge costs. Only a cache: a contribution changed since (its
// fields are compared with what the entries were made from) is read afresh.
import type { Contribution } from "./contribution";
import type { EntryPart } from "./entries";
import { entryList } from "./entries-shared";
import type { TopicText } from "./entries-shared";
import { foldCase } from "../markdown/ordered-insert";
import { topicText } from "./merge-topics";

export interface PreparedEntries {
	/** What they were made from (compared by identity). */
	from: Pick<Contribution, "linkTarget" | "date" | "title" | "summarySentence" | "via" | "facts" | "decisions" | "topics">;
	lines: Record<EntryPart, readonly string[]>;
	/** Never changed once made: the ledger may keep these very arrays. */
	hashes: Record<EntryPart, string[]>;
	topics: readonly TopicText[];
}

// The same topics come back meeting after meeting: one TopicText each (a
// vault with very many topics only starts the cache over).
const TOPICS = new Map<string, TopicText>();
const MAX_TOPICS = 10_000;

function topicOf(raw: string): TopicText {
	let topic = TOPICS.get(raw);
	if (!topic) {
		if (TOPICS.size >= MAX_TOPICS) TOPICS.clear();
		const text = topicText(raw);
		topic = { text, key: foldCase(text) };
		TOPICS.set(raw, topic);
	}
	return topic;
}

/** A list of topics as written and as compared. */
export function topicTexts(topics: readonly string[]): readonly TopicText[] {
	return topics.length === 0 ? [] : topics.map(topicOf);
}

function prepare(contribution: Contribution): PreparedEntries {
	const recentContext = entryList("recentContext", contribution);
	const keyFacts = entryList("keyFacts", contribution);
	const keyDecisions = entryList("keyDecisions", contribution);
	const shared = contribution.shared;
	let topics: readonly TopicText[];
	if (shared?.topics?.of === contribution.topics) {
		topics = shared.topics.texts;
	} else {
		topics = topicTexts(contribution.topics);
		if (shared && contribution.topics.length > 0) shared.topics = { of: contribution.topics, texts: topics };
	}
	const { linkTarget, date, title, summarySentence, via, facts, decisions } = contribution;
	return {
		from: { linkTarget, date, title, summarySentence, via, facts, decisions, topics: contribution.topics },
		lines: { recentContext: recentContext.lines, keyFacts: keyFacts.lines, keyDecisions: keyDecisions.lines },
		hashes: { recentContext: recentContext.hashes, keyFacts: keyFacts.hashes, keyDecisions: keyDecisions.hashes },
		topics,
	};
}

/** Gathers the entries of a contribution just made (contributionsOf). */
export function withPreparedEntries(contribution: Contribution): Contribution {
	contribution.prepared = prepare(contribution);
	return contribution;
}

/** The contribution's entries: as gathered, unless it changed since. */
export function preparedEntries(contribution: Contribution): PreparedEntries {
	const prepared = contribution.prepared;
	if (prepared) {
		const from = prepared.from;
		const same =
			from.linkTarget === contribution.linkTarget &&
			from.date === contribution.date &&
			from.title === contribution.title &&
			from.summarySentence === contribution.summarySentence &&
			from.via === contribution.via &&
			from.facts === contribution.facts &&
			from.decisions === contribution.decisions &&
			from.topics === contribution.topics;
		if (same) return prepared;
	}
	return prepare(contribution);
}
