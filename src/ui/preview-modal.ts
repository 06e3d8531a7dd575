import { App, Modal, Setting } from "obsidian";
import type { FileChange } from "../core/sync/run-types";
import { lineDiff } from "../core/markdown/line-diff";

const CONTEXT_LINES = 2;

/** The dry run's changes, each note with its diff, and Apply / Cancel. */
export class PreviewModal extends Modal {
	private decided = false;

	constructor(
		app: App,
		private readonly changes: FileChange[],
		private readonly summary: string,
		private readonly onApply: () => Promise<void>,
	) {
		super(app);
	}

	override onOpen(): void {
		const { contentEl } = this;
		this.setTitle("Preview changes from new meeting notes");
		contentEl.createEl("p", { text: this.changes.length === 0 ? "Nothing would change." : this.summary });
		for (const change of this.changes) {
			new Setting(contentEl).setName(`${change.kind === "create" ? "Create" : "Change"} ${change.path}`).setHeading();
			renderDiff(contentEl.createDiv({ cls: "meeting-crm-diff" }), change);
		}
		new Setting(contentEl)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText("Apply")
					.setCta()
					.setDisabled(this.changes.length === 0)
					.onClick(async () => {
						if (this.decided) return;
						this.decided = true;
						this.close();
						await this.onApply();
					}),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}

/** Changed lines with a little context; long unchanged stretches folded. */
function renderDiff(el: HTMLElement, change: FileChange): void {
	const diff = lineDiff(change.before ?? "", change.after ?? "");
	const near = diff.map((line, i) => line.kind !== "same" || diff.slice(Math.max(0, i - CONTEXT_LINES), i + CONTEXT_LINES + 1).some((l) => l.kind !== "same"));
	let folded = false;
	diff.forEach((line, i) => {
		if (!near[i]) {
			if (!folded) el.createDiv({ text: "…" });
			folded = true;
			return;
		}
		folded = false;
		const sign = line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  ";
		const cls = line.kind === "added" ? "meeting-crm-diff-added" : line.kind === "removed" ? "meeting-crm-diff-removed" : undefined;
		el.createDiv({ text: sign + line.text, cls });
	});
}
