// Small functions and constants of the obsidian module.
import { track } from "./async";
import type { FakeElement } from "./dom";

export const apiVersion = "1.8.7";

/** Mutable, so a test can pretend to be on a phone. Desktop by default. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

export interface Debouncer<T extends unknown[], V> {
	(...args: T): Debouncer<T, V>;
	cancel(): Debouncer<T, V>;
	run(): V | void;
}

/**
 * Obsidian's debounce: the callback runs `timeout` ms after the first call
 * with the latest arguments; with resetTimer every call restarts the wait.
 * Timers are looked up when used, so vi.useFakeTimers() drives them.
 */
export function debounce<T extends unknown[], V>(callback: (...args: T) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let latest: T | null = null;
	const fire = (): V => {
		timer = null;
		const args = latest as T;
		latest = null;
		return callback(...args);
	};
	const debounced = ((...args: T) => {
		latest = args;
		if (timer !== null && resetTimer) {
			globalThis.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = globalThis.setTimeout(() => track(fire()), timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) globalThis.clearTimeout(timer);
		timer = null;
		latest = null;
		return debounced;
	};
	debounced.run = () => {
		if (timer === null) return;
		globalThis.clearTimeout(timer);
		return fire();
	};
	return debounced;
}

export function setIcon(el: FakeElement, icon: string): void {
	el.setAttr("data-icon", icon);
}

export function setTooltip(el: FakeElement, tooltip: string): void {
	el.setAttr("aria-label", tooltip);
}

export function getLanguage(): string {
	return "en";
}

export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const difference = (have[i] ?? 0) - (want[i] ?? 0);
		if (difference !== 0) return difference > 0;
	}
	return true;
}
