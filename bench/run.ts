// `npm run bench [-- --json] [--sizes 10000,20000] [--seed 1] [--repeats 3]
// [--no-warmup] [--no-cli] [--profile] [--budget-s 270] [--block-meetings N (default: the first size)]`
// Prints the table (or one JSON object with --json on stdout; progress goes
// to stderr; `npm run -s` keeps npm's banner off stdout) and writes the JSON
// to bench/out/last-run.json. Exits 0 whenever the run completes, targets
// met or not; 2 when the benchmark itself fails. With --memory-child the
// bundle is the child process that measures peak memory (memory-child.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { harnessOptionsFrom } from "./args";
import { cliOnDisk } from "./cli-on-disk";
import { BENCH_TODAY, benchSettings, runBenchmark } from "./harness";
import { MEMORY_CHILD_FLAG, memoryChild, memoryInChild } from "./memory-child";
import { profileRun } from "./profile-run";
import { formatHuman } from "./targets";

async function main(): Promise<void> {
	if (process.argv.includes(MEMORY_CHILD_FLAG)) {
		await memoryChild(process.argv, benchSettings(), BENCH_TODAY);
		return;
	}
	const args = harnessOptionsFrom(process.argv.slice(2));
	const bundle = process.argv[1] ?? "bench/out/run.cjs";
	const log = (line: string) => process.stderr.write(`${line}\n`);
	if (!globalThis.gc) log("(run node with --expose-gc for steadier figures)");
	const result = await runBenchmark({
		...args.harness,
		log,
		onDisk: args.cli ? cliOnDisk : undefined,
		memory: (vault, timeoutMs) => memoryInChild(bundle, vault, timeoutMs),
		profileRun: args.profile ? (run) => profileRun(run, process.argv[1] ?? null, args.profileTop) : undefined,
	});
	const json = `${JSON.stringify(result, null, 2)}\n`;
	// Also on file: `npm run bench` prints its own banner on stdout.
	mkdirSync("bench/out", { recursive: true });
	writeFileSync("bench/out/last-run.json", json);
	process.stdout.write(args.json ? json : `${formatHuman(result)}\n`);
	log("(figures also in bench/out/last-run.json)");
}

main().catch((error: unknown) => {
	process.stderr.write(`benchmark failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
	process.exitCode = 2;
});
