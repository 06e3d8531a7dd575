import { describe, expect, it } from "vitest";
import { PeopleIndex } from "../../../src/core/people/identity";
import { LookAlikeIndex, lookAlikes, withinOneEdit } from "../../../src/core/people/look-alike";
import type { PersonNoteInfo } from "../../../src/core/people/person-note-info";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

function note(path: string, extra: Partial<PersonNoteInfo> = {}): PersonNoteInfo {
	const basename = path.slice(path.lastIndexOf("/") + 1, -3);
	return { path, basename, aliases: [], emails: [], inPeopleFolder: true, ...extra };
}

const index = new PeopleIndex(
	[
		note("People/José García.md"),
		note("People/Jai Menon.md"),
		note("People/John Smith.md"),
		note("People/Rob.md"),
		note("People/Raj Mehta.md"),
		note("People/Mary Jones.md", { aliases: ["Maria Jonas"] }),
		note("People/Chris Lee.md"),
	],
	DEFAULT_SETTINGS,
);

describe("lookAlikes", () => {
	const cases: { name: string; person: string; after: string[] }[] = [
		{ name: "same letters without accents", person: "Jose Garcia", after: ["People/José García.md"] },
		{ name: "accents the other way round", person: "Jaí Ménon", after: ["People/Jai Menon.md"] },
		{ name: "Last, First", person: "Menon, Jai", after: ["People/Jai Menon.md"] },
		{ name: "Last First, accent-less", person: "Garcia, Jose", after: ["People/José García.md"] },
		{ name: "one letter missing", person: "Jon Smith", after: ["People/John Smith.md"] },
		{ name: "one letter extra", person: "John Smiths", after: ["People/John Smith.md"] },
		{ name: "one letter changed", person: "John Smyth", after: ["People/John Smith.md"] },
		{ name: "two letters swapped", person: "Jonh Smith", after: ["People/John Smith.md"] },
		{ name: "through an alias", person: "Maria Jonas", after: [] },
		{ name: "one edit from an alias", person: "Maria Jona", after: ["People/Mary Jones.md"] },
		{ name: "too short for an edit", person: "Bob", after: [] },
		{ name: "distinct people", person: "Raj Menon", after: [] },
		{ name: "two edits away", person: "Jan Smyth", after: [] },
		{ name: "exact match is not a look-alike", person: "john smith", after: [] },
		{ name: "empty", person: "", after: [] },
		{ name: "different person, similar start", person: "Chris Leeson", after: [] },
	];
	it.each(cases)("$name: $person", ({ person, after }) => {
		expect(index.lookAlikes(person).map((n) => n.path)).toEqual(after);
		expect(lookAlikes(index, person).map((n) => n.path)).toEqual(after);
	});

	it("short names are only compared by accents and order, not by edits", () => {
		const short = new LookAlikeIndex([note("People/Bob.md"), note("People/Zoë.md")]);
		expect(short.find("Rob")).toEqual([]);
		expect(short.find("Zoe").map((n) => n.path)).toEqual(["People/Zoë.md"]);
	});

	it("a removed note is no longer a look-alike", () => {
		const notes = new LookAlikeIndex([note("People/John Smith.md")]);
		notes.remove(note("People/John Smith.md"));
		expect(notes.find("Jon Smith")).toEqual([]);
	});

	it("is fast on 2,000 notes", () => {
		const notes = Array.from({ length: 2000 }, (_, i) => note(`People/Person Number ${i}.md`));
		const big = new LookAlikeIndex(notes);
		const start = performance.now();
		let hits = 0;
		for (let i = 0; i < 10000; i++) hits += big.find(`Persn Number ${i % 2000}`).length;
		expect(hits).toBe(10000);
		expect(performance.now() - start).toBeLessThan(2000);
	});
});

describe("withinOneEdit", () => {
	const chars = (text: string): string[] => [...text];
	it.each([
		{ a: "abcd", b: "abcd", after: true },
		{ a: "abcd", b: "abed", after: true },
		{ a: "abcd", b: "abd", after: true },
		{ a: "abcd", b: "abcde", after: true },
		{ a: "abcd", b: "bacd", after: true },
		{ a: "abcd", b: "abdc", after: true },
		{ a: "abcd", b: "badc", after: false },
		{ a: "abcd", b: "ab", after: false },
		{ a: "abcd", b: "wxyz", after: false },
		{ a: "a😀cd", b: "a😁cd", after: true },
	])("$a / $b → $after", ({ a, b, after }) => {
		expect(withinOneEdit(chars(a), chars(b))).toBe(after);
		expect(withinOneEdit(chars(b), chars(a))).toBe(after);
	});
});
