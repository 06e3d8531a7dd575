import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstSentence } from "../../../src/core/people/sentence";

describe("firstSentence", () => {
	it.each([
		{ name: "plain period", summary: "First one. Second one.", sentence: "First one." },
		{ name: "question mark", summary: "Will Jai stay? He did not say.", sentence: "Will Jai stay?" },
		{ name: "exclamation mark", summary: "Shipped it! Next up: docs.", sentence: "Shipped it!" },
		{ name: "?! together", summary: "Really?! Yes.", sentence: "Really?!" },
		{ name: "no period at all", summary: "Just words without an end", sentence: "Just words without an end" },
		{ name: "Dr.", summary: "Met Dr. Smith about the lab. Then lunch.", sentence: "Met Dr. Smith about the lab." },
		{ name: "Mr., Mrs., Ms., Prof.", summary: "Mr. A, Mrs. B, Ms. C and Prof. D met. Fine.", sentence: "Mr. A, Mrs. B, Ms. C and Prof. D met." },
		{ name: "e.g. before a capital", summary: "Clouds, e.g. Azure and AWS, were compared. Done.", sentence: "Clouds, e.g. Azure and AWS, were compared." },
		{ name: "i.e.", summary: "The plan, i.e. Apollo, slips. Sad.", sentence: "The plan, i.e. Apollo, slips." },
		{ name: "etc. mid-sentence", summary: "Storage, compute, etc. were discussed. Then more.", sentence: "Storage, compute, etc. were discussed." },
		{ name: "etc. at a sentence end", summary: "Storage, compute, etc. The rest later.", sentence: "Storage, compute, etc." },
		{ name: "vs.", summary: "Build vs. Buy was open. Later.", sentence: "Build vs. Buy was open." },
		{ name: "Inc.", summary: "Acme Inc. Board met. Done.", sentence: "Acme Inc. Board met." },
		{ name: "St.", summary: "Office on St. James Street moved. Ok.", sentence: "Office on St. James Street moved." },
		{ name: "single initial", summary: "J. Smith joined. Good.", sentence: "J. Smith joined." },
		{ name: "acronym with periods", summary: "The U.S. Team grew. Fine.", sentence: "The U.S. Team grew." },
		{ name: "version", summary: "Release v2.1 ships Friday. QA first.", sentence: "Release v2.1 ships Friday." },
		{ name: "decimal", summary: "Budget grew 3.5 percent. Fine.", sentence: "Budget grew 3.5 percent." },
		{ name: "period before lower case", summary: "We met at 10 a.m. and talked. End.", sentence: "We met at 10 a.m. and talked." },
		{ name: "period then a quote", summary: 'She said "go." Then left.', sentence: 'She said "go."' },
		{ name: "period before an opening quote", summary: 'Done. "Next" is planning.', sentence: "Done." },
		{ name: "line breaks are spaces", summary: "Line one\ncontinues here. Next.", sentence: "Line one continues here." },
		{ name: "empty", summary: "   ", sentence: "" },
		{ name: "the seed summary", summary: "Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership. Jason wants a management role.", sentence: "Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership." },
	])("$name", ({ summary, sentence }) => {
		expect(firstSentence(summary)).toBe(sentence);
	});

	it("keeps a sentence of exactly 200 characters whole", () => {
		const sentence = `${"word ".repeat(39)}abcd.`;
		expect(sentence.length).toBe(200);
		expect(firstSentence(`${sentence} Next.`)).toBe(sentence);
	});

	it("cuts a longer sentence at the last word boundary that fits, with …", () => {
		const summary = `${"abcdefghi ".repeat(25)}end. Next.`;
		const result = firstSentence(summary);
		expect(result).toBe(`${"abcdefghi ".repeat(19).trimEnd()} abcdefghi…`);
		expect(Array.from(result).length).toBeLessThanOrEqual(200);
	});

	it("never cuts inside a word", () => {
		const summary = `${"a".repeat(150)} ${"b".repeat(60)} tail.`;
		expect(firstSentence(summary)).toBe(`${"a".repeat(150)}…`);
	});

	it("drops a comma before the …", () => {
		const summary = `${"x".repeat(190)}, yyyyyyyyyyyy more.`;
		expect(firstSentence(summary)).toBe(`${"x".repeat(190)}…`);
	});

	it("hard-cuts one giant word and counts emoji as one character", () => {
		expect(firstSentence("y".repeat(300))).toBe(`${"y".repeat(199)}…`);
		const emoji = "📅".repeat(250);
		expect(Array.from(firstSentence(emoji)).length).toBe(200);
	});
});

/** The rule as first written: the whole summary on one line, then read
 * character by character. */
function firstSentenceByRule(summary: string): string {
	const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "mt", "vs", "v", "inc", "ltd", "co", "corp", "llc", "e.g", "i.e", "cf", "al", "approx", "dept", "est", "fig", "a.m", "p.m"]);
	const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "*", "_"]);
	const OPENING = new Set(['"', "'", "“", "‘", "«"]);
	const LETTER = /[\p{L}\p{M}]/u;
	const text = summary.replace(/\s+/g, " ").trim();
	const skip = (j: number) => {
		while (j < text.length && CLOSERS.has(text[j])) j++;
		return j;
	};
	const abbreviation = (dot: number) => {
		let start = dot;
		while (start > 0 && (LETTER.test(text[start - 1]) || (text[start - 1] === "." && LETTER.test(text[start - 2] ?? "")))) start--;
		const word = text.slice(start, dot);
		if (word === "") return false;
		if (ABBREVIATIONS.has(word.toLowerCase())) return true;
		return word.split(".").every((part) => Array.from(part).filter((c) => /\p{L}/u.test(c)).length === 1);
	};
	let end = text.length;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === "?" || char === "!") {
			let j = i + 1;
			while (j < text.length && "?!.…".includes(text[j])) j++;
			j = skip(j);
			if (j >= text.length || text[j] === " ") { end = j; break; }
		} else if (char === "." || char === "…") {
			let j = i + 1;
			while (j < text.length && ".…".includes(text[j])) j++;
			j = skip(j);
			if (j >= text.length) { end = j; break; }
			if (text[j] !== " ") continue;
			const next = text[j + 1] ?? "";
			if (!/\p{Lu}/u.test(next) && !OPENING.has(next)) continue;
			if (char === "." && j === i + 1 && abbreviation(i)) continue;
			end = j;
			break;
		}
	}
	const sentence = text.slice(0, end).trim();
	const chars = Array.from(sentence);
	if (chars.length <= 200) return sentence;
	const room = chars.slice(0, 199);
	let cut = room.length;
	if (chars[199] !== " ") {
		const lastSpace = room.lastIndexOf(" ");
		if (lastSpace > 0) cut = lastSpace;
	}
	return `${room.slice(0, cut).join("").replace(/[\s,;:(\-–—]+$/u, "")}…`;
}

describe("firstSentence against the rule", () => {
	const piece = fc.constantFrom("A", "b", "Word", "Dr.", "e.g.", "U.S.", "J.", "a.m.", "v2.1", "É.", "e\u0301.", ".", "..", "?", "!", "…", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\ufeff", '"', "'", "“", "”", ")", "]", "*", "«", "»", "É", "𝐀", "\ud835", "x".repeat(90), "ß", "\u0301");
	it("reads whitespace as the summary on one line would, without making it so", () => {
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join("")), (summary) => {
				expect(firstSentence(summary)).toBe(firstSentenceByRule(summary));
			}),
			{ numRuns: 5000 },
		);
	});
});
