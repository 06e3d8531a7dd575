// personWrites merges a big person note step by step, the pacer giving the
// event loop a turn between steps once its budget is spent: no timing is
// measured, the pacer's budget is 0 (always spent) or its clock stands still.
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput, MergeResult } from "../../../src/core/people/merge";
import { mergeSteps } from "../../../src/core/people/merge-steps";
import { builtInPersonNote } from "../../../src/core/people/template";
import { contentHash } from "../../../src/core/sync/content-hash";
import { Pacer } from "../../../src/core/sync/pacer";
import type { PersonTarget } from "../../../src/core/sync/plan-people";
import type { PlannedWrite } from "../../../src/core/sync/planned-write";
import { NoteTexts } from "../../../src/core/sync/read-phase";
import { emptyReport } from "../../../src/core/sync/run-types";
import { personJobs, personWrites } from "../../../src/core/sync/write-people";
import { MemoryVault } from "../../helpers/memory-vault";
import { manyInputs, TEMPLATE_NOTE } from "../people/many-meetings";

const PATH = "People/Ann Ray.md";
const TODAY = "2026-02-01";

function ok(result: MergeResult): { text: string; written: Record<string, string> } {
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}

const bigNote = ok(mergePersonNote(TEMPLATE_NOTE, "Ann Ray", manyInputs(0, 1200))).text;

function target(inputs: MeetingInput[], isNew: boolean): PersonTarget {
	return { path: PATH, name: "Ann Ray", isNew, firstMeetingTitle: "Sync 0: planning", inputs };
}

/** The writes of one target, and how many times the pacer yielded before
 * each write came out. */
async function writesOf(vault: MemoryVault, person: PersonTarget, budgetMs: number): Promise<{ writes: PlannedWrite[]; yieldsBefore: number[]; yields: number }> {
	const report = emptyReport();
	const jobs = await personJobs(vault, [person], { settings: DEFAULT_SETTINGS, today: TODAY, texts: new NoteTexts(), report });
	let yields = 0;
	const counted = new Pacer(() => {
		yields++;
		return Promise.resolve();
	}, budgetMs);
	const writes: PlannedWrite[] = [];
	const yieldsBefore: number[] = [];
	for await (const write of personWrites(jobs, report, new Map(), counted)) {
		writes.push(write);
		yieldsBefore.push(yields);
	}
	expect(report.errors).toEqual([]);
	expect(report.skipped).toEqual([]);
	return { writes, yieldsBefore, yields };
}

/** How many steps mergeSteps takes on this note. */
function stepsOf(text: string, inputs: MeetingInput[]): number {
	const steps = mergeSteps(text, "Ann Ray", inputs);
	let count = 1;
	while (!steps.next().done) count++;
	return count;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe("personWrites on a big note", () => {
	it("yields between the steps of one note's merge, and writes what mergePersonNote gives", async () => {
		const inputs = manyInputs(600, 1800);
		const vault = new MemoryVault({ [PATH]: bigNote });
		const { writes, yieldsBefore } = await writesOf(vault, target(inputs, false), 0);
		const expected = ok(mergePersonNote(bigNote, "Ann Ray", inputs));
		expect(writes).toHaveLength(1);
		expect(writes[0]).toMatchObject({ path: PATH, kind: "update", before: bigNote, after: expected.text, written: expected.written, afterHash: contentHash(expected.text) });
		// A turn before the merge, one between any two of its steps, one before the write.
		const steps = stepsOf(bigNote, inputs);
		expect(steps).toBeGreaterThan(12);
		expect(yieldsBefore).toEqual([steps + 1]);
	});

	it("creates a big new note step by step too", async () => {
		const inputs = manyInputs(0, 1200);
		const { writes, yieldsBefore } = await writesOf(new MemoryVault(), target(inputs, true), 0);
		const template = builtInPersonNote({ name: "Ann Ray", aliases: [], today: TODAY, title: "Sync 0: planning", settings: DEFAULT_SETTINGS, noteBasename: "Ann Ray" });
		const expected = ok(mergePersonNote(template, "Ann Ray", inputs));
		expect(writes).toHaveLength(1);
		expect(writes[0]).toMatchObject({ path: PATH, kind: "create", before: "", after: expected.text, written: expected.written, afterHash: contentHash(expected.text) });
		expect(yieldsBefore).toEqual([stepsOf(template, inputs) + 1]);
	});

	it("does not yield while the budget lasts (the clock stands still)", async () => {
		vi.spyOn(Date, "now").mockReturnValue(1_000_000);
		const inputs = manyInputs(600, 1800);
		const vault = new MemoryVault({ [PATH]: bigNote });
		const { writes, yields } = await writesOf(vault, target(inputs, false), 12);
		expect(writes[0].after).toBe(ok(mergePersonNote(bigNote, "Ann Ray", inputs)).text);
		expect(yields).toBe(0);
	});

	it("keeps redo synchronous: the same merge against the note as it is when written", async () => {
		const inputs = manyInputs(1200, 1300);
		const vault = new MemoryVault({ [PATH]: bigNote });
		const { writes } = await writesOf(vault, target(inputs, false), 0);
		const edited = `${bigNote}\nA line the user added.\n`;
		const expected = ok(mergePersonNote(edited, "Ann Ray", inputs));
		expect(writes[0].redo(edited)).toEqual({ text: expected.text, written: expected.written });
	});
});
