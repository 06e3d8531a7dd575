// Where a full run's time goes, phase by phase, against the floor: the tool
// for speed work (`npm run bench:phases -- 2000 [repeats]`). Best of the
// repetitions per phase; not part of the figures `npm run bench` reports.
import { generateVault } from "./generate";
import { freshCopy, prepare, readFloor } from "./measure-size";
import { BENCH_TODAY, benchSettings } from "./harness";
import { processMeetings } from "../src/core/sync/run";
import { emptyLedger } from "../src/core/sync/ledger";
import type { RunPhase } from "../src/core/sync/run-types";

async function main(): Promise<void> {
	const meetings = Number(process.argv[2] ?? 2000);
	const repeats = Number(process.argv[3] ?? 3);
	const prepared = prepare(generateVault({ meetings, seed: 1 }));
	const best: Record<string, number> = {};
	const keep = (name: string, ms: number) => (best[name] = Math.min(best[name] ?? Infinity, ms));
	for (let r = 0; r < repeats; r++) {
		globalThis.gc?.();
		let start = performance.now();
		await readFloor(freshCopy(prepared));
		keep("floor", performance.now() - start);
		const port = freshCopy(prepared);
		globalThis.gc?.();
		start = performance.now();
		let last = start;
		const onPhase = (phase: RunPhase) => {
			const now = performance.now();
			keep(phase, now - last);
			last = now;
		};
		await processMeetings(port, benchSettings(), emptyLedger(), { mode: { kind: "new" }, dryRun: false, today: BENCH_TODAY, onPhase });
		keep("full run", performance.now() - start);
	}
	const floor = best.floor;
	for (const [name, ms] of Object.entries(best)) process.stdout.write(`${name.padEnd(20)} ${ms.toFixed(0).padStart(7)} ms  ${(ms / floor).toFixed(2).padStart(6)} × floor\n`);
}

void main();
