// The meeting as the rest of a run needs it: what a person note copies
// from it, repaired, in strings of its own. A run holds every meeting of the
// vault until its person notes are written; cut from the note's text, the
// strings would keep all those texts alive too.
import type { Meeting, Participant, SectionItem } from "../meeting/model";
import { lineAt, noteLines } from "../meeting/note-lines";
import { repairMojibake } from "../tasks/mojibake";
import { detached } from "./text-patch";

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
	const items = (list: SectionItem[]) => list.filter((item) => !isTask(item.line)).map((item) => ({ text: repaired(item.text), line: item.line }));
	return {
		path: meeting.path,
		title: repaired(meeting.title),
		date: meeting.date,
		participants: meeting.participants.map(participantCopy),
		ownerPresent: meeting.ownerPresent,
		...(meeting.primaryPerson === undefined ? {} : { primaryPerson: detached(meeting.primaryPerson) }),
		oneOnOne: meeting.oneOnOne,
		summary: repaired(meeting.summary),
		actionItems: [],
		decisions: items(meeting.decisions),
		keyInformation: items(meeting.keyInformation),
		topics: meeting.topics.map(repaired),
		taskLines: [],
		...(meeting.sourceLink === undefined ? {} : { sourceLink: detached(meeting.sourceLink) }),
		...(meeting.importerId === undefined ? {} : { importerId: detached(meeting.importerId) }),
		dropped: [],
	};
}

function repaired(text: string): string {
	return detached(repairMojibake(text));
}

function participantCopy(participant: Participant): Participant {
	const contact: Participant["contact"] = {};
	for (const [field, value] of Object.entries(participant.contact) as [keyof Participant["contact"], string][]) contact[field] = detached(value);
	return {
		name: detached(participant.name),
		...(participant.qualifier === undefined ? {} : { qualifier: detached(participant.qualifier) }),
		...(participant.email === undefined ? {} : { email: detached(participant.email) }),
		contact,
		attended: participant.attended,
	};
}
