// The fast YAML path drops a comment after a value (person notes carry them:
// `company: Wingtip  # where they work now`) and must still give exactly what
// the full parser gives, or step aside.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseSimpleYaml } from "../../../src/core/markdown/yaml-fast";
import { parseYamlWithLibrary } from "../../../src/core/markdown/frontmatter";

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

describe("fast YAML path with comments", () => {
	it.each([
		{ name: "after a plain value", source: "company: Wingtip  # where they work now\n", data: { company: "Wingtip" } },
		{ name: "after a quoted value", source: "a: 'x # y' # z\nb: \"q\" #c\n", data: { a: "x # y", b: "q" } },
		{ name: "after a flow list", source: "tags: [a, \"b # c\"] # d\n", data: { tags: ["a", "b # c"] } },
		{ name: "after a key with a block list", source: "tags: # mine\n  - a # first\n  - b\n", data: { tags: ["a", "b"] } },
		{ name: "a key with only a comment", source: "a: # nothing\nb: 1\n", data: { a: null, b: 1 } },
		{ name: "inside attendee objects", source: "attendees:\n  - name: Alice # host\n    email: a@x.io # work\n", data: { attendees: [{ name: "Alice", email: "a@x.io" }] } },
		{ name: "a # without a space before it is text", source: "a: b#c\n", data: { a: "b#c" } },
	])("$name", ({ source, data }) => {
		expect(parseSimpleYaml(source)).toEqual(data);
		agrees(source);
	});

	it.each([
		{ name: "a tab before the comment", source: "a: b\t# c\n" },
		{ name: "text after a quoted value", source: "a: 'x' y # z\n" },
		{ name: "an unclosed flow list before a comment", source: "a: [x # y]\n" },
	])("steps aside: $name", ({ source }) => {
		expect(parseSimpleYaml(source)).toBeUndefined();
	});

	it("agrees with the full parser on generated frontmatter with comments", () => {
		const word = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._/()@'#-]{0,12}$/);
		const text = fc.oneof(word, fc.constantFrom("", "#", "# x", " #", "a #b", "x: y", "'q'", "\"q\"", "[a]", "]", "[", "true", "0123", "42"), fc.string({ maxLength: 8 }));
		const quoted = text.map((s) => JSON.stringify(s));
		const single = text.map((s) => `'${s.replace(/'/g, "''")}'`);
		const scalar = fc.oneof(text, quoted, single);
		const flow = fc.array(fc.oneof(word, quoted, single), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`);
		const comment = fc.oneof(fc.constant(""), fc.tuple(fc.constantFrom(" ", "  ", "\t", ""), text).map(([space, note]) => `${space}#${note}`));
		const value = fc.tuple(fc.oneof(scalar, flow), comment).map(([v, c]) => v + c);
		const item = fc.oneof(value, fc.tuple(fc.constantFrom("name", "email"), value).map(([k, v]) => `${k}: ${v}`));
		const block = fc.tuple(comment, fc.constantFrom("", "  "), fc.array(item, { minLength: 1, maxLength: 3 })).map(
			([c, indent, items]) => `${c}\n` + items.map((i) => `${indent}- ${i}`).join("\n"),
		);
		const key = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}$/);
		const entry = fc.tuple(key, fc.oneof(value.map((v) => ` ${v}`), block, comment)).map(([k, v]) => `${k}:${v}`);
		fc.assert(fc.property(fc.array(entry, { maxLength: 6 }), (entries) => agrees(entries.join("\n") + "\n")), { numRuns: 4000 });
	});
});
