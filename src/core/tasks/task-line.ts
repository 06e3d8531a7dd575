// A task line split into its parts, losslessly: printTaskLine(parseTaskLine(l))
// === l. The signifier fields are read the way Obsidian Tasks reads them
// (DefaultTaskSerializer): from the end of the line backwards, in any order,
// stopping at the first text that is not a field, a tag or a block link.
// Regexes carry no `u` flag (obsidian-tasks#3546: `u`-flag regexes miss
// emoji one space apart on iOS 18.6), so emoji are written as alternations.
import { type FieldKind, fieldSymbolAtEnd } from "./task-fields";
import { matchField, matchTag } from "./trailing-match";
import { isWhitespaceCode } from "./whitespace";

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
/** Tasks gives up after this many rounds (a guard against endless loops). */
const MAX_ROUNDS = 20;

/** Tasks' order of attempts within one round; tags come between on-completion and id. */
const ROUND: readonly TrailingKind[] = [
	"priority", "done", "cancelled", "due", "scheduled", "start", "created", "recurrence", "onCompletion", "tag", "id", "dependsOn",
];

export function parseTaskLine(line: string): TaskLine | null {
	if (!hasTaskStart(line)) return null;
	const match = TASK.exec(line);
	if (!match) return null;
	const body = match[6];
	let rest = body.trimEnd();
	const tail = body.slice(rest.length);
	let blockLink: TrailingToken | null = null;
	if (rest.includes("^")) {
		const found = BLOCK_LINK.exec(rest);
		if (found) {
			blockLink = { kind: "blockLink", lead: found[1], text: found[2] };
			rest = rest.slice(0, found.index);
		}
	}
	const fromEnd: TrailingToken[] = []; // the tokens in the order they are taken off the end
	// Only a tag or the field whose emoji ends the text can match (see fieldSymbolAtEnd).
	let ending = fieldSymbolAtEnd(rest);
	let matched = true;
	for (let round = 0; matched && round <= MAX_ROUNDS; round++) {
		matched = false;
		for (const kind of ROUND) {
			const found = kind === "tag" ? matchTag(rest) : kind === ending?.kind ? matchField(rest, ending) : null;
			if (found === null) continue;
			fromEnd.push({ kind, lead: found.lead, text: found.text });
			rest = rest.slice(0, found.start);
			ending = fieldSymbolAtEnd(rest);
			matched = true;
		}
	}
	const trailing = fromEnd.reverse();
	if (blockLink) trailing.push(blockLink);
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

/**
 * TASK's start — `[\s>]*`, a list marker, spaces, `[` — checked by hand
 * before TASK runs: most lines of a note are not tasks, and a regex call
 * costs more than these few comparisons.
 */
function hasTaskStart(line: string): boolean {
	let at = 0;
	while (at < line.length && (isWhitespaceCode(line.charCodeAt(at)) || line.charCodeAt(at) === 0x3e)) at++;
	const marker = line.charCodeAt(at);
	if (marker === 0x2d || marker === 0x2a || marker === 0x2b) at++;
	else {
		const digitsStart = at;
		while (isDigitCode(line.charCodeAt(at))) at++;
		if (at === digitsStart || (line.charCodeAt(at) !== 0x2e && line.charCodeAt(at) !== 0x29)) return false;
		at++;
	}
	if (line.charCodeAt(at) !== 0x20) return false;
	while (line.charCodeAt(at) === 0x20) at++;
	return line.charCodeAt(at) === 0x5b;
}

function isDigitCode(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

export function printTaskLine(task: TaskLine): string {
	let out = `${task.prefix}${task.marker}${task.gap}[${task.status}]${task.afterBox}${task.description}`;
	for (const token of task.trailing) out += token.lead + token.text;
	return out + task.tail;
}

/** Whether a line is a task line (any status). */
export function isTaskLine(line: string): boolean {
	return hasTaskStart(line) && TASK.test(line);
}
