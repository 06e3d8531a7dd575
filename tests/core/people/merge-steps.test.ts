// The merge in steps (merge-steps.ts) gives exactly what mergePersonNote
// gives, however its steps are driven, and a big note's merge really is cut
// into many steps.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contributionsOf } from "../../../src/core/people/contribution";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput, MergeResult } from "../../../src/core/people/merge";
import { joinNoteSteps } from "../../../src/core/people/merge-join";
import { mergeSteps, runSteps } from "../../../src/core/people/merge-steps";
import { joinLines } from "../../../src/core/markdown/lines";
import type { NoteLines } from "../../../src/core/markdown/lines";
import { OWNER, SEED_LINK, SEED_PERSON_TEXT, seedMeeting } from "./merge-seed";
import { manyContribution, manyInputs, TEMPLATE_NOTE } from "./many-meetings";

const seed = contributionsOf(seedMeeting(), { linkTarget: SEED_LINK, ownerNames: [OWNER, "Myself", "Me"], factAttribution: "named" });
const seedInputs = (name: string): MeetingInput[] => {
	const contribution = seed.get(name);
	if (!contribution) throw new Error(name);
	return [{ meetingPath: contribution.meetingPath, contribution }];
};

function ok(result: MergeResult): { text: string; written: Record<string, string> } {
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}

/** Inputs with what a first merge wrote as the ledger's `previous`. */
const withPrevious = (inputs: MeetingInput[], written: Record<string, string>): MeetingInput[] => inputs.map((input) => ({ ...input, previous: written[input.meetingPath] }));

const crlf = (text: string): string => text.replace(/\n/g, "\r\n");
const bigText = ok(mergePersonNote(TEMPLATE_NOTE, "Ann Ray", manyInputs(0, 1200)));
const seedEdited = SEED_PERSON_TEXT.replace("## Key Facts", "## 🧠 key facts:\n\n- a line the user added").replace("## Recent Context", "## Recent context\n\nkept by the user");
const everyOther = (text: string): string => text.split("\n").map((line, index) => line + (index % 2 === 0 ? "\r\n" : "\n")).join("");

const cases: { name: string; text: string; basename: string; inputs: MeetingInput[] }[] = [
	...[...seed.keys()].map((name) => ({ name: `seed note, ${name}`, text: SEED_PERSON_TEXT, basename: name, inputs: seedInputs(name) })),
	{ name: "seed note, user-edited headings and lines", text: seedEdited, basename: "Pete Emig", inputs: seedInputs("Pete Emig") },
	{ name: "seed note, CRLF", text: crlf(SEED_PERSON_TEXT), basename: "Jai Menon", inputs: seedInputs("Jai Menon") },
	{ name: "seed note, BOM and no final newline", text: `\uFEFF${SEED_PERSON_TEXT.trimEnd()}`, basename: "Jai Menon", inputs: seedInputs("Jai Menon") },
	{ name: "template, one meeting", text: TEMPLATE_NOTE, basename: "Ann Ray", inputs: manyInputs(5, 6) },
	{ name: "no frontmatter, no sections", text: "# Ann Ray\n\nsome words", basename: "Ann Ray", inputs: manyInputs(0, 3) },
	{ name: "empty note, no meetings", text: "", basename: "Ann Ray", inputs: [] },
	{ name: "broken frontmatter", text: "---\ntitle: [unclosed\n---\n# A\n", basename: "A", inputs: manyInputs(0, 2) },
	{ name: "template, 1200 meetings", text: TEMPLATE_NOTE, basename: "Ann Ray", inputs: manyInputs(0, 1200) },
	{ name: "1200 meetings, merged again", text: bigText.text, basename: "Ann Ray", inputs: withPrevious(manyInputs(0, 1200), bigText.written) },
	{ name: "1200 meetings, refreshed", text: bigText.text, basename: "Ann Ray", inputs: withPrevious(manyInputs(0, 1200, 1), bigText.written) },
	{ name: "1200 meetings, 600 more", text: bigText.text, basename: "Ann Ray", inputs: manyInputs(600, 1800) },
	{ name: "1200 meetings, mixed line endings", text: everyOther(bigText.text), basename: "Ann Ray", inputs: manyInputs(1200, 1300) },
	{ name: "1200 meetings, BOM and CRLF", text: `\uFEFF${crlf(bigText.text)}`, basename: "Ann Ray", inputs: manyInputs(1100, 1300) },
];

