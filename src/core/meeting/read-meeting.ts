// The meeting-note reader (SPEC section 1): a note's text in, the Meeting
// model out — or why it is not one. Pure and total: it never throws.
import { readFrontmatter } from "../markdown/frontmatter";
import type { FrontmatterResult } from "../markdown/frontmatter";
import { hasMeetingMarker, importerIdOf, isOptedOut, rawLooksLikeMeeting } from "./classify";
import { meetingDate } from "./dates";
import type { NoteLayout } from "./layout";
import { scanNote } from "./layout";
import type { NoteLines } from "./note-lines";
import { noteLines } from "./note-lines";
import type { DroppedEntry, Meeting, ReadResult, ReaderOptions } from "./model";
import type { EntryRead, EntryTextReader } from "./names";
import { memoEntryReader, readEntryList, readEntryText, unquotedWikilink } from "./names";
import { markAttendance, oneOnOneCandidates } from "./one-on-one";
import { collectParticipants } from "./participants";
import type { SectionKind, SectionLines } from "./sections";
import { readItems, readParagraphs, sectionLines, sectionTexts } from "./sections";
import { findTaskLines } from "./task-lines";
import { readTopics } from "./topics";
import { scalarText, splitCommaList } from "./text";

export { looksLikeMeeting } from "./classify";

const NOT_MEETING: ReadResult = Object.freeze({ kind: "not-meeting" });
const LIST_ITEM_SUFFIX = / [-–—] .*$/;

/**
 * Reads a meeting note. Never throws: a note it cannot read is skipped with
 * the reason. `frontmatter`, when given, must be readFrontmatter(text): a run
 * that parsed it already (to find person notes) does not parse it again.
 */
export function readMeetingNote(text: string, path: string, options: ReaderOptions, frontmatter?: FrontmatterResult): ReadResult {
	return readMeetingWithBasis(text, path, options, frontmatter).result;
}

/** What a read of a meeting note keeps to read the note again cheaply
 * after an edit of its task lines (see reread.ts). */
export interface RereadBasis {
	text: string;
	frontmatter: FrontmatterResult;
	/** The first line after the frontmatter. */
	bodyStart: number;
	sections: Map<SectionKind, SectionLines>;
}

export interface MeetingReading {
	result: ReadResult;
	/** Set when the result is a meeting. */
	basis?: RereadBasis;
}

/** readMeetingNote, and what a read again after a task-line edit can start from. */
export function readMeetingWithBasis(text: string, path: string, options: ReaderOptions, frontmatter?: FrontmatterResult): MeetingReading {
	try {
		return read(text, path, options, frontmatter);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { result: { kind: "skipped", reason: `the note could not be read: ${message.split("\n")[0].slice(0, 200)}` } };
	}
}

/** The file name without folders and `.md`. */
export function basenameOf(path: string): string {
	const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
	return name.replace(/\.md$/i, "");
}

const NOT_A_MEETING: MeetingReading = Object.freeze({ result: NOT_MEETING });

function skipped(reason: string): MeetingReading {
	return { result: { kind: "skipped", reason } };
}

