// The figures of a benchmark run, the targets of SPEC section 7 they are held
// to, and the table a person reads.
import { cpus } from "node:os";
import type { RunReport } from "../src/core/sync/run-types";
import type { BlockResult } from "./block";
import type { SyntheticVault } from "./generate";
import type { Repetition } from "./measure-size";
import { megabytes } from "./memory";
import type { ChildMemory } from "./memory-child";

export interface SizeResult {
	meetings: number;
	people: number;
	person_notes_before: number;
	vault_mb: number;
	edited_notes: number;
	timed_runs: number;
	warmed_up: boolean;
	/** False when no full run finished within the time budget: full_ms is
	 * then how long it ran before it was stopped (a lower bound). */
	complete: boolean;
	floor_ms: number;
	full_ms: number;
	noop_ms: number | null;
	incremental_ms: number | null;
	samples: { floor_ms: number[]; full_ms: number[]; noop_ms: (number | null)[]; incremental_ms: (number | null)[] };
	full_over_floor: number;
	noop_over_full: number | null;
	incremental_over_full: number | null;
	full_report: Record<string, number> | null;
}

export interface Target {
	name: string;
	value: number | null;
	limit: number | null;
	unit: "x" | "ms" | "MB" | "%";
	/** null: information only, or not measured in this run. */
	pass: boolean | null;
}

export interface BenchResult {
	seed: number;
	node: string;
	cpus: number;
	reference_meetings: number;
	full_over_floor: number;
	noop_over_full: number | null;
	incremental_over_full: number | null;
	scaling_20k_over_10k: number | null;
	scaling: { from: number; to: number; ratio: number; limit: number; lower_bound: boolean } | null;
	peak_rss_mb: number | null;
	memory: ChildMemory | null;
	vault_mb: number;
	memory_limit_mb: number;
	max_block_ms: number;
	block: BlockResult;
	floor_ms: Record<string, number>;
	full_ms: Record<string, number>;
	noop_ms: Record<string, number | null>;
	incremental_ms: Record<string, number | null>;
	sizes: SizeResult[];
	targets: Target[];
	targets_met: boolean;
	problems: string[];
	cli_on_disk?: Record<string, unknown>;
	profile?: unknown;
	elapsed_s?: number;
}

export function summarizeSizes(meetings: number, synthetic: SyntheticVault, edited: number, runs: Repetition[], warmedUp: boolean, report: RunReport | null): SizeResult {
	const complete = runs.filter((rep) => rep.complete);
	const best = (pick: (rep: Repetition) => number | null): number | null => {
		const values = complete.map(pick).filter((v): v is number => v !== null);
		return values.length > 0 ? round(Math.min(...values)) : null;
	};
	const all = (pick: (rep: Repetition) => number | null) => runs.map((rep) => nullableRound(pick(rep)));
	const floor = round(Math.min(...runs.map((r) => r.floor_ms)));
	const full = best((r) => r.full_ms) ?? round(Math.max(...runs.map((r) => r.full_ms)));
	const noop = best((r) => r.noop_ms);
	const incremental = best((r) => r.incremental_ms);
	return {
		meetings,
		people: synthetic.people.length,
		person_notes_before: synthetic.personPaths.length,
		vault_mb: megabytes(synthetic.bytes),
		edited_notes: edited,
		timed_runs: runs.length,
		warmed_up: warmedUp,
		complete: complete.length > 0,
		floor_ms: floor,
		full_ms: full,
		noop_ms: noop,
		incremental_ms: incremental,
		samples: { floor_ms: all((r) => r.floor_ms) as number[], full_ms: all((r) => r.full_ms) as number[], noop_ms: all((r) => r.noop_ms), incremental_ms: all((r) => r.incremental_ms) },
		full_over_floor: ratio(full, floor),
		noop_over_full: noop === null ? null : ratio(noop, full),
		incremental_over_full: incremental === null ? null : ratio(incremental, full),
		full_report: report && {
			processed: report.processed.length,
			created: report.created.length,
			updated: report.updated.length,
			tasks_fixed: report.tasksFixed.length,
			skipped: report.skipped.length,
			errors: report.errors.length,
			ambiguous: report.ambiguous.length,
			look_alikes: report.lookAlikes.length,
			dropped_names: report.droppedNames,
		},
	};
}

export interface Measured {
	sizes: SizeResult[];
	reference: number;
	memory: ChildMemory | null;
	block: BlockResult;
	problems: string[];
	seed: number;
}

