// Runs the core's jobs inside Obsidian: one at a time, with progress on long
// runs, one closing notice with the counts, the report, and the undo record
// saved before the first write.
import { Notice, normalizePath } from "obsidian";
import { format } from "date-fns";
import type { TFile } from "obsidian";
import type { ObsidianVault } from "../vault/obsidian-vault";
import { EditorAwareVault } from "./editor-aware-vault";
import { processMeetings, RunRefusedError } from "../core/sync/run";
import type { TaskCommand } from "../core/sync/fix-tasks-run";
import { undoRun, UNFINISHED } from "../core/sync/undo";
import type { RunMode, RunReport } from "../core/sync/run-types";
import { needsAttention, reportNoteText, summaryLine } from "../core/sync/report-text";
import { meetingCandidates, readerOptions } from "../core/sync/read-phase";
import { buildScope } from "../core/sync/scope";
import type { Scope } from "../core/sync/scope";
import { looksLikeMeeting } from "../core/meeting/read-meeting";
import { ReportModal } from "../ui/report-modal";
import { PreviewModal } from "../ui/preview-modal";
import type { PluginHost } from "./host";
import { today } from "./today";
import { UndoKeeper } from "./undo-keeper";
import { openUndoTexts } from "./undo-texts";
import type { UndoTextStore } from "./undo-texts";
import { processAndRecord, taskCommandAndRecord } from "./recorded-run";

const PROGRESS_AFTER_MS = 1000;

export class RunController {
	private busy = false;
	/** The run in progress, for whenIdle. */
	private current: Promise<unknown> | null = null;
	private scope: Scope | null = null;
	lastReport: RunReport | null = null;
	/** What the last automatic run did, for the status bar (null after a run the user started). */
	private lastAutoSummary: string | null = null;

	private texts: UndoTextStore | null | undefined;
	private readonly keeper = new UndoKeeper(() => this.undoTexts());

	constructor(private readonly host: PluginHost) {}

	/** The device's undo store, opened on first use. */
	private undoTexts(): UndoTextStore | null {
		if (this.texts === undefined) this.texts = openUndoTexts(this.host.app);
		return this.texts;
	}

	/** The plugin is unloading: let go of the undo store. */
	close(): void {
		this.texts?.close();
		this.texts = undefined;
	}

	private port(): ObsidianVault {
		return new EditorAwareVault(this.host.app);
	}

	/** Re-reads the templates folder and excluded files (after settings change). */
	async refreshScope(): Promise<void> {
		this.scope = buildScope(this.host.settings, await this.port().appConfig());
	}

	/** Whether a note is a meeting note, from the metadata cache (no read). */
	isMeetingNote(file: TFile | null): boolean {
		if (!file || file.extension !== "md") return false;
		if (this.scope && !this.scope.inMeetingScope(file.path)) return false;
		const frontmatter = this.host.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
		return looksLikeMeeting(frontmatter, readerOptions(this.host.settings, undefined, []));
	}

	/** For a note that just changed: whether it may be a meeting note. A note
	 * created a moment ago has no metadata yet, so it may be one. */
	mightBeMeetingNote(file: TFile | null): boolean {
		if (!file || file.extension !== "md") return false;
		if (this.scope && !this.scope.inMeetingScope(file.path)) return false;
		return this.host.app.metadataCache.getFileCache(file) === null || this.isMeetingNote(file);
	}

	/** Meeting notes not processed yet or changed since (for the status bar). */
	countNew(): number {
		return this.newNotes(null).length;
	}

	/** Whether one of these notes is a meeting note not processed yet or changed since. */
	hasNewAmong(paths: string[]): boolean {
		return paths.length > 0 && this.newNotes(new Set(paths)).length > 0;
	}

	private newNotes(among: Set<string> | null): string[] {
		if (!this.scope) return [];
		const port = this.port();
		const files = port.listMarkdownFiles().filter((file) => !among || among.has(file.path));
		const reader = readerOptions(this.host.settings, undefined, []);
		// Notes without frontmatter are left out here: a run still reads them once.
		return meetingCandidates(port, files, this.scope, this.host.ledger(), { kind: "new" }, reader, { countOnly: true }).map((file) => file.path);
	}

	/** The count of new meeting notes; with none, what the last automatic run did. */
	updateStatus(): void {
		if (this.busy) return;
		const count = this.countNew();
		if (count > 0) this.host.setStatus(`${count} new meeting ${count === 1 ? "note" : "notes"}`);
		else this.host.setStatus(this.lastAutoSummary === null ? "" : `Meeting CRM: ${this.lastAutoSummary}`);
	}

	/** Processes meeting notes; `quiet` (automatic runs) waits for a run in
	 * progress instead of refusing, reports in the status bar and shows a
	 * notice only when something was skipped. */
	async process(mode: RunMode, quiet = false): Promise<RunReport | null> {
		if (quiet) while (this.busy) await this.whenIdle();
		return this.exclusive(async () => {
			const progress = new Progress(quiet ? null : "Processing meeting notes", (text) => this.host.setStatus(text));
			try {
				const result = await processAndRecord(this.port(), this.host, this.keeper, {
					mode,
					today: today(),
					onProgress: (done, total) => progress.update(done, total),
				});
				await this.finish(result.report, quiet);
				return result.report;
			} finally {
				progress.done();
			}
		});
	}

	async preview(): Promise<void> {
		const planned = await this.exclusive(() =>
			processMeetings(this.port(), this.host.settings, this.host.ledger(), { mode: { kind: "new" }, dryRun: true, today: today() }),
		);
		if (!planned) return;
		new PreviewModal(this.host.app, planned.changes, summaryLine(planned.report), async () => {
			await this.process({ kind: "new" });
		}).open();
	}

