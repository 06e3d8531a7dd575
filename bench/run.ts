// `npm run bench [-- --json] [--sizes 10000,20000] [--seed 1] [--repeats 3]
// [--no-warmup] [--no-cli] [--profile] [--budget-s 270] [--block-meetings 2000]`
// Prints the table (or one JSON object with --json on stdout; progress goes
// to stderr; `npm run -s` keeps npm's banner off stdout) and writes the JSON
// to bench/out/last-run.json. Exits 0 whenever the run completes, targets
// met or not; 2 when the benchmark itself fails.
import { mkdirSync, writeFileSync } from "node:fs";
import { harnessOptionsFrom } from "./args";
import { cliOnDisk } from "./cli-on-disk";
import { runBenchmark } from "./harness";
import { profileRun } from "./profile-run";
import { formatHuman } from "./targets";

async function main(): Promise<void> {
	const args = harnessOptionsFrom(process.argv.slice(2));
	const log = (line: string) => process.stderr.write(`${line}\n`);
	if (!globalThis.gc) log("(run node with --expose-gc for steadier figures)");
	const result = await runBenchmark({
		...args.harness,
		log,
		onDisk: args.cli ? cliOnDisk : undefined,
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
