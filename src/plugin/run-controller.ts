// Runs the core's jobs inside Obsidian: one at a time, with progress on long
// runs, one closing notice with the counts, the report, and the undo record
// saved before the first write.
import { Notice, normalizePath } from "obsidian";
import type { TFile } from "obsidian";
import { ObsidianVault } from "../vault/obsidian-vault";
import { processMeetings, RunRefusedError } from "../core/sync/run";
import { runTaskCommand } from "../core/sync/fix-tasks-run";
import type { TaskCommand } from "../core/sync/fix-tasks-run";
import { undoRun } from "../core/sync/undo";
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

const PROGRESS_AFTER_MS = 1000;

export class RunController {
	private busy = false;
	private scope: Scope | null = null;
	lastReport: RunReport | null = null;

	constructor(private readonly host: PluginHost) {}

	private port(): ObsidianVault {
		return new ObsidianVault(this.host.app);
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

	/** Meeting notes not processed yet or changed since (for the status bar). */
	countNew(): number {
		if (!this.scope) return 0;
		const port = this.port();
		return meetingCandidates(port, port.listMarkdownFiles(), this.scope, this.host.ledger(), { kind: "new" }, readerOptions(this.host.settings, undefined, [])).length;
	}

	updateStatus(): void {
		if (this.busy) return;
		const count = this.countNew();
		this.host.setStatus(count === 0 ? "" : `${count} new meeting ${count === 1 ? "note" : "notes"}`);
	}

	/** Processes meeting notes; `quiet` (automatic runs) reports in the status
	 * bar and shows a notice only when something was skipped. */
	async process(mode: RunMode, quiet = false): Promise<RunReport | null> {
		return this.exclusive(async () => {
			const progress = new Progress(quiet ? null : "Processing meeting notes", (text) => this.host.setStatus(text));
			try {
				const result = await processMeetings(this.port(), this.host.settings, this.host.ledger(), {
					mode,
					dryRun: false,
					today: today(),
					onProgress: (done, total) => progress.update(done, total),
					beforeWrite: async (undo) => {
						this.host.setUndoRecord(undo);
						await this.host.saveSettings();
					},
				});
				this.host.setLedger(result.ledger);
				if (result.changes.length > 0) this.host.setUndoRecord(result.undo);
				await this.host.saveSettings();
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
			const result = await runTaskCommand(this.port(), this.host.settings, {
				mode: paths === "all" ? { kind: "all" } : { kind: "paths", paths },
				command,
				dryRun: false,
				today: today(),
				beforeWrite: async (undo) => {
					this.host.setUndoRecord(undo);
					await this.host.saveSettings();
				},
			}, this.host.ledger());
			if (result.changes.length > 0) this.host.setUndoRecord(result.undo);
			await this.host.saveSettings();
			const fixed = result.report.tasksFixed.length;
			const verb = command === "fix" ? "Task lines fixed" : command === "accept" ? "Proposed tasks accepted" : "Proposed tasks rejected";
			let message = fixed === 0 ? "No task lines to change." : `${verb} in ${fixed} ${fixed === 1 ? "note" : "notes"}.`;
			if (result.importerNotes.length > 0) message += ` ${result.importerNotes.length} left alone because an importer re-syncs them.`;
			new Notice(message);
		});
	}

	async undo(): Promise<void> {
		await this.exclusive(async () => {
			const record = this.host.undoRecord();
			if (!record) {
				new Notice("There is no run to undo.");
				return;
			}
			const result = await undoRun(this.port(), record, this.host.ledger());
			this.host.setLedger(result.ledger);
			this.host.setUndoRecord(undefined);
			await this.host.saveSettings();
			const parts = [`${result.restored.length} restored`, `${result.removed.length} removed`];
			if (result.kept.length > 0) parts.push(`${result.kept.length} kept because you changed them since: ${result.kept.map((k) => k.path).join(", ")}`);
			new Notice(`Undo last run: ${parts.join(", ")}.`);
		});
	}

	private async exclusive<T>(job: () => Promise<T>): Promise<T | null> {
		if (this.busy) {
			new Notice("Already processing meeting notes. Try again when the current run has finished.");
			return null;
		}
		this.busy = true;
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
			if (report.processed.length > 0) this.host.setStatus(`Meeting CRM: ${summaryLine(report)}`);
			if (!attention) return;
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
		const stamp = new Date().toISOString().slice(0, 19).replace("T", " ").replace(/:/g, "-");
		const path = normalizePath(`${folder}/Meeting CRM report ${stamp}.md`);
		const port = this.port();
		const text = reportNoteText(report, `Meeting CRM report ${stamp}`, (p) => port.linkText(p));
		try {
			if (!port.exists(path)) await port.create(path, text);
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
