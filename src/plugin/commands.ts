// The commands of the palette (ids as SPEC section 4 gives them; no default
// hotkeys). Commands on the current note are offered only for a meeting note.
// A callback returns its run's promise: Obsidian ignores it, a caller that
// wants to know when the run ended (tests, other plugins) can await it.
import type { Plugin } from "obsidian";
import type { RunController } from "./run-controller";

export function registerCommands(plugin: Plugin, runs: RunController): void {
	const currentMeetingNote = (): string | null => {
		const file = plugin.app.workspace.getActiveFile();
		return file && runs.isMeetingNote(file) ? file.path : null;
	};
	const onCurrentNote = (id: string, name: string, job: (path: string) => Promise<unknown>) =>
		plugin.addCommand({
			id,
			name,
			checkCallback: (checking) => {
				const path = currentMeetingNote();
				if (path === null) return false;
				if (!checking) void job(path);
				return true;
			},
		});

	plugin.addCommand({ id: "process-new-meeting-notes", name: "Process new meeting notes", callback: () => runs.process({ kind: "new" }) });
	onCurrentNote("process-current-note", "Process current meeting note", (path) => runs.process({ kind: "paths", paths: [path] }));
	plugin.addCommand({ id: "reprocess-all-meeting-notes", name: "Reprocess all meeting notes", callback: () => runs.process({ kind: "all" }) });
	plugin.addCommand({ id: "preview-new-meeting-notes", name: "Preview changes from new meeting notes", callback: () => runs.preview() });
	onCurrentNote("fix-task-lines-current-note", "Fix task lines in current note", (path) => runs.taskCommand("fix", [path]));
	plugin.addCommand({ id: "fix-task-lines-all-meeting-notes", name: "Fix task lines in all meeting notes", callback: () => runs.taskCommand("fix", "all") });
	onCurrentNote("accept-proposed-tasks-current-note", "Accept proposed tasks in current note", (path) => runs.taskCommand("accept", [path]));
	onCurrentNote("reject-proposed-tasks-current-note", "Reject proposed tasks in current note", (path) => runs.taskCommand("reject", [path]));
	plugin.addCommand({ id: "undo-last-run", name: "Undo last run", callback: () => runs.undo() });
}
