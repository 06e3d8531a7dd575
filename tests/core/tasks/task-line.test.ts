import { describe, expect, it } from "vitest";
import { isTaskLine, parseTaskLine, printTaskLine } from "../../../src/core/tasks/task-line";

const TASK_LINES = [
	"- [ ] plain task",
	"  - [x] indented ✅ 2025-01-01",
	"> - [ ] in a blockquote",
	"> > * [/] nested callout 🛫 2025-02-01",
	"\t+ [-] tab indent ❌ 2025-01-02",
	"1. [ ] numbered",
	"12) [?] numbered with a parenthesis",
	"- [ ]",
	"- [ ]  two spaces after the box",
	"-   [ ] spaces before the box",
	"- [x] trailing spaces   ",
	"- [ ] desc 📅 2025-01-01 ⏫ 🔁 every day #a #b ^blk",
	"- [ ] desc 📅\uFE0F 2025-01-01 ⏫\uFE0F",
	"- [ ] fields 📅 2025-01-01 in the middle then text",
	"- [🔥] emoji status",
	"- [ ] tag only #task",
	"- [ ] #lead tag then text",
	"- [ ] ⛔ a1,b2 🆔 x-1 🏁 delete",
	"- [ ] tight📅2025-01-01⏫🔁 every week",
	"- [ ] all 🔺 ➕ 2025-01-01 🛫 2025-01-02 ⏳ 2025-01-03 ⌛ 2025-01-04 📆 2025-01-05 🗓 2025-01-06 ✅ 2025-01-07 ❌ 2025-01-08",
	"- [ ] spaces  📅  2025-01-01   #t    ^id-1",
	"- [ ] a\t#tab",
	"- [?] Brief Manish Sah @Jai Menon \uF8FFüìÖ 2025-10-03 ‚è´ #task #proposed #auto",
];

describe("printTaskLine(parseTaskLine(line)) === line", () => {
	it.each(TASK_LINES)("%s", (line) => {
		const task = parseTaskLine(line);
		expect(task).not.toBeNull();
		expect(printTaskLine(task!)).toBe(line);
	});
});

describe("non-task lines", () => {
	it.each(["- item", "text - [ ] later", "-[ ] no space after the marker", "- [] empty box", "- [ab] two characters", "1.[ ] no space", "", "```"])(
		"%j is no task line",
		(line) => {
			expect(parseTaskLine(line)).toBeNull();
			expect(isTaskLine(line)).toBe(false);
		},
	);
});

describe("parseTaskLine reads fields from the end, as Tasks does", () => {
	const kindsAndTexts = (line: string) => parseTaskLine(line)!.trailing.map((token) => `${token.kind}:${token.text}`);

	it("splits the line into its parts", () => {
		expect(parseTaskLine("> 1) [x]  Do it 📅 2025-01-01 #a ^b  ")).toEqual({
			prefix: "> ",
			marker: "1)",
			gap: " ",
			status: "x",
			afterBox: "  ",
			description: "Do it",
			trailing: [
				{ kind: "due", lead: " ", text: "📅 2025-01-01" },
				{ kind: "tag", lead: " ", text: "#a" },
				{ kind: "blockLink", lead: " ", text: "^b" },
			],
			tail: "  ",
		});
	});

	const cases = [
		{ name: "adjacent emoji one space apart", line: "- [ ] x 📅 2025-01-01 ⏫ 🔁 every day", fields: ["due:📅 2025-01-01", "priority:⏫", "recurrence:🔁 every day"] },
		{ name: "emoji with no space at all", line: "- [ ] x📅2025-01-01⏫", fields: ["due:📅2025-01-01", "priority:⏫"] },
		{ name: "variation selectors", line: "- [ ] x 📅\uFE0F 2025-01-01 ⏫\uFE0F ⛔\uFE0F ab", fields: ["due:📅\uFE0F 2025-01-01", "priority:⏫\uFE0F", "dependsOn:⛔\uFE0F ab"] },
		{ name: "every priority", line: "- [ ] x 🔺 ⏫ 🔼 🔽 ⏬", fields: ["priority:🔺", "priority:⏫", "priority:🔼", "priority:🔽", "priority:⏬"] },
		{ name: "every date", line: "- [ ] x ➕ 2025-01-01 🛫 2025-01-02 ⏳ 2025-01-03 ⌛ 2025-01-04 📆 2025-01-05 🗓 2025-01-06 ✅ 2025-01-07 ❌ 2025-01-08", fields: ["created:➕ 2025-01-01", "start:🛫 2025-01-02", "scheduled:⏳ 2025-01-03", "scheduled:⌛ 2025-01-04", "due:📆 2025-01-05", "due:🗓 2025-01-06", "done:✅ 2025-01-07", "cancelled:❌ 2025-01-08"] },
		{ name: "id, depends on, on completion", line: "- [ ] x 🆔 ab-1 ⛔ a, b 🏁 keep", fields: ["id:🆔 ab-1", "dependsOn:⛔ a, b", "onCompletion:🏁 keep"] },
		{ name: "tags mixed with fields", line: "- [ ] x #a 📅 2025-01-01 #b", fields: ["tag:#a", "due:📅 2025-01-01", "tag:#b"] },
		{ name: "stops at unknown text", line: "- [ ] a 📅 2025-01-01 later", fields: [] },
		{ name: "a mention after the fields stops them", line: "- [ ] a 📅 2025-01-01 @Bob #task", fields: ["tag:#task"] },
		{ name: "a hash inside a word is no tag", line: "- [ ] see a#b", fields: [] },
		{ name: "a block link needs a space before it (and ^ is no tag character)", line: "- [ ] x #t^b", fields: [] },
	];

	it.each(cases)("$name", ({ line, fields }) => {
		expect(kindsAndTexts(line)).toEqual(fields);
	});

	it("keeps the description as written", () => {
		expect(parseTaskLine("- [ ] a 📅 2025-01-01 later")!.description).toBe("a 📅 2025-01-01 later");
		expect(parseTaskLine("- [ ] 📅 2025-01-01")!.description).toBe("");
	});

	it("reads a status that is an emoji as one character", () => {
		expect(parseTaskLine("- [🔥] hot")!.status).toBe("🔥");
	});
});
