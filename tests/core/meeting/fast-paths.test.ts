// The reader's fast paths (charCode parsing, whole-text pre-checks, lazy
// lines, per-run caches) must give exactly what the plain code gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../../../src/core/markdown/lines";
import { readHeading } from "../../../src/core/meeting/headings";
import { isBlank, isThematicBreak, listContentStart, skipCheckbox } from "../../../src/core/meeting/line-syntax";
import { allLines, firstCharCode, isEmptyLine, lineAt, lineCount, linesContaining, noteLines } from "../../../src/core/meeting/note-lines";
import { cleanText, splitCommaList } from "../../../src/core/meeting/text";
import { memoByArray } from "../../../src/core/meeting/memo";
import { meetingNote, names, OPTIONS, read, readMeeting } from "./helpers";

// The patterns the fast paths replace, as they were written before.
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[.\](?:[ \t]+|$)/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ATX_OPENING = /^ {0,3}(#{1,6})(?:[ \t]|$)/;

// The whole clean-up, step by step: zero-width and control characters and
// halves of surrogate pairs dropped, NFC, whitespace collapsed, trimmed.
function slowCleanText(value: string): string {
	return value
		.replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "")
		.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g, (match) => (match.length === 2 ? match : ""))
		.normalize("NFC")
		.replace(/\s+/g, " ")
		.trim();
}

function slowSplitCommaList(value: string): string[] {
	const openers: Record<string, string> = { "(": ")", "[": "]", "<": ">", "{": "}" };
	const parts: string[] = [];
	const closers: string[] = [];
	let quote = "";
	let start = 0;
	for (let i = 0; i < value.length; i++) {
		const char = value[i];
		if (quote) {
			if (char === quote) quote = "";
			continue;
		}
		if (char === "\"") quote = char;
		else if (Object.hasOwn(openers, char)) closers.push(openers[char]);
		else if (closers.length > 0 && char === closers[closers.length - 1]) closers.pop();
		else if (char === "," && closers.length === 0) {
			parts.push(value.slice(start, i));
			start = i + 1;
		}
	}
	parts.push(value.slice(start));
	return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

function slowReadHeading(line: string): { level: number; text: string } | null {
	const match = ATX_OPENING.exec(line);
	if (!match) return null;
	let text = line.slice(match[0].length).trim();
	let end = text.length;
	while (end > 0 && text[end - 1] === "#") end--;
	if (end === 0 || text[end - 1] === " " || text[end - 1] === "\t") text = text.slice(0, end).trim();
	return { level: match[1].length, text };
}

// Lines built from the characters these parsers care about, so the
// interesting cases come up often.
const MARKDOWN_CHARS = [" ", " ", "\t", "-", "*", "+", "_", "#", "1", "2", "0", ".", ")", "[", "]", "x", "?", "📅", "a", "B", "\u00a0", "\u2028", "\uD800", ":", "`", ">"];
const markdownLine = fc.array(fc.constantFrom(...MARKDOWN_CHARS), { maxLength: 14 }).map((chars) => chars.join(""));
const NAME_CHARS = ["a", "Z", " ", " ", "\t", "\n", "\u000b", "\u0000", "\u007f", "\u0085", "\ud800", "\u00a0", "\u200b", "\ufeff", "é", "e\u0301", "ø", "ǅ", "\u0300", "李", "😀", "\u2003", "-", "."];
const nameText = fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: 12 }).map((chars) => chars.join(""));
const LIST_CHARS = ["a", " ", ",", "(", ")", "[", "]", "<", ">", "{", "}", "\"", "b"];
const listText = fc.array(fc.constantFrom(...LIST_CHARS), { maxLength: 20 }).map((chars) => chars.join(""));

describe("charCode parsers agree with the patterns they replace", () => {
	it("listContentStart is where LIST_ITEM ends", () => {
		fc.assert(fc.property(markdownLine, (line) => {
			const match = LIST_ITEM.exec(line);
			expect(listContentStart(line)).toBe(match ? match[0].length : -1);
		}), { numRuns: 3000 });
	});

	it("skipCheckbox is where CHECKBOX ends", () => {
		fc.assert(fc.property(markdownLine, fc.nat(4), (line, at) => {
			const from = Math.min(at, line.length);
			const match = CHECKBOX.exec(line.slice(from));
			expect(skipCheckbox(line, from)).toBe(match ? from + match[0].length : from);
		}), { numRuns: 3000 });
	});

	it("isThematicBreak is THEMATIC_BREAK", () => {
		fc.assert(fc.property(markdownLine, (line) => {
			expect(isThematicBreak(line)).toBe(THEMATIC_BREAK.test(line));
		}), { numRuns: 3000 });
	});

	it("readHeading is the ATX pattern", () => {
		fc.assert(fc.property(markdownLine, (line) => {
			expect(readHeading(line)).toEqual(slowReadHeading(line));
		}), { numRuns: 3000 });
	});

	it("isBlank is trim() === \"\"", () => {
		fc.assert(fc.property(markdownLine, (line) => {
			expect(isBlank(line)).toBe(line.trim() === "");
		}), { numRuns: 1000 });
	});

	it.each([
		{ name: "ten digits are not a list marker", line: "1234567890. x", expected: -1 },
		{ name: "nine digits are", line: "123456789. x", expected: 11 },
		{ name: "a marker alone", line: "  -", expected: 3 },
		{ name: "a marker without a space", line: "-x", expected: -1 },
	])("$name", ({ line, expected }) => {
		expect(listContentStart(line)).toBe(expected);
	});

	it("a checkbox may hold an emoji (one code point, two code units)", () => {
		expect(skipCheckbox("- [📅] due", 2)).toBe(7);
	});
});

