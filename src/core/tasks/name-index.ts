// The known names of a rewrite context, indexed once, so finding the person an
// `@` names costs a few map look-ups instead of a pass over every known name
// (a vault knows thousands of people and holds tens of thousands of task
// lines). Every look-up answers exactly what a pass over the list in order
// would: on a tie, the name listed first wins.
import { camelName } from "./mention";
import { continuesWord } from "./names";

/** What the index is built from: the known names and the vault owner, listed last. */
export interface NameSource {
	ownerName: string;
	knownNames: readonly string[];
}

export interface NameIndex {
	/** Lowercased name → the first name with that lowercase. */
	byLower: Map<string, string>;
	/** Lowercased camel form (`jaimenon`) of each name of several words → the first such name. */
	byCamel: Map<string, string>;
	/** Per name length in UTF-16 units, longest first: lowercased name → the first name of that length. */
	byLength: { length: number; byLower: Map<string, string> }[];
	/** Lowercased name → the first name of each length with that lowercase, longest first. */
	byLowerLongestFirst: Map<string, { length: number; name: string }[]>;
	/** Each name as written → byLowerLongestFirst of its lowercase, so a name written as listed needs no lowercasing. */
	byWritten: Map<string, { length: number; name: string }[]>;
	/** The longest name's length. */
	maxLength: number;
}

interface Cached {
	ownerName: string;
	count: number;
	index: NameIndex;
}

// Keyed by the name array, not the context object, so a context copied with
// another mention style (`{ ...context, mentionStyle }`) reuses the index.
const cache = new WeakMap<readonly string[], Cached>();

/** The index for a context's names, built on first use and reused while the names and owner stay the same. */
export function nameIndexOf(source: NameSource): NameIndex {
	const cached = cache.get(source.knownNames);
	if (cached && cached.ownerName === source.ownerName && cached.count === source.knownNames.length) return cached.index;
	const index = buildNameIndex([...source.knownNames, source.ownerName]);
	cache.set(source.knownNames, { ownerName: source.ownerName, count: source.knownNames.length, index });
	return index;
}

/** The index of names in the order given (the first of equal names wins). */
export function buildNameIndex(listed: readonly string[]): NameIndex {
	const byLower = new Map<string, string>();
	const byCamel = new Map<string, string>();
	const lengths = new Map<number, Map<string, string>>();
	for (const raw of listed) {
		const name = raw.trim();
		if (name.length === 0) continue;
		const lower = name.toLowerCase();
		keepFirst(byLower, lower, name);
		if (/\s/.test(name)) keepFirst(byCamel, camelName(name).toLowerCase(), name);
		let sameLength = lengths.get(name.length);
		if (sameLength === undefined) lengths.set(name.length, (sameLength = new Map<string, string>()));
		keepFirst(sameLength, lower, name);
	}
	const byLength = [...lengths].map(([length, names]) => ({ length, byLower: names })).sort((a, b) => b.length - a.length);
	const byLowerLongestFirst = new Map<string, { length: number; name: string }[]>();
	for (const { length, byLower: names } of byLength) {
		for (const [lower, name] of names) byLowerLongestFirst.set(lower, [...(byLowerLongestFirst.get(lower) ?? []), { length, name }]);
	}
	const byWritten = new Map<string, { length: number; name: string }[]>();
	for (const [lower, sameLower] of byLowerLongestFirst) for (const { name } of sameLower) byWritten.set(name, byLowerLongestFirst.get(lower) ?? sameLower);
	return { byLower, byCamel, byLength, byLowerLongestFirst, byWritten, maxLength: byLength[0]?.length ?? 0 };
}

function keepFirst(map: Map<string, string>, key: string, name: string): void {
	if (!map.has(key)) map.set(key, name);
}

/**
 * The longest known name written at `index` (case-insensitively, ending where
 * a word ends), or null. Only lengths at whose end a word ends are looked up,
 * and each costs one slice and one map look-up.
 */
export function longestNameAt(text: string, index: number, names: NameIndex): string | null {
	const remaining = text.length - index;
	if (names.maxLength >= remaining) {
		// Every name at least as long as the rest of the text is compared with that rest,
		// and is longer than any other: the longest of them that matches wins.
		const rest = text.slice(index);
		const sameLower = names.byWritten.get(rest) ?? names.byLowerLongestFirst.get(rest.toLowerCase());
		if (sameLower !== undefined && sameLower[0].length >= remaining) return sameLower[0].name;
	}
	for (const { length, byLower } of names.byLength) {
		if (length >= remaining || !endsWord(text, index + length)) continue;
		const found = byLower.get(text.slice(index, index + length).toLowerCase());
		if (found !== undefined) return found;
	}
	return null;
}

/** `!continuesWord(text, at)`, answered without allocating for the common ASCII characters. */
function endsWord(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code === 0x20) return true;
	if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return false;
	return !continuesWord(text, at);
}
