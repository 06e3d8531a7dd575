// Which of a meeting's facts and decisions each participant is given (SPEC
// section 2: Key Facts, Key Decisions). Each item is read once for all the
// participants, and what it gives them is kept as item numbers, so their
// lines are built once for the meeting (MeetingItems).
import type { Meeting, Participant } from "../meeting/model";
import { MeetingNames, NameCache } from "./attribution";
import { NOT_CLEAN, OWNER } from "./name-table";
import { cleanText } from "./entries-text";
import type { MeetingItems } from "./entries-shared";

export interface RecipientOptions {
	/** Your name, its aliases, Myself and Me. */
	ownerNames: readonly string[];
	factAttribution: "named" | "all";
	/** The aliases of the person note a participant resolved to. */
	aliasesOf?: (participantName: string) => readonly string[];
	/** The run's names, worked out once for all its meetings. */
	names?: NameCache;
}

export interface Recipients {
	/** For each participant, the first participant listed with the same
	 * name: a name listed twice is one person, with one list of items. */
	slots: number[];
	/** The facts (item numbers, ascending) each slot is given; null when
	 * every participant is given every fact, once. */
	factsAt: number[][] | null;
	/** The decisions (item numbers, ascending) that name each slot; null
	 * when everyone attended (attendees are given every decision). */
	decisionsAt: number[][] | null;
}

const NO_ALIASES: readonly string[] = [];

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

/**
 * Who is given which item. A fact goes to the people it names; naming
 * nobody, to the meeting's person; naming only the owner, to no one (or,
 * with factAttribution "all", to everyone). A person only mentioned is
 * given the decisions that name them.
 */
export function recipientsOf(meeting: Meeting, options: RecipientOptions, facts: MeetingItems, decisions: MeetingItems): Recipients {
	const participants = meeting.participants;
	const count = participants.length;
	const slots = slotsOf(participants);
	const someMentioned = participants.some((participant) => !participant.attended);
	const byName = options.factAttribution !== "all" && facts.texts.length > 0;
	const readDecisions = someMentioned && decisions.texts.length > 0;
	let factsAt: number[][] | null = null;
	const decisionsAt = someMentioned ? slots.map((): number[] => []) : null;

	if (!byName) {
		// Everyone gets every fact; a name listed twice gets each twice, as
		// each listing adds it.
		if (slots.some((slot, index) => slot !== index)) {
			factsAt = slots.map((): number[] => []);
			for (let item = 0; item < facts.texts.length; item++) for (const slot of slots) factsAt[slot].push(item);
		}
	}
	if (!byName && !readDecisions) return { slots, factsAt, decisionsAt };

	const cache = options.names ?? new NameCache();
	const people = participants.map((participant) => ({ name: participant.name, aliases: options.aliasesOf?.(participant.name) ?? NO_ALIASES }));
	const names = new MeetingNames(people, options.ownerNames, cache);
	const named = cache.flags(count);
	if (byName) {
		const at = slots.map((): number[] => []);
		const primary = primarySlot(meeting, slots);
		for (let item = 0; item < facts.texts.length; item++) {
			const owner = read(names, facts, item, named);
			let anyone = false;
			for (let person = 0; person < count; person++) {
				if (named[person] === 0) continue;
				anyone = true;
				at[slots[person]].push(item);
			}
			// Naming nobody, it is about the meeting's person; naming only the owner, about no one.
			if (!anyone && !owner && primary >= 0) at[primary].push(item);
		}
		factsAt = at;
	}
	if (readDecisions && decisionsAt !== null) {
		for (let item = 0; item < decisions.texts.length; item++) {
			read(names, decisions, item, named);
			for (let person = 0; person < count; person++) {
				const list = decisionsAt[slots[person]];
				if (named[person] === 1 && list[list.length - 1] !== item) list.push(item);
			}
		}
	}
	return { slots, factsAt, decisionsAt };
}

/** Marks in `named` whom an item names; returns whether it names the owner. */
function read(names: MeetingNames, items: MeetingItems, item: number, named: Uint8Array): boolean {
	const text = items.texts[item];
	const found = names.readIfClean(text, named);
	// Clean already (nearly every item): its line needs no cleaning either.
	if (found !== NOT_CLEAN) {
		items.knowTidy(item);
		return found === OWNER;
	}
	const body = cleanText(text);
	if (body === text) items.knowTidy(item);
	return names.readClean(body, named);
}
