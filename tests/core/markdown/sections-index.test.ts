// IndexedNote keeps its scan (non-text lines, headings) current through the
// edits of a merge; after any edits it must say what a fresh scan says.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinLines, splitLines } from "../../../src/core/markdown/lines";
import { IndexedNote, listHeadings, nonTextMask } from "../../../src/core/markdown/sections";
import { insertLineGroups } from "../../../src/core/markdown/line-edit";

const line = fc.constantFrom(
	"",
	"text",
	"- an entry ([[m|2025-01-01]])",
	"## Key Facts",
	"### Sub",
	"# Title",
	"#tag",
	"    ## indented code",
	"```",
	"```js",
	"~~~",
	"````",
	"``` a`b",
	"> ```",
	"> ## quoted",
	"---",
	"title: x",
	"| **Role** | x |",
);

const lines = fc.array(line, { maxLength: 14 });

type Edit =
	| { kind: "insert"; groups: [number, string[]][] }
	| { kind: "remove"; at: number[] }
	| { kind: "set"; at: number; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ kind: fc.constant("insert" as const), groups: fc.array(fc.tuple(fc.nat(16), fc.array(line, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }) }),
	fc.record({ kind: fc.constant("remove" as const), at: fc.array(fc.nat(16), { minLength: 1, maxLength: 3 }) }),
	fc.record({ kind: fc.constant("set" as const), at: fc.nat(16), text: line }),
);

function apply(index: IndexedNote, step: Edit): void {
	const count = index.lines.length;
	if (step.kind === "insert") index.insertGroups(new Map(step.groups.map(([at, group]) => [Math.min(at, count), group])));
	else if (step.kind === "remove") index.removeLines(step.at.filter((at) => at < count));
	else if (step.at < count) index.setLine(step.at, step.text);
}

describe("IndexedNote", () => {
	it("after any edits, agrees with a fresh scan (non-text lines and headings)", () => {
		fc.assert(
			fc.property(lines, fc.array(edit, { maxLength: 6 }), (start, edits) => {
				const index = new IndexedNote(splitLines(start.join("\n")));
				index.headings();
				for (const step of edits) {
					apply(index, step);
					const current = index.lines;
					const mask = nonTextMask(current);
					expect(current.map((_, i) => index.isNonText(i))).toEqual(mask);
					expect(index.headings()).toEqual(listHeadings(current));
				}
			}),
			{ numRuns: 400 },
		);
	});

	it("edits the lines exactly as line-edit.ts does", () => {
		fc.assert(
			fc.property(lines, fc.array(fc.tuple(fc.nat(16), fc.array(line, { minLength: 1, maxLength: 2 })), { minLength: 1, maxLength: 3 }), fc.boolean(), (start, groups, crlf) => {
				const text = start.join(crlf ? "\r\n" : "\n");
				const plain = splitLines(text);
				const index = new IndexedNote(splitLines(text));
				const map = new Map(groups.map(([at, group]) => [Math.min(at, plain.lines.length), group]));
				insertLineGroups(plain, map);
				index.insertGroups(map);
				expect(joinLines(index.note)).toBe(joinLines(plain));
			}),
		);
	});

	it("entry lines, headings and blank lines added or removed need no second scan", () => {
		const index = new IndexedNote(splitLines("---\na: 1\n---\n# P\n\n## Key Facts\n\n```\n## not a heading\n```\n\n## Recent Context\n"));
		index.insertGroups(new Map([[7, ["- x ([[m|2025-01-01]])", ""]], [12, ["", "## Profile", "- y"]]]));
		index.removeLines([7]);
		index.setLine(13, "- z");
		expect(index.headings().map((h) => h.text)).toEqual(["P", "Key Facts", "Recent Context", "Profile"]);
		expect(index.isNonText(8)).toBe(true);
		expect(index.scans).toBe(1);
	});

	it("a fence added or removed makes it scan again, so code below changes", () => {
		const index = new IndexedNote(splitLines("## A\n- a\n## B\n- b\n"));
		expect(index.headings().map((h) => h.text)).toEqual(["A", "B"]);
		index.insertLines(2, ["```"]);
		expect(index.headings().map((h) => h.text)).toEqual(["A"]);
		expect(index.isNonText(4)).toBe(true);
		index.removeLines([2]);
		expect(index.headings().map((h) => h.text)).toEqual(["A", "B"]);
	});
});

describe("insertLineGroups with one group", () => {
	it.each([
		{ name: "in the middle, CRLF", text: "a\r\nb\r\n", at: 1, add: ["x", "y"], after: "a\r\nx\r\ny\r\nb\r\n" },
		{ name: "at the start", text: "a\nb", at: 0, add: ["x"], after: "x\na\nb" },
		{ name: "before the last line without newline", text: "a\nb", at: 1, add: ["x"], after: "a\nx\nb" },
		{ name: "after the last line", text: "a\nb", at: 2, add: ["x"], after: "a\nb\nx" },
	])("$name", ({ text, at, add, after }) => {
		const note = splitLines(text);
		insertLineGroups(note, new Map([[at, add]]));
		expect(joinLines(note)).toBe(after);
	});
});
