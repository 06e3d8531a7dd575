// The meeting-note reader (SPEC section 1): a note's text in, the Meeting
// model out — or why it is not one. Pure and total: it never throws.
import { readFrontmatter } from "../markdown/frontmatter";
import { hasMeetingMarker, importerIdOf, isOptedOut, rawLooksLikeMeeting } from "./classify";
import { meetingDate } from "./dates";
import type { NoteLayout } from "./layout";
import { noteLines, scanNote } from "./layout";
import type { DroppedEntry, Meeting, ReadResult, ReaderOptions } from "./model";
import type { EntryRead } from "./names";
import { readEntryList, readEntryText, unquotedWikilink } from "./names";
import { markAttendance, oneOnOneCandidates } from "./one-on-one";
import { collectParticipants } from "./participants";
import type { SectionLine } from "./sections";
import { readItems, readParagraphs, sectionLines, sectionTexts } from "./sections";
import { findTaskLines } from "./task-lines";
import { readTopics } from "./topics";
import { scalarText, splitCommaList } from "./text";

export { looksLikeMeeting } from "./classify";

const NOT_MEETING: ReadResult = Object.freeze({ kind: "not-meeting" });
const LIST_ITEM_SUFFIX = / [-–—] .*$/;

/** Reads a meeting note. Never throws: a note it cannot read is skipped with the reason. */
export function readMeetingNote(text: string, path: string, options: ReaderOptions): ReadResult {
	try {
		return read(text, path, options);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { kind: "skipped", reason: `the note could not be read: ${message.split("\n")[0].slice(0, 200)}` };
	}
}

/** The file name without folders and `.md`. */
export function basenameOf(path: string): string {
	const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
	return name.replace(/\.md$/i, "");
}

function read(text: string, path: string, options: ReaderOptions): ReadResult {
	if (typeof text !== "string") return NOT_MEETING;
	const frontmatter = readFrontmatter(text);
	if (frontmatter.kind === "none") return NOT_MEETING;
	const lines = noteLines(text);
	if (frontmatter.kind === "error") {
		return rawLooksLikeMeeting(lines, frontmatter.endLine, options) ? { kind: "skipped", reason: frontmatter.reason } : NOT_MEETING;
	}
	const data = frontmatter.data;
	if (isOptedOut(data) || !hasMeetingMarker(data, options)) return NOT_MEETING;
	const layout = scanNote(text, lines, frontmatter.endLine + 1);
	if (layout.privateTag) return NOT_MEETING;

	const basename = basenameOf(path);
	const date = meetingDate(data, layout.dateField, basename, options.timeZone);
	if ("reason" in date) return { kind: "skipped", reason: date.reason };

	const sections = sectionLines(layout);
	const person = personOf(data.person);
	// Concatenated, not spread into push(): a huge list would overflow the stack.
	let entries: EntryRead[] = [];
	for (const key of options.participantKeys ?? []) entries = entries.concat(readEntryList(data[key]));
	for (const field of layout.withFields) entries = entries.concat(readEntryList(field));
	entries = entries.concat(attendeesSectionEntries(sections.get("attendees")));
	if (person) entries.push(readEntryText(person));
	const { participants, ownerPresent, dropped } = collectParticipants(entries, options);
	if (participants.length === 0) return { kind: "skipped", reason: noParticipantsReason(ownerPresent, dropped) };

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
		actionItems: readItems(sections.get("actionItems") ?? []),
		decisions: readItems(sections.get("decisions") ?? []),
		keyInformation: readItems(sections.get("keyInformation") ?? []),
		topics: readTopics(
			readItems(topicsSection ?? []).map((item) => item.text.split("\n")[0]),
			readParagraphs(sectionTexts(topicsSection)),
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
	return { kind: "meeting", meeting };
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
function attendeesSectionEntries(section: SectionLine[] | undefined): EntryRead[] {
	if (!section) return [];
	const items = readItems(section);
	if (items.length > 0) {
		// "Alice Smith - Product" names Alice Smith; the rest describes her.
		return items.map((item) => readEntryText(item.text.split("\n")[0].replace(LIST_ITEM_SUFFIX, "")));
	}
	return readParagraphs(sectionTexts(section)).flatMap((paragraph) => splitCommaList(paragraph).map(readEntryText));
}

function summaryOf(layout: NoteLayout, section: SectionLine[] | undefined): string {
	const fromSection = readParagraphs(sectionTexts(section));
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

