// Peak memory of a stretch of work: the process's resident set, sampled by a
// timer (it fires whenever the run yields) and at every yield, and checked
// against the kernel's high-water mark.

export interface MemoryFigures {
	/** Resident set before the work started, MB. */
	rss_before_mb: number;
	/** Highest resident set sampled during the work, MB. */
	peak_rss_sampled_mb: number;
	/** The process's high-water mark right after the work (maxRSS), MB:
	 * catches peaks between samples; includes everything before the work
	 * unless the mark was reset when it began (memory-child.ts does). */
	max_rss_mb: number;
}

const MB = 1024 * 1024;

export class RssSampler {
	private peak = 0;
	private timer: ReturnType<typeof setInterval> | null = null;
	private before = 0;

	start(): void {
		this.before = process.memoryUsage.rss();
		this.peak = this.before;
		this.timer = setInterval(() => this.sample(), 2);
	}

	sample(): void {
		const rss = process.memoryUsage.rss();
		if (rss > this.peak) this.peak = rss;
	}

	stop(): MemoryFigures {
		this.sample();
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		return {
			rss_before_mb: round(this.before / MB),
			peak_rss_sampled_mb: round(this.peak / MB),
			// maxRSS is in kilobytes.
			max_rss_mb: round((process.resourceUsage().maxRSS * 1024) / MB),
		};
	}
}

export function megabytes(bytes: number): number {
	return round(bytes / MB);
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
