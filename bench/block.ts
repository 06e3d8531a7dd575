// The longest stretch without yielding, through the plugin's code path: the
// run as RunController.process drives it (progress callback, the undo record
// and ledger serialised into data.json before the first write and after the
// run), over the in-memory vault whose yield is a setTimeout(0) turn like
// Obsidian's adapter.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { processMeetings } from "../src/core/sync/run";
import { emptyLedger } from "../src/core/sync/ledger";
import type { CrmSettings } from "../src/core/settings";
import { BenchVault, OutOfTime } from "./memory-vault";
import { StretchTimer } from "./stretches";
import type { LongestStretch } from "./stretches";

export interface BlockResult {
	meetings: number;
	max_block_ms: number;
	/** Where the longest stretch began and ended (yield call sites). */
	longest: LongestStretch;
	stretches: number;
	/** How late a 1 ms timer fired at worst: a cross-check of max_block_ms. */
	event_loop_delay_max_ms: number;
	full_ms: number;
	/** False when the run was stopped at the time budget (figures so far). */
	complete: boolean;
}

export async function measureMaxBlock(files: Record<string, string>, meetings: number, settings: CrmSettings, today: string, deadline = Infinity): Promise<BlockResult> {
	const port = new BenchVault(files);
	port.deadline = deadline;
	const timer = new StretchTimer();
	port.onYield = () => timer.pause();
	port.onResume = () => timer.resume();
	const delay = monitorEventLoopDelay({ resolution: 1 });
	let progress = "";
	let saved = 0;
	// Let the histogram's timer start before the run takes the thread.
	await new Promise((resolve) => setTimeout(resolve, 5));
	delay.enable();
	const started = performance.now();
	timer.start();
	let complete = true;
	try {
		await pluginRun(port, settings, today, (text) => (progress = text), (length) => (saved += length));
	} catch (error) {
		if (!(error instanceof OutOfTime)) throw error;
		complete = false;
	}
	timer.pause("after the run: saving data.json");
	const fullMs = performance.now() - started;
	await new Promise((resolve) => setTimeout(resolve, 5));
	delay.disable();
	if (complete && (progress === "" || saved === 0)) throw new Error("the plugin path did not report progress or save");
	return {
		meetings,
		max_block_ms: round(timer.longest.ms),
		longest: { ...timer.longest, ms: round(timer.longest.ms) },
		stretches: timer.stretches,
		event_loop_delay_max_ms: round(delay.max / 1e6),
		full_ms: round(fullMs),
		complete,
	};
}

/** What RunController.process does around the run, minus the UI. */
async function pluginRun(port: BenchVault, settings: CrmSettings, today: string, progress: (text: string) => void, saved: (length: number) => void): Promise<void> {
	const result = await processMeetings(port, settings, emptyLedger(), {
		mode: { kind: "new" },
		dryRun: false,
		today,
		onProgress: (done, total) => progress(`Processing meeting notes: ${done} of ${total}`),
		beforeWrite: async (undo) => {
			// Plugin.saveData: JSON of the whole data object, then an async write.
			saved(JSON.stringify({ ...settings, ledger: emptyLedger(), undo }, null, 2).length);
			await port.yieldToEventLoop();
		},
	});
	// The controller stores the new ledger and undo record and saves at once,
	// in the same stretch as the run's last piece of work.
	saved(JSON.stringify({ ...settings, ledger: result.ledger, undo: result.undo }, null, 2).length);
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
