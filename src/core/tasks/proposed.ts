// Accepting or rejecting the tasks a pipeline proposed (`- [?] … #proposed`).
import { editTaskLines, type LinesEdit } from "./note-lines";
import { parseTaskLine, printTaskLine, type TaskLine, type TrailingToken } from "./task-line";

const PROPOSED_STATUS = "?";
/** The tag inside the description: at its start with the space after, or with the space before. */
const PROPOSED_IN_TEXT = /^#proposed(?:\s+|$)|\s+#proposed(?=\s|$)/gi;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `[?]` → `[ ]`, `#proposed` dropped. */
export function acceptProposedTasks(text: string): LinesEdit {
	return editProposed(text, (task) => ({ ...dropProposedTag(task), status: " " }));
}

/** `[?]` → `[-]` with `❌ today` (yyyy-MM-dd), `#proposed` dropped. */
export function rejectProposedTasks(text: string, today: string): LinesEdit {
	if (!ISO_DATE.test(today)) throw new Error(`Not a yyyy-MM-dd date: ${today}`);
	return editProposed(text, (task) => withCancelledDate({ ...dropProposedTag(task), status: "-" }, today));
}

function editProposed(text: string, edit: (task: TaskLine) => TaskLine): LinesEdit {
	return editTaskLines(text, (line) => {
		const task = parseTaskLine(line);
		return task?.status === PROPOSED_STATUS ? printTaskLine(edit(task)) : line;
	});
}

function dropProposedTag(task: TaskLine): TaskLine {
	const trailing = task.trailing.filter((token) => !(token.kind === "tag" && token.text.toLowerCase() === "#proposed"));
	return { ...task, description: task.description.replace(PROPOSED_IN_TEXT, ""), trailing };
}

/** Tasks reads ❌ only among the trailing fields: put it after the last one. */
function withCancelledDate(task: TaskLine, today: string): TaskLine {
	const cancelled: TrailingToken = { kind: "cancelled", lead: " ", text: `❌ ${today}` };
	const existing = task.trailing.findIndex((token) => token.kind === "cancelled");
	const trailing = [...task.trailing];
	if (existing >= 0) {
		trailing[existing] = { ...trailing[existing], text: cancelled.text };
		return { ...task, trailing };
	}
	let at = trailing.length;
	for (let i = trailing.length - 1; i >= 0; i--) {
		if (trailing[i].kind === "blockLink") at = i;
		else if (trailing[i].kind !== "tag") {
			at = i + 1;
			break;
		}
	}
	trailing.splice(at, 0, cancelled);
	return { ...task, trailing };
}
