// Obsidian's Events: handlers run in the order they were registered; one that
// throws does not stop the others (Obsidian logs it; the fake records it for
// settle()), and an async one is tracked so a test can wait for it.
import { recordFailure, track } from "./async";

type Handler = (...data: unknown[]) => unknown;

export interface FakeEventRef {
	events: Events;
	name: string;
	callback: Handler;
	ctx?: unknown;
}

export class Events {
	private readonly handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: Handler, ctx?: unknown): FakeEventRef {
		const ref: FakeEventRef = { events: this, name, callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: Handler): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((ref) => ref.callback !== callback));
	}

	offref(ref: FakeEventRef): void {
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((other) => other !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: FakeEventRef, args: unknown[]): void {
		try {
			track(ref.callback.apply(ref.ctx, args));
		} catch (error) {
			recordFailure(error);
		}
	}

	/** How many handlers listen to an event (for tests of cleanup on unload). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
