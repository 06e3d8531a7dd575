// Caches for what the reader derives from a settings list (folded value sets,
// the ignore matcher, the owner's names). A run passes the same arrays for
// every note, so each is built once per run instead of once per note.

/**
 * Wraps `build` in a cache keyed by the array itself and checked against a
 * copy of its items, so an array edited in place (a settings tab pushing a
 * name) is rebuilt rather than answered stale. The check is a few string
 * comparisons: settings lists are short.
 */
export function memoByArray<T>(build: (items: readonly string[]) => T): (items: readonly string[]) => T {
	const cache = new WeakMap<readonly string[], { items: string[]; value: T }>();
	return (items) => {
		const hit = cache.get(items);
		if (hit && sameItems(hit.items, items)) return hit.value;
		const value = build(items);
		cache.set(items, { items: items.slice(), value });
		return value;
	};
}

function sameItems(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** The list to use for a missing setting: one shared array, so the cache hits. */
export const NO_ITEMS: readonly string[] = Object.freeze([]);
