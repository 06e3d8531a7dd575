// A person-note merge in steps (SPEC section 7: no stretch of work longer
// than 50 ms without yielding). A note may gather thousands of meetings and
// millions of characters: the merge yields between its phases, and inside
// those that grow with the note (planning its meetings, joining its lines),
// so a run can give the event loop a turn in between. mergePersonNote
// (merge.ts) runs the same steps at once.
import { readFrontmatter } from "../markdown/frontmatter";
import { splitLines } from "../markdown/lines";
import { IndexedNote } from "../markdown/sections";
import type { WrittenParts } from "../sync/ledger";
import { packParts } from "../sync/ledger-store";
import { mergeContact } from "./merge-contact";
import { mergeEntrySection } from "./merge-entries";
import { mergeFrontmatter } from "./merge-frontmatter";
import { joinNoteSteps } from "./merge-join";
import { planMergeSteps } from "./merge-order";
import { ENTRY_PARTS } from "./merge-plan";
import type { MeetingInput } from "./merge-plan";
import { mergeTopics } from "./merge-topics";

export type MergeResult =
	/** The new text, and per meeting path what was written or kept for it
	 * (to store in the ledger as the meeting's `previous` next time). */
	| { kind: "ok"; text: string; written: Record<string, WrittenParts> }
	/** The note cannot be updated safely (broken frontmatter): left as is. */
	| { kind: "error"; reason: string };

/** Work that yields (nothing) between its steps and returns a T at the end. */
export type Steps<T> = Generator<void, T, void>;

/** The merge of mergePersonNote, yielding between its steps. */
export function* mergeSteps(current: string, noteBasename: string, meetings: readonly MeetingInput[]): Steps<MergeResult> {
	const frontmatter = readFrontmatter(current);
	if (frontmatter.kind === "error") return { kind: "error", reason: `the person note's ${frontmatter.reason}` };
	const data = frontmatter.kind === "ok" ? frontmatter.data : {};
	const merge = yield* planMergeSteps(meetings);
	const plans = merge.plans;
	yield;
	const note = splitLines(current);
	// One scan of the note serves every section; the edits keep it current.
	const indexed = new IndexedNote(note);
	yield;
	for (const part of ENTRY_PARTS) {
		mergeEntrySection(indexed, part, merge);
		yield;
	}
	mergeTopics(indexed, plans);
	yield;
	mergeContact(indexed, plans);
	// Last: the frontmatter is edited as plain lines, which the index does not follow.
	mergeFrontmatter(note, data, noteBasename, plans);
	yield;
	const written: Record<string, WrittenParts> = {};
	for (const plan of plans) written[plan.path] = packParts(plan.written);
	yield;
	return { kind: "ok", text: yield* joinNoteSteps(note), written };
}

/** Runs work to its end at once. */
export function runSteps<T>(steps: Steps<T>): T {
	let step = steps.next();
	while (!step.done) step = steps.next();
	return step.value;
}
