import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { yamlScalar } from "../../../src/core/people/yaml-scalar";

describe("yamlScalar", () => {
	const cases: { name: string; before: string; after: string }[] = [
		{ name: "plain name", before: "Pete Emig", after: "Pete Emig" },
		{ name: "accents", before: "José García", after: "José García" },
		{ name: "tag with slash", before: "type/people", after: "type/people" },
		{ name: "hyphen inside", before: "needs-review", after: "needs-review" },
		{ name: "date is quoted like the seed", before: "2026-01-03", after: "'2026-01-03'" },
		{ name: "number", before: "123", after: "'123'" },
		{ name: "YAML 1.1 boolean", before: "Yes", after: "'Yes'" },
		{ name: "null word", before: "null", after: "'null'" },
		{ name: "apostrophe doubled", before: "O'Brien", after: "'O''Brien'" },
		{ name: "colon", before: "a: b", after: "'a: b'" },
		{ name: "hash", before: "#tag", after: "'#tag'" },
		{ name: "leading dash", before: "- x", after: "'- x'" },
		{ name: "flow characters", before: "a, b", after: "'a, b'" },
		{ name: "leading space", before: " x", after: "' x'" },
		{ name: "empty", before: "", after: "''" },
		{ name: "newline uses double quotes", before: "a\nb", after: '"a\\nb"' },
		{ name: "emoji", before: "🚀 Launch", after: "🚀 Launch" },
	];
	it.each(cases)("$name", ({ before, after }) => {
		expect(yamlScalar(before)).toBe(after);
		expect(parse(`v: ${yamlScalar(before)}`, { version: "1.1" })).toEqual({ v: before });
		expect(parse(`v: ${yamlScalar(before)}`)).toEqual({ v: before });
	});
});
