import { it } from "vitest";
import { mergePersonNote } from "../../../src/core/people/merge";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { splitLines } from "../../../src/core/markdown/lines";
import { nonTextMask, listHeadings } from "../../../src/core/markdown/sections";
import { SEED_PERSON_TEXT } from "./merge-seed";
it("bench", () => {
	const meetings = Array.from({ length: 7000 }, (_, i) => {
		const date = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
		return { meetingPath: `M/m${i}.md`, contribution: { meetingPath: `M/m${i}.md`, linkTarget: `m${i}`, date, title: `Meeting ${i}`, attended: i % 2 === 0, via: [], summarySentence: `Summary ${i}.`, facts: [`fact ${i} a`, `fact ${i} b`], decisions: [`decision ${i}`, `d2 ${i}`, `d3 ${i}`], topics: [`Topic ${i % 500}`, "Budget"], contact: { email: "x@y.z" }, namesSeen: ["Pete Emig", `P${i % 5}`] } };
	});
	const r = mergePersonNote(SEED_PERSON_TEXT, "Pete Emig", meetings);
	if (r.kind !== "ok") return;
	const text = r.text;
	const time = (label: string, f: () => unknown) => { const t = performance.now(); for (let i = 0; i < 10; i++) f(); console.log(label, (performance.now() - t) / 10); };
	time("readFrontmatter", () => readFrontmatter(text));
	time("splitLines", () => splitLines(text));
	const note = splitLines(text);
	time("nonTextMask", () => nonTextMask(note.lines));
	time("listHeadings", () => listHeadings(note.lines));
	const m = { ...meetings[5], meetingPath: "M/x.md" }; m.contribution = { ...m.contribution, meetingPath: "M/x.md", linkTarget: "x" };
	time("merge one", () => mergePersonNote(text, "Pete Emig", [m]));
	time("merge none", () => mergePersonNote(text, "Pete Emig", []));
});
