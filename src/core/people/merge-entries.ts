// Merging entry lines (Recent Context, Key Facts, Key Decisions) into their
// section. A new line goes right before the first entry line already there
// that sorts after it, else right after the last entry line, else at the end
// of the section's text: the user's lines stay where they are, and adding
// meetings one at a time in any order gives the same section. Only the
// section's own text counts: a subsection under it is the user's.
import type { NoteLines } from "../markdown/lines";
import { appendToSection, ensureSection, findSection, nonTextMask } from "../markdown/sections";
import type { Section } from "../markdown/sections";
import { contentEnd, insertLineGroups, isBlank, removeLines } from "../markdown/line-edit";
import { compareEntries, ENTRY_SECTIONS, parseEntry } from "./entries";
import type { EntryKey, EntryPart } from "./entries";
import { goneByUser, LineCounter, staleLines } from "./freshness";
import type { MeetingPlan } from "./merge-plan";

interface NewEntry {
	line: string;
	key: EntryKey;
}

/** An entry line already in the section. */
interface ExistingEntry {
	index: number;
	line: string;
	date: string;
	link: string;
}

/** Refreshes and adds the entries of `plans` (in merge order) in one section. */
export function mergeEntrySection(note: NoteLines, part: EntryPart, plans: readonly MeetingPlan[]): void {
	if (!plans.some((plan) => plan.lines[part].length > 0 || (plan.previous[part]?.length ?? 0) > 0)) return;
	const name = ENTRY_SECTIONS[part];
	removeStale(note, part, plans);
	const found = findSection(note, name);
	const existing: ExistingEntry[] = [];
	const present = new Set<string>();
	const presentLinks = new Set<string>();
	if (found) {
		const text = nonTextMask(note.lines);
		for (let i = found.start; i < found.ownEnd; i++) {
			if (text[i]) continue;
			const line = note.lines[i].trimEnd();
			present.add(line);
			const entry = parseEntry(part, line);
			if (!entry) continue;
			presentLinks.add(entry.link);
			existing.push({ index: i, line, ...entry });
		}
	}
	const positions = new Map<string, number>();
	const additions: NewEntry[] = [];
	for (const plan of plans) {
		const contribution = plan.contribution;
		if (!contribution) continue;
		plan.lines[part].forEach((line, position) => {
			positions.set(line, position);
			if (present.has(line) || goneByUser(plan, part, line, present)) {
				plan.written[part].push(line);
				return;
			}
			// One Recent Context line per meeting: one the user kept or edited wins.
			if (part === "recentContext" && presentLinks.has(contribution.linkTarget)) return;
			additions.push({ line, key: { date: contribution.date, link: contribution.linkTarget, position } });
			present.add(line);
			if (part === "recentContext") presentLinks.add(contribution.linkTarget);
			plan.written[part].push(line);
		});
	}
	if (additions.length === 0) return;
	if (!found) {
		appendToSection(note, ensureSection(note, name), sortedLines(part, additions));
		return;
	}
	const keyed = existing.map((entry) => ({ index: entry.index, key: { date: entry.date, link: entry.link, position: positions.get(entry.line) ?? -Infinity } }));
	insertEntries(note, part, found, keyed, additions);
}

function sortedLines(part: EntryPart, additions: NewEntry[]): string[] {
	return [...additions].sort((a, b) => compareEntries(part, a.key, b.key)).map((entry) => entry.line);
}

/** Removes each stale line of the section once, where it is still verbatim. */
function removeStale(note: NoteLines, part: EntryPart, plans: readonly MeetingPlan[]): void {
	const stale = new LineCounter(plans.flatMap((plan) => staleLines(plan, part)));
	if (stale.size === 0) return;
	const section = findSection(note, ENTRY_SECTIONS[part]);
	if (!section) return;
	const text = nonTextMask(note.lines);
	const drop = new Set<number>();
	for (let i = section.start; i < section.ownEnd; i++) {
		if (!text[i] && stale.take(note.lines[i].trimEnd())) drop.add(i);
	}
	for (const blank of blanksLeftOver(note, section, drop)) drop.add(blank);
	removeLines(note, drop);
}

/** The blank line that framed a removed run of lines and is now one too many
 * (two blank lines in a row, or a blank line ending the note): adding the
 * lines brought it, removing them takes it back. */
function blanksLeftOver(note: NoteLines, section: Section, drop: ReadonlySet<number>): number[] {
	const extra: number[] = [];
	const last = contentEnd(note);
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

function insertEntries(note: NoteLines, part: EntryPart, section: Section, existing: { index: number; key: EntryKey }[], additions: NewEntry[]): void {
	const compare = (a: EntryKey, b: EntryKey): number => compareEntries(part, a, b);
	if (existing.length === 0) {
		appendToSection(note, section, sortedLines(part, additions));
		return;
	}
	additions.sort((a, b) => compare(a.key, b.key));
	// The running maximum tells, by binary search, the first entry in
	// document order that sorts after a key, even when the user reordered them.
	const runningMax: EntryKey[] = [];
	for (const entry of existing) {
		const last = runningMax[runningMax.length - 1];
		runningMax.push(last && compare(last, entry.key) > 0 ? last : entry.key);
	}
	const groups = new Map<number, string[]>();
	for (const addition of additions) {
		let low = 0;
		let high = existing.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compare(runningMax[middle], addition.key) > 0) high = middle;
			else low = middle + 1;
		}
		const at = low < existing.length ? existing[low].index : existing[existing.length - 1].index + 1;
		const group = groups.get(at) ?? [];
		group.push(addition.line);
		groups.set(at, group);
	}
	insertLineGroups(note, groups);
}
