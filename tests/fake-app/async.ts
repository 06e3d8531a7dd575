// Work the fake starts on the plugin's behalf and does not wait for (an async
// command callback, a click handler, a vault event handler): tracked here so a
// test can wait until all of it is done, and so a failure in it is not lost
// the way Obsidian would only log it to the console.

const pending = new Set<Promise<unknown>>();
// Captured before a test can install fake timers: the fake's own background
// work (the metadata cache) must not wait for vi.advanceTimers.
const realSetTimeout = globalThis.setTimeout;

/** Resolves after a real macrotask, whatever timers a test has faked. */
export function nextMacrotask(): Promise<void> {
	return new Promise((resolve) => realSetTimeout(resolve, 0));
}
const failures: unknown[] = [];

/** Remembers a handler's result when it is a promise. */
export function track(result: unknown): void {
	if (!(result instanceof Promise)) return;
	const watched = result.catch((error: unknown) => {
		failures.push(error);
	}).finally(() => {
		pending.delete(watched);
	});
	pending.add(watched);
}

/** Records an error thrown by a handler the fake called. */
export function recordFailure(error: unknown): void {
	failures.push(error);
}

/**
 * Waits until every tracked promise has settled and the microtask queue is
 * drained (the fake metadata cache updates a real macrotask later). Throws the
 * handler errors collected since the last call, so a test cannot miss them.
 */
export async function settle(): Promise<void> {
	for (let round = 0; round < 1000; round++) {
		if (pending.size > 0) await Promise.allSettled([...pending]);
		for (let i = 0; i < 10; i++) await Promise.resolve();
		if (pending.size === 0) break;
	}
	if (failures.length > 0) {
		const errors = failures.splice(0);
		throw errors.length === 1 ? errors[0] : new AggregateError(errors, `${errors.length} handler errors`);
	}
}

/** Forgets errors a test expected and checked by itself. */
export function takeFailures(): unknown[] {
	return failures.splice(0);
}
