// The real plugin (src/main.ts) in the fake Obsidian, started as Obsidian
// starts it, and what a user can see of a run: the notices, the report
// window the closing notice opens, and data.json.
import type { Modal } from "obsidian";
import { vi } from "vitest";
import MeetingCrmPlugin from "../../src/main";
import { asFake, createFakeApp, loadPlugin, notices, openModals, readPluginData, runCommand, settle, writePluginData } from "../fake-app";
import type { FakeApp } from "../fake-app";
import type { RunReport } from "../../src/core/sync/run-types";
import { OWNER } from "./corpus";

export const TODAY = "2026-01-03";

export interface Started {
	app: FakeApp;
	plugin: MeetingCrmPlugin;
}

/** Fixes "now" (Date only; timers stay real). */
export function fixToday(): void {
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
}

export async function startPlugin(files: Record<string, string>, data: Record<string, unknown> = { yourName: OWNER }): Promise<Started> {
	const app = createFakeApp(files);
	writePluginData(app, data);
	const plugin = await loadPlugin(app, MeetingCrmPlugin);
	app.fakeLayoutReady();
	await settle();
	return { app, plugin };
}

/** Starts a palette command without waiting for it (as the palette does). */
export function startCommand({ app }: Started, id: string): Promise<boolean> {
	return runCommand(app, `meeting-crm:${id}`);
}

/** Runs a palette command and waits until its run and every handler are done. */
export async function command(started: Started, id: string): Promise<void> {
	await startCommand(started, id);
	await idle(started);
}

export async function idle({ plugin }: Started): Promise<void> {
	await settle();
	await plugin.whenIdle();
	await settle();
}

interface DataJson {
	ledger?: { meetings?: Record<string, unknown> };
	undo?: { created: { path: string }[]; updated: { path: string }[] };
}

export function pluginData(app: FakeApp): DataJson {
	const data = readPluginData(app) as DataJson | null;
	return data ?? {};
}

/** The report of the plugin's last run (what its report window shows). Read
 * from the run controller: the window lists only skipped notes, the ledger
 * leaves out meetings a run could not finish. */
export function lastRunReport({ plugin }: Started): RunReport {
	const report = (plugin as unknown as { runs?: { lastReport?: RunReport | null } }).runs?.lastReport;
	if (!report) throw new Error("no run report: the plugin's RunController (plugin.runs.lastReport) has none");
	return report;
}

/** The lines of the report window that the last notice opens (skipped
 * notes with their reasons, ambiguous names); none when the notice offers
 * no report. Closes the window again. */
export async function reportWindowLines(): Promise<string[]> {
	const notice = notices[notices.length - 1];
	if (!notice) return [];
	const open = openModals.length;
	notice.messageEl.click();
	await settle();
	if (openModals.length === open) return [];
	const modal = openModals[openModals.length - 1] as unknown as Modal;
	const lines = asFake(modal.modalEl).findAll("li.meeting-crm-skipped").map((el) => el.getText());
	modal.close();
	return lines;
}
