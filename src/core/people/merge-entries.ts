// Merging entry lines (Recent Context, Key Facts, Key Decisions) into their
// section. A new line goes right before the first entry line already there
// that sorts after it, else right after the last entry line, else at the end
// of the section's text: the user's lines stay where they are, and adding
// meetings one at a time in any order gives the same section. Only the
// section's own text counts: a subsection under it is the user's.
// All of a section's new lines go in with one edit, in one pass over the note.
import { appendToSection, ensureSection, findSection } from "../markdown/sections";
import type { IndexedNote, Section } from "../markdown/sections";
import { isBlank } from "../markdown/line-edit";
import { compareEntries, ENTRY_SECTIONS, entryIdentityIf, parseEntry } from "./entries";
import type { EntryKey, EntryPart } from "./entries";
import { goneByUser, StaleLines } from "./freshness";
import type { MeetingPlan } from "./merge-plan";
import type { MergePlans } from "./merge-order";

interface NewEntry extends EntryKey {
	line: string;
}

/** An entry line already in the section. */
interface ExistingEntry {
	index: number;
	line: string;
	date: string;
	link: string;
}

/** What a section holds before lines are added. */
interface SectionLines {
	entries: ExistingEntry[];
	/** The lines of its own text (trimmed at the end) that a meeting of the
	 * merge may have written: all of them, or with distinct links, the entry
	 * lines with one of their links. */
	present: Set<string>;
	/** The links of its entry lines. */
	links: Set<string>;
}

/** One meeting's new lines for the section. */
interface Run {
	lines: readonly string[];
	/** Each line's position in the meeting; null: all its lines, in order. */
	positions: readonly number[] | null;
}

/** Refreshes and adds the entries of a merge's meetings in one section. */
export function mergeEntrySection(note: IndexedNote, part: EntryPart, merge: MergePlans): void {
	if (!merge.parts.has(part)) return;
	const { plans, order } = merge;
	const name = ENTRY_SECTIONS[part];
	if (merge.hasPrevious) removeStale(note, part, plans);
	const found = findSection(note, name);
	const section = readSection(note, part, found, order?.links ?? null);
	const additions: NewEntry[] = [];
	const newLines: string[] = [];
	if (order) {
		// Meetings in entry order, each one's lines in its own order: the new
		// lines come out sorted. Keys are only needed to place them among
		// entries already there.
		for (const plan of part === "recentContext" ? order.recent : order.facts) {
			const run = newLinesOf(plan, part, section, true);
			if (!run) continue;
			if (section.entries.length > 0) addRun(additions, plan, run);
			else for (const line of run.lines) newLines.push(line);
		}
	} else {
		for (const plan of plans) {
			const run = newLinesOf(plan, part, section, false);
			if (run) addRun(additions, plan, run);
		}
		additions.sort((a, b) => compareEntries(part, a, b));
	}
	if (section.entries.length > 0 && found) {
		if (additions.length > 0) insertEntries(note, part, section.entries, additions, positionsOf(plans, part, section));
		return;
	}
	for (const entry of additions) newLines.push(entry.line);
	// Entry lines are list items: no index needs to read them.
	if (newLines.length > 0) appendToSection(note, found ?? ensureSection(note, name), newLines, false, true);
}

function addRun(additions: NewEntry[], plan: MeetingPlan, run: Run): void {
	const contribution = plan.contribution;
	if (!contribution) return;
	run.lines.forEach((line, at) => additions.push({ line, date: contribution.date, link: contribution.linkTarget, position: run.positions?.[at] ?? at }));
}

function readSection(note: IndexedNote, part: EntryPart, found: Section | null, links: ReadonlySet<string> | null): SectionLines {
	const section: SectionLines = { entries: [], present: new Set(), links: new Set() };
	if (!found) return section;
	for (let i = found.start; i < found.ownEnd; i++) {
		if (note.isNonText(i)) continue;
		const line = note.lines[i].trimEnd();
		const entry = parseEntry(part, line);
		if (!links || (entry && links.has(entry.link))) section.present.add(line);
		if (!entry) continue;
		section.links.add(entry.link);
		section.entries.push({ index: i, line, ...entry });
	}
	return section;
}

/**
 * The lines one meeting adds to the section, and what it writes there for
 * the ledger: its lines already there, or gone by the user's hand, are
 * written (kept) but not added. Without distinct links, lines added are
 * also taken as present for the meetings after it.
 */
