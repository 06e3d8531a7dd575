import { describe, expect, it } from "vitest";
import { containsWord, factRecipients, makeNamer } from "../../../src/core/people/attribution";

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
