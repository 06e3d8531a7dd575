import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSimpleYaml } from "../../../src/core/markdown/yaml-fast";
import { parseYamlWithLibrary } from "../../../src/core/markdown/frontmatter";

// The fast path must give exactly what the full parser gives, or step aside.
function agrees(source: string): void {
	const fast = parseSimpleYaml(source);
	if (fast === undefined) return;
	let full: unknown;
	try {
		full = parseYamlWithLibrary(source);
	} catch (error) {
		throw new Error(`fast path accepted YAML the full parser rejects:\n${source}\n${String(error)}`);
	}
	expect(fast).toEqual(full);
}

const seedFrontmatter = `type: "people"
title: "1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk"
date: "2025-09-30"
person: ""
participants: ["Jason Vallery", "Jai Menon", "Manish Sah", "Ong (last name unknown)", "Juergen (last name unknown)", "Pete Emig"]
source: "transcript"
source_ref: "/Users/jason.vallery/Documents/Notes/Sources/Transcripts/2026/2025-09-30 - Jason shared.md"
tags:
  - "type/people"
  - "person/"
  - "generated"
`;

describe("fast YAML path", () => {
	it("takes the seed's frontmatter and agrees with the full parser", () => {
		expect(parseSimpleYaml(seedFrontmatter)).toBeDefined();
		agrees(seedFrontmatter);
	});

	it.each([
		{ name: "times and leading zeros stay as written", source: "time: 10:30\nid: 0123\n", fast: true },
		{ name: "dates stay strings", source: "date: 2025-09-30\ncreated: '2026-01-03'\n", fast: true },
		{ name: "attendee objects", source: "attendees:\n  - name: Alice Smith\n    email: alice@example.com\n  - name: Bob\n", fast: true },
		{ name: "a nested map goes to the full parser", source: "a:\n  b: 1\n", fast: false },
		{ name: "a comment after a value is dropped", source: "a: b # note\n", fast: true },
		{ name: "a comment line is skipped", source: "# mine\na: b\n", fast: true },
		{ name: "duplicate keys go to the full parser", source: "a: 1\na: 2\n", fast: false },
		{ name: "booleans and null", source: "a: true\nb: False\nc: ~\nd:\n", fast: true },
		{ name: "escapes in double quotes", source: 'a: "x \\"y\\" \\\\ z"\n', fast: true },
		{ name: "unusual escapes go to the full parser", source: 'a: "\\x41"\n', fast: false },
		{ name: "single quotes with doubled quote", source: "a: 'it''s'\n", fast: true },
		{ name: "flow list with quoted commas", source: 'a: ["x, y", z]\n', fast: true },
		{ name: "anchors go to the full parser", source: "a: &x 1\nb: *x\n", fast: false },
		{ name: "CRLF", source: "a: b\r\nc:\r\n  - d\r\n", fast: true },
	])("$name", ({ source, fast }) => {
		expect(parseSimpleYaml(source) !== undefined).toBe(fast);
		agrees(source);
	});

	it("agrees with the full parser on generated frontmatter", () => {
		const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._/()@'-]{0,12}$/);
		const scalarText = fc.oneof(
			word,
			fc.constantFrom("true", "false", "null", "~", "0", "42", "-7", "0123", "1.5", "10:30", ".inf", ".NaN", "0o17", "0x1F", "1e3", "+5", "yes", "off", "1_000", "12:30:45", "Null", "TRUE", "tRue", "2025-09-30", "a: b", "x #y", "#tag", "- item", "[x]", "", "José", "📅 due"),
			fc.string({ maxLength: 10 }),
		);
		const quoted = scalarText.map((s) => JSON.stringify(s));
		const single = scalarText.map((s) => `'${s.replace(/'/g, "''")}'`);
		const value = fc.oneof(scalarText, quoted, single);
		const flow = fc.array(fc.oneof(word, quoted), { maxLength: 4 }).map((items) => `[${items.join(", ")}]`);
		const block = fc.tuple(fc.constantFrom("", "  "), fc.array(value, { minLength: 1, maxLength: 3 })).map(([indent, items]) => "\n" + items.map((i) => `${indent}- ${i}`).join("\n"));
		const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,8}$/);
		const entry = fc.tuple(key, fc.oneof(value.map((v) => ` ${v}`), flow.map((f) => ` ${f}`), block, fc.constant(""))).map(([k, v]) => `${k}:${v}`);
		fc.assert(fc.property(fc.array(entry, { maxLength: 6 }), (entries) => agrees(entries.join("\n") + "\n")), { numRuns: 2000 });
	});
});
