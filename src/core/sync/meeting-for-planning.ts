// The meeting as the rest of a run needs it: what a person note copies
// from it, repaired, in strings of its own. A run holds every meeting of the
// vault until its person notes are written; cut from the note's text, the
// strings would keep all those texts alive too.
import type { Meeting, Participant, SectionItem } from "../meeting/model";
import { lineAt, noteLines } from "../meeting/note-lines";
import { repairMojibake } from "../tasks/mojibake";
import { firstSentence } from "../people/sentence";

const TASK_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[.\]/;

/** Text copied from a meeting note is repaired on the way in (SPEC section 2).
 * A task line under Decisions or Key Information is a task, not a fact: the
 * task rewriter changes it, and a fact copied from it would change too. Its
 * task lines and action items are left out: they were fixed already, and no
 * person note copies them; so are the entries it dropped (counted already). */
export function meetingForPlanning(meeting: Meeting, text: string): Meeting {
	// The note's lines, cut only when an item is looked at (a meeting always
	// has frontmatter, so no item is on line 0, where a BOM would differ).
	let note: ReturnType<typeof noteLines> | null = null;
	const isTask = (line: number) => {
		note ??= noteLines(text);
		return line < note.starts.length && TASK_LINE.test(lineAt(note, line));
	};
	const items = (list: SectionItem[]) => list.filter((item) => !isTask(item.line)).map((item) => ({ text: repairMojibake(item.text), line: item.line }));
	const copy: Meeting = {
		path: meeting.path,
		title: repairMojibake(meeting.title),
		date: meeting.date,
		participants: meeting.participants.map(participantCopy),
		ownerPresent: meeting.ownerPresent,
		...(meeting.primaryPerson === undefined ? {} : { primaryPerson: meeting.primaryPerson }),
		oneOnOne: meeting.oneOnOne,
		// Person notes copy only its first sentence: a run holding every
		// meeting's whole summary until its notes are written held megabytes.
		summary: "",
		summarySentence: firstSentence(repairMojibake(meeting.summary)),
		actionItems: [],
		decisions: items(meeting.decisions),
		keyInformation: items(meeting.keyInformation),
		topics: meeting.topics.map(repairMojibake),
		taskLines: [],
		...(meeting.sourceLink === undefined ? {} : { sourceLink: meeting.sourceLink }),
		...(meeting.importerId === undefined ? {} : { importerId: meeting.importerId }),
		dropped: [],
	};
	packStrings(copy);
	return copy;
}

function participantCopy(participant: Participant): Participant {
	return {
		name: participant.name,
		...(participant.qualifier === undefined ? {} : { qualifier: participant.qualifier }),
		...(participant.email === undefined ? {} : { email: participant.email }),
		contact: { ...participant.contact },
		attended: participant.attended,
	};
}

/** Puts the meeting's strings into one new string and each field on its
 * stretch of it: a single copy per meeting, tied to nothing else. */
function packStrings(meeting: Meeting): void {
	const parts: string[] = [];
	eachString(meeting, (text) => {
		parts.push(text);
		return text;
	});
	const pack = parts.join("");
	let at = 0;
	eachString(meeting, (text) => {
		const piece = pack.slice(at, at + text.length);
		at += text.length;
		return piece;
	});
}

/** Replaces every string a planning copy holds (its path and date are not
 * cut from the note) by `change` of it, always in the same order. */
function eachString(meeting: Meeting, change: (text: string) => string): void {
	meeting.title = change(meeting.title);
	meeting.summary = change(meeting.summary);
	if (meeting.summarySentence !== undefined) meeting.summarySentence = change(meeting.summarySentence);
	if (meeting.primaryPerson !== undefined) meeting.primaryPerson = change(meeting.primaryPerson);
	if (meeting.sourceLink !== undefined) meeting.sourceLink = change(meeting.sourceLink);
	if (meeting.importerId !== undefined) meeting.importerId = change(meeting.importerId);
	for (const participant of meeting.participants) {
		participant.name = change(participant.name);
		if (participant.qualifier !== undefined) participant.qualifier = change(participant.qualifier);
		if (participant.email !== undefined) participant.email = change(participant.email);
		const contact = participant.contact;
		for (const field of Object.keys(contact) as (keyof typeof contact)[]) {
			const value = contact[field];
			if (value !== undefined) contact[field] = change(value);
		}
	}
	for (const item of meeting.decisions) item.text = change(item.text);
	for (const item of meeting.keyInformation) item.text = change(item.text);
	for (let i = 0; i < meeting.topics.length; i++) meeting.topics[i] = change(meeting.topics[i]);
}
