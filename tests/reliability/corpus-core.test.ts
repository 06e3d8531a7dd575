// The bad-input corpus through the core's run over an in-memory vault: the
// run finishes, the bad note gets its outcome, and nothing else changes but
// person notes and the processed meeting notes' task lines.
import { afterEach, describe, expect, it } from "vitest";
import { MemoryVault, run, settingsFor } from "../helpers/run-helpers";
import { runTaskCommand } from "../../src/core/sync/fix-tasks-run";
import { CORPUS, GOOD_PATH, caseTexts } from "./corpus";
import { brokenGuarantees } from "./guarantees";
import { outcomeProblems, reportedPaths } from "./outcome";

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
	delete globals.__meetingCrmPwned;
});

describe.each(CORPUS)("core run over a vault with $name", (testCase) => {
	it("finishes, gives the case its outcome, and changes nothing else", async () => {
		const vault = new MemoryVault(caseTexts(testCase));
		const before = vault.snapshot();
		const { report } = await run(vault);
		const after = vault.snapshot();
		expect(outcomeProblems(testCase, report, after)).toEqual([]);
		expect(report.processed).toContain(GOOD_PATH);
		expect(brokenGuarantees(before, after, { processed: report.processed, reported: reportedPaths(report) })).toEqual([]);
		expect(globals.__meetingCrmPwned).toBeUndefined();
	});

	it("a second run changes nothing", async () => {
		const vault = new MemoryVault(caseTexts(testCase));
		const first = await run(vault);
		const once = vault.snapshot();
		const again = await run(vault, { ledger: first.ledger, mode: { kind: "all" } });
		expect(vault.snapshot()).toEqual(once);
		expect([again.report.created, again.report.updated, again.report.tasksFixed]).toEqual([[], [], []]);
	});

	it("fixing task lines in every meeting note finishes and touches only task lines", async () => {
		const vault = new MemoryVault(caseTexts(testCase));
		const before = vault.snapshot();
		const result = await runTaskCommand(vault, settingsFor(), { mode: { kind: "all" }, command: "fix", dryRun: false, today: "2026-01-03" });
		const touched = result.changes.map((change) => change.path);
		expect(brokenGuarantees(before, vault.snapshot(), { processed: touched, reported: reportedPaths(result.report) })).toEqual([]);
		expect(touched.every((path) => !path.startsWith("People/"))).toBe(true);
		expect(globals.__meetingCrmPwned).toBeUndefined();
	});
});