	async taskCommand(command: TaskCommand, paths: string[] | "all"): Promise<void> {
		await this.exclusive(async () => {
			const result = await taskCommandAndRecord(this.port(), this.host, this.keeper, {
				mode: paths === "all" ? { kind: "all" } : { kind: "paths", paths },
				command,
				today: today(),
			});
			const fixed = result.report.tasksFixed.length;
			const verb = command === "fix" ? "Task lines fixed" : command === "accept" ? "Proposed tasks accepted" : "Proposed tasks rejected";
			let message = fixed === 0 ? "No task lines to change." : `${verb} in ${fixed} ${fixed === 1 ? "note" : "notes"}.`;
			if (result.importerNotes.length > 0) message += ` ${result.importerNotes.length} left alone because an importer re-syncs them.`;
			new Notice(message);
		});
	}

	async undo(): Promise<void> {
		await this.exclusive(async () => {
			const stored = this.host.undoRecord();
			if (!stored) {
				new Notice("There is no run to undo.");
				return;
			}
			const record = await this.keeper.recordFor(stored, this.host.ledger());
			if (!record) {
				new Notice("The last run's old texts are not on this device: it ran on another device, or the app's storage was cleared. Undo it where it ran. Nothing was changed.");
				return;
			}
			const result = await undoRun(this.port(), record, this.host.ledger());
			this.host.setLedger(result.ledger);
			this.host.setUndoRecord(undefined);
			await this.host.saveSettings();
			await this.keeper.forget();
			const parts = [`${result.restored.length} restored`, `${result.removed.length} removed`];
			const unfinished = result.kept.filter((k) => k.reason === UNFINISHED).map((k) => k.path);
			const changed = result.kept.filter((k) => k.reason !== UNFINISHED).map((k) => k.path);
			if (changed.length > 0) parts.push(`${changed.length} kept because you changed them since: ${changed.join(", ")}`);
			if (unfinished.length > 0) parts.push(`${unfinished.length} kept because that run stopped before it finished: ${unfinished.join(", ")}`);
			new Notice(`Undo last run: ${parts.join(", ")}.`);
		});
	}

	/** Resolves when no run is in progress (a command started from the palette
	 * cannot hand back its promise). */
	async whenIdle(): Promise<void> {
		while (this.current) await this.current.catch(() => undefined);
	}

	private async exclusive<T>(job: () => Promise<T>): Promise<T | null> {
		if (this.busy) {
			new Notice("Already processing meeting notes. Try again when the current run has finished.");
			return null;
		}
		this.busy = true;
		const run = this.runExclusive(job);
		this.current = run;
		try {
			return await run;
		} finally {
			if (this.current === run) this.current = null;
		}
	}

	private async runExclusive<T>(job: () => Promise<T>): Promise<T | null> {
		try {
			if (!this.scope) await this.refreshScope();
			return await job();
		} catch (error) {
			if (error instanceof RunRefusedError) new Notice(error.message);
			else {
				console.error("Meeting CRM:", error);
				new Notice(`The run stopped: ${error instanceof Error ? error.message : String(error)}`);
			}
			return null;
		} finally {
			this.busy = false;
			this.updateStatus();
		}
	}

	private async finish(report: RunReport, quiet: boolean): Promise<void> {
		this.lastReport = report;
		await this.writeReportNote(report);
		const attention = needsAttention(report);
		if (quiet) {
			if (report.processed.length > 0 || attention) this.lastAutoSummary = summaryLine(report);
			if (!attention) return;
		} else {
			this.lastAutoSummary = null;
		}
		if (report.processed.length === 0 && !attention) {
			new Notice("No new meeting notes.");
			return;
		}
		const notice = new Notice(`${summaryLine(report)}${attention ? " — see report" : ""}`, attention ? 0 : 5000);
		notice.messageEl.addEventListener("click", () => new ReportModal(this.host.app, report, "Meeting CRM report").open());
	}

	private async writeReportNote(report: RunReport): Promise<void> {
		const folder = this.host.settings.reportFolder.trim();
		if (folder === "" || report.processed.length + report.skipped.length + report.errors.length === 0) return;
		// Local time, like the note's other dates; ":" is not allowed in file names.
		const stamp = format(new Date(), "yyyy-MM-dd HH-mm-ss");
		const port = this.port();
		const base = normalizePath(`${folder}/Meeting CRM report ${stamp}`);
		let path = `${base}.md`;
		for (let n = 2; port.exists(path); n++) path = `${base} ${n}.md`;
		const text = reportNoteText(report, `Meeting CRM report ${stamp}`, (p) => port.linkText(p));
		try {
			await port.create(path, text);
		} catch (error) {
			console.error("Meeting CRM: could not write the report note", error);
		}
	}
}

/** A progress notice that appears only when a run takes more than a second. */
class Progress {
	private notice: Notice | null = null;
	private readonly started = Date.now();

	constructor(private readonly label: string | null, private readonly status: (text: string) => void) {}

	update(done: number, total: number): void {
		const text = `${this.label ?? "Meeting CRM"}: ${done} of ${total}`;
		if (this.label === null) {
			this.status(text);
			return;
		}
		if (!this.notice && Date.now() - this.started < PROGRESS_AFTER_MS) return;
		if (!this.notice) this.notice = new Notice(text, 0);
		else this.notice.setMessage(text);
	}

	done(): void {
		this.notice?.hide();
	}
}
