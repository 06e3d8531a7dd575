// Reads a V8 CPU profile of the bundled benchmark and says where the time
// went: self time per function, named by its source file (esbuild marks each
// bundled module with a "// path" comment, which maps bundle lines back).
import { readFileSync } from "node:fs";

export interface CpuProfile {
	nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileRow {
	name: string;
	file: string;
	line: number;
	self_ms: number;
	share: number;
}

export interface ProfileSummary {
	total_ms: number;
	/** Functions by self time, largest first. */
	self: ProfileRow[];
	/** Functions by inclusive time (self + callees), largest first. */
	total: ProfileRow[];
}

/** Maps a line of a bundle to the source module it came from. */
export function moduleLocator(bundleText: string): (line: number) => string {
	const starts: { line: number; file: string }[] = [];
	const lines = bundleText.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const match = /^\/\/ ((?:src|bench|tests|node_modules)\/\S+)$/.exec(lines[i]);
		if (match) starts.push({ line: i + 1, file: match[1] });
	}
	return (line) => {
		let low = 0;
		let high = starts.length - 1;
		let found = "";
		while (low <= high) {
			const middle = (low + high) >>> 1;
			if (starts[middle].line <= line) {
				found = starts[middle].file;
				low = middle + 1;
			} else high = middle - 1;
		}
		return found;
	};
}

export function summarizeProfile(profile: CpuProfile, bundlePath: string | null, top = 15): ProfileSummary {
	const locate = bundlePath ? moduleLocator(readFileSync(bundlePath, "utf8")) : () => "";
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const self = new Map<string, number>();
	const inclusive = new Map<string, number>();
	let total = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		const delta = profile.timeDeltas[i] ?? 0;
		total += delta;
		const leaf = byId.get(profile.samples[i]);
		if (!leaf) continue;
		const leafKey = keyOf(leaf.callFrame, locate);
		self.set(leafKey, (self.get(leafKey) ?? 0) + delta);
		// Each function once per sample, however deep its recursion.
		const seen = new Set<string>();
		for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
			const node = byId.get(id);
			if (!node) break;
			const key = keyOf(node.callFrame, locate);
			if (seen.has(key)) continue;
			seen.add(key);
			inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
		}
	}
	const rows = (map: Map<string, number>) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([key, micros]) => {
				const [name, file, line] = key.split("\t");
				return { name, file, line: Number(line), self_ms: Math.round(micros / 1000), share: Math.round((1000 * micros) / total) / 10 };
			});
	return { total_ms: Math.round(total / 1000), self: rows(self), total: rows(inclusive).filter((row) => !row.name.startsWith("(")) };
}

function keyOf(frame: { functionName: string; url: string; lineNumber: number }, locate: (line: number) => string): string {
	const name = frame.functionName || "(anonymous)";
	if (name.startsWith("(") || frame.url === "") return `${name}\t\t0`;
	const file = frame.url.startsWith("node:") ? frame.url : locate(frame.lineNumber + 1) || frame.url.split("/").pop() || "";
	return `${name}\t${file}\t${frame.lineNumber + 1}`;
}

export function formatProfile(summary: ProfileSummary): string {
	const format = (row: ProfileRow) => `${String(row.self_ms).padStart(8)} ms ${row.share.toFixed(1).padStart(5)}%  ${row.name}  (${row.file || "native"})`;
	return [
		`CPU profile of the full run: ${summary.total_ms} ms sampled`,
		"Top functions by self time:",
		...summary.self.map(format),
		"Top functions by total time (self + callees):",
		...summary.total.map(format),
	].join("\n");
}
