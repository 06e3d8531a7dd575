// What one meeting gives each of its participants' notes (SPEC section 2,
// "Updating a person note"): the pure, per-meeting half of the upsert. The
// merge writes it into the note.
import type { ContactField, Meeting, Participant } from "../meeting/model";
import { MeetingNames, NameCache } from "./attribution";
import { NOT_CLEAN, OWNER } from "./name-table";
import { firstSentence } from "./sentence";
import { cleanText } from "./entries-text";
import { MeetingItems, SharedEntryText, shareList } from "./entries-shared";
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
	ownerNames: readonly string[];
	factAttribution: "named" | "all";
	/** The aliases of the person note a participant resolved to. */
	aliasesOf?: (participantName: string) => readonly string[];
	/** The run's names, worked out once for all its meetings. */
	names?: NameCache;
}

const NO_ALIASES: readonly string[] = [];

/** For each participant, the first participant listed with the same name:
 * a name listed twice is one key of the result, with one list of items. */
function slotsOf(participants: readonly Participant[]): number[] {
	const slots: number[] = [];
	for (let index = 0; index < participants.length; index++) {
		const name = participants[index].name;
		let slot = 0;
		while (participants[slot].name !== name) slot++;
		slots.push(slot);
	}
	return slots;
}

/** The participant the meeting's `person` names (the first, by NFC and case), or -1. */
function primarySlot(meeting: Meeting, slots: readonly number[]): number {
	if (meeting.primaryPerson === undefined) return -1;
	const key = meeting.primaryPerson.normalize("NFC").toLowerCase();
	const index = meeting.participants.findIndex((participant) => participant.name.normalize("NFC").toLowerCase() === key);
	return index < 0 ? -1 : slots[index];
}

/** What `meeting` contributes to each participant, keyed by participant name
 * as listed in `meeting.participants`. */
export function contributionsOf(meeting: Meeting, ctx: ContributionContext): Map<string, Contribution> {
	const participants = meeting.participants;
	const count = participants.length;
	const slots = slotsOf(participants);
	const factTexts = meeting.keyInformation.map((item) => item.text);
	const decisionTexts = meeting.decisions.map((item) => item.text);
	const attendees: string[] = [];
	for (const participant of participants) if (participant.attended) attendees.push(participant.name);
	const someMentioned = attendees.length < count;
	const byName = ctx.factAttribution !== "all" && factTexts.length > 0;
	const cache = ctx.names ?? new NameCache();
	const names =
		byName || (someMentioned && decisionTexts.length > 0)
			? new MeetingNames(
					participants.map((participant) => ({ name: participant.name, aliases: ctx.aliasesOf?.(participant.name) ?? NO_ALIASES })),
					ctx.ownerNames,
					cache,
				)
			: null;
	const named = cache.flags(count);

	const shared = new SharedEntryText(ctx.linkTarget, meeting.date);
	const factItems = new MeetingItems("keyFacts", factTexts, shared);
	const decisionItems = new MeetingItems("keyDecisions", decisionTexts, shared);
	/** Who an item names (in `named`); whether it names the owner. */
	const read = (names: MeetingNames, items: MeetingItems, text: string, index: number): boolean => {
		const found = names.readIfClean(text, named);
		// Clean already: its line needs no cleaning either.
		if (found !== NOT_CLEAN) {
			items.knowTidy(index);
			return found === OWNER;
		}
		const body = cleanText(text);
		if (body === text) items.knowTidy(index);
		return names.readClean(body, named);
	};

	// Items by index, per participant (by slot), so each participant's lines
	// are picked from lines built once for the meeting.
	const factsAt: number[][] = slots.map(() => []);
	// Everyone gets every fact: one list, unless a name is listed twice (its
	// list then has each fact twice, as each listing adds it).
	const everyFact = !byName && slots.every((slot, index) => slot === index);
	if (names === null || !byName) {
		if (!everyFact) {
			factTexts.forEach((_, index) => {
				for (const slot of slots) factsAt[slot].push(index);
			});
		}
	} else {
		const primary = primarySlot(meeting, slots);
		factTexts.forEach((text, index) => {
			const owner = read(names, factItems, text, index);
			let anyone = false;
			for (let person = 0; person < count; person++) {
				if (named[person] === 0) continue;
				anyone = true;
				factsAt[slots[person]].push(index);
			}
			// Naming nobody, it is about the meeting's person; naming only the owner, about no one.
			if (!anyone && !owner && primary >= 0) factsAt[primary].push(index);
		});
	}
	// The decisions a person only mentioned is given: those naming them.
	const decisionsAt: number[][] | null = someMentioned ? slots.map(() => []) : null;
	if (decisionsAt !== null && names !== null) {
		decisionTexts.forEach((text, index) => {
			read(names, decisionItems, text, index);
			for (let person = 0; person < count; person++) {
				const list = decisionsAt[slots[person]];
				if (named[person] === 1 && list[list.length - 1] !== index) list.push(index);
			}
		});
	}
	const summarySentence = firstSentence(meeting.summary);

	const allDecisions = decisionTexts.map((_, index) => index);
	// Lists many participants have alike are one array, so what is made of
	// them (their lines, the Recent Context line) is made once: the
	// attendees' topics and decisions, the names a mentioned person is seen
	// "via", and no items at all.
	const topics = [...meeting.topics];
	const none: string[] = [];
	const factLists: (string[] | undefined)[] = new Array<string[] | undefined>(count).fill(undefined);
	const decisionLists: (string[] | undefined)[] = [];
	const listOf = (lists: (string[] | undefined)[], slot: number, at: readonly number[], texts: readonly string[], items: MeetingItems): string[] => {
		let list = lists[slot];
		if (list === undefined) {
			list = at.length === 0 ? none : at.map((index) => texts[index]);
			lists[slot] = list;
			shareList(shared, list, items, at);
		}
		return list;
	};
	if (attendees.length > 0) shareList(shared, decisionTexts, decisionItems, allDecisions);
	if (everyFact && count > 0) {
		shareList(shared, factTexts, factItems, factTexts.map((_, index) => index));
		factLists.fill(factTexts, 0, count);
	}

	const result = new Map<string, Contribution>();
	for (let index = 0; index < count; index++) {
		const participant = participants[index];
		const slot = slots[index];
		const attended = participant.attended;
		const facts = listOf(factLists, slot, factsAt[slot], factTexts, factItems);
		const decisions = attended || decisionsAt === null ? decisionTexts : listOf(decisionLists, slot, decisionsAt[slot], decisionTexts, decisionItems);
		result.set(participant.name, withPreparedEntries({
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
		}));
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
