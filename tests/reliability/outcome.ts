// Whether a run's report (the core's, or the command line's --json) gives a
// corpus case the outcome it should have. Returns what is wrong, so tests
// running at once can each check with their own expect.
import { caseTexts } from "./corpus";
import type { BadInputCase } from "./corpus";

/** The parts of a run report (RunReport, or the --json one) looked at. */
export interface ReportLike {
	processed: string[];
	skipped: { path: string; reason: string }[];
	errors: { path: string; reason: string }[];
	ambiguous: { name: string; notes: string[] }[];
	droppedNames: number;
}

export function reportedPaths(report: ReportLike): string[] {
	return [...report.skipped, ...report.errors].map((entry) => entry.path);
}

/** What the run did wrong with the case's note (empty: nothing). */
export function outcomeProblems(testCase: BadInputCase, report: ReportLike, after: Record<string, string>): string[] {
	const { outcome, path } = testCase;
	const reasons = report.skipped.filter((entry) => entry.path === path).map((entry) => entry.reason);
	const errors = report.errors.filter((entry) => entry.path === path).map((entry) => entry.reason);
	const processed = report.processed.includes(path);
	const problems: string[] = [];
	const want = (ok: boolean, what: string) => {
		if (!ok) problems.push(what);
	};
	switch (outcome.kind) {
		case "skipped":
			want(reasons.length === 1 && outcome.reason.test(reasons[0]), `skipped once with a reason matching ${String(outcome.reason)}; got ${JSON.stringify(reasons)}`);
			want(!processed, "not processed");
			break;
		case "ignored":
			want(reasons.length === 0 && errors.length === 0, `not reported; got ${JSON.stringify([...reasons, ...errors])}`);
			want(!processed, "not processed");
			break;
		case "processed":
			want(reasons.length === 0, `not skipped; got ${JSON.stringify(reasons)}`);
			want(processed, "processed");
			for (const person of outcome.people) want(person in after, `${person} exists`);
			for (const person of outcome.absent ?? []) want(!(person in after), `${person} does not exist`);
			if (outcome.dropped !== undefined) want(report.droppedNames === outcome.dropped, `${outcome.dropped} names dropped; got ${report.droppedNames}`);
			break;
		case "ambiguous": {
			const entry = report.ambiguous.find((a) => a.name === outcome.name);
			want(entry !== undefined && entry.notes.includes(path), `${outcome.name} reported as ambiguous, claimed by ${path}; got ${JSON.stringify(report.ambiguous)}`);
			const texts = caseTexts(testCase);
			for (const claimant of [path, ...Object.keys(testCase.extra ?? {})]) want(after[claimant] === texts[claimant], `${claimant} untouched`);
			break;
		}
	}
	return problems;
}
