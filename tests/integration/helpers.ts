// Set-up shared by the integration tests: the real plugin (src/main.ts)
// loaded into the fake Obsidian, started as Obsidian starts it, and driven
// as a user drives it.
import { readFileSync } from "node:fs";
import { vi } from "vitest";
import MeetingCrmPlugin from "../../src/main";
import { createFakeApp, loadPlugin, runCommand, settle, writePluginData } from "../fake-app";
import type { FakeApp } from "../fake-app";

export const SEED_MEETING = readFileSync("tests/fixtures/seed-meeting-note.md", "utf8");
export const SEED_PATH = "Meetings/2025-09-30 1-1 with Jai Menon.md";
export const OWNER = "Jason Vallery";
export const PEOPLE = ["Jai Menon", "Juergen", "Manish Sah", "Ong", "Pete Emig"];
/** The day the tests run on (person notes' `created`, the undo record). */
export const TODAY = "2026-01-03";

const GOLDEN = "tests/core/sync/golden/seed-run";
/** The link target the core's golden files were made with (the seed's own Source line). */
const GOLDEN_LINK = "2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl";

/** A person note of the seed run, as the core's golden file has it, for the seed at SEED_PATH. */
export function goldenPerson(name: string): string {
	return readFileSync(`${GOLDEN}/People/${name}.md`, "utf8").split(`[[${GOLDEN_LINK}|`).join("[[2025-09-30 1-1 with Jai Menon|");
}

/** The seed meeting note after its task lines were fixed. */
export function goldenMeetingAfter(): string {
	return readFileSync(`${GOLDEN}/meeting-note-after.md`, "utf8");
}

/** Fixes "now" for the run (only Date: timers stay real unless a test fakes them). */
export function fixToday(): void {
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
}

export type Plugin = MeetingCrmPlugin;

export interface Started {
	app: FakeApp;
	plugin: MeetingCrmPlugin;
}

/**
 * A vault with `files`, data.json with `data` (none when null), the plugin
 * loaded and, unless `layoutReady` is false, the layout ready.
 */
export async function start(
	files: Record<string, string> = { [SEED_PATH]: SEED_MEETING },
	data: Record<string, unknown> | null = { yourName: OWNER },
	options: { layoutReady?: boolean } = {},
): Promise<Started> {
	const app = createFakeApp(files);
	if (data !== null) writePluginData(app, data);
	const plugin = await loadPlugin(app, MeetingCrmPlugin);
	if (options.layoutReady !== false) {
		app.fakeLayoutReady();
		await settle();
	}
	return { app, plugin };
}

/** Loads a second plugin instance into the same app (a restart after unload). */
export async function restart(app: FakeApp): Promise<MeetingCrmPlugin> {
	const plugin = await loadPlugin(app, MeetingCrmPlugin);
	await settle();
	return plugin;
}

/** Runs a palette command and waits until its run and every handler it set off are done. */
export async function command(started: Started, id: string): Promise<boolean> {
	const ran = await runCommand(started.app, `meeting-crm:${id}`);
	await idle(started);
	return ran;
}

/** Waits for the plugin's run (if any) and for the fake's pending handlers. */
export async function idle({ plugin }: Started): Promise<void> {
	await settle();
	await plugin.whenIdle();
	await settle();
}

/** Lines of a note's section (`## heading`) that are list items. */
export function sectionItems(note: string, heading: string): string[] {
	const lines = note.split("\n");
	const start = lines.indexOf(`## ${heading}`);
	if (start === -1) return [];
	const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
	return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith("- "));
}

/** The task lines of a note. */
export function taskLines(note: string): string[] {
	return note.split("\n").filter((line) => /^- \[.\] /.test(line));
}
