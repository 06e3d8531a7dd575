// Peak memory of a full run, measured in a fresh process: the benchmark's
// own process also holds the generator's output, the floor's copies and the
// garbage of earlier runs, which say nothing about the run. The parent
// writes the vault into a temporary folder; the child
// (`node --expose-gc bench/out/run.cjs --memory-child <folder>`) finds it
// there as Obsidian finds a vault (listed, nothing read: the notes take none
// of its memory until the run reads them), collects garbage, resets the
// kernel's high-water mark, runs one full run through the plugin's code path
// (bench/plugin-path.ts) while sampling its resident set, and prints the
// figures as one line of JSON.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BenchVault } from "./memory-vault";
import { pluginRun } from "./plugin-path";
import { megabytes, RssSampler } from "./memory";
import type { MemoryFigures } from "./memory";
import type { CrmSettings } from "../src/core/settings";
import type { SyntheticVault } from "./generate";

export const MEMORY_CHILD_FLAG = "--memory-child";

export interface ChildMemory extends MemoryFigures {
	meetings: number;
	vault_mb: number;
	/** How the peak was caught: the kernel's high-water mark after a reset
	 * (every peak), or only the samples taken at each yield. */
	peak_from: "high-water mark" | "samples";
	/** Heap and outside-heap memory right before the run, MB. */
	heap_before_mb: number;
	external_before_mb: number;
	/** Heap in use after the run with its result still referenced, after a GC, MB. */
	heap_after_run_mb: number;
	full_ms: number;
	/** Resident set and heap in use as each phase of the run ended (no GC), MB. */
	phases: { phase: string; rss_mb: number; heap_mb: number }[];
}

/** The parent's side: writes the vault, runs the child on this bundle, cleans up. */
export function memoryInChild(bundle: string, synthetic: SyntheticVault, timeoutMs: number): ChildMemory | { skipped: string } {
	if (timeoutMs < 1000) return { skipped: "no time left in the time budget" };
	const folder = mkdtempSync(join(tmpdir(), "meeting-crm-memory-"));
	try {
		BenchVault.writeFolder(synthetic.files, folder);
		const child = spawnSync(process.execPath, ["--expose-gc", bundle, MEMORY_CHILD_FLAG, folder], { encoding: "utf8", timeout: Math.round(timeoutMs), maxBuffer: 1024 * 1024 });
		if (child.error) return { skipped: `the memory run failed: ${child.error.message}` };
		if (child.status !== 0) return { skipped: `the memory run exited with ${child.status ?? child.signal}: ${child.stderr.trim().split("\n").slice(-3).join(" ")}` };
		const measured = JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as ChildMemory;
		if (measured.meetings !== synthetic.meetingPaths.length) return { skipped: `the memory run processed ${measured.meetings} of ${synthetic.meetingPaths.length} meeting notes` };
		return { ...measured, vault_mb: megabytes(synthetic.bytes) };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/** The child's side: measures and prints one line of JSON. */
export async function memoryChild(argv: string[], settings: CrmSettings, today: string): Promise<void> {
	const folder = argv[argv.indexOf(MEMORY_CHILD_FLAG) + 1];
	const port = BenchVault.inFolder(folder);
	collect();
	const before = process.memoryUsage();
	const reset = resetHighWaterMark();
	const sampler = new RssSampler();
	port.onYield = () => sampler.sample();
	const phases: ChildMemory["phases"] = [];
	const onPhase = (phase: string) => {
		const now = process.memoryUsage();
		phases.push({ phase, rss_mb: megabytes(now.rss), heap_mb: megabytes(now.heapUsed) });
	};
	sampler.start();
	const started = performance.now();
	const figures = await pluginRun(port, settings, today, { onPhase });
	const fullMs = performance.now() - started;
	onPhase("after the run (data.json saved)");
	const memory = sampler.stop();
	const highWater = reset ? highWaterMarkMb() : null;
	collect();
	const after = process.memoryUsage();
	const result: ChildMemory = {
		...memory,
		max_rss_mb: highWater ?? memory.peak_rss_sampled_mb,
		meetings: figures.result.report.processed.length,
		vault_mb: 0,
		peak_from: highWater !== null ? "high-water mark" : "samples",
		heap_before_mb: megabytes(before.heapUsed),
		external_before_mb: megabytes(before.external),
		heap_after_run_mb: megabytes(after.heapUsed),
		full_ms: Math.round(fullMs),
		phases,
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
}

function collect(): void {
	// Twice: the first pass may leave objects that only the second finds dead.
	globalThis.gc?.();
	globalThis.gc?.();
}

/** Linux: writing 5 to clear_refs sets the high-water mark to the current resident set. */
function resetHighWaterMark(): boolean {
	try {
		writeFileSync("/proc/self/clear_refs", "5");
		return highWaterMarkMb() !== null;
	} catch {
		return false;
	}
}

function highWaterMarkMb(): number | null {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
		return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
	} catch {
		return null;
	}
}
