import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyPatch, detached, patchBetween } from "../../../src/core/sync/text-patch";
import { withPatchedText } from "../../../src/core/sync/planned-write";
import type { PlannedWrite } from "../../../src/core/sync/planned-write";
import { contentHash } from "../../../src/core/sync/content-hash";

const cases = [
	{ name: "one task line changed", before: "# M\n- [ ] a 📅 1\n- [ ] b\n", after: "# M\n- [ ] a @X 📅 1\n- [ ] b\n", middle: "@X " },
	{ name: "nothing changed", before: "same\n", after: "same\n", middle: "" },
	{ name: "text added at the end", before: "a\n", after: "a\nb\n", middle: "b\n" },
	{ name: "text removed at the start", before: "xa\n", after: "a\n", middle: "" },
	{ name: "everything replaced", before: "abc", after: "xyz", middle: "xyz" },
	{ name: "a repeated character is not counted twice", before: "aaa", after: "aa", middle: "" },
	{ name: "emoji halves (surrogates) around the change", before: "✅ 📅 a", after: "✅ 📅 b", middle: "b" },
];

describe("a planned text kept as a patch of the old one", () => {
	it.each(cases)("$name", ({ before, after, middle }) => {
		const patch = patchBetween(before, after);
		expect(patch.middle).toBe(middle);
		expect(applyPatch(before, patch)).toBe(after);
	});

	it("gives back the new text for any pair of texts", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (before, after) => {
				expect(applyPatch(before, patchBetween(before, after))).toBe(after);
			}),
		);
	});

	it("keeps a copy of the cut characters, equal to them", () => {
		const text = "a long line of a meeting note that is cut";
		expect(detached(text.slice(2, 30))).toBe(text.slice(2, 30));
		expect(detached("short")).toBe("short");
	});

	it("a patched write hashes its planned text once and makes the same text again on each use", () => {
		const before = "---\ndate: 2026-01-01\n---\n- [ ] Send the deck 📅 2026-01-05\n";
		const after = "---\ndate: 2026-01-01\n---\n- [ ] Send the deck @JaiMenon 📅 2026-01-05\n";
		const write: PlannedWrite = { path: "m.md", kind: "update", before, after, redo: () => ({ text: after }), counts: "tasks" };
		const patched = withPatchedText(write);
		expect(patched.afterHash).toBe(contentHash(after));
		expect(patched.after).toBe(after);
		expect(patched.after).toBe(after);
		expect(patched.before).toBe(before);
		expect(patched.redo("x")).toEqual({ text: after });
	});
});
