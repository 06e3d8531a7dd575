// The benchmark's generator and harness at a small size: the shape of the
// synthetic vault, its determinism, and that a measurement returns every
// figure. No timing assertions: timed unit tests are forbidden.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import matter from "gray-matter";
import { editKeyInformation, generateVault, OWNER } from "../../bench/generate";
import { runBenchmark } from "../../bench/harness";
import { harnessOptionsFrom } from "../../bench/args";
import { memoryInChild } from "../../bench/memory-child";
import { BenchVault } from "../../bench/memory-vault";

const N = 200;

describe("synthetic vault generator", () => {
	const vault = generateVault({ meetings: N, seed: 7 });
	const meetings = vault.meetingPaths.map((path) => ({ path, text: vault.files[path], data: matter(vault.files[path], {}).data }));

	it("is deterministic for a seed and differs for another seed", () => {
		expect(generateVault({ meetings: N, seed: 7 })).toEqual(vault);
		const other = generateVault({ meetings: N, seed: 8 });
		expect(Object.keys(other.files)).not.toEqual(Object.keys(vault.files));
		expect(other.bytes).not.toBe(vault.bytes);
	});

	it("makes N meeting notes in the seed's shape, 3–5 KB each on average", () => {
		expect(vault.meetingPaths).toHaveLength(N);
		for (const { text, data } of meetings) {
			expect(data.source).toBe("transcript");
			expect(typeof data.title).toBe("string");
			expect(data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(text).toMatch(/^participants: \[".*"\]$/m);
			expect(text).toContain(`**Date**: ${String(data.date)}`);
			for (const heading of ["## Summary", "## Action Items", "## Decisions", "## Key Information"]) expect(text).toContain(heading);
		}
		const meetingBytes = meetings.reduce((sum, m) => sum + Buffer.byteLength(m.text), 0);
		expect(meetingBytes / N).toBeGreaterThan(3000);
		expect(meetingBytes / N).toBeLessThan(5000);
	});

	it("lists 6 distinct participants per note, the owner in about half, over about N/5 people", () => {
		const names = new Set<string>();
		let withOwner = 0;
		for (const { data } of meetings) {
			const participants = data.participants as string[];
			expect(new Set(participants).size).toBe(6);
			if (participants.includes(OWNER)) withOwner++;
			for (const name of participants) if (name !== OWNER) names.add(name);
		}
		expect(withOwner / N).toBeGreaterThan(0.35);
		expect(withOwner / N).toBeLessThan(0.65);
		expect(vault.people).toHaveLength(N / 5);
		expect(new Set(vault.people).size).toBe(N / 5);
		expect(vault.people).not.toContain(OWNER);
		for (const name of names) expect(vault.people).toContain(name);
	});

	it("writes 3–5 task lines per note, some garbled as Mac Roman, owners as @Name and @Myself", () => {
		const tasks = meetings.flatMap(({ text }) => text.split("\n").filter((line) => /^- \[.\] /.test(line)));
		for (const { text } of meetings) {
			const count = text.split("\n").filter((line) => /^- \[.\] /.test(line)).length;
			expect(count).toBeGreaterThanOrEqual(3);
			expect(count).toBeLessThanOrEqual(5);
		}
		const garbled = tasks.filter((line) => line.includes("\uF8FFüìÖ"));
		expect(garbled.length / tasks.length).toBeGreaterThan(0.1);
		expect(garbled.length / tasks.length).toBeLessThan(0.3);
		expect(tasks.some((line) => line.includes("‚è´"))).toBe(true);
		expect(tasks.some((line) => line.includes("@Myself "))).toBe(true);
		expect(tasks.some((line) => /@\p{Lu}\p{L}+ \p{Lu}/u.test(line))).toBe(true);
	});

	it("makes person notes for about a tenth of the people, with the user's own text", () => {
		expect(vault.personPaths.length).toBeGreaterThan(0);
		expect(vault.personPaths.length).toBeLessThan(N / 5 / 4);
		for (const path of vault.personPaths) {
			const text = vault.files[path];
			expect(path).toMatch(/^People\/.+\.md$/);
			expect(matter(text, {}).data.crm_rating).toBeDefined();
			expect(text).toContain("  # where they work now");
			expect(text).toMatch(/## Relationship\n\n[A-Z][^_\n]+\n/);
			expect(text).toMatch(/## Key Facts\n\n- \S/);
		}
		expect(vault.bytes).toBe(Object.values(vault.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0));
	});

	it("edits one Key Information line for the incremental run", () => {
		const text = vault.files[vault.meetingPaths[0]];
		const edited = editKeyInformation(text, "x");
		const changed = edited.split("\n").filter((line, i) => line !== text.split("\n")[i]);
		expect(edited.split("\n")).toHaveLength(text.split("\n").length);
		expect(changed).toHaveLength(1);
		expect(changed[0]).toMatch(/^- .* Confirmed again \(x\)\.$/);
	});
});

describe("benchmark harness", () => {
	it("parses its options", () => {
		const args = harnessOptionsFrom(["--json", "--sizes", "100,300", "--no-cli", "--repeats=2"]);
		// The longest stretch is measured on the reference vault, the first size, unless told otherwise.
		expect(args).toMatchObject({ json: true, cli: false, profile: false, harness: { sizes: [100, 300], repeats: 2, warmup: true, seed: 1, blockMeetings: 100 } });
		expect(harnessOptionsFrom([]).harness).toMatchObject({ sizes: [10_000, 20_000], blockMeetings: 10_000 });
		expect(harnessOptionsFrom(["--block-meetings", "500"]).harness.blockMeetings).toBe(500);
		expect(() => harnessOptionsFrom(["--sizes", "ten"])).toThrow(/--sizes/);
	});

	it("measures a small vault and returns every figure, peak memory in a child process", async () => {
		// The child runs the bundle, as `npm run bench` does.
		const dir = mkdtempSync(join(tmpdir(), "meeting-crm-bench-smoke-"));
		const bundle = join(dir, "run.cjs");
		await build({ entryPoints: ["bench/run.ts"], bundle: true, platform: "node", format: "cjs", outfile: bundle, logLevel: "warning" });
		// The command line's run gets the reference vault, made again at the end.
		let onDisk: { meetings: number; files: string[] } | null = null;
		const result = await runBenchmark({
			sizes: [N, 2 * N], seed: 3, repeats: 1, warmup: false, blockMeetings: N, budgetMs: 60_000, log: () => {},
			memory: (vault, timeoutMs) => memoryInChild(bundle, vault, timeoutMs),
			onDisk: (files, meetings) => {
				onDisk = { meetings, files: Object.keys(files) };
				return { measured: true };
			},
		}).finally(() => rmSync(dir, { recursive: true, force: true }));
		expect(result.cli_on_disk).toEqual({ measured: true });
		expect(onDisk).toEqual({ meetings: N, files: Object.keys(generateVault({ meetings: N, seed: 3 }).files) });
		for (const key of ["full_over_floor", "noop_over_full", "incremental_over_full", "peak_rss_mb", "max_block_ms", "vault_mb", "memory_limit_mb"] as const) {
			expect(typeof result[key], key).toBe("number");
		}
		expect(result.scaling).toMatchObject({ from: N, to: 2 * N });
		expect(result.scaling_20k_over_10k).toBeNull();
		for (const timings of [result.floor_ms, result.full_ms, result.noop_ms, result.incremental_ms]) expect(Object.keys(timings)).toEqual([String(N), String(2 * N)]);
		expect(typeof result.targets_met).toBe("boolean");
		expect(result.targets.map((t) => t.limit)).toEqual([2, 0.05, 2.2, result.memory_limit_mb, 50, null]);
		expect(result.problems).toEqual([]);
		expect(result.sizes[0].full_report).toMatchObject({ processed: N, errors: 0, skipped: 0 });
		expect(result.sizes[0].edited_notes).toBe(2);
		expect(result.block.meetings).toBe(N);
		// The plugin's path: data.json saved before the first write and after
		// the run. Its task fixes are kept as their edits, few enough for
		// data.json: no old text of a meeting note goes to the undo store.
		expect(result.block.data_json.saves).toBe(2);
		expect(result.block.undo_store_chars).toBe(0);
		expect(result.memory).toMatchObject({ meetings: N, vault_mb: result.sizes[0].vault_mb });
		expect(result.memory?.max_rss_mb).toBeGreaterThanOrEqual(result.memory?.rss_before_mb ?? Infinity);
		expect(result.memory?.phases.map((p) => p.phase)).toEqual(["read people", "read meetings", "fix tasks", "plan people", "merge and write", "ledger", "after the run (data.json saved)"]);
	});
});

describe("benchmark vault kept as bytes", () => {
	it("reads back what was written, with sizes in UTF-8 bytes, through reads, writes and creates", async () => {
		const vault = BenchVault.asBytes({ "M/a.md": "- [ ] 📅 Björn", "M/b.md": "plain" });
		expect(vault.listMarkdownFiles().map(({ path, size }) => [path, size])).toEqual([["M/a.md", 17], ["M/b.md", 5]]);
		expect(await vault.read("M/a.md")).toBe("- [ ] 📅 Björn");
		expect(await vault.process("M/a.md", (text) => `${text}!`)).toBe("- [ ] 📅 Björn!");
		await vault.create("P/c.md", "é");
		expect([await vault.read("M/a.md"), vault.text("P/c.md"), vault.exists("P")]).toEqual(["- [ ] 📅 Björn!", "é", true]);
		expect(vault.listMarkdownFiles().find((file) => file.path === "P/c.md")?.size).toBe(2);
	});
});
