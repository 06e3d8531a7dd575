// What one meeting gives each of its participants' notes (SPEC section 2,
// "Updating a person note"): the pure, per-meeting half of the upsert. The
// merge writes it into the note.
import type { ContactField, Meeting, Participant } from "../meeting/model";
import { factRecipients, makeNamer } from "./attribution";
import { firstSentence } from "./sentence";
import { buildItems, SharedEntryText, shareList } from "./entries-shared";
import { withPreparedEntries } from "./entries-prepared";
import type { PreparedEntries } from "./entries-prepared";

export interface Contribution {
	meetingPath: string;
	/** The shortest link text that resolves to the meeting note. */
	linkTarget: string;
	/** yyyy-MM-dd. */
	date: string;
	title: string;
	/** false: the person was only mentioned (a 1:1 with someone else). */
	attended: boolean;
	/** For a person only mentioned: the attendees other than the owner. */
	via: string[];
	/** First sentence of the summary ("" when there is none). */
	summarySentence: string;
	facts: string[];
	decisions: string[];
	topics: string[];
	contact: Partial<Record<ContactField, string>>;
	/** Spellings of the person's name, added as aliases when they differ from
	 * the note's basename. */
	namesSeen: string[];
	/** The meeting's entry text, built once for all its participants (a
	 * cache: without it, the merge builds the same text itself). */
	shared?: SharedEntryText;
	/** This contribution's lines, hashes and topics, gathered when it was
	 * made (a cache, like `shared`). */
	prepared?: PreparedEntries;
}

export interface ContributionContext {
	linkTarget: string;
	/** Your name, its aliases, Myself and Me. */
	ownerNames: string[];
	factAttribution: "named" | "all";
	/** The aliases of the person note a participant resolved to. */
	aliasesOf?: (participantName: string) => string[];
}

const sameName = (a: string, b: string): boolean => a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();

/** What `meeting` contributes to each participant, keyed by participant name
 * as listed in `meeting.participants`. */
export function contributionsOf(meeting: Meeting, ctx: ContributionContext): Map<string, Contribution> {
	const people = meeting.participants.map((participant) => ({ name: participant.name, aliases: ctx.aliasesOf?.(participant.name) ?? [] }));
	const namer = makeNamer(people, ctx.ownerNames);
	const primary = meeting.primaryPerson === undefined ? undefined : meeting.participants.find((participant) => sameName(participant.name, meeting.primaryPerson ?? ""))?.name;
	const everyone = meeting.participants.map((participant) => participant.name);

	// Items by index, so each participant's lines can be picked from lines
	// built once for the meeting.
	const factIndexes = new Map<string, number[]>(everyone.map((name) => [name, []]));
	meeting.keyInformation.forEach((item, index) => {
		const recipients = ctx.factAttribution === "all" ? everyone : factRecipients(namer(item.text), primary);
		for (const name of recipients) factIndexes.get(name)?.push(index);
	});
	const decisionNames = meeting.decisions.map((item) => new Set(namer(item.text).people));
	const attendees = meeting.participants.filter((participant) => participant.attended).map((participant) => participant.name);
	const summarySentence = firstSentence(meeting.summary);

	const shared = new SharedEntryText(ctx.linkTarget, meeting.date);
	const factTexts = meeting.keyInformation.map((item) => item.text);
	const decisionTexts = meeting.decisions.map((item) => item.text);
	const factItems = buildItems("keyFacts", factTexts, shared);
	const decisionItems = buildItems("keyDecisions", decisionTexts, shared);
	const allDecisions = decisionTexts.map((_, index) => index);
	// One topics list for all attendees, so their topics are worked out once.
	const topics = [...meeting.topics];

	const result = new Map<string, Contribution>();
	for (const participant of meeting.participants) {
		const factsAt = factIndexes.get(participant.name) ?? [];
		const decisionsAt = participant.attended ? allDecisions : allDecisions.filter((index) => decisionNames[index].has(participant.name));
		const facts = factsAt.map((index) => factTexts[index]);
		const decisions = participant.attended ? decisionTexts : decisionsAt.map((index) => decisionTexts[index]);
		shareList(shared, facts, factItems, factsAt);
		shareList(shared, decisions, decisionItems, decisionsAt);
		result.set(participant.name, withPreparedEntries({
			meetingPath: meeting.path,
			linkTarget: ctx.linkTarget,
			date: meeting.date,
			title: meeting.title,
			attended: participant.attended,
			via: participant.attended ? [] : attendees.filter((name) => name !== participant.name),
			summarySentence,
			facts,
			decisions,
			topics: participant.attended ? topics : [],
			contact: contactOf(participant),
			namesSeen: [participant.name],
			shared,
		}));
	}
	return result;
}

function contactOf(participant: Participant): Partial<Record<ContactField, string>> {
	const contact: Partial<Record<ContactField, string>> = {};
	for (const [field, value] of Object.entries(participant.contact) as [ContactField, string | undefined][]) {
		if (typeof value === "string" && value.trim() !== "") contact[field] = value.trim();
	}
	if (participant.email && !contact.email) contact.email = participant.email;
	return contact;
}
