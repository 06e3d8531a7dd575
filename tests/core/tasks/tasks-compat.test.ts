// After the rewrite, Obsidian Tasks must read the same status, description,
// due date, priority and tags as from the task written by hand in its
// format. The parser below follows Tasks' DefaultTaskSerializer as the field
// notes describe it: strip the block link, then take fields and tags off the
// end of the line, in any order, until nothing matches.
import { describe, expect, it } from "vitest";
import { rejectProposedTasks, rewriteTaskLine, type TaskRewriteContext } from "../../../src/core/tasks/rewrite";
import { garble } from "./garble";

interface TasksView {
	status: string;
	description: string;
	due: string | null;
	cancelled: string | null;
	priority: string;
	tags: string[];
}

const PRIORITIES: Record<string, string> = { "🔺": "highest", "⏫": "high", "🔼": "medium", "🔽": "low", "⏬": "lowest" };
const HASH_TAGS = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+/g;

function parseLikeTasks(line: string): TasksView | null {
	const task = /^([\s\t>]*)([-*+]|[0-9]+[.)]) +\[(.)\] *(.*)/u.exec(line);
	if (!task) return null;
	let body = task[4].trim().replace(/ \^[a-zA-Z0-9-]+$/, "").trim();
	const view: TasksView = { status: task[3], description: "", due: null, cancelled: null, priority: "none", tags: [] };
	let trailingTags = "";
	const date = (symbols: string) => new RegExp(`(?:${symbols})\\uFE0F? *(\\d{4}-\\d{2}-\\d{2})$`);
	const steps: [RegExp, (match: RegExpExecArray) => void][] = [
		[/(🔺|⏫|🔼|🔽|⏬)\uFE0F?$/, (match) => (view.priority = PRIORITIES[match[1]])],
		[date("✅"), () => undefined],
		[date("❌"), (match) => (view.cancelled = match[1])],
		[date("📅|📆|🗓"), (match) => (view.due = match[1])],
		[date("⏳|⌛"), () => undefined],
		[date("🛫"), () => undefined],
		[date("➕"), () => undefined],
		[/🔁\uFE0F? *([a-zA-Z0-9, !]+)$/, () => undefined],
		[/🏁\uFE0F? *([a-zA-Z]+)$/, () => undefined],
		[/(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+$/, (match) => (trailingTags = [match[0].trim(), trailingTags].filter(Boolean).join(" "))],
		[/🆔\uFE0F? *([a-zA-Z0-9-_]+)$/, () => undefined],
		[/⛔\uFE0F? *([a-zA-Z0-9-_]+( *, *[a-zA-Z0-9-_]+ *)*)$/, () => undefined],
	];
	for (let matched = true, runs = 0; matched && runs <= 20; runs++) {
		matched = false;
		for (const [pattern, take] of steps) {
			const match = pattern.exec(body);
			if (!match) continue;
			take(match);
			body = body.replace(pattern, "").trim();
			matched = true;
		}
	}
	view.description = trailingTags ? `${body}${body ? " " : ""}${trailingTags}` : body;
	view.tags = (view.description.match(HASH_TAGS) ?? []).map((tag) => tag.trim());
	return view;
}

const CONTEXT: TaskRewriteContext = { ownerName: "Jason Vallery", knownNames: ["Jai Menon", "Manish Sah"], mentionStyle: "at-camel" };

const CASES = [
	{
		name: "the seed line",
		written: "- [?] Brief Manish Sah on expectations. @Jai Menon \uF8FFüìÖ 2025-10-03 ‚è´ #task #proposed #auto",
		byHand: "- [?] Brief Manish Sah on expectations. @JaiMenon 📅 2025-10-03 ⏫ #task #proposed #auto",
	},
	{
		name: "the seed line without U+F8FF",
		written: "- [?] Provide an update. @Myself üìÖ 2025-10-03 ‚è´ #task #proposed",
		byHand: "- [?] Provide an update. @JasonVallery 📅 2025-10-03 ⏫ #task #proposed",
	},
	{
		name: "Windows-1252 emoji",
		written: `- [ ] Send the deck @Myself ${garble("📅", "windows1252")} 2025-10-03 ${garble("🔼", "windows1252")} #task`,
		byHand: "- [ ] Send the deck @JasonVallery 📅 2025-10-03 🔼 #task",
	},
	{
		name: "a date in the middle of the description",
		written: "- [ ] Call Bob 📅 2025-10-03 about the offer #task",
		byHand: "- [ ] Call Bob about the offer 📅 2025-10-03 #task",
	},
	{
		name: "an owner after the fields",
		written: "- [ ] Review the plan ⏫ 📅 2025-10-03 @Jai Menon #task",
		byHand: "- [ ] Review the plan @JaiMenon ⏫ 📅 2025-10-03 #task",
	},
	{
		name: "a priority in the middle",
		written: "- [ ] Fix ⏫ the login bug #task",
		byHand: "- [ ] Fix the login bug ⏫ #task",
	},
	{
		name: "another tool's owner form",
		written: "- [ ] **@Manish Sah**: share the numbers (due: Friday) 🔽",
		byHand: "- [ ] @ManishSah: share the numbers (due: Friday) 🔽",
	},
	{
		name: "done task with garbled dates and a block link",
		written: `> - [x] Ship it ${garble("📅", "macRomanLostLogo")} 2025-10-03 ${garble("✅", "macRoman")} 2025-10-04 #work ^ship-1`,
		byHand: "> - [x] Ship it 📅 2025-10-03 ✅ 2025-10-04 #work ^ship-1",
	},
];

describe("Tasks reads a rewritten line as the line written by hand", () => {
	it.each(CASES)("$name", ({ written, byHand }) => {
		const rewritten = rewriteTaskLine(written, CONTEXT);
		const expected = parseLikeTasks(byHand);
		expect(expected).not.toBeNull();
		expect(parseLikeTasks(rewritten)).toEqual(expected);
		// The rewrite was needed: Tasks reads the written line differently.
		expect(parseLikeTasks(written)).not.toEqual(expected);
	});

	it("reads a rejected proposed task as cancelled today", () => {
		const { text } = rejectProposedTasks("- [?] Do it @JaiMenon 📅 2025-10-03 ⏫ #task #proposed", "2025-10-05");
		expect(parseLikeTasks(text)).toEqual(parseLikeTasks("- [-] Do it @JaiMenon #task ⏫ 📅 2025-10-03 ❌ 2025-10-05"));
		expect(parseLikeTasks(text)).toMatchObject({ status: "-", due: "2025-10-03", cancelled: "2025-10-05", priority: "high", tags: ["#task"] });
	});
});
