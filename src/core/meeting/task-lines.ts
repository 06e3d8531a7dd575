// Task lines as Obsidian Tasks reads them: optional indent or `>`, a list
// marker, a space, `[c]` with any status character.
import type { TaskLineRef } from "./model";
import type { NoteLayout } from "./layout";

const TASK_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[^\]]\]/u;

/** Whether a line is a task line (any status character). */
export function isTaskLine(line: string): boolean {
	return TASK_LINE.test(line);
}

/** Every task line outside the frontmatter, code fences and transcripts, with its 0-based line. */
export function findTaskLines(layout: NoteLayout): TaskLineRef[] {
	const tasks: TaskLineRef[] = [];
	const { lines, hidden } = layout;
	for (let i = layout.bodyStart; i < lines.length; i++) {
		if (!hidden[i] && lines[i].includes("[") && TASK_LINE.test(lines[i])) tasks.push({ raw: lines[i], line: i });
	}
	return tasks;
}
