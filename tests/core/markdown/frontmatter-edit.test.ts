import { describe, expect, it } from "vitest";
import { addFrontmatterListItems, editFrontmatter, setFrontmatterScalar } from "../../../src/core/markdown/frontmatter-edit";
import type { ListEditOptions, ScalarEditOptions } from "../../../src/core/markdown/frontmatter-edit";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { formatScalar, needsQuoting, readScalar } from "../../../src/core/markdown/yaml-scalar";
import { sortedTailIndex } from "../../../src/core/markdown/ordered-insert";

const setScalar = (text: string, key: string, value: string, options?: ScalarEditOptions): string =>
	editFrontmatter(text, (note) => setFrontmatterScalar(note, key, value, options));
const addItems = (text: string, key: string, values: string[], options?: ListEditOptions): string =>
	editFrontmatter(text, (note) => addFrontmatterListItems(note, key, values, options));

describe("setFrontmatterScalar", () => {
	it.each([
		{ name: "single quotes kept", before: "---\nlast_contact: '2025-09-30'\n---\n", after: "---\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "double quotes kept", before: "---\nlast_contact: \"2025-09-30\"\n---\n", after: "---\nlast_contact: \"2025-10-02\"\n---\n" },
		{ name: "plain kept", before: "---\nlast_contact: 2025-09-30\n---\n", after: "---\nlast_contact: 2025-10-02\n---\n" },
		{ name: "comment after the value kept", before: "---\nlast_contact: '2025-09-30'  # by hand\n---\n", after: "---\nlast_contact: '2025-10-02'  # by hand\n---\n" },
		{ name: "a plain date replaced by a plain date", before: "---\nlast_contact: 2025-09-30 # typed\n---\n", after: "---\nlast_contact: 2025-10-02 # typed\n---\n" },
		{ name: "a plain non-date value gets quotes it needs", before: "---\nlast_contact: soon\n---\n", after: "---\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "empty value filled (a string date is quoted)", before: "---\nlast_contact:\n---\n", after: "---\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "null value filled", before: "---\nlast_contact: ~\n---\n", after: "---\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "new key before the closing line", before: "---\ntitle: X\n---\nbody\n", after: "---\ntitle: X\nlast_contact: '2025-10-02'\n---\nbody\n" },
		{ name: "no frontmatter: one is made at the top", before: "# X\n", after: "---\nlast_contact: '2025-10-02'\n---\n# X\n" },
		{ name: "empty note", before: "", after: "---\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "CRLF kept", before: "---\r\ntitle: X\r\n---\r\n", after: "---\r\ntitle: X\r\nlast_contact: '2025-10-02'\r\n---\r\n" },
		{ name: "BOM kept", before: "\uFEFF---\ntitle: X\n---\n", after: "\uFEFF---\ntitle: X\nlast_contact: '2025-10-02'\n---\n" },
		{ name: "same value: nothing changes", before: "---\nlast_contact:   2025-10-02 # x\n---\n", after: "---\nlast_contact:   2025-10-02 # x\n---\n" },
		{ name: "folded value replaced whole", before: "---\nlast_contact: >\n  2025-09-30\n# keep\nx: 1\n---\n", after: "---\nlast_contact: '2025-10-02'\n# keep\nx: 1\n---\n" },
	])("$name", ({ before, after }) => {
		expect(setScalar(before, "last_contact", "2025-10-02")).toBe(after);
	});

	it("puts a new key after its anchor, past the anchor's list and before comments", () => {
		const before = "---\ntitle: X\ncreated: '2026-01-03'\n# about tags\ntags:\n- a\n---\n";
		expect(setScalar(before, "last_contact", "2025-10-02", { after: ["created"], style: "single" })).toBe(
			"---\ntitle: X\ncreated: '2026-01-03'\nlast_contact: '2025-10-02'\n# about tags\ntags:\n- a\n---\n",
		);
		const list = "---\ntags:\n  - a\n  - b\n# note\nz: 1\n---\n";
		expect(setScalar(list, "note", "v", { after: ["tags"] })).toBe("---\ntags:\n  - a\n  - b\nnote: v\n# note\nz: 1\n---\n");
		// `n` is a boolean to YAML 1.1: as a new key it is quoted.
		expect(setScalar("---\n---\n", "n", "v")).toBe("---\n'n': v\n---\n");
	});

	it("puts a new key right before another one", () => {
		const before = "---\ntitle: X\n# names\naliases: [a]\n---\n";
		expect(setScalar(before, "last_contact", "2025-10-02", { before: ["aliases"] })).toBe("---\ntitle: X\n# names\nlast_contact: '2025-10-02'\naliases: [a]\n---\n");
	});

	it("quotes a plain value only when YAML needs it", () => {
		expect(setScalar("---\nrole: x\n---\n", "role", "CTO: Platform")).toBe("---\nrole: 'CTO: Platform'\n---\n");
		expect(setScalar("---\nrole: x\n---\n", "role", "it's fine")).toBe("---\nrole: it's fine\n---\n");
		expect(setScalar("---\nrole: 'x'\n---\n", "role", "it's")).toBe("---\nrole: 'it''s'\n---\n");
	});

	it("leaves an unclosed frontmatter alone", () => {
		expect(setScalar("---\ntitle: X\n", "a", "b")).toBe("---\ntitle: X\n");
	});

	it("never touches other lines: comments, unknown keys, their formatting", () => {
		const before = "---\n# a comment\nweird:   {a: 1,   b: [x]}   # keep\nlast_contact: '2025-01-01'\nlist:\n    -   spaced\n---\n";
		const after = setScalar(before, "last_contact", "2025-10-02");
		expect(after).toBe(before.replace("2025-01-01", "2025-10-02"));
	});
});

describe("addFrontmatterListItems", () => {
	it.each([
		{ name: "block list, indentation kept", before: "---\naliases:\n  - Pete\n---\n", after: "---\naliases:\n  - Pete\n  - P. Emig\n---\n" },
		{ name: "block list without indentation", before: "---\naliases:\n- Pete\ntags: x\n---\n", after: "---\naliases:\n- Pete\n- P. Emig\ntags: x\n---\n" },
		{ name: "quoted block items: new item quoted alike", before: "---\naliases:\n  - \"Pete\"\n---\n", after: "---\naliases:\n  - \"Pete\"\n  - \"P. Emig\"\n---\n" },
		{ name: "flow list", before: "---\naliases: [Pete, 'Emig']  # names\n---\n", after: "---\naliases: [Pete, 'Emig', P. Emig]  # names\n---\n" },
		{ name: "empty flow list", before: "---\naliases: []\n---\n", after: "---\naliases: [P. Emig]\n---\n" },
		{ name: "empty key becomes a block list", before: "---\naliases:\ntitle: x\n---\n", after: "---\naliases:\n  - P. Emig\ntitle: x\n---\n" },
		{ name: "null key becomes a block list, comment kept", before: "---\naliases: ~ # none yet\n---\n", after: "---\naliases: # none yet\n  - P. Emig\n---\n" },
		{ name: "scalar turned into a flow list", before: "---\naliases: Pete\n---\n", after: "---\naliases: [Pete, P. Emig]\n---\n" },
		{ name: "scalar with a comma quoted when it joins a flow list", before: "---\naliases: Emig, Pete\n---\n", after: "---\naliases: ['Emig, Pete', P. Emig]\n---\n" },
		{ name: "missing key: block list in the note's own indentation", before: "---\ntags:\n- a\n---\n", after: "---\ntags:\n- a\naliases:\n- P. Emig\n---\n" },
		{ name: "missing key, no other list: two spaces", before: "---\ntitle: X\n---\n", after: "---\ntitle: X\naliases:\n  - P. Emig\n---\n" },
		{ name: "no frontmatter", before: "# X\n", after: "---\naliases:\n  - P. Emig\n---\n# X\n" },
		{ name: "already there in another case", before: "---\naliases: [p. emig]\n---\n", after: "---\naliases: [p. emig]\n---\n" },
		{ name: "scalar equal to the value stays a scalar", before: "---\naliases: P. Emig\n---\n", after: "---\naliases: P. Emig\n---\n" },
		{ name: "comments between block items kept", before: "---\naliases:\n  - a # first\n  # between\n  - b\n---\n", after: "---\naliases:\n  - a # first\n  # between\n  - b\n  - P. Emig\n---\n" },
		{ name: "CRLF", before: "---\r\naliases:\r\n  - a\r\n---\r\n", after: "---\r\naliases:\r\n  - a\r\n  - P. Emig\r\n---\r\n" },
	])("$name", ({ before, after }) => {
		expect(addItems(before, "aliases", ["P. Emig"])).toBe(after);
	});

	it("quotes new items only when YAML needs it", () => {
		expect(addItems("---\naliases: [a]\n---\n", "aliases", ["Smith, John", "2024", "yes", "#1"])).toBe("---\naliases: [a, 'Smith, John', '2024', 'yes', '#1']\n---\n");
		expect(addItems("---\naliases:\n  - a\n---\n", "aliases", ["Smith, John"])).toBe("---\naliases:\n  - a\n  - Smith, John\n---\n");
	});

	it("places items where `place` says, in block and flow lists", () => {
		const place = (current: readonly string[], value: string): number => sortedTailIndex(current, value);
		expect(addItems("---\naliases:\n  - b\n  - d\n---\n", "aliases", ["c", "a"], { place })).toBe("---\naliases:\n  - a\n  - b\n  - c\n  - d\n---\n");
		expect(addItems("---\naliases: [b, d]\n---\n", "aliases", ["c", "a"], { place })).toBe("---\naliases: [a, b, c, d]\n---\n");
		expect(addItems("---\naliases: [ b ,d ]\n---\n", "aliases", ["c"], { place })).toBe("---\naliases: [ b ,c, d ]\n---\n");
	});

	it("does not add a value twice", () => {
		expect(addItems("---\naliases: []\n---\n", "aliases", ["A", "a", "B"])).toBe("---\naliases: [A, B]\n---\n");
	});

	it("leaves a key it cannot extend safely alone", () => {
		const mapping = "---\naliases:\n  first: a\n---\n";
		expect(addItems(mapping, "aliases", ["b"])).toBe(mapping);
		const literal = "---\naliases: |\n  a\n---\n";
		expect(addItems(literal, "aliases", ["b"])).toBe(literal);
	});

	it("every edit still parses to the intended values", () => {
		const text = addItems("---\n# c\naliases: [x]\nother: 'keep'\n---\n", "aliases", ["Smith, John", "O'Brien", "null", "a: b", "-x", "José"]);
		const parsed = readFrontmatter(text);
		expect(parsed.kind === "ok" && parsed.data).toEqual({ aliases: ["x", "Smith, John", "O'Brien", "null", "a: b", "-x", "José"], other: "keep" });
	});
});

describe("YAML scalars", () => {
	it.each([
		["plain", false],
		["Jai Menon", false],
		["it's", false],
		["v2.1", false],
		["", true],
		[" padded", true],
		["true", true],
		["No", true],
		["~", true],
		["12", true],
		["1.5e3", true],
		["0x1F", true],
		["10:30", true],
		["2025-09-30", true],
		["key: value", true],
		["a #b", true],
		["@mention", true],
		["`code`", true],
		["line\nbreak", true],
	])("%j needs quoting: %s", (value, expected) => {
		expect(needsQuoting(value)).toBe(expected);
	});

	it("reads back what it writes, for every style", () => {
		for (const value of ["x", "it's", 'say "hi"', "a\\b", "tab\there", "2025-09-30", "José", ""]) {
			for (const style of ["plain", "single", "double"] as const) {
				const written = formatScalar(value, style);
				expect(readScalar(written)).toBe(value);
				const parsed = readFrontmatter(`---\nk: ${written}\n---\n`);
				expect(parsed.kind === "ok" && parsed.data.k).toBe(value);
			}
		}
	});
});
