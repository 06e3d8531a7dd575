// A turn of the event loop for long runs, so Obsidian can handle input and
// paint between stretches of work. A MessageChannel message is a task like a
// timer, without the timer's clamp: browsers delay nested setTimeout(0) by at
// least 4 ms (Node by 1 ms), which a run that yields hundreds of times pays in
// wall time.

type Resume = () => void;
type Schedule = (resume: Resume) => void;

interface Channel {
	post(resume: Resume): void;
}

/** Browsers interleave timers with message tasks; Node first drains up to a
 * thousand messages of a port. A timer turn now and then lets timers run there too. */
const TIMER_TURN_EVERY_MS = 100;

let channel: Channel | null | undefined;
let lastTimerTurn = 0;

/** Resolves on a later task; `timer` schedules a timer task (setTimeout 0). */
export function nextTurn(timer: Schedule): Promise<void> {
	channel ??= openChannel();
	const now = Date.now();
	// abs: a clock set back (a test's fake clock, the user's) still gets timers a turn.
	if (!channel || Math.abs(now - lastTimerTurn) >= TIMER_TURN_EVERY_MS) {
		lastTimerTurn = now;
		return new Promise((resolve) => timer(resolve));
	}
	const open = channel;
	return new Promise((resolve) => open.post(resolve));
}

function openChannel(): Channel | null {
	if (typeof MessageChannel !== "function") return null;
	const { port1, port2 } = new MessageChannel();
	// Node keeps a process alive while a port listens: only while a turn is awaited.
	const node = port1 as MessagePort & { ref?: () => void; unref?: () => void };
	const waiting: Resume[] = [];
	let head = 0;
	port1.onmessage = () => {
		const resume = waiting[head++];
		if (head === waiting.length) {
			waiting.length = 0;
			head = 0;
			node.unref?.();
		}
		resume?.();
	};
	node.unref?.();
	return {
		post(resume) {
			if (waiting.length === head) node.ref?.();
			waiting.push(resume);
			port2.postMessage(null);
		},
	};
}
