// Everything a merge reads of one contribution: its lines and their hashes
// per entry section, and its topics, gathered in one place. They are made
// when the note's merge asks for them, not when the contribution is made: a
// run holds every contribution until its note is written, and the lines of
// all of them at once cost more memory than making them late costs time.
import type { Contribution } from "./contribution";
import type { EntryPart } from "./entries";
import { entryList } from "./entries-shared";
import type { TopicText } from "./entries-shared";
import { foldCase } from "../markdown/ordered-insert";
import { topicText } from "./merge-topics";

export interface PreparedEntries {
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

/** The contribution's lines, hashes and topics, as the merge writes them. */
export function preparedEntries(contribution: Contribution): PreparedEntries {
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
	return {
		lines: { recentContext: recentContext.lines, keyFacts: keyFacts.lines, keyDecisions: keyDecisions.lines },
		hashes: { recentContext: recentContext.hashes, keyFacts: keyFacts.hashes, keyDecisions: keyDecisions.hashes },
		topics,
	};
}
