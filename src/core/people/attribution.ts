// Who a line of a meeting note is about. An item names a person by full
// name, by an alias, or by a first or last name no one else in the meeting
// shares — as a whole word, with its case ("Bob" is not "Bobby", "Ong" is not
// in "strong"). Copying every fact into every participant's note was the old
// tool's mistake (SPEC section 2).
//
// A run reads every fact and decision of every meeting against every name
// of its participants, so the names are put in a table by their first
// character and each text is read once, looking up only where a word starts
// (name-table.ts), rather than searching the text for every name.
import { cleanText } from "./entries-text";
import { NameTable, termShape } from "./name-table";
import type { TermShape } from "./name-table";

export { containsWord } from "./name-table";

export interface PersonNames {
	/** The participant name as listed in the meeting (the map key). */
	name: string;
	/** Other full names: the person note's aliases. */
	aliases: readonly string[];
}

export interface Naming {
	/** Participants (their `name`) the text names. */
	people: string[];
	/** Whether it names the vault owner. */
	owner: boolean;
}

export type Namer = (text: string) => Naming;

const clean = cleanText;

/** First and last word of a name of two words or more. */
function nameWords(name: string): readonly string[] {
	const all = clean(name).split(" ").filter((word) => word.length > 0);
	return all.length < 2 ? [] : [...new Set([all[0], all[all.length - 1]])];
}

/** What a person's names give to look for: full names (the name and its
 * aliases) and the first and last word of the name, which count only when
 * no one else in the meeting has them. */
interface Terms {
	full: readonly TermShape[];
	words: readonly TermShape[];
}

/** The terms of the names a run meets again and again, worked out once
 * (one cache per run: it only grows), and the table the names of one
 * meeting at a time are put in. */
export class NameCache {
	private readonly people = new Map<string, { aliases: readonly string[]; terms: Terms }>();
	private owner: { names: readonly string[]; terms: Terms } | null = null;
	/** One shape per text, so names are compared by identity. */
	private readonly shapes = new Map<string, TermShape>();
	/** Filled by one MeetingNames at a time (it fills it again when another
	 * took it since). */
	readonly table = new NameTable();
	readonly holders = new Holders();
	private named = new Uint8Array(16);

	/** Room to mark who a text names, for `count` people (all of it is
	 * cleared by each read). */
	flags(count: number): Uint8Array {
		if (this.named.length < count) this.named = new Uint8Array(count);
		return this.named;
	}

	/** A participant's terms, for these very aliases. */
	person(name: string, aliases: readonly string[]): Terms {
		const known = this.people.get(name);
		if (known !== undefined && known.aliases === aliases) return known.terms;
		const terms = this.termsOf([name, ...aliases], [name]);
		this.people.set(name, { aliases, terms });
		return terms;
	}

	/** The owner's terms, for this very list of names. */
	owners(names: readonly string[]): Terms {
		if (this.owner?.names === names) return this.owner.terms;
		const cleaned = names.map(clean).filter((name) => name.length > 0);
		const terms = this.termsOf(cleaned, cleaned);
		this.owner = { names, terms };
		return terms;
	}

	private termsOf(names: readonly string[], wordsFrom: readonly string[]): Terms {
		const full: TermShape[] = [];
		for (const name of names) {
			const cleaned = clean(name);
			if (cleaned.length > 0) full.push(this.shape(cleaned));
		}
		const words: TermShape[] = [];
		for (const name of wordsFrom) {
			for (const word of nameWords(name)) {
				const shape = this.shape(word);
				if (!words.includes(shape)) words.push(shape);
			}
		}
		return { full, words };
	}

	private shape(text: string): TermShape {
		let shape = this.shapes.get(text);
		if (shape === undefined) {
			shape = termShape(text);
			this.shapes.set(text, shape);
		}
		return shape;
	}
}

/** A word more than one person of the meeting has. */
const SHARED = -2;

/** Who holds each word: a person's index, -1 for the owner, or SHARED.
 * (Words are compared by identity: one NameCache makes them.) */
class Holders {
	/** Only the first `size` entries are in use: the arrays never shrink. */
	private size = 0;
	private readonly words: TermShape[] = [];
	private readonly whos: number[] = [];

	clear(): void {
		this.size = 0;
	}

	hold(words: readonly TermShape[], who: number): void {
		for (const word of words) {
			const at = this.indexOf(word);
			if (at < 0) {
				this.words[this.size] = word;
				this.whos[this.size++] = who;
			} else if (this.whos[at] !== who) this.whos[at] = SHARED;
		}
	}

	/** Whether `who` alone holds the word. */
	only(word: TermShape, who: number): boolean {
		return this.whos[this.indexOf(word)] === who;
	}

	private indexOf(word: TermShape): number {
		for (let at = 0; at < this.size; at++) if (this.words[at] === word) return at;
		return -1;
	}
}

/** The names of a meeting's participants and its owner, ready to be found
 * in the meeting's texts. */
export class MeetingNames {
	private readonly owner: Terms;
	private readonly terms: Terms[];

	constructor(
		readonly people: readonly PersonNames[],
		ownerNames: readonly string[],
		private readonly cache: NameCache = new NameCache(),
	) {
		this.owner = cache.owners(ownerNames);
		this.terms = people.map((person) => cache.person(person.name, person.aliases));
		this.fill();
	}

	/** Puts the names in the cache's table. */
	private fill(): void {
		const { table, holders } = this.cache;
		table.reset(this);
		// A first or last name counts only when exactly one person of the
		// meeting (the owner included) has it.
		holders.clear();
		holders.hold(this.owner.words, -1);
		for (let index = 0; index < this.terms.length; index++) holders.hold(this.terms[index].words, index);
		this.addTerms(this.owner, -1);
		for (let index = 0; index < this.terms.length; index++) this.addTerms(this.terms[index], index);
	}

	private addTerms(terms: Terms, who: number): void {
		const { table, holders } = this.cache;
		for (const full of terms.full) table.add(full, who);
		for (const word of terms.words) if (holders.only(word, who)) table.add(word, who);
	}

	/**
	 * Sets `named[index]` for each person (by index in `people`) the text
	 * names, and clears it for the others; returns whether it names the owner.
	 */
	read(text: string, named: Uint8Array): boolean {
		return this.readClean(clean(text), named);
	}

	/** read, of a text already cleaned (cleanText). */
	readClean(body: string, named: Uint8Array): boolean {
		named.fill(0);
		if (this.cache.table.owner !== this) this.fill();
		return this.cache.table.find(body, named);
	}

	/** read, when the text is clean already (cleanText gives it back):
	 * OWNER or NO_OWNER; else NOT_CLEAN, and `named` means nothing. */
	readIfClean(text: string, named: Uint8Array): number {
		named.fill(0);
		if (this.cache.table.owner !== this) this.fill();
		return this.cache.table.findIfClean(text, named);
	}

	/** Who the text names, as a Naming. */
	naming(text: string): Naming {
		const named = new Uint8Array(this.people.length);
		const owner = this.read(text, named);
		const people: string[] = [];
		for (let index = 0; index < this.people.length; index++) if (named[index] === 1) people.push(this.people[index].name);
		return { people, owner };
	}
}

/**
 * A function telling who a text names, among the meeting's participants and
 * its owner. A first or last name counts only when exactly one person of the
 * meeting (the owner included) has it.
 */
export function makeNamer(people: readonly PersonNames[], ownerNames: readonly string[]): Namer {
	const names = new MeetingNames(people, ownerNames);
	return (text: string): Naming => names.naming(text);
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
