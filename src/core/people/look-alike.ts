// Names that closely resemble a person note's name without matching it. Such a
// person still gets a new note, but the report names the look-alike so the user
// can merge the two by adding an alias (SPEC section 2). "Closely" means:
// - the same letters without accents ("Jose" / "José");
// - the same words in another order ("Menon, Jai" / "Jai Menon");
// - one edit away (insert, delete, substitute, swap two neighbours) on the
//   case-folded full name, for names of at least 4 characters ("Jon Smith" /
//   "John Smith"; "Bob" / "Rob" are too short to say).
// Each test is a map lookup, never a scan of all notes: one-edit matches use
// deletion neighbourhoods (two strings are one edit apart only if they share
// a key among themselves and their one-character deletions).
import { accentFoldedKey, nameKey, wordOrderKey } from "./name-key";
import type { PeopleIndex } from "./identity";
import type { PersonNoteInfo } from "./person-note-info";
import { personNoteNames } from "./person-note-info";

const MIN_EDIT_LENGTH = 4;

interface Entry {
	note: PersonNoteInfo;
	/** The name's case-folded code points, to confirm a one-edit candidate. */
	chars: string[];
}

export class LookAlikeIndex {
	private readonly byAccentFolded = new Map<string, PersonNoteInfo[]>();
	private readonly byWordOrder = new Map<string, PersonNoteInfo[]>();
	private readonly byDeletion = new Map<string, Entry[]>();

	constructor(notes: PersonNoteInfo[] = []) {
		for (const note of notes) this.add(note);
	}

	add(note: PersonNoteInfo): void {
		for (const name of personNoteNames(note)) {
			addTo(this.byAccentFolded, accentFoldedKey(name), note);
			addTo(this.byWordOrder, wordOrderKey(name), note);
			const chars = [...nameKey(name)];
			if (chars.length < MIN_EDIT_LENGTH) continue;
			for (const key of neighbourhood(chars)) addTo(this.byDeletion, key, { note, chars });
		}
	}

	/** Forgets a note (matched by path), e.g. before adding its newer version. */
	remove(note: PersonNoteInfo): void {
		for (const name of personNoteNames(note)) {
			removeFrom(this.byAccentFolded, accentFoldedKey(name), (item) => item.path === note.path);
			removeFrom(this.byWordOrder, wordOrderKey(name), (item) => item.path === note.path);
			const chars = [...nameKey(name)];
			for (const key of neighbourhood(chars)) removeFrom(this.byDeletion, key, (entry) => entry.note.path === note.path);
		}
	}

	/** Notes that resemble the name but do not answer to it, sorted by path. */
	find(name: string): PersonNoteInfo[] {
		const key = nameKey(name);
		if (key === "") return [];
		const found = new Set<PersonNoteInfo>();
		for (const note of this.byAccentFolded.get(accentFoldedKey(name)) ?? []) found.add(note);
		for (const note of this.byWordOrder.get(wordOrderKey(name)) ?? []) found.add(note);
		const chars = [...key];
		if (chars.length >= MIN_EDIT_LENGTH) {
			for (const probe of neighbourhood(chars)) {
				for (const entry of this.byDeletion.get(probe) ?? []) {
					if (!found.has(entry.note) && withinOneEdit(chars, entry.chars)) found.add(entry.note);
				}
			}
		}
		return [...found]
			.filter((note) => !personNoteNames(note).some((noteName) => nameKey(noteName) === key))
			.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}
}

/** Notes of the index that resemble a name without matching it, sorted by path. */
export function lookAlikes(index: PeopleIndex, name: string): PersonNoteInfo[] {
	return index.lookAlikes(name);
}

/** The string itself and every string one code point shorter. */
function neighbourhood(chars: string[]): Set<string> {
	const whole = chars.join("");
	const keys = new Set<string>([whole]);
	if (whole.length === chars.length) {
		// No surrogate pairs: code points are code units.
		for (let i = 0; i < whole.length; i++) keys.add(whole.slice(0, i) + whole.slice(i + 1));
		return keys;
	}
	for (let i = 0; i < chars.length; i++) keys.add(chars.slice(0, i).join("") + chars.slice(i + 1).join(""));
	return keys;
}

/** Optimal-string-alignment (Damerau) distance ≤ 1, on code points. */
export function withinOneEdit(a: string[], b: string[]): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (i === a.length) return true;
		if (sameFrom(a, i + 1, b, i + 1)) return true;
		return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2);
	}
	const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
	return sameFrom(longer, i + 1, shorter, i);
}

function sameFrom(a: string[], from: number, b: string[], fromB: number): boolean {
	if (a.length - from !== b.length - fromB) return false;
	for (let k = 0; from + k < a.length; k++) if (a[from + k] !== b[fromB + k]) return false;
	return true;
}

function addTo<T>(map: Map<string, T[]>, key: string, item: T): void {
	if (key === "") return;
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

function removeFrom<T>(map: Map<string, T[]>, key: string, matches: (item: T) => boolean): void {
	const list = map.get(key);
	if (!list) return;
	const rest = list.filter((item) => !matches(item));
	if (rest.length === 0) map.delete(key);
	else map.set(key, rest);
}
