// A line diff for the preview (Myers' O(ND) algorithm), so a user sees which
// lines a run adds or removes in a note.

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

export function lineDiff(before: string, after: string): DiffLine[] {
	const a = before === "" ? [] : before.split(/\r?\n/);
	const b = after === "" ? [] : after.split(/\r?\n/);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const middle = myers(a.slice(start, endA), b.slice(start, endB));
	return [
		...a.slice(0, start).map((text) => ({ kind: "same" as const, text })),
		...middle,
		...a.slice(endA).map((text) => ({ kind: "same" as const, text })),
	];
}

function myers(a: string[], b: string[]): DiffLine[] {
	const n = a.length;
	const m = b.length;
	const max = n + m;
	const offset = max + 1;
	const v = new Int32Array(2 * max + 3);
	const trace: Int32Array[] = [];
	for (let d = 0; d <= max; d++) {
		trace.push(v.slice());
		for (let k = -d; k <= d; k += 2) {
			let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
		}
	}
	return [];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, depth: number): DiffLine[] {
	const out: DiffLine[] = [];
	let x = a.length;
	let y = b.length;
	for (let d = depth; d > 0; d--) {
		const v = trace[d];
		const k = x - y;
		const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
		const prevX = v[offset + prevK];
		const prevY = prevX - prevK;
		while (x > prevX && y > prevY) {
			x--;
			y--;
			out.push({ kind: "same", text: a[x] });
		}
		if (x === prevX) out.push({ kind: "added", text: b[--y] });
		else out.push({ kind: "removed", text: a[--x] });
	}
	while (x > 0 && y > 0) {
		x--;
		y--;
		out.push({ kind: "same", text: a[x] });
	}
	return out.reverse();
}
