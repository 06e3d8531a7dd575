// Updating a person note with what meetings contributed (SPEC section 2,
// "Updating a person note"). The plugin owns only some parts of the note —
// frontmatter `last_contact` and `aliases`, blank contact cells, the topics
// line and its entry lines — and changes nothing else, byte for byte.
// The work itself is in merge-steps.ts, which a run drives step by step.
import type { MeetingInput } from "./merge-plan";
import { mergeSteps, runSteps } from "./merge-steps";
import type { MergeResult } from "./merge-steps";

export type { MeetingInput } from "./merge-plan";
export type { MergeResult } from "./merge-steps";

/**
 * Merges meetings into a person note. Idempotent; meetings merged together
 * or one at a time in any order give the same text (contact cells excepted
 * when two meetings give different values for one cell: the first merged
 * fills it).
 */
export function mergePersonNote(current: string, noteBasename: string, meetings: readonly MeetingInput[]): MergeResult {
	return runSteps(mergeSteps(current, noteBasename, meetings));
}
