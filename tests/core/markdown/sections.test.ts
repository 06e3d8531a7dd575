import { describe, expect, it } from "vitest";
import { joinLines, splitLines } from "../../../src/core/markdown/lines";
import { appendToSection, ensureSection, findSection, headingKey, listHeadings } from "../../../src/core/markdown/sections";
import { insertLines, removeLines } from "../../../src/core/markdown/line-edit";

/** The body lines of a section, or null. */
function body(text: string, name: string): string[] | null {
	const note = splitLines(text);
	const section = findSection(note, name);
	return section ? note.lines.slice(section.start, section.end) : null;
}

describe("headingKey", () => {
	it.each([
		{ text: "Key Facts", key: "key facts" },
		{ text: "🧠 Key Facts:", key: "key facts" },
		{ text: "✅️ Key  Decisions ::", key: "key decisions" },
		{ text: "**Recent Context**", key: "recent context" },
		{ text: "👩‍💻 Profile", key: "profile" },
		{ text: "1:1 notes", key: "1:1 notes" },
	])("$text → $key", ({ text, key }) => {
		expect(headingKey(text)).toBe(key);
	});
});

describe("findSection", () => {
	it.each([
		{ name: "same text", text: "# P\n\n## Key Facts\n\n- a\n\n## Topics Discussed\nx\n", section: "Key Facts", body: ["", "- a", ""] },
		{ name: "any case, emoji, colon, level 3", text: "## Other\n### 🧠 key facts:\n- a\n## Next\n", section: "Key Facts", body: ["- a"] },
		{ name: "moved to the end of the note", text: "## Related\n\n## Key Facts\n- a\n- b", section: "Key Facts", body: ["- a", "- b"] },
		{ name: "subsections belong to the body", text: "## Key Facts\n- a\n### 2024\n- b\n## Next\n", section: "Key Facts", body: ["- a", "### 2024", "- b"] },
		{ name: "ends at a higher-level heading", text: "### Key Facts\n- a\n## Up\n- b\n", section: "Key Facts", body: ["- a"] },
		{ name: "a heading in a code fence is no heading", text: "```\n## Key Facts\n```\n## Key Facts\n- a\n", section: "Key Facts", body: ["- a"] },
		{ name: "a fence ends no section", text: "## Key Facts\n```md\n## Topics Discussed\n```\n- a\n## Next\n", section: "Key Facts", body: ["```md", "## Topics Discussed", "```", "- a"] },
		{ name: "a key in the frontmatter is no heading", text: "---\n## Key Facts: x\n---\n## Key Facts\n- a\n", section: "Key Facts", body: ["- a"] },
		{ name: "level 1 is not a section", text: "# Key Facts\n- a\n", section: "Key Facts", body: null },
		{ name: "#tag is no heading", text: "#Key Facts\n- a\n", section: "Key Facts", body: null },
		{ name: "closing hashes ignored", text: "## Key Facts ##\n- a\n", section: "Key Facts", body: ["- a"] },
		{ name: "empty section at the end", text: "## Key Facts\n", section: "Key Facts", body: [] },
		{ name: "CRLF", text: "## Key Facts\r\n- a\r\n## B\r\n", section: "Key Facts", body: ["- a"] },
	])("$name", ({ text, section, body: expected }) => {
		expect(body(text, section)).toEqual(expected);
	});

	it("finds the first of two sections with one name", () => {
		const note = splitLines("## Key Facts\n- a\n## Key Facts\n- b\n");
		expect(findSection(note, "Key Facts")?.heading.line).toBe(0);
	});

	it("gives the section's own text end before its first subheading", () => {
		const note = splitLines("## Key Facts\n- a\n### Sub\n- b\n## Next\n");
		expect(findSection(note, "Key Facts")).toMatchObject({ start: 1, ownEnd: 2, end: 4 });
	});

	it("lists headings with their levels", () => {
		expect(listHeadings(["# A", "text", "## B ##", "    ## indented code", "###### F"]).map((h) => [h.line, h.level, h.text])).toEqual([
			[0, 1, "A"],
			[2, 2, "B"],
			[4, 6, "F"],
		]);
	});
});