function newLinesOf(plan: MeetingPlan, part: EntryPart, section: SectionLines, distinct: boolean): Run | null {
	const contribution = plan.contribution;
	const lines = plan.lines[part];
	if (!contribution || lines.length === 0) return null;
	const hashes = plan.hashes[part];
	const link = contribution.linkTarget;
	const mayBePresent = !distinct || section.links.has(link);
	// Usually every line is new: nothing is copied until one is not.
	let added: number[] | null = null;
	let skipped: number[] | null = null;
	for (let position = 0; position < lines.length; position++) {
		const line = lines[position];
		let add = !(mayBePresent && section.present.has(line)) && !goneByUser(plan, part, hashes[position]);
		// One Recent Context line per meeting: one the user kept or edited wins.
		if (add && part === "recentContext" && section.links.has(link)) {
			(skipped ??= []).push(position);
			add = false;
		}
		if (!add) {
			added ??= lines.slice(0, position).map((_, at) => at);
			continue;
		}
		added?.push(position);
		if (!distinct) section.present.add(line);
		if (part === "recentContext" && !distinct) section.links.add(link);
	}
	const written = skipped ? hashes.filter((_, position) => !skipped.includes(position)) : hashes;
	if (written.length > 0) plan.written[part] = written.join(" ");
	if (added === null) return { lines, positions: null };
	return added.length === 0 ? null : { lines: added.map((position) => lines[position]), positions: added };
}

/** The position in its meeting of each existing line a meeting of this merge
 * writes (only lines already there need one). */
function positionsOf(plans: readonly MeetingPlan[], part: EntryPart, section: SectionLines): Map<string, number> {
	const positions = new Map<string, number>();
	for (const plan of plans) {
		if (!plan.contribution) continue;
		const lines = plan.lines[part];
		for (let position = 0; position < lines.length; position++) if (section.present.has(lines[position])) positions.set(lines[position], position);
	}
	return positions;
}

/** Removes each stale line of the section once, where it is still verbatim. */
function removeStale(note: IndexedNote, part: EntryPart, plans: readonly MeetingPlan[]): void {
	const stale = new StaleLines(part, plans);
	if (stale.size === 0) return;
	const section = findSection(note, ENTRY_SECTIONS[part]);
	if (!section) return;
	const drop = new Set<number>();
	const mayClaim = (link: string | null): boolean => stale.mayClaim(link);
	for (let i = section.start; i < section.ownEnd && stale.size > 0; i++) {
		if (note.isNonText(i)) continue;
		const identity = entryIdentityIf(part, note.lines[i].trimEnd(), mayClaim);
		if (identity && stale.take(identity)) drop.add(i);
	}
	for (const blank of blanksLeftOver(note, section, drop)) drop.add(blank);
	note.removeLines(drop);
}

/** The blank line that framed a removed run of lines and is now one too many
 * (two blank lines in a row, or a blank line ending the note): adding the
 * lines brought it, removing them takes it back. */
function blanksLeftOver(note: IndexedNote, section: Section, drop: ReadonlySet<number>): number[] {
	const extra: number[] = [];
	const last = note.contentEnd();
	for (const first of drop) {
		if (drop.has(first - 1)) continue;
		let end = first;
		while (drop.has(end + 1)) end++;
		const before = first - 1;
		const after = end + 1;
		if (before < section.start || !isBlank(note.lines[before])) continue;
		if (after >= last) extra.push(before);
		else if (isBlank(note.lines[after]) && !drop.has(after)) extra.push(after);
	}
	return extra;
}

function insertEntries(note: IndexedNote, part: EntryPart, existing: readonly ExistingEntry[], additions: readonly NewEntry[], positions: Map<string, number>): void {
	const compare = (a: EntryKey, b: EntryKey): number => compareEntries(part, a, b);
	const keys = existing.map((entry): EntryKey => ({ date: entry.date, link: entry.link, position: positions.get(entry.line) ?? -Infinity }));
	// The running maximum tells, by binary search, the first entry in
	// document order that sorts after a key, even when the user reordered them.
	const runningMax: EntryKey[] = [];
	for (const key of keys) {
		const last = runningMax[runningMax.length - 1];
		runningMax.push(last && compare(last, key) > 0 ? last : key);
	}
	const groups = new Map<number, string[]>();
	for (const addition of additions) {
		let low = 0;
		let high = existing.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compare(runningMax[middle], addition) > 0) high = middle;
			else low = middle + 1;
		}
		const at = low < existing.length ? existing[low].index : existing[existing.length - 1].index + 1;
		const group = groups.get(at) ?? [];
		group.push(addition.line);
		groups.set(at, group);
	}
	note.insertGroups(groups, true);
}
