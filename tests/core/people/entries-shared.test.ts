// The lines and hashes built once per meeting are exactly those built for
// each contribution alone, whatever the link, date and text look like.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contribution } from "../../../src/core/people/contribution";
import { entryIdentity, entryLines, writtenHash } from "../../../src/core/people/entries";
import type { EntryPart } from "../../../src/core/people/entries";
import { entryList, MeetingItems, SharedEntryText, shareList } from "../../../src/core/people/entries-shared";
import { isLineHash, lineHash } from "../../../src/core/people/freshness-hash";

const PARTS: EntryPart[] = ["recentContext", "keyFacts", "keyDecisions"];

const fields = fc.record({
	linkTarget: fc.constantFrom("2025-10-01 Sync", "Meetings/2025/x", "a|b", "x]]y", "with [brackets]", "", "(paren) ([[odd"),
	date: fc.constantFrom("2025-10-01", "2025-1-5", ""),
	title: fc.constantFrom("Sync", "Q3 [draft] | plan", "", "1:1 with Ann"),
	summarySentence: fc.constantFrom("", "We met.", "Two\nlines."),
	facts: fc.array(fc.constantFrom("A fact.", "A fact.", "", "  ", "Two\n  lines", "Ends ([[x|2025-01-01]])", "Has ✅ emoji"), { maxLength: 4 }),
	decisions: fc.array(fc.constantFrom("Ship it", "Ship it", "", "Hire ([[y|2024-02-02]])"), { maxLength: 3 }),
	via: fc.array(fc.constantFrom("Jai Menon", "Ann\nRay"), { maxLength: 2 }),
});

function contribution(extra: Partial<Contribution>): Contribution {
	return {
		meetingPath: "Meetings/m.md", linkTarget: "m", date: "2025-10-01", title: "T", attended: true, via: [],
		summarySentence: "", facts: [], decisions: [], topics: [], contact: {}, namesSeen: [], ...extra,
	};
}

describe("entryList", () => {
	it("gives entryLines and their identity hashes, shared or not", () => {
		fc.assert(
			fc.property(fields, fc.boolean(), (values, withShared) => {
				const shared = withShared ? new SharedEntryText(values.linkTarget, values.date) : undefined;
				const first = contribution({ ...values, shared });
				// A second participant of the same meeting, reading the shared text.
				const second = contribution({ ...values, via: [], facts: [...values.facts].reverse(), shared });
				for (const c of [first, second, first]) {
					for (const part of PARTS) {
						const list = entryList(part, c);
						expect(list.lines).toEqual(entryLines(part, c));
						expect(list.hashes).toEqual(list.lines.map((line) => entryIdentity(part, line).hash));
					}
				}
			}),
			{ numRuns: 500 },
		);
	});

	it("text built for another link or date is not used", () => {
		const shared = new SharedEntryText("old", "2025-01-01");
		const before = contribution({ linkTarget: "old", date: "2025-01-01", facts: ["A"], shared });
		entryList("keyFacts", before);
		const moved = { ...before, linkTarget: "new" };
		expect(entryList("keyFacts", moved).lines).toEqual(["- A ([[new|2025-01-01]])"]);
	});
});

describe("shareList", () => {
	const texts = fc.array(fc.constantFrom("A fact.", "A fact.", "A  fact.", "", "  ", "Two\n  lines", "Has ✅ emoji", "x ([[y|2025-01-01]])"), { maxLength: 6 });
	it("records for a list of a meeting's items (one given twice, two reading the same) the lines entryList builds alone", () => {
		fc.assert(
			fc.property(fields, texts, fc.array(fc.nat(5)), fc.constantFrom("keyFacts" as const, "keyDecisions" as const), (values, items, picks, part) => {
				const indexes = picks.filter((index) => index < items.length).sort((a, b) => a - b);
				const shared = new SharedEntryText(values.linkTarget, values.date);
				const meetingItems = new MeetingItems(part, items, shared);
				// Some items were built before, for someone else.
				if (items.length > 0) meetingItems.at(items.length - 1);
				const list = indexes.map((index) => items[index]);
				shareList(shared, list, meetingItems, indexes);
				const alone = contribution({ ...values, facts: list, decisions: list });
				const built = entryList(part, { ...alone, shared });
				expect(built.lines).toEqual(entryLines(part, alone));
				expect(built.hashes).toEqual(built.lines.map((line) => entryIdentity(part, line).hash));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("line identity", () => {
	it.each([
		{ part: "keyFacts" as const, line: "- A fact ([[Meetings/x|2025-01-02]])", moved: "- A fact ([[Archive/x|2025-01-02]])" },
		{ part: "keyDecisions" as const, line: "- ✅ Do ([[x|2025-01-02]])", moved: "- ✅ Do ([[y|2025-01-02]])" },
		{ part: "recentContext" as const, line: "- 2025-01-02: [[x|Title]] - s", moved: "- 2025-01-02: [[Other/x|Title]] - s" },
		{ part: "recentContext" as const, line: "- 2025-01-02: [[x]] - s", moved: "- 2025-01-02: [[y]] - s" },
	])("a relinked line keeps its hash: $line", ({ part, line, moved }) => {
		expect(entryIdentity(part, moved).hash).toBe(entryIdentity(part, line).hash);
		expect(entryIdentity(part, moved).link).not.toBe(entryIdentity(part, line).link);
	});

	it("any other change changes it", () => {
		expect(entryIdentity("keyFacts", "- A fact ([[x|2025-01-02]])").hash).not.toBe(entryIdentity("keyFacts", "- A fact ([[x|2025-01-03]])").hash);
		expect(entryIdentity("keyFacts", "- A fact ([[x|2025-01-02]])").hash).not.toBe(entryIdentity("keyFacts", "- A fakt ([[x|2025-01-02]])").hash);
	});

	it("a line without a link is hashed whole, never like a linked line without its link", () => {
		expect(entryIdentity("keyFacts", "- mine")).toEqual({ hash: lineHash("- mine"), link: null });
		expect(entryIdentity("keyFacts", "- A ([[|2025-01-02]])").hash).not.toBe(entryIdentity("keyFacts", "- A ([[x|2025-01-02]])").hash);
	});

	it("a line ending in a non-breaking space after its source is still an entry", () => {
		expect(entryIdentity("keyFacts", "- A ([[x|2025-01-02]])\u00A0").link).toBe("x");
	});

	it("writtenHash is the identity hash, without parsing the line", () => {
		const c = contribution({ linkTarget: "Meetings/x", date: "2025-01-02" });
		const lines: [EntryPart, string][] = [["keyFacts", "- A ([[Meetings/x|2025-01-02]])"], ["recentContext", "- 2025-01-02: [[Meetings/x|T]] - s (via A)"]];
		for (const [part, line] of lines) expect(writtenHash(part, line, c)).toBe(entryIdentity(part, line).hash);
	});

	it("hashes are 8 characters of base 36", () => {
		for (const text of ["", "a", "- A fact ([[x|2025-01-02]])", "😀".repeat(500)]) {
			expect(lineHash(text)).toMatch(/^[0-9a-z]{8}$/);
			expect(isLineHash(lineHash(text))).toBe(true);
		}
		expect(isLineHash("- 2025-01-01: [[x]]")).toBe(false);
		expect(isLineHash(42)).toBe(false);
	});
});
