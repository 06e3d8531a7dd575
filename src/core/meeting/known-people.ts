// Lookups into ReaderOptions.knownPeople, indexed once per list: a vault has
// thousands of people and thousands of notes, so a scan per note would be
// quadratic.
import type { ReaderOptions } from "./model";
import { foldKey } from "./text";

type KnownPeople = NonNullable<ReaderOptions["knownPeople"]>;

export interface KnownPeopleIndex {
	/** Lower-case email → the person's name. */
	nameByEmail: Map<string, string>;
	/** Folded name or alias → every folded name and alias of the people it may mean. */
	namesByName: Map<string, Set<string>>;
}

const EMPTY: KnownPeopleIndex = { nameByEmail: new Map(), namesByName: new Map() };
const cache = new WeakMap<KnownPeople, KnownPeopleIndex>();

export function knownPeopleIndex(people: KnownPeople | undefined): KnownPeopleIndex {
	if (!people || people.length === 0) return EMPTY;
	const cached = cache.get(people);
	if (cached) return cached;
	const index: KnownPeopleIndex = { nameByEmail: new Map(), namesByName: new Map() };
	for (const person of people) {
		if (!person || typeof person.name !== "string") continue;
		for (const email of person.emails ?? []) {
			if (typeof email !== "string") continue;
			const key = email.trim().toLowerCase();
			if (key && !index.nameByEmail.has(key)) index.nameByEmail.set(key, person.name);
		}
		const names = new Set([person.name, ...(person.aliases ?? [])].filter((name) => typeof name === "string").map(foldKey));
		names.delete("");
		for (const name of names) {
			const group = index.namesByName.get(name);
			if (group) for (const other of names) group.add(other);
			else index.namesByName.set(name, new Set(names));
		}
	}
	cache.set(people, index);
	return index;
}
