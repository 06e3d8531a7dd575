// Times the stretches of work between the run's yields to the event loop
// (SPEC section 7: no stretch longer than 50 ms in Obsidian), and names the
// yield points around the longest one so a slow phase can be found.

export interface LongestStretch {
	ms: number;
	/** Call sites (innermost first) of the yield that started the stretch
	 * ("run start" for the first) and of the one that ended it. */
	from: string;
	to: string;
}

export class StretchTimer {
	private startedAt = 0;
	private startSite = "run start";
	private running = false;
	stretches = 0;
	longest: LongestStretch = { ms: 0, from: "", to: "" };
	/** The longest few, longest first: a fix to the longest often reveals the next. */
	top: LongestStretch[] = [];

	constructor(private readonly keep = 5) {}

	start(): void {
		this.startedAt = performance.now();
		this.startSite = "run start";
		this.running = true;
	}

	/** The work stops: a yield was asked for (or the run ended). */
	pause(site = callSite()): void {
		if (!this.running) return;
		const ms = performance.now() - this.startedAt;
		this.stretches++;
		if (ms > this.longest.ms) this.longest = { ms, from: this.startSite, to: site };
		if (this.top.length < this.keep || ms > this.top[this.top.length - 1].ms) {
			this.top.push({ ms, from: this.startSite, to: site });
			this.top.sort((a, b) => b.ms - a.ms);
			this.top.length = Math.min(this.top.length, this.keep);
		}
		this.startSite = site;
		this.running = false;
	}

	/** The event loop handed the turn back. */
	resume(): void {
		this.startedAt = performance.now();
		this.running = true;
	}
}

/** The functions on the stack of the yield, without the harness's own frames. */
function callSite(): string {
	const frames = (new Error().stack ?? "").split("\n").slice(1);
	const names: string[] = [];
	for (const frame of frames) {
		const match = /at (?:async )?([\w$.<>]+) /.exec(frame);
		if (!match) continue;
		const name = match[1];
		// The harness's own frames, and the ports that only pass a yield on.
		if (/^_?(StretchTimer|BenchVault|callSite)|onYield|TurnAwarePort\.yieldToEventLoop/.test(name)) continue;
		names.push(name);
		if (names.length === 4) break;
	}
	return names.join(" < ") || "unknown";
}
