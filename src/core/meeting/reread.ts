// Reading a meeting note again after its task lines were rewritten. A run
// fixes task lines and copies what the fixed note says into person notes, so
// that this run and the next copy the same. The usual fix changes only task
// lines inside Action Items (emoji, owners): then the note's frontmatter,
// headings, fields and hidden lines are those of the first read, and only the
// task lines and the items of the sections holding a changed line are read
// again. Any other edit is read in full (the frontmatter parse reused when its
// lines did not change). The result is always what readMeetingNote gives.
import type { FrontmatterResult } from "../markdown/frontmatter";
import type { Meeting, ReadResult, ReaderOptions, TaskLineRef } from "./model";
import type { NoteLines } from "./note-lines";
import { lineAt, lineCount, noteLines } from "./note-lines";
import type { RereadBasis } from "./read-meeting";
import { readMeetingNote } from "./read-meeting";
import type { SectionKind, SectionLines } from "./sections";
import { BREAK, readItems } from "./sections";
import { isTaskLine } from "./task-lines";

/** Sections whose items are all a changed task line can alter (Summary,
 * Topics and Attendees feed other fields: those edits are read in full). */
const ITEM_SECTIONS = ["actionItems", "decisions", "keyInformation"] as const;
type ItemSection = (typeof ITEM_SECTIONS)[number];

/**
 * readMeetingNote(after, path, options) for a note read before as `meeting`
 * (unrepaired, as readMeetingNote gave it) with `basis`, from its text
 * `basis.text`.
 */
export function rereadAfterEdit(basis: RereadBasis, meeting: Meeting, after: string, path: string, options: ReaderOptions): ReadResult {
	const next = noteLines(after);
	try {
		const patched = patchTaskLineEdit(basis, meeting, next);
		if (patched) return { kind: "meeting", meeting: patched };
	} catch {
		// Whatever failed is read in full below, which reports it.
	}
	return readMeetingNote(after, path, options, sameFrontmatter(basis, next));
}

/** The meeting after an edit of task lines only, or null when the edit may change more. */
function patchTaskLineEdit(basis: RereadBasis, meeting: Meeting, next: NoteLines): Meeting | null {
	// Only task lines the first read saw (so in the body, outside anything hidden) may differ…
	const changed = changedTaskLines(basis.text, meeting.taskLines, next);
	if (changed === null) return null;
	const taskLines: TaskLineRef[] = meeting.taskLines.slice();
	const reread = new Set<ItemSection>();
	for (const index of changed) {
		const { raw, line } = taskLines[index];
		// …and each stays a task line with no other role, before and after.
		const now = lineAt(next, line);
		if (!isInertTaskLine(raw) || !isInertTaskLine(now)) return null;
		for (const [kind, lines] of basis.sections) {
			if (!holds(lines, line)) continue;
			if (!isItemSection(kind)) return null;
			reread.add(kind);
		}
		taskLines[index] = { raw: now, line };
	}
	const patched: Meeting = { ...meeting, taskLines };
	for (const kind of reread) patched[kind] = readItems(next, basis.sections.get(kind));
	return patched;
}

function isItemSection(kind: SectionKind): kind is ItemSection {
	return (ITEM_SECTIONS as readonly string[]).includes(kind);
}

/** Whether a section's lines (ascending, with BREAKs between parts) hold `line`. */
function holds(lines: SectionLines, line: number): boolean {
	if (lines.length === 0 || line < lines[0]) return false;
	let last = lines.length - 1;
	while (last > 0 && lines[last] === BREAK) last--;
	return line <= lines[last] && lines.includes(line);
}

/**
 * Which of `tasks` (the task lines of `text`, in order) `next` changed, or
 * null when it changed anything else. Compares the text between task lines
 * as a few long runs (one string comparison each) rather than line by line:
 * when `text` is exactly those runs with the old task lines between them and
 * `next` the same runs with its lines there, no line text but a task line's
 * differs, and lines and their endings are the same. (`text` holds each old
 * task line where the runs leave room for it: the first read cut them there.)
 */
function changedTaskLines(text: string, tasks: readonly TaskLineRef[], next: NoteLines): number[] | null {
	const after = next.text;
	const changed: number[] = [];
	// `from`: where the current run starts in `after`; `shift`: how much
	// further on than in `text` that is.
	let from = 0;
	let shift = 0;
	for (let index = 0; index < tasks.length; index++) {
		const { raw, line } = tasks[index];
		if (line >= lineCount(next)) return null;
		const start = next.starts[line];
		const end = next.ends[line];
		const at = from - shift;
		if (at < 0 || text.slice(at, start - shift) !== after.slice(from, start)) return null;
		if (end - start !== raw.length || after.slice(start, end) !== raw) changed.push(index);
		shift += end - start - raw.length;
		from = end;
	}
	if (text.length !== after.length - shift || from - shift < 0 || text.slice(from - shift) !== after.slice(from)) return null;
	return changed;
}

// A task line that is nothing else: a list marker without a quote before it
// (no callout, collapsed block or summary callout line), so no heading, code
// fence or field either (those start with "#", "`"/"~", "**", "__", "Source"
// or a word); and no <details>, inline code, callout mark or #private.
const PLAIN_TASK_LINE = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/u;

// A #private tag holds this in some ASCII case (nothing else folds to it);
// without inline code, a line without it cannot carry the tag.
const PRIVATE_WORD = /#private/i;

function isInertTaskLine(line: string): boolean {
	if (!PLAIN_TASK_LINE.test(line) || !isTaskLine(line)) return false;
	if (line.includes("<") || line.includes("`") || line.includes("~~~") || line.includes("[!")) return false;
	return !PRIVATE_WORD.test(line);
}

/** The first read's frontmatter when the edit left its lines alone. */
function sameFrontmatter(basis: RereadBasis, next: NoteLines): FrontmatterResult | undefined {
	const { frontmatter, text } = basis;
	// Only a closed block: what an unclosed one reads depends on the whole note.
	if (frontmatter.kind !== "ok") return undefined;
	const before = noteLines(text);
	// Up to the start of the line after the closing one: its ending included.
	const line = frontmatter.endLine + 1;
	if (line >= lineCount(before) || line >= lineCount(next)) return undefined;
	const end = before.starts[line];
	return next.starts[line] === end && next.text.startsWith(text.slice(0, end)) ? frontmatter : undefined;
}
