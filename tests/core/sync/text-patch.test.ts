import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyEdits, detached, editsBetween, hasOldStretches, revertEdits } from "../../../src/core/sync/text-patch";

const cases = [
	{ name: "a task line gets a mention", before: "# M\n- [ ] a 📅 1\n- [ ] b\n", after: "# M\n- [ ] a @X 📅 1\n- [ ] b\n", edits: [{ at: 12, old: "", new: "@X " }] },
	{ name: "two lines change, the line between does not", before: "- [ ] a ðŸ“…\nkeep\n- [ ] b ðŸ“…\n", after: "- [ ] a 📅\nkeep\n- [ ] b 📅\n", edits: [{ at: 8, old: "ðŸ“…", new: "📅" }, { at: 26, old: "ðŸ“…", new: "📅" }] },
	{ name: "nothing changed", before: "same\n", after: "same\n", edits: [] },
	{ name: "a line added: one edit for the stretch", before: "a\n", after: "a\nb\n", edits: [{ at: 2, old: "", new: "b\n" }] },
	{ name: "one emoji for another that shares its first half", before: "x 📅 y", after: "x 🔼 y", edits: [{ at: 2, old: "📅", new: "🔼" }] },
];

describe("a task fix kept as the characters it changes", () => {
	it.each(cases)("$name", ({ before, after, edits }) => {
		const found = editsBetween(before, after);
		expect(found).toEqual(edits);
		expect(applyEdits(before, found)).toBe(after);
		expect(revertEdits(after, found)).toBe(before);
		expect(hasOldStretches(before, found)).toBe(true);
	});

	it("goes from either text to the other for any pair of texts", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (before, after) => {
				const edits = editsBetween(before, after);
				expect(applyEdits(before, edits)).toBe(after);
				expect(revertEdits(after, edits)).toBe(before);
			}),
		);
	});

	it("goes from either text to the other for notes whose lines change in place", () => {
		const line = fc.string({ unit: "grapheme", maxLength: 12 }).map((text) => text.replace(/\n/g, ""));
		fc.assert(
			fc.property(fc.array(fc.tuple(line, line, fc.boolean())), (rows) => {
				const before = rows.map(([a]) => a).join("\n");
				const after = rows.map(([a, b, change]) => (change ? b : a)).join("\n");
				const edits = editsBetween(before, after);
				expect(applyEdits(before, edits)).toBe(after);
				expect(revertEdits(after, edits)).toBe(before);
			}),
		);
	});

	it("never cuts an emoji in half", () => {
		for (const edit of editsBetween("a 📅 b 📅", "a 🔼 b 📆")) {
			for (const text of [edit.old, edit.new]) expect(text).toBe(Array.from(text).join(""));
			expect(edit.old).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
		}
	});

	it("tells a text that still has the old characters from one that does not", () => {
		const edits = editsBetween("- [ ] a ðŸ“…\n", "- [ ] a 📅\n");
		expect(hasOldStretches("- [ ] a ðŸ“…\n", edits)).toBe(true);
		expect(hasOldStretches("- [ ] a 📅\n", edits)).toBe(false);
	});

	it("keeps a copy of the cut characters, equal to them", () => {
		const text = "a long line of a meeting note that is cut";
		expect(detached(text.slice(2, 30))).toBe(text.slice(2, 30));
		expect(detached("short")).toBe("short");
	});
});
