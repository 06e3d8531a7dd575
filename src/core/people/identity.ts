// Which person note a name (and email) belongs to (SPEC section 2, "Finding
// the note for a person"). Built once per run: a run resolves tens of
// thousands of names against thousands of notes, so every lookup is a map hit.
import type { CrmSettings } from "../settings";
import { personNotePath } from "./file-name";
import { LookAlikeIndex } from "./look-alike";
import { emailKey, nameKey } from "./name-key";
import type { PersonNoteInfo } from "./person-note-info";
import { personNoteNames } from "./person-note-info";

export type Resolution =
	/** Exactly one note answers to the person. */
	| { kind: "found"; note: PersonNoteInfo }
	/** No note does: a new one is made. */
	| { kind: "new" }
	/** Several do, even after preferring the people folder: reported, never guessed. */
	| { kind: "ambiguous"; notes: PersonNoteInfo[] }
	/** The one note that answers has frontmatter we cannot read: reported, left alone. */
	| { kind: "broken"; note: PersonNoteInfo };

export class PeopleIndex {
	private readonly byName = new Map<string, PersonNoteInfo[]>();
	private readonly byEmail = new Map<string, PersonNoteInfo[]>();
	private readonly byPath = new Map<string, PersonNoteInfo>();
	private readonly lookAlikeIndex = new LookAlikeIndex();
	/** Resolutions already made, by name as written (and email): a run asks
	 * for the same few hundred people tens of thousands of times. Forgotten
	 * when a note is added or the people folder changes. */
	private readonly known = new Map<string, Resolution>();
	private readonly knownWithEmail = new Map<string, Map<string, Resolution>>();
	private knownFolder = "";

	constructor(
		notes: PersonNoteInfo[],
		private readonly settings: Pick<CrmSettings, "peopleFolder">,
	) {
		for (const note of notes) this.add(note);
	}

	/** Every note the index knows, in the order added. */
	get notes(): PersonNoteInfo[] {
		return [...this.byPath.values()];
	}

	/** Registers a note (one found later, or one a run is about to create). */
	add(note: PersonNoteInfo): void {
		this.forget();
		const previous = this.byPath.get(pathKey(note.path));
		if (previous) this.remove(previous);
		this.byPath.set(pathKey(note.path), note);
		for (const key of namesOf(note)) push(this.byName, key, note);
		for (const email of note.emails) push(this.byEmail, emailKey(email), note);
		this.lookAlikeIndex.add(note);
	}

	/** The note at a path (case-insensitive, as on macOS and Windows), if any. */
	at(path: string): PersonNoteInfo | undefined {
		return this.byPath.get(pathKey(path));
	}

	/** The note a person belongs to: by name, alias or title, or by email.
	 * The same answer (the very object) for the same question. */
	resolve(name: string, email?: string): Resolution {
		if (this.knownFolder !== this.settings.peopleFolder) this.forget();
		if (!email) {
			let resolution = this.known.get(name);
			if (resolution === undefined) {
				resolution = this.lookUp(name, undefined);
				this.known.set(name, resolution);
			}
			return resolution;
		}
		let byEmail = this.knownWithEmail.get(name);
		if (byEmail === undefined) {
			byEmail = new Map();
			this.knownWithEmail.set(name, byEmail);
		}
		let resolution = byEmail.get(email);
		if (resolution === undefined) {
			resolution = this.lookUp(name, email);
			byEmail.set(email, resolution);
		}
		return resolution;
	}

	private forget(): void {
		this.known.clear();
		this.knownWithEmail.clear();
		this.knownFolder = this.settings.peopleFolder;
	}

	private lookUp(name: string, email: string | undefined): Resolution {
		const matches = new Set<PersonNoteInfo>(this.byName.get(nameKey(name)) ?? []);
		const mail = email ? emailKey(email) : "";
		if (mail) for (const note of this.byEmail.get(mail) ?? []) matches.add(note);
		if (matches.size === 0) {
			// A note already at the path a new note would take answers too
			// (`AC/DC` → `ACDC.md` after its alias was removed): never a clash.
			const path = personNotePath(name, this.settings.peopleFolder);
			const existing = path === null ? undefined : this.at(path);
			return existing ? single(existing) : { kind: "new" };
		}
		let candidates = [...matches];
		if (candidates.length > 1 && candidates.some((note) => note.inPeopleFolder)) {
			candidates = candidates.filter((note) => note.inPeopleFolder);
		}
		if (candidates.length === 1) return single(candidates[0]);
		return { kind: "ambiguous", notes: candidates.sort((a, b) => compare(a.path, b.path)) };
	}

	/** Notes whose names closely resemble this name without matching it (see look-alike.ts). */
	lookAlikes(name: string): PersonNoteInfo[] {
		return this.lookAlikeIndex.find(name);
	}

	private remove(note: PersonNoteInfo): void {
		for (const key of namesOf(note)) pull(this.byName, key, note);
		for (const email of note.emails) pull(this.byEmail, emailKey(email), note);
		this.lookAlikeIndex.remove(note);
	}
}

/** The name keys a note answers to: basename, title, aliases. */
function namesOf(note: PersonNoteInfo): string[] {
	return [...new Set(personNoteNames(note).map(nameKey).filter((key) => key.length > 0))];
}

function single(note: PersonNoteInfo): Resolution {
	return note.brokenReason === undefined ? { kind: "found", note } : { kind: "broken", note };
}

function pathKey(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

function push(map: Map<string, PersonNoteInfo[]>, key: string, note: PersonNoteInfo): void {
	const list = map.get(key);
	if (!list) map.set(key, [note]);
	else if (!list.includes(note)) list.push(note);
}

function pull(map: Map<string, PersonNoteInfo[]>, key: string, note: PersonNoteInfo): void {
	const list = map.get(key);
	if (!list) return;
	const rest = list.filter((item) => item !== note);
	if (rest.length === 0) map.delete(key);
	else map.set(key, rest);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
