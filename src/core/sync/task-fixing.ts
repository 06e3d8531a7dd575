// Task lines of meeting notes: the context the rewriter needs (who is a known
// person, which note they have) and the planned write for one note.
import type { CrmSettings } from "../settings";
import type { Meeting } from "../meeting/model";
import type { PersonNoteInfo } from "../people/person-note-info";
import { rewriteTaskLines } from "../tasks/rewrite";
import type { TaskRewriteContext } from "../tasks/rewrite";
import type { PlannedWrite } from "./planned-write";

export function taskContext(settings: CrmSettings, people: PersonNoteInfo[], meetings: Meeting[]): TaskRewriteContext {
	const names = new Set<string>();
	const noteBasenames: Record<string, string> = {};
	for (const person of people) {
		const name = person.title ?? person.basename;
		names.add(name);
		noteBasenames[name] = person.basename;
		for (const alias of person.aliases) {
			names.add(alias);
			noteBasenames[alias] = person.basename;
		}
	}
	for (const meeting of meetings) for (const participant of meeting.participants) names.add(participant.name);
	return { ownerName: settings.yourName.trim(), knownNames: [...names], mentionStyle: settings.mentionStyle, noteBasenames };
}

/** The write that fixes a meeting note's task lines, or null when none change. */
export function planTaskFix(path: string, text: string, ctx: TaskRewriteContext, settings: CrmSettings): PlannedWrite | null {
	const fix = (current: string) => ({ text: rewriteTaskLines(current, ctx, { wholeNoteRepair: settings.wholeNoteMojibakeRepair }).text });
	const after = fix(text).text;
	if (after === text) return null;
	return { path, kind: "update", before: text, after, redo: fix, counts: "tasks" };
}
