// The longest stretch without yielding, through the plugin's code path
// (bench/plugin-path.ts: the run as RunController.process drives it, with the
// undo record kept before the first write and data.json saved after the
// run), over the in-memory vault, whose turn of the event loop stands in for
// the plugin's (src/vault/event-loop-turn.ts). The vault keeps its notes as
// bytes outside the JavaScript heap (BenchVault.asBytes), as Obsidian's vault
// on disk does: a heap that also held every note's text, and every text the
// run writes, would make each garbage collection, and so the stretches it
// falls into, longer than in Obsidian.
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { CrmSettings } from "../src/core/settings";
import { BenchVault, OutOfTime } from "./memory-vault";
import { StretchTimer } from "./stretches";
import type { LongestStretch } from "./stretches";
import { pluginRun } from "./plugin-path";

export interface BlockResult {
	meetings: number;
	max_block_ms: number;
	/** Where the longest stretch began and ended (yield call sites). */
	longest: LongestStretch;
	/** The longest few stretches, longest first. */
	top: LongestStretch[];
	stretches: number;
	/** How late a 1 ms timer fired at worst: a cross-check of max_block_ms. */
	event_loop_delay_max_ms: number;
	full_ms: number;
	/** data.json as the plugin saved it: characters over all saves, and how many saves. */
	data_json: { saves: number; chars: number };
	/** Old texts the run put into the undo store instead of data.json, characters. */
	undo_store_chars: number;
	/** False when the run was stopped at the time budget (figures so far). */
	complete: boolean;
}

export async function measureMaxBlock(port: BenchVault, meetings: number, settings: CrmSettings, today: string, deadline = Infinity): Promise<BlockResult> {
	port.deadline = deadline;
	const timer = new StretchTimer();
	port.onYield = () => timer.pause();
	port.onResume = () => timer.resume();
	const delay = monitorEventLoopDelay({ resolution: 1 });
	let progress = "";
	let figures: Awaited<ReturnType<typeof pluginRun>> | null = null;
	// Let the histogram's timer start before the run takes the thread.
	await new Promise((resolve) => setTimeout(resolve, 5));
	delay.enable();
	const started = performance.now();
	timer.start();
	let complete = true;
	try {
		figures = await pluginRun(port, settings, today, { onProgress: (done, total) => (progress = `Processing meeting notes: ${done} of ${total}`) });
	} catch (error) {
		if (!(error instanceof OutOfTime)) throw error;
		complete = false;
	}
	timer.pause("after the run: saving data.json");
	const fullMs = performance.now() - started;
	await new Promise((resolve) => setTimeout(resolve, 5));
	delay.disable();
	if (complete && (progress === "" || !figures || figures.saves === 0)) throw new Error("the plugin path did not report progress or save");
	if (figures && figures.newAfter !== 0) throw new Error(`after the plugin's run, ${figures.newAfter} meeting notes still count as new`);
	return {
		meetings,
		max_block_ms: round(timer.longest.ms),
		longest: { ...timer.longest, ms: round(timer.longest.ms) },
		top: timer.top.map((stretch) => ({ ...stretch, ms: round(stretch.ms) })),
		stretches: timer.stretches,
		event_loop_delay_max_ms: round(delay.max / 1e6),
		full_ms: round(fullMs),
		data_json: { saves: figures?.saves ?? 0, chars: figures?.savedChars ?? 0 },
		undo_store_chars: figures?.storedChars ?? 0,
		complete,
	};
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
