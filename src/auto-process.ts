// Automatic processing: reacts to meeting notes created or changed after the
// layout is ready, waits for a note to settle (the pipeline or Sync may still
// be writing it), and never runs twice at once.

export interface AutoProcessHost {
	/** Whether a note could be a meeting note (folder, not our own output). */
	isCandidate(path: string): boolean;
	/** Runs "process new meeting notes" quietly, if one of the notes that
	 * changed is still new by then (the run's own writes are not). */
	run(changed: string[]): Promise<void>;
	setTimeout(callback: () => void, ms: number): number;
	clearTimeout(handle: number): void;
}

export class AutoProcessor {
	private timer: number | null = null;
	private running = false;
	private again = false;
	private stopped = false;
	/** Notes changed since the last run started. */
	private readonly changed = new Set<string>();

	constructor(
		private readonly host: AutoProcessHost,
		/** How long a note must stay unchanged before it is processed. */
		private readonly settleMs = 3000,
	) {}

	/** Called for every vault create/modify/rename event after layout ready. */
	noteChanged(path: string): void {
		if (this.stopped || !path.endsWith(".md") || !this.host.isCandidate(path)) return;
		this.changed.add(path);
		if (this.timer !== null) this.host.clearTimeout(this.timer);
		this.timer = this.host.setTimeout(() => {
			this.timer = null;
			void this.fire();
		}, this.settleMs);
	}

	stop(): void {
		this.stopped = true;
		if (this.timer !== null) this.host.clearTimeout(this.timer);
		this.timer = null;
		this.changed.clear();
	}

	private async fire(): Promise<void> {
		if (this.stopped) return;
		if (this.running) {
			// A change arrived during a run: one more run after it ends.
			this.again = true;
			return;
		}
		this.running = true;
		const changed = [...this.changed];
		this.changed.clear();
		try {
			await this.host.run(changed);
		} finally {
			this.running = false;
			if (this.again && !this.stopped) {
				this.again = false;
				await this.fire();
			}
		}
	}
}
