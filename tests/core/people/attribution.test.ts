import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsWord, factRecipients, makeNamer, MeetingNames, NameCache } from "../../../src/core/people/attribution";

describe("containsWord", () => {
	it.each([
		{ text: "Bob agreed", word: "Bob", found: true },
		{ text: "Bobby agreed", word: "Bob", found: false },
		{ text: "a strong offer", word: "Ong", found: false },
		{ text: "a strong offer", word: "ong", found: false },
		{ text: "met Ong (last name unknown)", word: "Ong", found: true },
		{ text: "bob agreed", word: "Bob", found: false },
		{ text: "Jai's plan", word: "Jai", found: true },
		{ text: "Jai-led plan", word: "Jai", found: true },
		{ text: "Jaime said", word: "Jai", found: false },
		{ text: "José said", word: "Jos", found: false },
		{ text: "asked José.", word: "José", found: true },
		{ text: "Bob2 said", word: "Bob", found: false },
		{ text: "𝐀Bob", word: "Bob", found: false },
		{ text: "Bobby and Bob", word: "Bob", found: true },
		{ text: "with Jai Menon today", word: "Jai Menon", found: true },
	])("$word in $text: $found", ({ text, word, found }) => {
		expect(containsWord(text, word)).toBe(found);
	});
});

describe("makeNamer", () => {
	const people = [
		{ name: "Jai Menon", aliases: [] },
		{ name: "Pete Emig", aliases: ["Peter"] },
		{ name: "Ong", aliases: [] },
		{ name: "Chris Lee", aliases: [] },
		{ name: "Chris Wong", aliases: [] },
	];
	const namer = makeNamer(people, ["Jason Vallery", "JV", "Myself", "Me"]);

	it.each([
		{ text: "Jai Menon leads Apollo", named: ["Jai Menon"], owner: false },
		{ text: "Jai leads Apollo", named: ["Jai Menon"], owner: false },
		{ text: "Menon leads Apollo", named: ["Jai Menon"], owner: false },
		{ text: "Peter moved teams", named: ["Pete Emig"], owner: false },
		{ text: "a strong team", named: [], owner: false },
		{ text: "Ong left", named: ["Ong"], owner: false },
		{ text: "Chris leads it", named: [], owner: false },
		{ text: "Chris Lee leads it", named: ["Chris Lee"], owner: false },
		{ text: "Lee and Wong", named: ["Chris Lee", "Chris Wong"], owner: false },
		{ text: "Jason wants a raise", named: [], owner: true },
		{ text: "JV wants a raise", named: [], owner: true },
		{ text: "Jason Vallery hired Pete Emig", named: ["Pete Emig"], owner: true },
		{ text: "jai leads", named: [], owner: false },
	])("$text", ({ text, named, owner }) => {
		expect(namer(text)).toEqual({ people: named, owner });
	});

	it("a first name shared with the owner names no one", () => {
		const shared = makeNamer([{ name: "Jason Lee", aliases: [] }], ["Jason Vallery"]);
		expect(shared("Jason agreed")).toEqual({ people: [], owner: false });
		expect(shared("Lee agreed")).toEqual({ people: ["Jason Lee"], owner: false });
	});

	it("reads text with line breaks and decomposed accents", () => {
		const accents = makeNamer([{ name: "José Ruiz", aliases: [] }], []);
		expect(accents("met Jose\u0301\nRuiz").people).toEqual(["José Ruiz"]);
	});
});

describe("factRecipients", () => {
	it.each([
		{ name: "named people", naming: { people: ["A"], owner: true }, primary: "B", recipients: ["A"] },
		{ name: "nobody named: the meeting's person", naming: { people: [], owner: false }, primary: "B", recipients: ["B"] },
		{ name: "nobody named, no person: nobody", naming: { people: [], owner: false }, primary: undefined, recipients: [] },
		{ name: "only the owner named: nobody", naming: { people: [], owner: true }, primary: "B", recipients: [] },
	])("$name", ({ naming, primary, recipients }) => {
		expect(factRecipients(naming, primary)).toEqual(recipients);
	});
});

/** The rule as first written: every name of every person tried on the text. */
function namerByRule(people: { name: string; aliases: string[] }[], ownerNames: string[]): (text: string) => { people: string[]; owner: boolean } {
	const clean = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();
	const words = (name: string) => {
		const all = clean(name).split(" ").filter((word) => word.length > 0);
		return all.length < 2 ? [] : [...new Set([all[0], all[all.length - 1]])];
	};
	const owners = ownerNames.map(clean).filter((name) => name.length > 0);
	const holders = new Map<string, Set<number>>();
	const hold = (who: number, names: string[]) => names.flatMap(words).forEach((word) => holders.set(word, (holders.get(word) ?? new Set()).add(who)));
	hold(-1, owners);
	people.forEach((person, index) => hold(index, [person.name]));
	const unique = (who: number, names: string[]) => names.flatMap(words).filter((word) => holders.get(word)?.size === 1 && holders.get(word)?.has(who));
	const terms = people.map((person, index) => [...[person.name, ...person.aliases].map(clean).filter((name) => name.length > 0), ...unique(index, [person.name])]);
	const ownerTerms = [...owners, ...unique(-1, owners)];
	return (text) => {
		const body = clean(text);
		return { people: people.filter((_, index) => terms[index].some((term) => containsWord(body, term))).map((person) => person.name), owner: ownerTerms.some((term) => containsWord(body, term)) };
	};
}

describe("makeNamer against the rule", () => {
	const name = fc.constantFrom("Jai Menon", "Jai", "Chris Lee", "Chris Wong", "Lee", "Jason Lee", "José Ruiz", "Jose\u0301 Ruiz", "Dr. No", "(Paren) Smith", "𝐀lpha Beta", "Eun-ji Fischer", " Spaced  Name ", "Ong", "Me");
	const people = fc.uniqueArray(fc.record({ name, aliases: fc.array(name, { maxLength: 2 }) }), { maxLength: 5, selector: (person) => person.name });
	const owners = fc.array(name, { maxLength: 2 }).map((names) => [...names, "Myself", "Me"]);
	const text = fc.array(fc.oneof(name, fc.constantFrom(" ", "  ", "\n", ".", "'s", "strong", "x", "𝐀", "\u0301", "-")), { maxLength: 10 }).map((pieces) => pieces.join(" "));

	it("names the same people and owner as trying every name", () => {
		fc.assert(
			fc.property(people, owners, fc.array(text, { minLength: 1, maxLength: 4 }), (persons, ownerNames, texts) => {
				const namer = makeNamer(persons, ownerNames);
				const rule = namerByRule(persons, ownerNames);
				for (const t of texts) expect(namer(t)).toEqual(rule(t));
			}),
			{ numRuns: 2000 },
		);
	});

	it("gives the same with one NameCache for many meetings, read in turns", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(people, text), { minLength: 2, maxLength: 4 }), owners, (meetings, ownerNames) => {
				const cache = new NameCache();
				const shared = meetings.map(([persons]) => new MeetingNames(persons, ownerNames, cache));
				// Each reads after the others took the cache's table.
				meetings.forEach(([persons, t], index) => {
					const named = cache.flags(persons.length);
					const owner = shared[index].read(t, named);
					const expected = namerByRule(persons, ownerNames)(t);
					expect({ people: persons.filter((_, at) => named[at] === 1).map((person) => person.name), owner }).toEqual(expected);
				});
			}),
			{ numRuns: 500 },
		);
	});
});
