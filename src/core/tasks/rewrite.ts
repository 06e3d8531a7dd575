// The task-line rewriter (SPEC section 3): mojibake repaired, owners in the
// chosen mention style, signifier fields where Obsidian Tasks reads them.
// The status is never changed, so a proposed `[?]` task stays proposed.
import type { MentionStyle } from "../settings";
import { repairMojibake } from "./mojibake";
import { moveEmbeddedFields } from "./move-fields";
import { editBodyLines, editTaskLines, type LinesEdit } from "./note-lines";
import { rewriteOwners } from "./owners";
import { parseTaskLine, printTaskLine, type TaskLine } from "./task-line";

export { acceptProposedTasks, rejectProposedTasks } from "./proposed";

export interface TaskRewriteContext {
	/** The vault owner (*Your name*), who replaces `@Myself` and `@Me`; empty leaves those as written. */
	ownerName: string;
	/** People's names, so a mention ends where a known name ends (`@Jai Menon to follow up`). */
	knownNames: string[];
	mentionStyle: MentionStyle;
	/** name → person-note basename, for wikilinks when the file name differs from the name. */
	noteBasenames?: Record<string, string>;
}

/** One line rewritten when it is a task line once its mojibake is repaired; any other line comes back unchanged. Idempotent. */
export function rewriteTaskLine(line: string, context: TaskRewriteContext): string {
	const repaired = repairMojibake(line);
	const task = parseTaskLine(repaired);
	return task === null ? line : rewriteTask(task, repaired, context);
}

/** A task line (`line`, as `parsed`) rewritten: rewriteTaskLine without parsing the line twice. */
function rewriteTaskLineParsed(line: string, parsed: TaskLine, context: TaskRewriteContext): string {
	const repaired = repairMojibake(line);
	const task = repaired === line ? parsed : parseTaskLine(repaired);
	return task === null ? line : rewriteTask(task, repaired, context);
}

function rewriteTask(task: TaskLine, repaired: string, context: TaskRewriteContext): string {
	const moved = moveEmbeddedFields(task);
	const description = rewriteOwners(moved.description, context);
	// Printing a parse gives its line back, so a task nothing changed needs no printing.
	if (moved === task && description === task.description) return repaired;
	return printTaskLine({ ...moved, description });
}

/**
 * Every task line of a note outside frontmatter and code fences; with
 * `wholeNoteRepair`, mojibake in the note's other lines too.
 */
export function rewriteTaskLines(text: string, context: TaskRewriteContext, options: { wholeNoteRepair: boolean }): LinesEdit {
	// Only lines that are task lines as written are rewritten.
	const rewrite = (line: string): string | null => {
		const task = parseTaskLine(line);
		return task === null ? null : rewriteTaskLineParsed(line, task, context);
	};
	if (options.wholeNoteRepair) return editBodyLines(text, (line) => rewrite(line) ?? repairMojibake(line));
	return editTaskLines(text, (line) => rewrite(line) ?? line);
}
