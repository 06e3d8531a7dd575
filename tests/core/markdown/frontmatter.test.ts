// readFrontmatter keeps values as written and never runs code.
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";

describe("readFrontmatter", () => {
	it.each([
		{ name: "time: 10:30 stays text (not 630)", yaml: "time: 10:30", data: { time: "10:30" } },
		{ name: "id: 0123 stays text (not 83)", yaml: "id: 0123", data: { id: "0123" } },
		{ name: "an unquoted date stays text", yaml: "date: 2025-09-30", data: { date: "2025-09-30" } },
		{ name: "a date-time stays text", yaml: "start_time: 2025-09-30T10:00:00Z", data: { start_time: "2025-09-30T10:00:00Z" } },
		{ name: "plain numbers are numbers", yaml: "count: 42\nneg: -3", data: { count: 42, neg: -3 } },
		{ name: "floats stay text", yaml: "version: 1.10", data: { version: "1.10" } },
		{ name: "hex stays text", yaml: "code: 0x1F", data: { code: "0x1F" } },
		{ name: "booleans and null", yaml: "a: true\nb: null", data: { a: true, b: null } },
		{ name: "an empty block", yaml: "", data: {} },
	])("$name", ({ yaml, data }) => {
		expect(readFrontmatter(`---\n${yaml}\n---\nBody\n`)).toEqual({ kind: "ok", data, endLine: yaml ? yaml.split("\n").length + 1 : 2 });
	});

	it.each([
		{ name: "CRLF", text: "---\r\ntime: 10:30\r\n---\r\nBody\r\n" },
		{ name: "a BOM", text: "\uFEFF---\ntime: 10:30\n---\nBody\n" },
	])("reads $name the same", ({ text }) => {
		expect(readFrontmatter(text)).toEqual({ kind: "ok", data: { time: "10:30" }, endLine: 2 });
	});

	it("no frontmatter", () => {
		expect(readFrontmatter("# Title\n---\nx: 1\n---\n")).toEqual({ kind: "none" });
	});

	it("an unclosed block is an error, not a note made of YAML", () => {
		expect(readFrontmatter("---\nsource: transcript\n\nBody\n")).toEqual({
			kind: "error",
			reason: "frontmatter is not closed: no line with only --- after the first",
			endLine: 0,
		});
	});

	it("---js is refused and its code is not run", () => {
		const globals = globalThis as Record<string, unknown>;
		const result = readFrontmatter("---js\nglobalThis.__frontmatterPwned = 1\n---\n");
		expect(result).toEqual({ kind: "error", reason: "frontmatter in \"js\" is not supported (only YAML)", endLine: 0 });
		expect(globals.__frontmatterPwned).toBeUndefined();
	});

	it("malformed YAML is an error with its closing line", () => {
		const result = readFrontmatter("---\nparticipants: [Alice\n---\n");
		expect(result.kind).toBe("error");
		if (result.kind === "error") {
			expect(result.reason).toMatch(/^frontmatter does not parse: /);
			expect(result.endLine).toBe(2);
		}
	});
});
