import { App, Modal, Setting } from "obsidian";
import type { RunReport } from "../core/sync/run-types";
import { summaryLine } from "../core/sync/report-text";

/** The report of the last run: every file touched or skipped, and why. */
export class ReportModal extends Modal {
	constructor(app: App, private readonly report: RunReport, private readonly heading: string) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl, report } = this;
		this.setTitle(this.heading);
		contentEl.createEl("p", { text: summaryLine(report) });
		list(contentEl, "People created", report.created);
		list(contentEl, "People updated", report.updated);
		list(contentEl, "Task lines fixed", report.tasksFixed);
		list(contentEl, "Skipped", [...report.skipped, ...report.errors].map((s) => `${s.path}: ${s.reason}`), "meeting-crm-skipped");
		list(contentEl, "Ambiguous names: add an alias to one of the notes", report.ambiguous.map((a) => `${a.name}: ${a.notes.join(", ")}`), "meeting-crm-skipped");
		list(contentEl, "Look-alike names: add an alias to merge them", report.lookAlikes.map((l) => `${l.name} (${l.note}) looks like ${l.similarTo.join(", ")}`));
		new Setting(contentEl).addButton((button) => button.setButtonText("Close").onClick(() => this.close()));
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

function list(parent: HTMLElement, title: string, items: string[], cls?: string): void {
	if (items.length === 0) return;
	new Setting(parent).setName(`${title} (${items.length})`).setHeading();
	const ul = parent.createEl("ul", { cls: "meeting-crm-report-list" });
	for (const item of items) ul.createEl("li", { text: item, cls });
}
