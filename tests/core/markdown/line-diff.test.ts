import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lineDiff } from "../../../src/core/markdown/line-diff";

const show = (before: string, after: string) =>
	lineDiff(before, after).map((l) => (l.kind === "added" ? "+" : l.kind === "removed" ? "-" : " ") + l.text);

describe("lineDiff", () => {
	it.each([
		{ name: "no change", before: "a\nb", after: "a\nb", diff: [" a", " b"] },
		{ name: "a line added in the middle", before: "a\nc", after: "a\nb\nc", diff: [" a", "+b", " c"] },
		{ name: "a line removed", before: "a\nb\nc", after: "a\nc", diff: [" a", "-b", " c"] },
		{ name: "a line replaced", before: "a\nb\nc", after: "a\nB\nc", diff: [" a", "-b", "+B", " c"] },
		{ name: "a new file", before: "", after: "x\ny", diff: ["+x", "+y"] },
		{ name: "CRLF lines compare as lines", before: "a\r\nb", after: "a\r\nb\r\nc", diff: [" a", " b", "+c"] },
	])("$name", ({ before, after, diff }) => {
		expect(show(before, after)).toEqual(diff);
	});

	it("always rebuilds both sides", () => {
		const text = fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 12 }).map((l) => l.join("\n"));
		fc.assert(
			fc.property(text, text, (before, after) => {
				const diff = lineDiff(before, after);
				const a = diff.filter((l) => l.kind !== "added").map((l) => l.text).join("\n");
				const b = diff.filter((l) => l.kind !== "removed").map((l) => l.text).join("\n");
				expect(a).toBe(before);
				expect(b).toBe(after);
			}),
		);
	});
});
