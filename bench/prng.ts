// Deterministic randomness for the synthetic vault: the same seed gives the
// same vault byte for byte, so runs on different days are comparable.

export type Random = () => number;

/** mulberry32: tiny, fast, good enough for test data (not for secrets). */
export function seededRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function randomInt(random: Random, min: number, max: number): number {
	return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
	return items[Math.floor(random() * items.length)];
}

export function chance(random: Random, probability: number): boolean {
	return random() < probability;
}

/** Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s. */
export function zipfSampler(n: number, s: number, random: Random): () => number {
	const cumulative = new Float64Array(n);
	let total = 0;
	for (let rank = 0; rank < n; rank++) {
		total += 1 / Math.pow(rank + 1, s);
		cumulative[rank] = total;
	}
	return () => {
		const target = random() * total;
		let low = 0;
		let high = n - 1;
		while (low < high) {
			const middle = (low + high) >>> 1;
			if (cumulative[middle] < target) low = middle + 1;
			else high = middle;
		}
		return low;
	};
}
