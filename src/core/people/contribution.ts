// What one meeting gives each of its participants' notes (SPEC section 2,
// "Updating a person note"): the pure, per-meeting half of the upsert. The
// merge writes it into the note.
import type { ContactField, Meeting, Participant } from "../meeting/model";
import { recipientsOf } from "./item-recipients";
import type { RecipientOptions } from "./item-recipients";
import { firstSentence } from "./sentence";
import { MeetingItems, SharedEntryText, shareList } from "./entries-shared";

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
}

export interface ContributionContext extends RecipientOptions {
	linkTarget: string;
}

/** What `meeting` contributes to each participant, keyed by participant name
 * as listed in `meeting.participants`. */
export function contributionsOf(meeting: Meeting, ctx: ContributionContext): Map<string, Contribution> {
	const participants = meeting.participants;
	const count = participants.length;
	const factTexts = meeting.keyInformation.map((item) => item.text);
	const decisionTexts = meeting.decisions.map((item) => item.text);
	const shared = new SharedEntryText(ctx.linkTarget, meeting.date);
	const factItems = new MeetingItems("keyFacts", factTexts, shared);
	const decisionItems = new MeetingItems("keyDecisions", decisionTexts, shared);
	const { slots, factsAt, decisionsAt } = recipientsOf(meeting, ctx, factItems, decisionItems);
	const summarySentence = meeting.summarySentence ?? firstSentence(meeting.summary);
	const attendees: string[] = [];
	for (const participant of participants) if (participant.attended) attendees.push(participant.name);

	// Lists many participants have alike are one array, so what is made of
	// them (their lines, the Recent Context line) is made once: the
	// attendees' topics and decisions, the names a mentioned person is seen
	// "via", every fact, and no items at all.
	const topics = [...meeting.topics];
	const none: string[] = [];
	if (attendees.length > 0) shareList(shared, decisionTexts, decisionItems, decisionTexts.map((_, index) => index));
	if (factsAt === null && count > 0) shareList(shared, factTexts, factItems, factTexts.map((_, index) => index));
	const factLists: (string[] | undefined)[] = new Array<string[] | undefined>(count).fill(undefined);
	const decisionLists: (string[] | undefined)[] = new Array<string[] | undefined>(count).fill(undefined);
	const listOf = (lists: (string[] | undefined)[], slot: number, at: readonly number[], items: MeetingItems): string[] => {
		let list = lists[slot];
		if (list === undefined) {
			list = at.length === 0 ? none : at.map((index) => items.texts[index]);
			lists[slot] = list;
			shareList(shared, list, items, at);
		}
		return list;
	};

	const result = new Map<string, Contribution>();
	for (let index = 0; index < count; index++) {
		const participant = participants[index];
		const slot = slots[index];
		const attended = participant.attended;
		const facts = factsAt === null ? factTexts : listOf(factLists, slot, factsAt[slot], factItems);
		const decisions = attended || decisionsAt === null ? decisionTexts : listOf(decisionLists, slot, decisionsAt[slot], decisionItems);
		result.set(participant.name, {
			meetingPath: meeting.path,
			linkTarget: ctx.linkTarget,
			date: meeting.date,
			title: meeting.title,
			attended,
			via: attended ? none : attendees.includes(participant.name) ? attendees.filter((name) => name !== participant.name) : attendees,
			summarySentence,
			facts,
			decisions,
			topics: attended ? topics : none,
			contact: contactOf(participant),
			namesSeen: [participant.name],
			shared,
		});
	}
	return result;
}

/** No contact details (shared: never changed). */
const NO_CONTACT: Partial<Record<ContactField, string>> = Object.freeze({});

function contactOf(participant: Participant): Partial<Record<ContactField, string>> {
	const fields = participant.contact;
	if (!participant.email && isEmpty(fields)) return NO_CONTACT;
	const contact: Partial<Record<ContactField, string>> = {};
	for (const [field, value] of Object.entries(fields) as [ContactField, string | undefined][]) {
		if (typeof value === "string" && value.trim() !== "") contact[field] = value.trim();
	}
	if (participant.email && !contact.email) contact.email = participant.email;
	return contact;
}

function isEmpty(record: object): boolean {
	for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return false;
	return true;
}
