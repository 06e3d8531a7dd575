// readFrontmatter splits the block as gray-matter 4.0.3 does, without calling
// it: on any note it must give exactly what the gray-matter version gave.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import matter from "gray-matter";
import { parseYamlWithLibrary, readFrontmatter } from "../../../src/core/markdown/frontmatter";
import type { FrontmatterResult } from "../../../src/core/markdown/frontmatter";
import { parseSimpleYaml } from "../../../src/core/markdown/yaml-fast";

const refuse = (): never => {
	throw new Error("code in frontmatter is never run");
};

const MATTER_OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: (source: string) => parseSimpleYaml(source) ?? parseYamlWithLibrary(source), stringify: refuse },
		js: { parse: refuse, stringify: refuse },
		javascript: { parse: refuse, stringify: refuse },
	},
};

/** The implementation before gray-matter was replaced, kept as the reference. */
function withGrayMatter(text: string): FrontmatterResult {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	if (!body.startsWith("---")) return { kind: "none" };
	const lines: string[] = [];
	const ending = /\r\n|\n|\r/g;
	let start = 0;
	for (;;) {
		const match = ending.exec(body);
		lines.push(match === null ? body.slice(start) : body.slice(start, match.index));
		if ((lines.length > 1 && lines[lines.length - 1].trimEnd() === "---") || match === null) break;
		start = match.index + match[0].length;
	}
	const first = lines[0].trimEnd();
	if (/^---\s*[A-Za-z]+$/.test(first)) {
		return { kind: "error", reason: `frontmatter in "${first.slice(3).trim()}" is not supported (only YAML)`, endLine: 0 };
	}
	if (first !== "---") return { kind: "none" };
	const end = lines.length > 1 && lines[lines.length - 1].trimEnd() === "---" ? lines.length - 1 : "unclosed";
	if (end === "unclosed") return { kind: "error", reason: "frontmatter is not closed: no line with only --- after the first", endLine: 0 };
	const block = lines.slice(0, end + 1).join("\n") + "\n";
	try {
		return { kind: "ok", data: matter(block, MATTER_OPTIONS).data, endLine: end };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { kind: "error", reason: `frontmatter does not parse: ${message.split("\n")[0].slice(0, 200)}`, endLine: end };
	}
}

const LINES = [
	"---", "--- ", "---\t", "---\u00a0", "----", "---x", "--- js", "---yaml", "", " ", "\t", "\u00a0",
	"#", "# note", "  # indented note", "#x: 1", "a: 1", "a: 2", "b: [x, y]", "c:", "  - d", "- e", "f: 'q'",
	"g: \"h # i\"", "title: a # c", ":", "x: {", "k: v: w", "  nested: 1", "Body text", "Source: [[x]]",
];

describe("readFrontmatter splits like gray-matter", () => {
	it.each([
		{ name: "a plain block", text: "---\na: 1\n---\nBody\n" },
		{ name: "only comments: {} without the engine", text: "---\n# just a comment\n  # another\n---\n" },
		{ name: "a lone # is not a comment line", text: "---\n#\n---\n" },
		{ name: "only whitespace", text: "---  \n \t\n\u00a0\n---\n" },
		{ name: "a ---- line ends the YAML early", text: "---\na: 1\n----\nb: [\n---\n" },
		{ name: "a ---x line ends the YAML early", text: "---\na: 1\n---x\n---\n" },
		{ name: "trailing whitespace after the opener", text: "--- \t\na: 1\n---  \n" },
		{ name: "CR line endings", text: "---\ra: 1\rb: 2\r---\rBody" },
		{ name: "mixed endings and a BOM", text: "\uFEFF---\r\na: 1\n---\r\nBody" },
		{ name: "two BOMs: no frontmatter", text: "\uFEFF\uFEFF---\na: 1\n---\n" },
		{ name: "unclosed", text: "---\na: 1\n" },
		{ name: "a language", text: "---yaml\na: 1\n---\n" },
		{ name: "a bad key", text: "---\nx: {\n---\n" },
	])("$name", ({ text }) => {
		expect(readFrontmatter(text)).toEqual(withGrayMatter(text));
	});

	it("agrees on generated notes", () => {
		// No tags or aliases: they would only make the YAML parser print warnings.
		const line = fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 6 }).map((text) => text.replace(/[!*&]/g, ".")));
		const ending = fc.constantFrom("\n", "\r\n", "\r");
		const opener = fc.constantFrom("", " ", "\t", "-", "js", " yaml", "x");
		const note = fc.tuple(fc.boolean(), opener, fc.array(fc.tuple(line, ending), { maxLength: 10 }), line).map(
			([bom, rest, lines, last]) => (bom ? "\uFEFF" : "") + "---" + rest + lines.map(([text, end]) => end + text).join("") + "\n" + last,
		);
		fc.assert(
			fc.property(note, (text) => {
				expect(readFrontmatter(text)).toEqual(withGrayMatter(text));
			}),
			{ numRuns: 3000 },
		);
	});
});
