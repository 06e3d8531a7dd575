// For information: the command line (dist/cli.js) on the same vault written
// to a temporary folder — a full run, then a run with nothing new. Real
// disk, a separate process; not one of the gated figures.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { OWNER } from "./generate";

export function cliOnDisk(files: Record<string, string>, meetings: number, deadline: number, cliPath = resolve("dist/cli.js")): Record<string, unknown> {
	if (!existsSync(cliPath)) return { skipped: `${cliPath} not found (npm run build makes it)` };
	const root = mkdtempSync(join(tmpdir(), "meeting-crm-bench-"));
	try {
		const writeStarted = performance.now();
		for (const [path, text] of Object.entries(files)) {
			const file = join(root, path);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, text);
		}
		const dataFile = join(root, ".obsidian", "plugins", "meeting-crm", "data.json");
		mkdirSync(dirname(dataFile), { recursive: true });
		writeFileSync(dataFile, JSON.stringify({ yourName: OWNER }, null, 2));
		const writeMs = performance.now() - writeStarted;
		const full = timeCli(cliPath, root, deadline);
		const noop = full.timedOut ? null : timeCli(cliPath, root, deadline);
		return { cli: cliPath, built: statSync(cliPath).mtime.toISOString(), meetings, write_vault_ms: Math.round(writeMs), full, noop };
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}

interface CliTiming {
	ms: number;
	exit: number | null;
	timedOut: boolean;
	processed?: number;
	created?: number;
	updated?: number;
	skipped?: number;
	errors?: number;
	/** The first skip or error, so a broken build is seen at once. */
	first_problem?: string;
}

function timeCli(cliPath: string, root: string, deadline: number): CliTiming {
	const started = performance.now();
	const child = spawnSync(process.execPath, [cliPath, "process", root, "--json"], {
		encoding: "utf8",
		maxBuffer: 1 << 30,
		timeout: Math.max(1_000, Math.round(deadline - performance.now())),
	});
	const ms = Math.round(performance.now() - started);
	const timedOut = child.error !== undefined || child.signal !== null;
	const counts: Partial<CliTiming> = {};
	try {
		const report = JSON.parse(child.stdout) as Record<string, unknown>;
		for (const key of ["processed", "created", "updated", "skipped", "errors"] as const) {
			const value = report[key];
			if (Array.isArray(value)) counts[key] = value.length;
			const first = Array.isArray(value) && key !== "processed" && key !== "created" && key !== "updated" ? (value[0] as { path?: string; reason?: string } | undefined) : undefined;
			if (first && counts.first_problem === undefined) counts.first_problem = `${first.path ?? "?"}: ${first.reason ?? "?"}`;
		}
	} catch {
		counts.first_problem = (child.stderr || "no JSON report").slice(0, 300);
	}
	return { ms, exit: child.status, timedOut, ...counts };
}
