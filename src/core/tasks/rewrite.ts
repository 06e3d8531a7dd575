// The task-line rewriter (SPEC section 3): mojibake repaired, owners in the
// chosen mention style, signifier fields where Obsidian Tasks reads them.
// The status is never changed, so a proposed `[?]` task stays proposed.
import type { MentionStyle } from "../settings";
import { repairMojibake } from "./mojibake";
import { moveEmbeddedFields } from "./move-fields";
import { editBodyLines, type LinesEdit } from "./note-lines";
import { rewriteOwners } from "./owners";
import { parseTaskLine, printTaskLine } from "./task-line";

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

/** One task line rewritten; any other line comes back unchanged. Idempotent. */
export function rewriteTaskLine(line: string, context: TaskRewriteContext): string {
	const task = parseTaskLine(repairMojibake(line));
	if (task === null) return line;
	const moved = moveEmbeddedFields(task);
	return printTaskLine({ ...moved, description: rewriteOwners(moved.description, context) });
}

/**
 * Every task line of a note outside frontmatter and code fences; with
 * `wholeNoteRepair`, mojibake in the note's other lines too.
 */
export function rewriteTaskLines(text: string, context: TaskRewriteContext, options: { wholeNoteRepair: boolean }): LinesEdit {
	return editBodyLines(text, (line) => {
		if (parseTaskLine(line) !== null) return rewriteTaskLine(line, context);
		return options.wholeNoteRepair ? repairMojibake(line) : line;
	});
}
