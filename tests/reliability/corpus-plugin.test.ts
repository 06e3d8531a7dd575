// The bad-input corpus through the real plugin in the fake Obsidian: the
// command ends with its one notice (never "The run stopped"), the report
// window names the bad note and why, and nothing else changes but person
// notes, task lines and the plugin's data.json.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts, pluginDataPath } from "../fake-app";
import { CORPUS, GOOD_PATH, caseTexts } from "./corpus";
import type { BadInputCase } from "./corpus";
import { brokenGuarantees } from "./guarantees";
import { command, fixToday, lastRunReport, reportWindowLines, startPlugin } from "./plugin-harness";

const globals = globalThis as Record<string, unknown>;
beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
	delete globals.__meetingCrmPwned;
});

describe.each(CORPUS)("the plugin processing a vault with $name", (testCase) => {
	it("finishes with one notice, reports the case, and changes nothing else", async () => {
		const started = await startPlugin(caseTexts(testCase));
		const before = started.app.vault.fakeSnapshot();
		const config = new Map(started.app.vault.adapter.files);
		await command(started, "process-new-meeting-notes");
		const after = started.app.vault.fakeSnapshot();
		const configChanged = [...started.app.vault.adapter.files].filter(([file, text]) => config.get(file) !== text).map(([file]) => file);
		expect(configChanged).toEqual([pluginDataPath(started.app)]);
		const notices = noticeTexts();
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^\d+ meeting notes?: /);
		const lines = await reportWindowLines();
		const { processed } = lastRunReport(started);
		expect(processed).toContain(GOOD_PATH);
		expectPluginOutcome(testCase, lines, processed, after);
		const reported = Object.keys(before).filter((path) => lines.some((line) => line.startsWith(`${path}: `)));
		expect(brokenGuarantees(before, after, { processed, reported })).toEqual([]);
		expect(globals.__meetingCrmPwned).toBeUndefined();
	});

	it("fixing task lines in all meeting notes finishes and touches only task lines", async () => {
		const started = await startPlugin(caseTexts(testCase));
		const before = started.app.vault.fakeSnapshot();
		await command(started, "fix-task-lines-all-meeting-notes");
		const after = started.app.vault.fakeSnapshot();
		expect(noticeTexts()).toEqual([expect.stringMatching(/^(Task lines fixed in \d+ notes?\.|No task lines to change\.)/)]);
		const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
		expect(brokenGuarantees(before, after, { processed: changed.filter((path) => !path.startsWith("People/")), reported: [] })).toEqual([]);
		expect(changed.filter((path) => path.startsWith("People/"))).toEqual([]);
		expect(globals.__meetingCrmPwned).toBeUndefined();
	});
});

function expectPluginOutcome(testCase: BadInputCase, lines: string[], processed: string[], after: Record<string, string>): void {
	const { outcome, path } = testCase;
	const mine = lines.filter((line) => line.startsWith(`${path}: `)).map((line) => line.slice(path.length + 2));
	switch (outcome.kind) {
		case "skipped":
			expect(mine).toEqual([expect.stringMatching(outcome.reason)]);
			expect(processed).not.toContain(path);
			break;
		case "ignored":
			expect(mine).toEqual([]);
			expect(processed).not.toContain(path);
			break;
		case "processed":
			expect(mine).toEqual([]);
			expect(processed).toContain(path);
			for (const person of outcome.people) expect(Object.keys(after)).toContain(person);
			for (const person of outcome.absent ?? []) expect(Object.keys(after)).not.toContain(person);
			break;
		case "ambiguous":
			expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${outcome.name}: .*${escapeRegExp(path)}`)));
			for (const claimant of [path, ...Object.keys(testCase.extra ?? {})]) expect(after[claimant]).toBe(caseTexts(testCase)[claimant]);
			break;
	}
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
