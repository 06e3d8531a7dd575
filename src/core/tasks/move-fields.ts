// Tasks reads signifier fields only at the end of a line: `Call Bob 📅
// 2025-10-03 about the offer` has no due date for it. A date or priority
// written mid-description is moved to the end, where a hand-written line
// would have it, so Tasks sees the field the writer meant.
import { EMBEDDED_FIELD, type FieldKind, fieldKindOf, MOVABLE_SYMBOL_START } from "./task-fields";
import type { TaskLine, TrailingToken } from "./task-line";

/** EMBEDDED_FIELD for matchAll, compiled once rather than per line. */
const EMBEDDED_FIELDS = new RegExp(EMBEDDED_FIELD.source, "g");

export function moveEmbeddedFields(task: TaskLine): TaskLine {
	// A cheap test first: most descriptions hold no emoji at all.
	if (!MOVABLE_SYMBOL_START.test(task.description) || !EMBEDDED_FIELD.test(task.description)) return task;
	const present = new Set<string>(task.trailing.map((token) => token.kind));
	const moved: TrailingToken[] = [];
	let description = "";
	let from = 0;
	for (const match of task.description.matchAll(EMBEDDED_FIELDS)) {
		const kind: FieldKind | undefined = fieldKindOf(match[2]);
		if (kind === undefined || present.has(kind)) continue;
		present.add(kind);
		moved.push({ kind, lead: " ", text: match[2] });
		const start = match.index;
		let end = start + match[0].length;
		// A field that opens the description takes the space after it along.
		if (match[1] === "" && start === 0) end += /^\s*/.exec(task.description.slice(end))?.[0].length ?? 0;
		description += task.description.slice(from, start);
		from = end;
	}
	if (moved.length === 0) return task;
	description += task.description.slice(from);
	return { ...task, description, trailing: [...moved, ...task.trailing] };
}
