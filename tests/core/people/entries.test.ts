import { describe, expect, it } from "vitest";
import type { Contribution } from "../../../src/core/people/contribution";
import { compareEntries, entryLines, linkDisplay, oneLine, parseEntry, recentContextLine } from "../../../src/core/people/entries";
import { sortedTailIndex } from "../../../src/core/markdown/ordered-insert";

function contribution(extra: Partial<Contribution> = {}): Contribution {
	return {
		meetingPath: "Meetings/Sync.md", linkTarget: "Sync", date: "2025-10-01", title: "Weekly sync", attended: true, via: [],
		summarySentence: "We met.", facts: [], decisions: [], topics: [], contact: {}, namesSeen: [], ...extra,
	};
}

describe("entry lines", () => {
	it.each([
		{ name: "attended", extra: {}, line: "- 2025-10-01: [[Sync|Weekly sync]] - We met." },
		{ name: "mentioned: via the attendees", extra: { attended: false, via: ["Jai Menon", "Ann Ray"] }, line: "- 2025-10-01: [[Sync|Weekly sync]] - We met. (via Jai Menon, Ann Ray)" },
		{ name: "no sentence: no dash", extra: { summarySentence: "" }, line: "- 2025-10-01: [[Sync|Weekly sync]]" },
		{ name: "no sentence, via", extra: { summarySentence: "", via: ["A"] }, line: "- 2025-10-01: [[Sync|Weekly sync]] (via A)" },
		{ name: "| [ ] dropped from the title", extra: { title: "Q3 [draft] | plan" }, line: "- 2025-10-01: [[Sync|Q3 draft plan]] - We met." },
		{ name: "empty title: bare link", extra: { title: "[|]" }, line: "- 2025-10-01: [[Sync]] - We met." },
	])("Recent Context, $name", ({ extra, line }) => {
		expect(recentContextLine(contribution(extra))).toBe(line);
	});

	it("writes facts and decisions with their source, one line each, no repeats", () => {
		const c = contribution({ facts: ["Two\n  lines", "", "Two lines"], decisions: ["Ship it"] });
		expect(entryLines("keyFacts", c)).toEqual(["- Two lines ([[Sync|2025-10-01]])"]);
		expect(entryLines("keyDecisions", c)).toEqual(["- ✅ Ship it ([[Sync|2025-10-01]])"]);
	});

	it("helpers", () => {
		expect(oneLine("  a\r\n b\tc ")).toBe("a b c");
		expect(linkDisplay("[[x]] | y")).toBe("x y");
	});
});

describe("parseEntry", () => {
	it.each([
		{ part: "keyFacts" as const, line: "- Fact ([[Meetings/x|2025-01-02]])", entry: { date: "2025-01-02", link: "Meetings/x" } },
		{ part: "keyDecisions" as const, line: "- ✅ Do ([[x|2025-01-02]])  ", entry: { date: "2025-01-02", link: "x" } },
		{ part: "keyFacts" as const, line: "- A user fact", entry: null },
		{ part: "keyFacts" as const, line: "  - nested ([[x|2025-01-02]])", entry: null },
		{ part: "keyFacts" as const, line: "- Fact ([[x|2025-01-02]]) and more", entry: null },
		{ part: "recentContext" as const, line: "- 2025-09-30: [[Some note]] - old tool line (via Jai Menon)", entry: { date: "2025-09-30", link: "Some note" } },
		{ part: "recentContext" as const, line: "- 2025-09-30: [[x|Title]] - s", entry: { date: "2025-09-30", link: "x" } },
		{ part: "recentContext" as const, line: "- 2025-09-30 talked about things", entry: null },
	])("$line", ({ part, line, entry }) => {
		expect(parseEntry(part, line)).toEqual(entry);
	});
});

describe("compareEntries", () => {
	const key = (date: string, link: string, position = 0) => ({ date, link, position });
	it("orders facts by date, link, position; Recent Context newest first", () => {
		expect(compareEntries("keyFacts", key("2025-01-01", "b"), key("2025-01-02", "a"))).toBeLessThan(0);
		expect(compareEntries("keyFacts", key("2025-01-01", "a"), key("2025-01-01", "b"))).toBeLessThan(0);
		expect(compareEntries("keyFacts", key("2025-01-01", "a", 2), key("2025-01-01", "a", Infinity))).toBeLessThan(0);
		expect(compareEntries("recentContext", key("2025-01-02", "b"), key("2025-01-01", "a"))).toBeLessThan(0);
		expect(compareEntries("recentContext", key("2025-01-01", "a"), key("2025-01-01", "b"))).toBeLessThan(0);
	});
});

describe("sortedTailIndex", () => {
	it.each([
		{ list: [], value: "x", index: 0 },
		{ list: ["Retention", "External", "Apollo"], value: "Budget", index: 3 },
		{ list: ["Retention", "External", "Apollo"], value: "Analytics", index: 2 },
		{ list: ["Retention", "External", "Apollo"], value: "Zebra", index: 3 },
		{ list: ["a", "c"], value: "b", index: 1 },
		{ list: ["c", "a"], value: "b", index: 2 },
	])("$value into $list", ({ list, value, index }) => {
		expect(sortedTailIndex(list, value)).toBe(index);
	});

	it("adding in any order gives the same list", () => {
		const add = (list: string[], values: string[]): string[] => {
			const result = [...list];
			for (const value of values) result.splice(sortedTailIndex(result, value), 0, value);
			return result;
		};
		const start = ["Retention", "External", "Apollo"];
		expect(add(start, ["Zeta", "Beta", "Alpha"])).toEqual(add(start, ["Alpha", "Zeta", "Beta"]));
		expect(add([], ["b", "a", "c"])).toEqual(["a", "b", "c"]);
	});
});
