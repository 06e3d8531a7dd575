// The timings of one vault size: floor, full run, run with nothing new, and
// an incremental run after 1% of the meeting notes changed — each repetition
// on a fresh copy of the same vault.
import matter from "gray-matter";
import { processMeetings } from "../src/core/sync/run";
import { emptyLedger } from "../src/core/sync/ledger";
import type { Ledger } from "../src/core/sync/ledger";
import type { CrmSettings } from "../src/core/settings";
import type { RunResult } from "../src/core/sync/run-types";
import { editKeyInformation } from "./generate";
import type { SyntheticVault } from "./generate";
import { BenchVault, OutOfTime, utf8Length } from "./memory-vault";

export interface PreparedVault {
	synthetic: SyntheticVault;
	/** path → UTF-8 size, so fresh copies are cheap. */
	sizes: Map<string, number>;
	/** The 1% of meeting notes the incremental run changes. */
	edited: string[];
}

export interface Repetition {
	floor_ms: number;
	/** When `complete` is false: how long the full run ran before it was stopped. */
	full_ms: number;
	noop_ms: number | null;
	incremental_ms: number | null;
	/** Whether the full run finished within the time budget. */
	complete: boolean;
	/** Wall time of the whole repetition, for the time budget. */
	total_ms: number;
	full: RunResult["report"] | null;
	noopProcessed: number;
	noopChanges: number;
	incrementalProcessed: number;
}

export function prepare(synthetic: SyntheticVault): PreparedVault {
	const sizes = new Map<string, number>();
	for (const [path, text] of Object.entries(synthetic.files)) sizes.set(path, utf8Length(text));
	const sorted = [...synthetic.meetingPaths].sort();
	const edited = sorted.filter((_, index) => index % 100 === 0);
	return { synthetic, sizes, edited };
}

export function freshCopy(prepared: PreparedVault): BenchVault {
	return new BenchVault(prepared.synthetic.files, prepared.sizes);
}

/** The floor: every meeting and person note read through the port and its
 * frontmatter parsed by gray-matter (an options object turns its cache off). */
export async function readFloor(port: BenchVault): Promise<number> {
	let keys = 0;
	for (const stat of port.listMarkdownFiles()) {
		const text = await port.read(stat.path);
		keys += Object.keys(matter(text, {}).data).length;
	}
	return keys;
}

export function runOnce(port: BenchVault, settings: CrmSettings, ledger: Ledger, today: string): Promise<RunResult> {
	return processMeetings(port, settings, ledger, { mode: { kind: "new" }, dryRun: false, today });
}

export async function repetition(prepared: PreparedVault, settings: CrmSettings, today: string, deadline = Infinity): Promise<Repetition> {
	const began = performance.now();
	collectGarbage();
	let start = performance.now();
	if ((await readFloor(freshCopy(prepared))) === 0) throw new Error("the floor parsed no frontmatter");
	const floorMs = performance.now() - start;

	const port = freshCopy(prepared);
	port.deadline = deadline;
	collectGarbage();
	start = performance.now();
	let full: RunResult;
	try {
		full = await runOnce(port, settings, emptyLedger(), today);
	} catch (error) {
		if (!(error instanceof OutOfTime)) throw error;
		const stopped = performance.now() - start;
		return { floor_ms: floorMs, full_ms: stopped, noop_ms: null, incremental_ms: null, complete: false, total_ms: performance.now() - began, full: null, noopProcessed: 0, noopChanges: 0, incrementalProcessed: 0 };
	}
	const fullMs = performance.now() - start;
	port.deadline = Infinity;

	start = performance.now();
	const noop = await runOnce(port, settings, full.ledger, today);
	const noopMs = performance.now() - start;

	for (const path of prepared.edited) port.write(path, editKeyInformation(port.text(path) ?? "", "benchmark edit"));
	start = performance.now();
	const incremental = await runOnce(port, settings, noop.ledger, today);
	const incrementalMs = performance.now() - start;

	return {
		floor_ms: floorMs,
		full_ms: fullMs,
		noop_ms: noopMs,
		incremental_ms: incrementalMs,
		complete: true,
		total_ms: performance.now() - began,
		full: full.report,
		noopProcessed: noop.report.processed.length,
		noopChanges: noop.changes.length,
		incrementalProcessed: incremental.report.processed.length,
	};
}

/** What a repetition's runs must have done; anything else is a problem to report. */
export function sanityProblems(rep: Repetition, prepared: PreparedVault): string[] {
	const meetings = prepared.synthetic.meetingPaths.length;
	const report = rep.full;
	if (!report) return [`the full run did not finish within the time budget (stopped after ${Math.round(rep.full_ms / 1000)} s)`];
	const problems: string[] = [];
	if (report.processed.length !== meetings) problems.push(`full run processed ${report.processed.length} of ${meetings} meeting notes`);
	if (report.created.length === 0) problems.push("full run created no person note");
	if (report.errors.length > 0) problems.push(`full run had ${report.errors.length} errors, first: ${report.errors[0].path}: ${report.errors[0].reason}`);
	if (report.skipped.length > 0) problems.push(`full run skipped ${report.skipped.length} notes, first: ${report.skipped[0].path}: ${report.skipped[0].reason}`);
	if (rep.noopProcessed !== 0 || rep.noopChanges !== 0) problems.push(`run with nothing new processed ${rep.noopProcessed} notes and changed ${rep.noopChanges} files`);
	if (rep.incrementalProcessed !== prepared.edited.length) problems.push(`incremental run processed ${rep.incrementalProcessed} notes, expected ${prepared.edited.length}`);
	return problems;
}

export function collectGarbage(): void {
	globalThis.gc?.();
}
