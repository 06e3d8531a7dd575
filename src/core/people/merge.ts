// Updating a person note with what meetings contributed (SPEC section 2,
// "Updating a person note"). The plugin owns only some parts of the note —
// frontmatter `last_contact` and `aliases`, blank contact cells, the topics
// line and its entry lines — and changes nothing else, byte for byte.
import { readFrontmatter } from "../markdown/frontmatter";
import { splitLines } from "../markdown/lines";
import type { NoteLines } from "../markdown/lines";
import { IndexedNote } from "../markdown/sections";
import type { WrittenParts } from "../sync/ledger";
import { packParts } from "../sync/ledger-store";
import { mergeContact } from "./merge-contact";
import { mergeEntrySection } from "./merge-entries";
import { mergeFrontmatter } from "./merge-frontmatter";
import { planMerge } from "./merge-order";
import type { MeetingInput } from "./merge-plan";
import { mergeTopics } from "./merge-topics";

export type { MeetingInput } from "./merge-plan";

export type MergeResult =
	/** The new text, and per meeting path what was written or kept for it
	 * (to store in the ledger as the meeting's `previous` next time). */
	| { kind: "ok"; text: string; written: Record<string, WrittenParts> }
	/** The note cannot be updated safely (broken frontmatter): left as is. */
	| { kind: "error"; reason: string };

/**
 * Merges meetings into a person note. Idempotent; meetings merged together
 * or one at a time in any order give the same text (contact cells excepted
 * when two meetings give different values for one cell: the first merged
 * fills it).
 */
export function mergePersonNote(current: string, noteBasename: string, meetings: readonly MeetingInput[]): MergeResult {
	const frontmatter = readFrontmatter(current);
	if (frontmatter.kind === "error") return { kind: "error", reason: `the person note's ${frontmatter.reason}` };
	const data = frontmatter.kind === "ok" ? frontmatter.data : {};
	const merge = planMerge(meetings);
	const plans = merge.plans;
	const note = splitLines(current);
	// One scan of the note serves every section; the edits keep it current.
	const indexed = new IndexedNote(note);
	mergeEntrySection(indexed, "recentContext", merge);
	mergeEntrySection(indexed, "keyFacts", merge);
	mergeEntrySection(indexed, "keyDecisions", merge);
	mergeTopics(indexed, plans);
	mergeContact(indexed, plans);
	// Last: the frontmatter is edited as plain lines, which the index does not follow.
	mergeFrontmatter(note, data, noteBasename, plans);
	const written: Record<string, WrittenParts> = {};
	for (const plan of plans) written[plan.path] = packParts(plan.written);
	return { kind: "ok", text: joinNote(note), written };
}

/** joinLines (lines.ts), as one string built at once: a note may run to
 * tens of thousands of lines, which string concatenation would chain. */
function joinNote(note: NoteLines): string {
	const { lines, endings } = note;
	const last = lines.length - 1;
	// Usually every line ends the same way: the engine's join with that
	// ending as separator builds the text without a list of pieces.
	const eol = last > 0 ? endings[0] : endings[last];
	let uniform = note.bom === "" && (endings[last] === "" || endings[last] === eol);
	for (let i = 1; uniform && i < last; i++) uniform = endings[i] === eol;
	if (uniform) {
		if (endings[last] === "") return lines.join(eol);
		// A final line ending: an empty last piece after one more separator.
		lines.push("");
		const text = lines.join(eol);
		lines.pop();
		return text;
	}
	const pieces = new Array<string>(lines.length * 2 + 1);
	pieces[0] = note.bom;
	for (let i = 0; i < lines.length; i++) {
		pieces[2 * i + 1] = lines[i];
		pieces[2 * i + 2] = endings[i];
	}
	return pieces.join("");
}
