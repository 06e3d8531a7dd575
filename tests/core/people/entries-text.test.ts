// The fast text helpers must give exactly what the regular expressions they
// stand for give.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, isSpaceCode, oneLine } from "../../../src/core/people/entries-text";
import { foldCase } from "../../../src/core/markdown/ordered-insert";

const byRegex = {
	oneLine: (text: string) => text.replace(/\s+/g, " ").trim(),
	cleanText: (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim(),
	foldCase: (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase(),
};

const piece = fc.constantFrom("a", "B", "é", "e\u0301", "A\u030A", "\u00C5", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2028", "\u3000", "\uFEFF", "\u200B", "😀", "\u1E9B\u0323", "\u0085", "x", "ǅ");
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(""));

describe("text on one line", () => {
	it("isSpaceCode is \\s for every UTF-16 code unit", () => {
		const wrong: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
		expect(wrong).toEqual([]);
	});

	it.each([
		{ text: "", one: "" },
		{ text: "already clean", one: "already clean" },
		{ text: "  a\r\n b\tc ", one: "a b c" },
		{ text: "a\u00A0\u00A0b", one: "a b" },
		{ text: " ", one: "" },
	])("oneLine($text)", ({ text: input, one }) => {
		expect(oneLine(input)).toBe(one);
	});

	it("oneLine, cleanText and foldCase agree with their regular expressions", () => {
		fc.assert(
			fc.property(text, (input) => {
				expect(oneLine(input)).toBe(byRegex.oneLine(input));
				expect(cleanText(input)).toBe(byRegex.cleanText(input));
				expect(foldCase(input)).toBe(byRegex.foldCase(input));
			}),
			{ numRuns: 2000 },
		);
	});

	it("a clean text comes back as the same string", () => {
		const clean = "Jai Menon owns the Apollo budget.";
		expect(oneLine(clean)).toBe(clean);
		expect(cleanText(clean)).toBe(clean);
	});
});