function read(text: string, path: string, options: ReaderOptions, known: FrontmatterResult | undefined): MeetingReading {
	if (typeof text !== "string") return NOT_A_MEETING;
	const frontmatter = known ?? readFrontmatter(text);
	if (frontmatter.kind === "none") return NOT_A_MEETING;
	const note = noteLines(text);
	if (frontmatter.kind === "error") {
		return rawLooksLikeMeeting(note, frontmatter.endLine, options) ? skipped(frontmatter.reason) : NOT_A_MEETING;
	}
	const data = frontmatter.data;
	if (isOptedOut(data) || !hasMeetingMarker(data, options)) return NOT_A_MEETING;
	const bodyStart = frontmatter.endLine + 1;
	const layout = scanNote(note, bodyStart);
	if (layout.privateTag) return NOT_A_MEETING;

	const basename = basenameOf(path);
	const date = meetingDate(data, layout.dateField, basename, options.timeZone);
	if ("reason" in date) return skipped(date.reason);

	const sections = sectionLines(layout);
	const person = personOf(data.person);
	const readText = memoEntryReader();
	// Concatenated, not spread into push(): a huge list would overflow the stack.
	let entries: EntryRead[] = [];
	for (const key of options.participantKeys ?? []) entries = entries.concat(readEntryList(data[key], readText));
	for (const field of layout.withFields) entries = entries.concat(readEntryList(field, readText));
	entries = entries.concat(attendeesSectionEntries(note, sections.get("attendees"), readText));
	if (person) entries.push(readText(person));
	const { participants, ownerPresent, dropped } = collectParticipants(entries, options);
	if (participants.length === 0) return skipped(noParticipantsReason(ownerPresent, dropped));

	const title = titleOf(data.title, layout, basename);
	const oneOnOne = markAttendance(participants, oneOnOneCandidates(title, person, options.ownerNames ?? []), options);
	const primary = person ? primaryPersonOf(person, participants) : undefined;
	const topicsSection = sections.get("topics");
	const meeting: Meeting = {
		path,
		title,
		date: date.date,
		participants,
		ownerPresent: ownerPresent || oneOnOne,
		oneOnOne,
		summary: summaryOf(layout, sections.get("summary")),
		actionItems: readItems(note, sections.get("actionItems")),
		decisions: readItems(note, sections.get("decisions")),
		keyInformation: readItems(note, sections.get("keyInformation")),
		topics: readTopics(
			readItems(note, topicsSection).map((item) => firstLine(item.text)),
			readParagraphs(sectionTexts(note, topicsSection)),
			data.topics,
			title,
		),
		taskLines: findTaskLines(layout),
		dropped,
	};
	if (primary) meeting.primaryPerson = primary;
	if (layout.sourceLink) meeting.sourceLink = layout.sourceLink;
	const importerId = importerIdOf(data);
	if (importerId) meeting.importerId = importerId;
	return { result: { kind: "meeting", meeting }, basis: { text, frontmatter, bodyStart, sections } };
}

/** frontmatter `person` when it names someone: a string, `[[Name]]` even unquoted, or the first of a list. */
function personOf(value: unknown): string | undefined {
	const link = unquotedWikilink(value);
	if (link !== null) return link.trim() || undefined;
	const raw = Array.isArray(value) ? scalarText(value.find((entry) => scalarText(entry).trim() !== "")) : scalarText(value);
	return raw.trim() ? raw.trim() : undefined;
}

function primaryPersonOf(person: string, participants: Meeting["participants"]): string | undefined {
	const read = readEntryText(person);
	if (read.kind !== "person") return undefined;
	const key = read.name.toLowerCase();
	return participants.find((participant) => participant.name.toLowerCase() === key)?.name;
}

function titleOf(value: unknown, layout: NoteLayout, basename: string): string {
	const fromFrontmatter = scalarText(value).trim();
	if (fromFrontmatter) return fromFrontmatter;
	if (layout.firstTitleHeading) return layout.firstTitleHeading;
	return basename;
}

/** People listed under `## Attendees` / `## Participants`: one per item, or a comma-separated line. */
function attendeesSectionEntries(note: NoteLines, section: SectionLines | undefined, readText: EntryTextReader): EntryRead[] {
	if (!section) return [];
	const items = readItems(note, section);
	if (items.length > 0) {
		// "Alice Smith - Product" names Alice Smith; the rest describes her.
		return items.map((item) => readText(firstLine(item.text).replace(LIST_ITEM_SUFFIX, "")));
	}
	return readParagraphs(sectionTexts(note, section)).flatMap((paragraph) => splitCommaList(paragraph).map(readText));
}

function firstLine(text: string): string {
	const end = text.indexOf("\n");
	return end === -1 ? text : text.slice(0, end);
}

function summaryOf(layout: NoteLayout, section: SectionLines | undefined): string {
	const fromSection = readParagraphs(sectionTexts(layout.note, section));
	if (fromSection.length > 0) return fromSection.join("\n");
	return readParagraphs(layout.summaryCallout).join("\n");
}

function noParticipantsReason(ownerPresent: boolean, dropped: DroppedEntry[]): string {
	if (dropped.length > 0) {
		const names = dropped.slice(0, 3).map((entry) => `"${entry.entry}" (${entry.reason})`).join(", ");
		const more = dropped.length > 3 ? `, and ${dropped.length - 3} more` : "";
		return `no participants${ownerPresent ? " other than you" : ""}: every entry was dropped: ${names}${more}`;
	}
	if (ownerPresent) return "no participants other than you: add the people you met to \"participants\"";
	return "no participants: add a \"participants\" list to the frontmatter";
}

