// Reading frontmatter safely. The common flat block is read by a fast path
// that agrees exactly with the full parser; every other block goes through
// gray-matter with our own engines. FIELD-NOTES lists why gray-matter is
// wrapped: it evals `---js`, caches inputs when called without options, turns
// dates into Date objects, and takes an unclosed `---` as a note made only of
// YAML.
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

const refuse = (): never => {
	throw new Error("code in frontmatter is never run");
};

const MATTER_OPTIONS = {
	language: "yaml",
	engines: {
		yaml: { parse: parseYamlWithLibrary, stringify: refuse },
		js: { parse: refuse, stringify: refuse },
		javascript: { parse: refuse, stringify: refuse },
	},
};

/** The full path: gray-matter, handed only the frontmatter block (an options
 * object always, so it caches nothing), with the YAML engine below. */
function parseWithGrayMatter(lines: string[], end: number): Frontmatter {
	let block = "";
	for (let i = 0; i <= end; i++) block += lines[i] + "\n";
	return matter(block, MATTER_OPTIONS).data;
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

/** Reads the frontmatter of a note's text. Never throws. */
export function readFrontmatter(text: string): FrontmatterResult {
	const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!text.startsWith("---", from)) return { kind: "none" };
	const lines = frontmatterLines(text, from);
	const first = lines[0].trimEnd();
	if (/^---\s*[A-Za-z]+$/.test(first)) {
		return { kind: "error", reason: `frontmatter in "${first.slice(3).trim()}" is not supported (only YAML)`, endLine: 0 };
	}
	if (first !== "---") return { kind: "none" };
	const end = lines.length > 1 && lines[lines.length - 1].trimEnd() === "---" ? lines.length - 1 : "unclosed";
	if (end === "unclosed") return { kind: "error", reason: "frontmatter is not closed: no line with only --- after the first", endLine: 0 };
	try {
		const fast = parseBlock(matterOf(lines));
		return { kind: "ok", data: fast ?? parseWithGrayMatter(lines, end), endLine: end };
	} catch (error) {
		return { kind: "error", reason: `frontmatter does not parse: ${describe(error)}`, endLine: end };
	}
}

// For the fast path, the block is cut as gray-matter 4.0.3 cuts it (calling
// it costs more than the YAML of a typical note): a test checks both agree.

/**
 * The YAML gray-matter hands its engine for a block of `lines` (the first is
 * `---` and trailing whitespace, the last a closing `---`): what follows the
 * opening `---` up to the first line that merely starts with `---` — which
 * may come before the closing line (`----`, `---x`).
 */
function matterOf(lines: string[]): string {
	let close = 1;
	while (!lines[close].startsWith("---")) close++;
	let yaml = lines[0].slice(3);
	for (let i = 1; i < close; i++) yaml += "\n" + lines[i];
	return yaml;
}

/** The fast path: what gray-matter would return for the block, or null when
 * only the full path can tell. gray-matter reads a block of only whitespace
 * and `#` comment lines as `{}`, without the engine. */
function parseBlock(yaml: string): Frontmatter | null {
	return isEmptyMatter(yaml) ? {} : (parseSimpleYaml(yaml) ?? null);
}

const WHITESPACE = /\S/;
const COMMENT_LINE = /^\s*#[^\n]+/gm;

/** gray-matter's `matter.replace(/^\s*#[^\n]+/gm, "").trim() === ""`, with the
 * replace skipped when the first visible character is not a "#" (it would
 * survive the replace: every match starts with blanks and a "#"). */
function isEmptyMatter(yaml: string): boolean {
	const visible = yaml.search(WHITESPACE);
	if (visible === -1) return true;
	if (yaml.charCodeAt(visible) !== 0x23) return false;
	return yaml.replace(COMMENT_LINE, "").trim() === "";
}

/** The note's lines from `from` up to and including the closing `---` (or
 * all of them when it is never closed), without splitting the rest of a long
 * note. Lines end at "\r\n", "\n" or "\r". */
function frontmatterLines(text: string, from: number): string[] {
	const lines: string[] = [];
	let start = from;
	// The next "\r" at or after `start` (-1: none left), searched again only once passed.
	let cr = text.indexOf("\r", start);
	for (;;) {
		const lf = text.indexOf("\n", start);
		if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
		let end: number;
		let next: number;
		if (cr !== -1 && (lf === -1 || cr < lf)) {
			end = cr;
			next = text.charCodeAt(cr + 1) === 0x0a ? cr + 2 : cr + 1;
		} else if (lf !== -1) {
			end = lf;
			next = lf + 1;
		} else {
			end = text.length;
			next = -1;
		}
		const line = text.slice(start, end);
		lines.push(line);
		if (lines.length > 1 && isDelimiter(line)) return lines;
		if (next === -1) return lines;
		start = next;
	}
}

/** `line.trimEnd() === "---"`, without trimming the usual line. */
function isDelimiter(line: string): boolean {
	if (line.charCodeAt(0) !== 0x2d || line.charCodeAt(1) !== 0x2d || line.charCodeAt(2) !== 0x2d) return false;
	return line.length === 3 || line.trimEnd() === "---";
}

function describe(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split("\n")[0].slice(0, 200);
}
