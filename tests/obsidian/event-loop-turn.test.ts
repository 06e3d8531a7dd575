// How a long run gives the event loop a turn: a MessageChannel task (no
// timer clamp), with a timer turn now and then so timers run even where
// message tasks come first; and the plugin's own work after the core's
// yields only when its stretch has run long enough.
import { afterEach, describe, expect, it, vi } from "vitest";
import { TurnAwarePort } from "../../src/plugin/turn-aware-port";
import type { VaultPort } from "../../src/vault/port";

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
	vi.resetModules();
});

async function freshTurn(): Promise<typeof import("../../src/vault/event-loop-turn").nextTurn> {
	vi.resetModules();
	return (await import("../../src/vault/event-loop-turn")).nextTurn;
}

describe("nextTurn", () => {
	it("resolves turns in the order they were asked for, on message tasks, not timers", async () => {
		const nextTurn = await freshTurn();
		const timer = vi.fn((resume: () => void) => setTimeout(resume, 0));
		await nextTurn(timer);
		const order: number[] = [];
		await Promise.all(Array.from({ length: 50 }, (_, i) => nextTurn(timer).then(() => order.push(i))));
		expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
		// The first turn is a timer turn; within 100 ms no other is.
		expect(timer.mock.calls.length).toBeLessThanOrEqual(2);
	});

	it("gives timers a turn at least every 100 ms of work, even where a port's messages run back to back (Node)", async () => {
		const nextTurn = await freshTurn();
		vi.useFakeTimers({ toFake: ["Date"] });
		await nextTurn((resume) => setTimeout(resume, 0));
		const log: string[] = [];
		setTimeout(() => log.push("timer"), 0);
		for (let i = 0; i < 20; i++) {
			vi.setSystemTime(Date.now() + 30);
			await nextTurn((resume) => setTimeout(resume, 0));
			log.push(`turn ${i}`);
		}
		expect(log.indexOf("timer")).toBeGreaterThanOrEqual(0);
		expect(log.indexOf("timer")).toBeLessThan(6);
	});

	it("uses timer turns where there is no MessageChannel", async () => {
		vi.stubGlobal("MessageChannel", undefined);
		const nextTurn = await freshTurn();
		const timer = vi.fn((resume: () => void) => setTimeout(resume, 0));
		for (let i = 0; i < 3; i++) await nextTurn(timer);
		expect(timer).toHaveBeenCalledTimes(3);
	});
});

describe("TurnAwarePort", () => {
	it("yields only when the work since the last turn took the budget or more, and passes every call through", async () => {
		vi.useFakeTimers({ toFake: ["Date"] });
		const turns: string[] = [];
		const inner = {
			yieldToEventLoop: () => {
				turns.push("turn");
				return Promise.resolve();
			},
			read: (path: string) => Promise.resolve(`text of ${path}`),
			exists: (path: string) => path === "a.md",
			linkText: (path: string) => path.replace(/\.md$/, ""),
		} as unknown as VaultPort;
		const port = new TurnAwarePort(inner);
		vi.setSystemTime(Date.now() + 3);
		await port.turnIfDue(4);
		expect(turns).toEqual([]);
		vi.setSystemTime(Date.now() + 1);
		await port.turnIfDue(4);
		expect(turns).toEqual(["turn"]);
		// The clock starts again at the turn.
		await port.turnIfDue(4);
		expect(turns).toEqual(["turn"]);
		expect([await port.read("a.md"), port.exists("a.md"), port.exists("b.md"), port.linkText("x/b.md")]).toEqual(["text of a.md", true, false, "x/b"]);
	});
});