/** Runs the steps one by one, merging another note between any two (a run
 * does other work between them), and counts them. */
function interleaved(text: string, basename: string, inputs: MeetingInput[]): { result: MergeResult; steps: number } {
	const steps = mergeSteps(text, basename, inputs);
	let count = 1;
	let step = steps.next();
	while (!step.done) {
		mergePersonNote(SEED_PERSON_TEXT, "Pete Emig", seedInputs("Pete Emig"));
		count++;
		step = steps.next();
	}
	return { result: step.value, steps: count };
}

describe("mergeSteps", () => {
	it.each(cases)("gives what mergePersonNote gives: $name", ({ text, basename, inputs }) => {
		const expected = mergePersonNote(text, basename, inputs);
		expect(interleaved(text, basename, inputs).result).toEqual(expected);
		expect(runSteps(mergeSteps(text, basename, inputs))).toEqual(expected);
	});

	it("cuts a big note's merge into many steps, a small one's into few", () => {
		const small = interleaved(TEMPLATE_NOTE, "Ann Ray", manyInputs(5, 6)).steps;
		const big = interleaved(bigText.text, "Ann Ray", manyInputs(600, 1800));
		expect(bigText.text.length).toBeGreaterThan(400_000);
		expect(small).toBe(9);
		// 1200 meetings planned in three steps; over half a million
		// characters joined in at least three.
		expect(ok(big.result).text.length).toBeGreaterThan(2 * 2 ** 18);
		expect(big.steps).toBeGreaterThanOrEqual(small + 2 + 2);
	});

	it("plans the meetings of a big merge (more than one step's) in the order one at a time would", () => {
		// Merged in one go or oldest first one by one: the same note.
		const inputs = manyInputs(0, 700).reverse();
		let oneByOne = TEMPLATE_NOTE;
		for (let index = 0; index < 700; index++) oneByOne = ok(mergePersonNote(oneByOne, "Ann Ray", [{ meetingPath: manyContribution(index).meetingPath, contribution: manyContribution(index) }])).text;
		expect(ok(runSteps(mergeSteps(TEMPLATE_NOTE, "Ann Ray", inputs))).text).toBe(oneByOne);
	}, 60_000);
});

describe("joinNoteSteps", () => {
	const ending = fc.constantFrom("\n", "\r\n", "\r");
	const note = fc
		.record({
			bom: fc.boolean(),
			pattern: fc.array(fc.tuple(fc.nat(700), ending), { minLength: 1, maxLength: 30 }),
			count: fc.integer({ min: 1, max: 4000 }),
			lastEnding: fc.constantFrom("", "\n", "\r\n"),
			uniform: fc.boolean(),
		})
		.map(({ bom, pattern, count, lastEnding, uniform }): NoteLines => {
			const lines: string[] = [];
			const endings: string[] = [];
			for (let i = 0; i < count; i++) {
				const [length, end] = pattern[i % pattern.length];
				lines.push(`${i}:${"é".repeat(length % 7)}${"x".repeat(length)}`);
				endings.push(uniform ? pattern[0][1] : end);
			}
			endings[count - 1] = lastEnding;
			return { lines, endings, bom: bom ? "\uFEFF" : "" };
		});

	it("joins exactly as joinLines, on notes of up to millions of characters", () => {
		fc.assert(
			fc.property(note, (lines) => {
				expect(runSteps(joinNoteSteps(lines))).toBe(joinLines(lines));
			}),
			{ numRuns: 60 },
		);
	});

	it.each([
		{ name: "no lines", lines: { lines: [], endings: [], bom: "" } },
		{ name: "no lines, a BOM", lines: { lines: [], endings: [], bom: "\uFEFF" } },
		{ name: "one empty line", lines: { lines: [""], endings: [""], bom: "" } },
		{ name: "one line ending", lines: { lines: [""], endings: ["\n"], bom: "" } },
	])("joins $name as joinLines", ({ lines }) => {
		expect(runSteps(joinNoteSteps(lines))).toBe(joinLines(lines));
	});

	it("yields between stretches of a long note", () => {
		const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} ${"x".repeat(200)}`);
		const steps = joinNoteSteps({ lines, endings: lines.map(() => "\n"), bom: "" });
		let yields = 0;
		while (!steps.next().done) yields++;
		expect(yields).toBeGreaterThanOrEqual(2);
	});
});
