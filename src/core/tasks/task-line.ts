// A task line split into its parts, losslessly: printTaskLine(parseTaskLine(l))
// === l. The signifier fields are read the way Obsidian Tasks reads them
// (DefaultTaskSerializer): from the end of the line backwards, in any order,
// stopping at the first text that is not a field, a tag or a block link.
// Regexes carry no `u` flag (obsidian-tasks#3546: `u`-flag regexes miss
// emoji one space apart on iOS 18.6), so emoji are written as alternations.
import { FIELD_PATTERNS, type FieldKind } from "./task-fields";

export type TrailingKind = FieldKind | "tag" | "blockLink";

export interface TrailingToken {
	kind: TrailingKind;
	/** The whitespace before the token. */
	lead: string;
	/** The token as written: `📅 2025-10-03`, `⏫`, `#task`, `^abc`. */
	text: string;
}

export interface TaskLine {
	/** Indentation and blockquote/callout markers before the list marker. */
	prefix: string;
	/** `-`, `*`, `+`, `1.` or `1)`. */
	marker: string;
	/** Spaces between the list marker and `[`. */
	gap: string;
	/** The character between the brackets (one code point). */
	status: string;
	/** Spaces after `]`. */
	afterBox: string;
	/** Everything before the trailing fields, as written. */
	description: string;
	/** Fields, tags and the block link that Tasks reads from the end, in line order. */
	trailing: TrailingToken[];
	/** Whitespace at the end of the line. */
	tail: string;
}

// Tasks' taskRegex, with `(.)` spelled out for a surrogate pair (no `u` flag).
const TASK = /^([\s>]*)([-*+]|[0-9]+[.)])( +)\[([^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])\]( *)(.*)$/;
const BLOCK_LINK = /(\s* )(\^[a-zA-Z0-9-]+)$/;
const TAG = /(^|\s+)(#[^ !@#$%^&*(),.?":{}|<>]+)$/;
/** Tasks gives up after this many rounds (a guard against endless loops). */
const MAX_ROUNDS = 20;

/** Tasks' order of attempts within one round; tags come between on-completion and id. */
const ROUND: { kind: TrailingKind; pattern: RegExp }[] = [
	...(["priority", "done", "cancelled", "due", "scheduled", "start", "created", "recurrence", "onCompletion"] as const).map(
		(kind) => ({ kind, pattern: FIELD_PATTERNS[kind] }),
	),
	{ kind: "tag", pattern: TAG },
	{ kind: "id", pattern: FIELD_PATTERNS.id },
	{ kind: "dependsOn", pattern: FIELD_PATTERNS.dependsOn },
];

export function parseTaskLine(line: string): TaskLine | null {
	const match = TASK.exec(line);
	if (!match) return null;
	const body = match[6];
	let rest = body.trimEnd();
	const tail = body.slice(rest.length);
	const trailing: TrailingToken[] = [];
	const blockLink = BLOCK_LINK.exec(rest);
	if (blockLink) {
		trailing.push({ kind: "blockLink", lead: blockLink[1], text: blockLink[2] });
		rest = rest.slice(0, blockLink.index);
	}
	let matched = true;
	for (let round = 0; matched && round <= MAX_ROUNDS; round++) {
		matched = false;
		for (const { kind, pattern } of ROUND) {
			const found = pattern.exec(rest);
			if (!found) continue;
			trailing.unshift({ kind, lead: found[1], text: found[0].slice(found[1].length) });
			rest = rest.slice(0, found.index);
			matched = true;
		}
	}
	return {
		prefix: match[1],
		marker: match[2],
		gap: match[3],
		status: match[4],
		afterBox: match[5],
		description: rest,
		trailing,
		tail,
	};
}

export function printTaskLine(task: TaskLine): string {
	let out = `${task.prefix}${task.marker}${task.gap}[${task.status}]${task.afterBox}${task.description}`;
	for (const token of task.trailing) out += token.lead + token.text;
	return out + task.tail;
}

/** Whether a line is a task line (any status). */
export function isTaskLine(line: string): boolean {
	return TASK.test(line);
}
