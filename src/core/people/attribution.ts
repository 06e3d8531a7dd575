// Who a line of a meeting note is about. An item names a person by full
// name, by an alias, or by a first or last name no one else in the meeting
// shares — as a whole word, with its case ("Bob" is not "Bobby", "Ong" is not
// in "strong"). Copying every fact into every participant's note was the old
// tool's mistake (SPEC section 2).
import { cleanText } from "./entries-text";

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character (whole code point) just before index `at`. */
function charBefore(text: string, at: number): string {
	if (at <= 0) return "";
	const low = text.charCodeAt(at - 1);
	if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) return text.slice(at - 2, at);
	return text[at - 1];
}

/** The character (whole code point) starting at index `at`. */
function charAt(text: string, at: number): string {
	const code = text.codePointAt(at);
	return code === undefined ? "" : String.fromCodePoint(code);
}

/** Whether `word` occurs in `text` as a whole word, with its case. */
export function containsWord(text: string, word: string): boolean {
	if (word === "") return false;
	let from = 0;
	for (;;) {
		const at = text.indexOf(word, from);
		if (at === -1) return false;
		const before = charBefore(text, at);
		const after = charAt(text, at + word.length);
		const startsWord = !WORD_CHAR.test(word[0]) || !WORD_CHAR.test(before);
		const endsWord = !WORD_CHAR.test(charBefore(word, word.length)) || !WORD_CHAR.test(after);
		if (startsWord && endsWord) return true;
		from = at + 1;
	}
}

export interface PersonNames {
	/** The participant name as listed in the meeting (the map key). */
	name: string;
	/** Other full names: the person note's aliases. */
	aliases: string[];
}

export interface Naming {
	/** Participants (their `name`) the text names. */
	people: string[];
	/** Whether it names the vault owner. */
	owner: boolean;
}

export type Namer = (text: string) => Naming;

const clean = cleanText;

// The same names come back meeting after meeting: their words are kept (a
// vault with very many names only starts the cache over).
const WORDS = new Map<string, readonly string[]>();
const MAX_NAMES = 10_000;

/** First and last word of a name of two words or more. */
function nameWords(name: string): readonly string[] {
	let words = WORDS.get(name);
	if (words === undefined) {
		if (WORDS.size >= MAX_NAMES) WORDS.clear();
		const all = clean(name).split(" ").filter((word) => word.length > 0);
		words = all.length < 2 ? [] : [...new Set([all[0], all[all.length - 1]])];
		WORDS.set(name, words);
	}
	return words;
}

/**
 * A function telling who a text names, among the meeting's participants and
 * its owner. A first or last name counts only when exactly one person of the
 * meeting (the owner included) has it.
 */
export function makeNamer(people: readonly PersonNames[], ownerNames: readonly string[]): Namer {
	const owners = ownerNames.map(clean).filter((name) => name.length > 0);
	const holders = new Map<string, Set<number>>();
	const addWords = (person: number, names: readonly string[]): void => {
		for (const name of names) {
			for (const word of nameWords(name)) {
				const set = holders.get(word) ?? new Set<number>();
				set.add(person);
				holders.set(word, set);
			}
		}
	};
	addWords(-1, owners);
	people.forEach((person, index) => addWords(index, [person.name]));
	const uniqueWords = (index: number, names: readonly string[]): string[] =>
		names.flatMap(nameWords).filter((word) => holders.get(word)?.size === 1 && holders.get(word)?.has(index));
	const terms = people.map((person, index) => {
		const full = [person.name, ...person.aliases].map(clean).filter((name) => name.length > 0);
		return [...new Set([...full, ...uniqueWords(index, [person.name])])];
	});
	const ownerTerms = [...new Set([...owners, ...uniqueWords(-1, owners)])];
	return (text: string): Naming => {
		const body = clean(text);
		const named: string[] = [];
		for (let index = 0; index < people.length; index++) {
			if (terms[index].some((term) => containsWord(body, term))) named.push(people[index].name);
		}
		return { people: named, owner: ownerTerms.some((term) => containsWord(body, term)) };
	};
}

/**
 * Who a Key Information item goes to: the people it names; when it names
 * nobody, the meeting's own person (frontmatter `person`) if set; when it
 * names only the owner, nobody.
 */
export function factRecipients(naming: Naming, primaryPerson: string | undefined): string[] {
	if (naming.people.length > 0) return naming.people;
	if (naming.owner || primaryPerson === undefined) return [];
	return [primaryPerson];
}
