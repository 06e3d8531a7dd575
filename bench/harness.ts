// The benchmark of SPEC section 7: for each vault size the floor, full,
// nothing-new and incremental runs (best of N after a warm-up, within a time
// budget), the longest stretch without yielding on the plugin's path, peak
// memory of a full run at the reference size (in a fresh child process) and,
// for information, the command line on disk.
import { DEFAULT_SETTINGS } from "../src/core/settings";
import type { CrmSettings } from "../src/core/settings";
import { generateVault, OWNER } from "./generate";
import type { SyntheticVault } from "./generate";
import { measureMaxBlock } from "./block";
import { BenchVault } from "./memory-vault";
import { emptyLedger } from "../src/core/sync/ledger";
import { collectGarbage, freshCopy, prepare, repetition, runOnce, sanityProblems } from "./measure-size";
import type { Repetition } from "./measure-size";
import { megabytes } from "./memory";
import type { ChildMemory } from "./memory-child";
import { evaluate, summarizeSizes } from "./targets";
import type { BenchResult, SizeResult } from "./targets";

export interface HarnessOptions {
	sizes: number[];
	seed: number;
	/** Timed repetitions per size (best of these). */
	repeats: number;
	warmup: boolean;
	/** Meeting notes of the vault for the longest-stretch measurement. */
	blockMeetings: number;
	/** Wall-clock budget in ms: fewer repetitions rather than a longer run. */
	budgetMs: number;
	/** Peak memory of one full run in a fresh process (bench/memory-child.ts);
	 * without it, memory is not measured. */
	memory?: (vault: SyntheticVault, timeoutMs: number) => ChildMemory | { skipped: string };
	/** Runs the command line on disk once (a callback so tests can skip it). */
	onDisk?: (files: Record<string, string>, meetings: number, deadline: number) => Record<string, unknown>;
	/** Profiles one extra full run at the reference size. */
	profileRun?: (run: () => Promise<unknown>) => Promise<unknown>;
	log: (line: string) => void;
}

export const BENCH_TODAY = "2026-01-03";

export function benchSettings(): CrmSettings {
	return { ...DEFAULT_SETTINGS, yourName: OWNER };
}

function describe(rep: Repetition): string {
	const ms = (value: number | null) => (value === null ? "-" : `${Math.round(value)} ms`);
	if (!rep.complete) return `floor ${ms(rep.floor_ms)}, full run stopped after ${ms(rep.full_ms)}: out of time`;
	return `floor ${ms(rep.floor_ms)}, full ${ms(rep.full_ms)}, nothing new ${ms(rep.noop_ms)}, incremental ${ms(rep.incremental_ms)}`;
}

/** The fastest complete repetition, else the one that ran longest before it was stopped. */
function bestComplete(reps: Repetition[]): Repetition {
	const complete = reps.filter((rep) => rep.complete);
	if (complete.length > 0) return complete.reduce((a, b) => (b.full_ms < a.full_ms ? b : a));
	return reps.reduce((a, b) => (b.full_ms > a.full_ms ? b : a));
}