describe("text helpers keep their results", () => {
	it("cleanText equals the full clean-up (zero-width, NFC, whitespace)", () => {
		fc.assert(fc.property(nameText, (value) => {
			expect(cleanText(value)).toBe(slowCleanText(value));
		}), { numRuns: 3000 });
	});

	it("splitCommaList respects brackets and quotes as before", () => {
		fc.assert(fc.property(listText, (value) => {
			expect(splitCommaList(value)).toEqual(slowSplitCommaList(value));
		}), { numRuns: 3000 });
	});
});

describe("note lines", () => {
	const texts = [
		"", "a", "\n", "a\nb", "a\r\nb\rc\n", "\uFEFF---\r\nx: 1\r\n---\r\n", "x\n\n\ny", "\uFEFF", "a\r", "\r\n\r\n",
	];

	it.each(texts.map((text) => ({ text })))("cuts $text into the lines splitLines gives", ({ text }) => {
		const note = noteLines(text);
		expect(allLines(note)).toEqual(splitLines(text).lines);
		expect(lineCount(note)).toBe(splitLines(text).lines.length);
		for (let i = 0; i < lineCount(note); i++) {
			expect(isEmptyLine(note, i)).toBe(lineAt(note, i) === "");
			expect(firstCharCode(note, i)).toBe(lineAt(note, i) === "" ? -1 : lineAt(note, i).charCodeAt(0));
		}
	});

	it("finds the lines holding a character, each once, from a given line", () => {
		const note = noteLines("a:b:c\nno\n:x\r\ny\n::");
		expect(linesContaining(note, ":", 0)).toEqual([0, 2, 4]);
		expect(linesContaining(note, ":", 1)).toEqual([2, 4]);
		expect(linesContaining(note, "::", 0)).toEqual([4]);
		expect(linesContaining(note, ":", 9)).toEqual([]);
	});
});

describe("per-run caches", () => {
	it("a settings list edited in place is read anew, not from the cache", () => {
		let builds = 0;
		const sizeOf = memoByArray((items) => {
			builds++;
			return items.length;
		});
		const list = ["a"];
		expect(sizeOf(list)).toBe(1);
		expect(sizeOf(list)).toBe(1);
		expect(builds).toBe(1);
		list.push("b");
		expect(sizeOf(list)).toBe(2);
		list[0] = "c";
		expect(sizeOf(list)).toBe(2);
		expect(builds).toBe(3);
	});

	it("the reader sees a name pushed onto the ignore list between two notes", () => {
		const ignoreNames = [...OPTIONS.ignoreNames];
		const text = meetingNote("", "", "participants: [Alice Smith, Bob Jones]");
		expect(names(readMeeting(text, { ignoreNames }))).toEqual(["Alice Smith", "Bob Jones"]);
		ignoreNames.push("Bob Jones");
		expect(names(readMeeting(text, { ignoreNames }))).toEqual(["Alice Smith"]);
	});
});

describe("whole-text pre-checks do not hide what they guard", () => {
	it.each([
		{ name: "#private in any case", body: "Notes\nsee #PriVate here\n" },
		{ name: "#private joined by removing inline code", body: "tag: #priv`x`ate\n" },
	])("$name", ({ body }) => {
		expect(read(meetingNote(body))).toEqual({ kind: "not-meeting" });
	});

	it("a fence inside a blockquote still hides its lines", () => {
		const meeting = readMeeting(meetingNote("## Action Items\n> ```\n> - [ ] not a task\n> ```\n- [ ] a task\n"));
		expect(meeting.taskLines.map((task) => task.raw)).toEqual(["- [ ] a task"]);
	});

	it("a collapsed callout after a non-breaking space is still folded away", () => {
		const meeting = readMeeting(meetingNote("## Key Information\n\u00a0> [!note]- Transcript\n> - hidden fact\n\n- shown fact\n"));
		expect(meeting.keyInformation.map((item) => item.text)).toEqual(["shown fact"]);
	});

	it("a same-named person on the frontmatter and the **With**: line keeps the first spelling", () => {
		const meeting = readMeeting(meetingNote("**With**: alice smith (PM), Carol King\n", "", "participants: [Alice Smith]"));
		expect(meeting.participants).toEqual([
			{ name: "Alice Smith", contact: {}, attended: true, qualifier: "PM" },
			{ name: "Carol King", contact: {}, attended: true },
		]);
	});
});