describe("ensureSection", () => {
	const ensure = (text: string, name: string): string => {
		const note = splitLines(text);
		ensureSection(note, name);
		return joinLines(note);
	};

	it.each([
		{
			name: "after the nearest preceding section that exists",
			before: "# P\n\n## Key Facts\n\n- a\n\n## Profile\n\nx\n",
			section: "Recent Context",
			after: "# P\n\n## Key Facts\n\n- a\n\n## Recent Context\n\n## Profile\n\nx\n",
		},
		{
			name: "a blank line is added before the heading when needed",
			before: "## Key Facts\n- a\n## Profile\n",
			section: "Topics Discussed",
			after: "## Key Facts\n- a\n\n## Topics Discussed\n\n## Profile\n",
		},
		{
			name: "before the nearest following section when none precedes",
			before: "# P\n\n## Related\n\n- x\n",
			section: "Key Decisions",
			after: "# P\n\n## Key Decisions\n\n## Related\n\n- x\n",
		},
		{
			name: "at the end when no template section exists",
			before: "# P\n\nuser text\n",
			section: "Key Facts",
			after: "# P\n\nuser text\n\n## Key Facts\n",
		},
		{
			name: "at the end of a note without a final newline",
			before: "# P\n\nuser text",
			section: "Key Facts",
			after: "# P\n\nuser text\n\n## Key Facts",
		},
		{
			name: "after a section the user moved, wherever it is",
			before: "## Related\n\n## Key Facts\n- a\n",
			section: "Topics Discussed",
			after: "## Related\n\n## Key Facts\n- a\n\n## Topics Discussed\n",
		},
		{
			name: "never duplicated: a renamed heading is found",
			before: "## 🧠 key facts:\n- a\n",
			section: "Key Facts",
			after: "## 🧠 key facts:\n- a\n",
		},
		{
			name: "a heading inside a code fence does not count",
			before: "## Profile\n```\n## Key Facts\n```\n",
			section: "Key Facts",
			after: "## Key Facts\n\n## Profile\n```\n## Key Facts\n```\n",
		},
		{
			name: "CRLF lines stay CRLF",
			before: "## Key Facts\r\n- a\r\n## Profile\r\n",
			section: "Recent Context",
			after: "## Key Facts\r\n- a\r\n\r\n## Recent Context\r\n\r\n## Profile\r\n",
		},
		{
			name: "a byte order mark stays",
			before: "\uFEFF## Profile\n",
			section: "Key Facts",
			after: "\uFEFF## Key Facts\n\n## Profile\n",
		},
	])("$name", ({ before, section, after }) => {
		expect(ensure(before, section)).toBe(after);
	});
});

describe("appendToSection", () => {
	const append = (text: string, name: string, lines: string[], paragraph = false): string => {
		const note = splitLines(text);
		const section = findSection(note, name);
		if (!section) throw new Error("no section");
		appendToSection(note, section, lines, paragraph);
		return joinLines(note);
	};

	it.each([
		{ name: "list continues a list", before: "## A\n\n- u\n\n## B\n", after: "## A\n\n- u\n- n\n\n## B\n" },
		{ name: "blank line after a placeholder paragraph", before: "## A\n\n_Say something_\n\n## B\n", after: "## A\n\n_Say something_\n\n- n\n\n## B\n" },
		{ name: "empty section with a blank line", before: "## A\n\n## B\n", after: "## A\n\n- n\n\n## B\n" },
		{ name: "empty section without a blank line", before: "## A\n## B\n", after: "## A\n\n- n\n\n## B\n" },
		{ name: "empty section at the end", before: "## A\n", after: "## A\n\n- n\n" },
		{ name: "empty section at the end, no final newline", before: "## A", after: "## A\n\n- n" },
		{ name: "before a subsection", before: "## A\n- u\n### Sub\n- s\n", after: "## A\n- u\n- n\n\n### Sub\n- s\n" },
		{ name: "after a code block", before: "## A\n```\nx\n```\n", after: "## A\n```\nx\n```\n\n- n\n" },
	])("$name", ({ before, after }) => {
		expect(append(before, "A", ["- n"])).toBe(after);
	});

	it("a paragraph gets a blank line even after a list", () => {
		expect(append("## A\n- u\n", "A", ["text"], true)).toBe("## A\n- u\n\ntext\n");
	});
});

describe("line edits keep endings", () => {
	it("inserting after a last line without newline moves the missing newline", () => {
		const note = splitLines("a\r\nb");
		insertLines(note, 2, ["c"]);
		expect(joinLines(note)).toBe("a\r\nb\r\nc");
	});

	it("removing the last line keeps the note without a final newline", () => {
		const note = splitLines("a\nb\nc");
		removeLines(note, [2]);
		expect(joinLines(note)).toBe("a\nb");
	});

	it("removing a middle line keeps the others byte for byte", () => {
		const note = splitLines("\uFEFFa\r\nb\nc\r\n");
		removeLines(note, [1]);
		expect(joinLines(note)).toBe("\uFEFFa\r\nc\r\n");
	});
});
