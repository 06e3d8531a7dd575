// Plans a run's person-note work: every meeting of the run is turned into
// contributions, each participant is matched to one note (or a new one), and
// everything one note receives is grouped, so each note is read and written
// once per run.
import type { Meeting } from "../meeting/model";
import type { CrmSettings } from "../settings";
import { ownerNames } from "../settings";
import type { Ledger, WrittenParts } from "./ledger";
import type { RunReport } from "./run-types";
import type { MeetingInput } from "../people/merge";
import { contributionsOf } from "../people/contribution";
import type { ContributionContext } from "../people/contribution";
import { NameCache } from "../people/attribution";
import type { PeopleIndex } from "../people/identity";
import type { PersonNoteInfo } from "../people/person-note-info";
import { lookAlikes } from "../people/look-alike";
import { personNotePath } from "../people/file-name";

export interface PersonTarget {
	path: string;
	/** The person's name as first seen in this run (for a new note's title). */
	name: string;
	isNew: boolean;
	/** A meeting title for the template's {{title}}. */
	firstMeetingTitle: string;
	inputs: MeetingInput[];
}

export interface PeoplePlan {
	targets: PersonTarget[];
	/** Meeting path → person-note path → what the ledger said was written
	 * there, kept for notes this run could not write. */
	carriedOver: Record<string, Record<string, WrittenParts>>;
	/** Meetings that could not reach every person note they concern (a broken
	 * or ambiguous note): not marked done, so a later run finishes them. */
	incomplete: Set<string>;
}

export interface PlanContext {
	/** Gives the event loop a turn between meetings. */
	tick: () => Promise<void>;
	settings: CrmSettings;
	index: PeopleIndex;
	ledger: Ledger;
	linkText: (path: string) => string;
	report: RunReport;
}

export async function planPeople(meetings: Meeting[], ctx: PlanContext): Promise<PeoplePlan> {
	const { settings, index, ledger, report } = ctx;
	const owners = ownerNames(settings);
	const targets = new Map<string, PersonTarget>();
	const carriedOver: PeoplePlan["carriedOver"] = {};
	const incomplete = new Set<string>();
	const reportedBroken = new Set<string>();
	const ambiguous = new Map<string, RunReport["ambiguous"][number]>();
	const ordered = [...meetings].sort((a, b) => compare(a.path, b.path));
	// What a run asks again and again of the same few hundred names.
	const aliases = new Map<string, readonly string[]>();
	const aliasesOfName = (name: string): readonly string[] => {
		let known = aliases.get(name);
		if (known === undefined) {
			known = aliasesOf(index, name);
			aliases.set(name, known);
		}
		return known;
	};
	const newPaths = new Map<string, string | null>();
	const names = new NameCache();
	// A first run has no ledger to look meetings up in.
	const anyPrevious = !isEmpty(ledger.meetings);
	// One context for every meeting (contributionsOf keeps none of it).
	const meetingCtx: ContributionContext = { linkTarget: "", ownerNames: owners, factAttribution: settings.factAttribution, aliasesOf: aliasesOfName, names };

	for (const meeting of ordered) {
		await ctx.tick();
		const previous = (anyPrevious && ledger.meetings[meeting.path]?.written) || NOTHING_WRITTEN;
		const touched = new Set<string>();
		meetingCtx.linkTarget = ctx.linkText(meeting.path);
		const contributions = contributionsOf(meeting, meetingCtx);
		for (const participant of meeting.participants) {
			const contribution = contributions.get(participant.name);
			if (!contribution) continue;
			const resolution = index.resolve(participant.name, participant.email);
			let path: string;
			let isNew = false;
			if (resolution.kind === "found") {
				path = resolution.note.path;
			} else if (resolution.kind === "broken") {
				incomplete.add(meeting.path);
				keep(carriedOver, meeting.path, resolution.note.path, previous[resolution.note.path]);
				if (!reportedBroken.has(resolution.note.path)) {
					reportedBroken.add(resolution.note.path);
					report.skipped.push({ path: resolution.note.path, reason: `person note left untouched: ${resolution.note.brokenReason ?? "its frontmatter is broken"}` });
				}
				continue;
			} else if (resolution.kind === "ambiguous") {
				incomplete.add(meeting.path);
				const key = participant.name.normalize("NFC").toLowerCase();
				const entry = ambiguous.get(key) ?? { name: participant.name, notes: resolution.notes.map((n) => n.path).sort(compare), meetings: [] };
				entry.meetings.push(meeting.path);
				ambiguous.set(key, entry);
				for (const note of resolution.notes) keep(carriedOver, meeting.path, note.path, previous[note.path]);
				continue;
			} else {
				let newPath = newPaths.get(participant.name);
				if (newPath === undefined) {
					newPath = personNotePath(participant.name, settings.peopleFolder);
					newPaths.set(participant.name, newPath);
					// The look-alikes of a new person, reported once (its path
					// follows from its name).
					if (newPath !== null) {
						const similar = lookAlikes(index, participant.name).map((n: PersonNoteInfo) => n.path).sort(compare);
						if (similar.length > 0) report.lookAlikes.push({ name: participant.name, note: newPath, similarTo: similar });
					}
				}
				if (newPath === null) {
					report.skipped.push({ path: meeting.path, reason: `"${participant.name}" cannot be made into a note name, so no person note was written for it` });
					continue;
				}
				path = newPath;
				isNew = true;
			}
			let target = targets.get(path);
			if (!target) {
				target = { path, name: participant.name, isNew, firstMeetingTitle: meeting.title, inputs: [] };
				targets.set(path, target);
			}
			if (touched.has(path)) {
				// Two spellings of one person in one meeting: one contribution is enough.
				continue;
			}
			touched.add(path);
			target.inputs.push({ meetingPath: meeting.path, contribution, previous: previous === NOTHING_WRITTEN ? undefined : previous[path] });
		}
		if (previous === NOTHING_WRITTEN) continue;
		// Notes this meeting wrote to before but no longer concerns: their lines go.
		for (const [notePath, parts] of Object.entries(previous)) {
			if (touched.has(notePath) || carriedOver[meeting.path]?.[notePath]) continue;
			let target = targets.get(notePath);
			if (!target) {
				target = { path: notePath, name: "", isNew: false, firstMeetingTitle: meeting.title, inputs: [] };
				targets.set(notePath, target);
			}
			target.inputs.push({ meetingPath: meeting.path, contribution: null, previous: parts });
		}
	}
	report.ambiguous.push(...[...ambiguous.values()].sort((a, b) => compare(a.name, b.name)));
	return { targets: [...targets.values()].sort((a, b) => compare(a.path, b.path)), carriedOver, incomplete };
}

const NOTHING_WRITTEN: Record<string, WrittenParts> = Object.freeze({});

function isEmpty(record: object): boolean {
	for (const key in record) if (Object.prototype.hasOwnProperty.call(record, key)) return false;
	return true;
}

function keep(carried: PeoplePlan["carriedOver"], meetingPath: string, notePath: string, parts: WrittenParts | undefined): void {
	if (!parts) return;
	(carried[meetingPath] ??= {})[notePath] = parts;
}

function aliasesOf(index: PeopleIndex, name: string): string[] {
	const resolution = index.resolve(name);
	if (resolution.kind !== "found") return [];
	return [resolution.note.basename, ...(resolution.note.title ? [resolution.note.title] : []), ...resolution.note.aliases];
}

/** Code-point order: the same on every machine and locale. */
export function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
