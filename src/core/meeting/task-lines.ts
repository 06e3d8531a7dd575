// Task lines as Obsidian Tasks reads them: optional indent or `>`, a list
// marker, a space, `[c]` with any status character.
import type { TaskLineRef } from "./model";
import type { NoteLayout } from "./layout";
import { lineAt, linesContaining } from "./note-lines";

const TASK_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/u;

/** Whether a line is a task line (any status character). */
export function isTaskLine(line: string): boolean {
	return TASK_LINE.test(line);
}

/** Every task line outside the frontmatter, code fences and transcripts, with its 0-based line. */
export function findTaskLines(layout: NoteLayout): TaskLineRef[] {
	const tasks: TaskLineRef[] = [];
	const { note, hidden } = layout;
	// Only a line with "[" can be a task line: one sweep of the text finds them.
	for (const i of linesContaining(note, "[", layout.bodyStart)) {
		if (hidden[i]) continue;
		const line = lineAt(note, i);
		if (TASK_LINE.test(line)) tasks.push({ raw: line, line: i });
	}
	return tasks;
}
