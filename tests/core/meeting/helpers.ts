// Shared helpers for the meeting-reader tests: default options, a note
// builder and a reader that fails the test with the skip reason.
import { expect } from "vitest";
import { readMeetingNote } from "../../../src/core/meeting/read-meeting";
import type { Meeting, ReadResult, ReaderOptions } from "../../../src/core/meeting/model";
import { DEFAULT_SETTINGS, ownerNames } from "../../../src/core/settings";

export const OPTIONS: ReaderOptions = {
	meetingSourceValues: [...DEFAULT_SETTINGS.meetingSourceValues],
	meetingTypeValues: [...DEFAULT_SETTINGS.meetingTypeValues],
	participantKeys: [...DEFAULT_SETTINGS.participantKeys],
	ownerNames: ownerNames({ yourName: "Jason Vallery", yourAliases: ["JV"] }),
	ignoreNames: [...DEFAULT_SETTINGS.ignoreNames],
	timeZone: "UTC",
};

/** A note with this frontmatter (YAML lines) and body. */
export function note(frontmatter: string, body = ""): string {
	return `---\n${frontmatter}\n---\n${body}`;
}

/** A meeting note with a date and the given participants line, plus more frontmatter and a body. */
export function meetingNote(body = "", extra = "", participants = "participants: [Alice Smith, Bob Jones]"): string {
	return note(`type: meeting\ndate: 2025-03-04\n${participants}${extra ? `\n${extra}` : ""}`, body);
}

export function read(text: string, options: Partial<ReaderOptions> = {}, path = "Meetings/Weekly sync.md"): ReadResult {
	return readMeetingNote(text, path, { ...OPTIONS, ...options });
}

/** Reads a note that must be a meeting note. */
export function readMeeting(text: string, options: Partial<ReaderOptions> = {}, path = "Meetings/Weekly sync.md"): Meeting {
	const result = read(text, options, path);
	if (result.kind !== "meeting") expect.fail(`expected a meeting, got ${JSON.stringify(result)}`);
	return result.meeting;
}

/** Reads a note that must be skipped, and returns the reason. */
export function skipReason(text: string, options: Partial<ReaderOptions> = {}, path = "Meetings/Weekly sync.md"): string {
	const result = read(text, options, path);
	if (result.kind !== "skipped") expect.fail(`expected a skip, got ${JSON.stringify(result).slice(0, 300)}`);
	return result.reason;
}

export function names(meeting: Meeting): string[] {
	return meeting.participants.map((participant) => participant.name);
}
