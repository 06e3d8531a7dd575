// Reading frontmatter safely. gray-matter does the split and hands the YAML to
// our engine; FIELD-NOTES lists why it is wrapped: it evals `---js`, caches
// inputs when called without options, turns dates into Date objects, and
// takes an unclosed `---` as a note made only of YAML.
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import type { ScalarTag, Tags } from "yaml";
import { parseSimpleYaml } from "./yaml-fast";

export type Frontmatter = Record<string, unknown>;

export type FrontmatterResult =
	/** No frontmatter block at all. */
	| { kind: "none" }
	/** A well-formed block: its data, and the 0-based line of the closing `---`. */
	| { kind: "ok"; data: Frontmatter; endLine: number }
	/** A block that cannot be read: why, in words a user understands. */
	| { kind: "error"; reason: string; endLine: number };

const refuse = (): never => {
	throw new Error("code in frontmatter is never run");
};

// Numbers only in their plain decimal form: `id: 0123` and `time: 10:30`
// stay the strings they were written as, and dates stay strings (YAML 1.2
// core schema has no timestamps).
function keepAsWritten(tags: Tags): Tags {
	return tags.map((tag) => {
		if (typeof tag === "string") return tag;
		if (tag.tag === "tag:yaml.org,2002:int" && !("format" in tag && tag.format)) {
			return { ...tag, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } as ScalarTag;
		}
		if (tag.tag === "tag:yaml.org,2002:int" || tag.tag === "tag:yaml.org,2002:float") {
			return { ...tag, test: /^\0never$/ } as ScalarTag;
		}
		return tag;
	});
}

function parseYamlBlock(source: string): Frontmatter {
	return parseSimpleYaml(source) ?? parseYamlWithLibrary(source);
}

/** Deeper than any real frontmatter: refused before parsing, because the
 * parser recurses and a very deep note could overflow the stack on one run
 * and not on the next. */
const MAX_NESTING = 64;

function nestingDepth(source: string): number {
	let deepest = 0;
	let brackets = 0;
	let lineStart = true;
	let indent = 0;
	for (let i = 0; i < source.length; i++) {
		const ch = source.charCodeAt(i);
		if (ch === 10) {
			lineStart = true;
			indent = 0;
			continue;
		}
		if (lineStart && (ch === 32 || ch === 45)) {
			// Spaces and "- " both open a level in block style.
			indent++;
			continue;
		}
		lineStart = false;
		if (ch === 91 || ch === 123) brackets++;
		else if ((ch === 93 || ch === 125) && brackets > 0) brackets--;
		deepest = Math.max(deepest, brackets + (indent >> 1));
	}
	return deepest;
}

/** The full YAML parser (the fast path must always agree with it). */
export function parseYamlWithLibrary(source: string): Frontmatter {
	if (nestingDepth(source) > MAX_NESTING) throw new Error(`it is nested more than ${MAX_NESTING} levels deep`);
	const data: unknown = parseYaml(source, {
		schema: "core",
		customTags: keepAsWritten,
		uniqueKeys: true,
		maxAliasCount: 100,
		prettyErrors: false,
	});
	if (data === null || data === undefined) return {};
	if (typeof data !== "object" || Array.isArray(data)) throw new Error("it is not a list of keys and values");
	return data as Frontmatter;
}

const MATTER_OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: parseYamlBlock, stringify: refuse },
		js: { parse: refuse, stringify: refuse },
		javascript: { parse: refuse, stringify: refuse },
	},
};

/** Reads the frontmatter of a note's text. Never throws. */
export function readFrontmatter(text: string): FrontmatterResult {
	const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
	if (!body.startsWith("---")) return { kind: "none" };
	const lines = frontmatterLines(body);
	const first = lines[0].trimEnd();
	if (/^---\s*[A-Za-z]+$/.test(first)) {
		return { kind: "error", reason: `frontmatter in "${first.slice(3).trim()}" is not supported (only YAML)`, endLine: 0 };
	}
	if (first !== "---") return { kind: "none" };
	const end = lines.length > 1 && lines[lines.length - 1].trimEnd() === "---" ? lines.length - 1 : "unclosed";
	if (end === "unclosed") return { kind: "error", reason: "frontmatter is not closed: no line with only --- after the first", endLine: 0 };
	const block = lines.slice(0, end + 1).join("\n") + "\n";
	try {
		const parsed = matter(block, MATTER_OPTIONS);
		return { kind: "ok", data: parsed.data, endLine: end };
	} catch (error) {
		return { kind: "error", reason: `frontmatter does not parse: ${describe(error)}`, endLine: end };
	}
}

/** The note's lines up to and including the closing `---` (or all of them
 * when it is never closed), without splitting the rest of a long note. */
function frontmatterLines(body: string): string[] {
	const lines: string[] = [];
	const ending = /\r\n|\n|\r/g;
	let start = 0;
	for (;;) {
		const match = ending.exec(body);
		const line = match === null ? body.slice(start) : body.slice(start, match.index);
		lines.push(line);
		if (lines.length > 1 && line.trimEnd() === "---") return lines;
		if (match === null) return lines;
		start = match.index + match[0].length;
	}
}

function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split("\n")[0].slice(0, 200);
}
