// The two frontmatter keys the merge owns: `last_contact` (the latest date of
// a meeting the person attended; a date never moves back) and `aliases`
// (names seen for the person other than the note's basename). Edited line by
// line so everything else in the block stays as the user wrote it.
import type { Frontmatter } from "../markdown/frontmatter";
import type { NoteLines } from "../markdown/lines";
import { addFrontmatterListItems, setFrontmatterScalar } from "../markdown/frontmatter-edit";
import { foldCase, sortedTailIndex } from "../markdown/ordered-insert";
import type { MeetingPlan } from "./merge-plan";
import { cleanText } from "./entries-text";

const DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * New keys are placed so that the order they are added in does not matter:
 * `last_contact` after `created` (else before `aliases`, else last),
 * `aliases` last. `plans` come in merge order (by date).
 */
export function mergeFrontmatter(note: NoteLines, data: Frontmatter, basename: string, plans: readonly MeetingPlan[]): void {
	mergeLastContact(note, data, plans);
	mergeAliases(note, data, basename, plans);
}

function mergeLastContact(note: NoteLines, data: Frontmatter, plans: readonly MeetingPlan[]): void {
	let latest = "";
	// Plans come by date: the last one attended holds the latest date.
	for (let i = plans.length - 1; i >= 0 && latest === ""; i--) {
		const contribution = plans[i].contribution;
		if (contribution?.attended && DATE.test(contribution.date)) latest = contribution.date.slice(0, 10);
	}
	if (latest === "") return;
	const current = data.last_contact;
	if (!("last_contact" in data) || current === null || current === "") {
		setFrontmatterScalar(note, "last_contact", latest, { after: ["created"], before: ["aliases"], style: "single" });
		return;
	}
	// A value that is not a date is the user's own words: left alone.
	if (typeof current !== "string" || !DATE.test(current)) return;
	if (latest > current.slice(0, 10)) setFrontmatterScalar(note, "last_contact", latest);
}

function mergeAliases(note: NoteLines, data: Frontmatter, basename: string, plans: readonly MeetingPlan[]): void {
	const base = foldCase(basename);
	const known = new Set([base, ...stringList(data.aliases).map(foldCase)]);
	const names: string[] = [];
	// Most meetings spell the name the same way: each spelling is looked at once.
	const seen = new Set<string>();
	for (const plan of plans) {
		for (const raw of plan.contribution?.namesSeen ?? []) {
			if (seen.has(raw)) continue;
			seen.add(raw);
			const name = cleanText(raw);
			const key = foldCase(name);
			if (name === "" || key === base || known.has(key)) continue;
			known.add(key);
			names.push(name);
		}
	}
	if (names.length === 0) return;
	addFrontmatterListItems(note, "aliases", names, { place: (current, value) => sortedTailIndex(current, value) });
}

function stringList(value: unknown): string[] {
	if (typeof value === "string") return [value];
	if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
	return [];
}