export function evaluate(measured: Measured): BenchResult {
	const { sizes, block } = measured;
	const reference = sizes.find((s) => s.meetings === measured.reference) ?? sizes[0];
	const small = sizes[0];
	const large = sizes[sizes.length - 1];
	// Linear growth allows 10% over proportional: 2.2× for twice the notes.
	const scaling =
		sizes.length > 1 && small.complete
			? { from: small.meetings, to: large.meetings, ratio: ratio(large.full_ms, small.full_ms), limit: round((1.1 * large.meetings) / small.meetings), lower_bound: !large.complete }
			: null;
	const tenK = sizes.find((s) => s.meetings === 10_000);
	const twentyK = sizes.find((s) => s.meetings === 20_000);
	const peak = measured.memory ? measured.memory.max_rss_mb : null;
	const vaultMb = measured.memory?.vault_mb ?? reference.vault_mb;
	const memoryLimit = round(3 * vaultMb + 100);
	const targets: Target[] = [
		target(`full run / floor (${reference.meetings} notes)`, reference.full_over_floor, 2, "x", !reference.complete),
		target("nothing new / full run", reference.noop_over_full, 0.05, "%"),
		target(scaling ? `full run ${scaling.to} / ${scaling.from} notes` : "scaling (needs two sizes)", scaling?.ratio ?? null, scaling?.limit ?? 2.2, "x", scaling?.lower_bound ?? false),
		target(`peak RSS, full run (${measured.memory?.meetings ?? "-"} notes; 3 × ${vaultMb} MB + 100 MB)`, peak, memoryLimit, "MB"),
		target(`longest stretch without yielding (${block.meetings} notes)`, block.max_block_ms, 50, "ms"),
		{ name: "incremental run (1% changed) / full run", value: reference.incremental_over_full, limit: null, unit: "%", pass: null },
	];
	const byMeetings = <T>(pick: (s: SizeResult) => T) => Object.fromEntries(sizes.map((s) => [String(s.meetings), pick(s)]));
	return {
		seed: measured.seed,
		node: process.version,
		cpus: cpus().length,
		reference_meetings: reference.meetings,
		full_over_floor: reference.full_over_floor,
		noop_over_full: reference.noop_over_full,
		incremental_over_full: reference.incremental_over_full,
		// Null unless both runs finished: a lower bound is in `scaling`.
		scaling_20k_over_10k: tenK?.complete && twentyK?.complete ? ratio(twentyK.full_ms, tenK.full_ms) : null,
		scaling,
		peak_rss_mb: peak,
		memory: measured.memory,
		vault_mb: vaultMb,
		memory_limit_mb: memoryLimit,
		max_block_ms: block.max_block_ms,
		block,
		floor_ms: byMeetings((s) => s.floor_ms),
		full_ms: byMeetings((s) => s.full_ms),
		noop_ms: byMeetings((s) => s.noop_ms),
		incremental_ms: byMeetings((s) => s.incremental_ms),
		sizes,
		targets,
		targets_met: targets.every((t) => t.limit === null || t.pass === true),
		problems: measured.problems,
	};
}

/** A lower bound over the limit fails; one under it proves nothing. */
function target(name: string, value: number | null, limit: number, unit: Target["unit"], lowerBound = false): Target {
	const pass = value === null ? null : value > limit ? false : lowerBound ? null : true;
	return { name: lowerBound ? `${name} (at least)` : name, value, limit, unit, pass };
}

export function formatHuman(result: BenchResult): string {
	const out: string[] = [`Meeting CRM benchmark — seed ${result.seed}, Node ${result.node}, ${result.cpus} CPUs, ${result.elapsed_s ?? "?"} s`, ""];
	out.push(row(["meeting notes", "vault MB", "floor ms", "full ms", "nothing new ms", "incremental ms", "timed runs"]));
	for (const s of result.sizes) {
		const runs = `${s.timed_runs}${s.warmed_up ? " after warm-up" : " (no warm-up)"}`;
		out.push(row([String(s.meetings), String(s.vault_mb), fixed(s.floor_ms), `${s.complete ? "" : "> "}${fixed(s.full_ms)}`, fixed(s.noop_ms), fixed(s.incremental_ms), s.complete ? runs : "stopped: out of time"]));
	}
	out.push("", row(["target", "value", "limit", "result"], [58, 12, 12, 6]));
	for (const t of result.targets) {
		const verdict = t.limit === null ? "info" : t.pass === null ? "not measured" : t.pass ? "pass" : "FAIL";
		out.push(row([t.name, show(t.value, t.unit), t.limit === null ? "—" : `≤ ${show(t.limit, t.unit)}`, verdict], [58, 12, 12, 6]));
	}
	const longest = result.block.longest;
	out.push("", `Longest stretch (${longest.ms} ms) from [${longest.from}] to [${longest.to}]; event-loop delay max ${result.block.event_loop_delay_max_ms} ms.`);
	const memory = result.memory;
	if (memory) {
		out.push(`Memory (${memory.meetings} notes, fresh process, vault kept as on disk): RSS ${memory.rss_before_mb} MB before the run (heap ${memory.heap_before_mb} MB, vault bytes ${memory.external_before_mb} MB), peak ${memory.max_rss_mb} MB (${memory.peak_from}; ${memory.peak_rss_sampled_mb} MB sampled), heap ${memory.heap_after_run_mb} MB after the run with its result alive.`);
	}
	if (result.cli_on_disk) out.push(`Command line on disk (information): ${JSON.stringify(result.cli_on_disk)}`);
	if (result.problems.length > 0) out.push("", "Problems:", ...result.problems.map((p) => `  - ${p}`));
	out.push("", `Targets met: ${result.targets_met ? "yes" : "NO"}`);
	return out.join("\n");
}

function row(cells: string[], widths = [14, 9, 10, 10, 15, 15, 20]): string {
	return cells.map((cell, i) => cell.padEnd(widths[i] ?? 10)).join(" ").trimEnd();
}

function show(value: number | null, unit: Target["unit"]): string {
	if (value === null) return "—";
	if (unit === "%") return `${(value * 100).toFixed(1)}%`;
	if (unit === "x") return `${value.toFixed(2)}×`;
	return `${fixed(value)} ${unit}`;
}

function fixed(value: number | null): string {
	if (value === null) return "—";
	return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

function ratio(a: number, b: number): number {
	return b > 0 ? Math.round((a / b) * 10000) / 10000 : 0;
}

function nullableRound(value: number | null): number | null {
	return value === null ? null : round(value);
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