export async function runBenchmark(options: HarnessOptions): Promise<BenchResult> {
	const began = performance.now();
	const deadline = began + options.budgetMs;
	const settings = benchSettings();
	const problems: string[] = [];
	const sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
	const reference = sizes.includes(10_000) ? 10_000 : sizes[0];

	// Cold, first thing: a plugin's first run after Obsidian starts is cold too.
	options.log(`longest stretch without yielding: ${options.blockMeetings} meeting notes`);
	const block = await measureMaxBlock(BenchVault.asBytes(generateVault({ meetings: options.blockMeetings, seed: options.seed }).files), options.blockMeetings, settings, BENCH_TODAY, began + options.budgetMs / 4);
	if (!block.complete) problems.push(`the longest-stretch run (${options.blockMeetings} notes) did not finish within its share of the time budget`);
	collectGarbage();

	let memory: ChildMemory | null = null;
	const results: SizeResult[] = [];
	let profile: unknown = null;
	let onDisk: Record<string, unknown> = { skipped: "not requested" };
	let referenceDone = false;
	// Expected time of one repetition's full run at the next size.
	let perMeetingMs = block.full_ms / options.blockMeetings;
	for (let i = 0; i < sizes.length; i++) {
		const meetings = sizes[i];
		const synthetic = generateVault({ meetings, seed: options.seed });
		const prepared = prepare(synthetic);
		const remainingWeight = sizes.slice(i).reduce((sum, n) => sum + n, 0);
		const last = i === sizes.length - 1;
		const share = performance.now() + ((deadline - performance.now()) * meetings) / remainingWeight;
		// Soft limit: no warm-up or further repetition past the share. Hard
		// limit: a run still going then is stopped and reported as such.
		const hardStop = last ? deadline : share;
		options.log(`${meetings} meeting notes: ${synthetic.personPaths.length} person notes exist, ${megabytes(synthetic.bytes)} MB`);
		if (meetings === reference && options.memory) {
			// A process of its own: a third of this size's share of the time,
			// or more when one run is expected to need it (its vault is on disk).
			const left = share - performance.now();
			const measured = options.memory(synthetic, Math.min(left, Math.max(left / 3, 3 * perMeetingMs * meetings + 10_000)));
			if ("skipped" in measured) problems.push(`peak memory not measured: ${measured.skipped}`);
			else memory = measured;
			options.log(`  peak memory of a full run in a fresh process: ${memory ? `${memory.max_rss_mb} MB` : "not measured"}`);
		}

		const predicted = perMeetingMs * meetings * 1.3;
		let warm: Repetition | null = null;
		if (options.warmup && performance.now() + 2 * predicted <= share) {
			warm = await repetition(prepared, settings, BENCH_TODAY, hardStop);
			options.log(`  warm-up: full ${Math.round(warm.full_ms)} ms${warm.complete ? "" : " (stopped: out of time)"}`);
		} else if (options.warmup) problems.push(`${meetings}: no warm-up (a run is expected to take ${Math.round(predicted / 1000)} s, too long for the time budget)`);
		const timed: Repetition[] = [];
		while (timed.length < options.repeats && (warm === null || warm.complete)) {
			const previous = timed[timed.length - 1] ?? warm;
			if (previous && performance.now() + previous.total_ms > share) break;
			const rep = await repetition(prepared, settings, BENCH_TODAY, hardStop);
			timed.push(rep);
			options.log(`  run ${timed.length}: ${describe(rep)}`);
			if (!rep.complete) break;
		}
		const measured = timed.length > 0 ? timed : [warm as Repetition];
		if (timed.length === 0 && warm?.complete) problems.push(`${meetings}: no time left for a timed run after the warm-up; figures are from the warm-up`);
		else if (timed.length < options.repeats && measured.every((rep) => rep.complete)) problems.push(`${meetings}: only ${timed.length} of ${options.repeats} timed runs fit in the time budget`);
		const best = bestComplete(measured);
		for (const problem of sanityProblems(best, prepared)) problems.push(`${meetings}: ${problem}`);
		results.push(summarizeSizes(meetings, synthetic, prepared.edited.length, measured, warm !== null && timed.length > 0, best.full));
		perMeetingMs = best.full_ms / meetings;

		if (meetings === reference) {
			// Not kept for the command line's run at the end: a smaller vault
			// left in memory would slow the larger size's runs (every garbage
			// collection pays for it) and skew the scaling. It is made again.
			referenceDone = true;
			if (options.profileRun) {
				options.log("  profiling one more full run");
				profile = await options.profileRun(() => runOnce(freshCopy(prepared), settings, emptyLedger(), BENCH_TODAY));
			}
		}
		collectGarbage();
	}

	// The command line on disk is information only: last in line for the budget.
	if (options.onDisk && referenceDone) {
		const fullMs = results.find((r) => r.meetings === reference)?.full_ms ?? 0;
		if (performance.now() + fullMs * 1.5 + 10_000 > deadline) onDisk = { skipped: "no time left in the time budget" };
		else {
			options.log(`command line on disk: ${reference} meeting notes`);
			onDisk = options.onDisk(generateVault({ meetings: reference, seed: options.seed }).files, reference, deadline);
		}
	}

	const result = evaluate({ sizes: results, reference, memory, block, problems, seed: options.seed });
	result.cli_on_disk = onDisk;
	if (profile !== null) result.profile = profile;
	result.elapsed_s = Math.round((performance.now() - began) / 100) / 10;
	return result;
}
