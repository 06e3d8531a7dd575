// The name table finds exactly what containsWord finds, name by name, and
// tells a clean text (cleanText gives it back) from one that is not.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { containsWord, NameTable, NOT_CLEAN, OWNER, termShape } from "../../../src/core/people/name-table";
import { cleanText } from "../../../src/core/people/entries-text";

const NAMES = [
	"Bob", "Bobby", "Ong", "Jai Menon", "Jai", "José", "Jose\u0301", "Eun-ji Fischer", "Dr. No", "(Paren)", "'Quoted' Name",
	"𝐀lpha", "Beta 𝐀", "Bob2", "Ω Mega", "日本", "a.m.", "-x", "İ", "ǅ", "Ann\u00a0Lee", "Chris Lee", "Lee",
];
const PIECES = [...NAMES, " ", "  ", "\t", "\n", "\u00a0", ".", ",", "'s", "-", "strong", "2", "𝐀", "\ud835", "\udc00", "\u0301", "é", "x", ")", "“"];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((pieces) => pieces.join(""));
const terms = fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 6 });

function tableOf(names: readonly string[]): NameTable {
	const table = new NameTable();
	table.reset(null);
	// The last name stands for the owner (-1); the others for people 0, 1, …
	names.forEach((name, index) => table.add(termShape(name), index === names.length - 1 ? -1 : index));
	return table;
}

/** What containsWord says, as `find` reports it. */
function byContainsWord(names: readonly string[], body: string): { named: number[]; owner: boolean } {
	const named = names.slice(0, -1).map((name) => (containsWord(body, name) ? 1 : 0));
	return { named, owner: containsWord(body, names[names.length - 1]) };
}

describe("NameTable", () => {
	it("finds each name exactly where containsWord does", () => {
		fc.assert(
			fc.property(terms, text, (names, body) => {
				const named = new Uint8Array(names.length);
				const owner = tableOf(names).find(body, named);
				expect({ named: [...named.slice(0, names.length - 1)], owner }).toEqual(byContainsWord(names, body));
			}),
			{ numRuns: 3000 },
		);
	});

	it("says NOT_CLEAN unless cleanText gives the text back, and finds the same as find when clean", () => {
		fc.assert(
			fc.property(terms, text, (names, body) => {
				const table = tableOf(names);
				const named = new Uint8Array(names.length);
				const found = table.findIfClean(body, named);
				if (found === NOT_CLEAN) {
					// Conservative: a character U+0300 on may be NFC already.
					expect(cleanText(body) !== body || /[\u0300-\uffff]/.test(body)).toBe(true);
					return;
				}
				expect(cleanText(body)).toBe(body);
				const again = new Uint8Array(names.length);
				expect(found === OWNER).toBe(table.find(body, again));
				expect([...named]).toEqual([...again]);
			}),
			{ numRuns: 3000 },
		);
	});

	it("is emptied by reset and filled again", () => {
		const table = tableOf(["Jai Menon", "Bob"]);
		table.reset(null);
		table.add(termShape("Ong"), 0);
		const named = new Uint8Array(1);
		expect(table.find("Jai Menon met Bob", named)).toBe(false);
		expect(named[0]).toBe(0);
		expect(table.find("met Ong", named)).toBe(false);
		expect(named[0]).toBe(1);
	});

	it.each([
		{ name: "a name inside a longer word", body: "Bobby left", found: false },
		{ name: "a name before a digit", body: "Bob2 left", found: false },
		{ name: "a name before punctuation", body: "Bob's plan", found: true },
		{ name: "a name after an astral letter", body: "𝐀Bob", found: false },
		{ name: "a name after a hyphen", body: "Ann-Bob", found: true },
	])("$name", ({ body, found }) => {
		const named = new Uint8Array(1);
		const table = tableOf(["Bob", "Owner"]);
		table.find(body, named);
		expect(named[0] === 1).toBe(found);
	});
});
