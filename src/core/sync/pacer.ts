// Long runs hand the event loop a turn every few milliseconds, so Obsidian's
// interface never freezes (SPEC: no stretch of work longer than 50 ms).
export class Pacer {
	private last = Date.now();

	constructor(
		private readonly yieldNow: () => Promise<void>,
		private readonly budgetMs = 12,
	) {}

	/** Yields when the current stretch of work has used its budget. */
	async tick(): Promise<void> {
		if (Date.now() - this.last >= this.budgetMs) {
			await this.yieldNow();
			this.last = Date.now();
		}
	}
}
