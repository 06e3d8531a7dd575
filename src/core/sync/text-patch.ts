// A task fix as the few characters it changes: a run that fixes the task
// lines of thousands of meeting notes keeps those, not the notes' old and
// new texts, and its undo record puts the old characters back.

/** One changed stretch: where it starts in the old text, what it was, what it becomes. */
export interface TextEdit {
	at: number;
	old: string;
	new: string;
}

/** In order of `at`, not overlapping. */
export type TextEdits = readonly TextEdit[];

/**
 * The edits that turn `before` into `after`: one per changed line when the
 * changed stretch has as many lines in both (a task fix rewrites lines in
 * place), else one for the whole stretch.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
	const [start, end, afterEnd] = changedStretch(before, after);
	if (start === end && start === afterEnd) return [];
	const oldLines = before.slice(start, end).split("\n");
	const newLines = after.slice(start, afterEnd).split("\n");
	if (oldLines.length !== newLines.length) return [edit(start, before.slice(start, end), after.slice(start, afterEnd))];
	const edits: TextEdit[] = [];
	let at = start;
	for (let i = 0; i < oldLines.length; i++) {
		const was = oldLines[i];
		const now = newLines[i];
		if (was !== now) edits.push(lineEdit(at, was, now));
		at += was.length + 1;
	}
	return edits;
}

/** The new text, from the old one. */
export function applyEdits(before: string, edits: TextEdits): string {
	const pieces: string[] = [];
	let from = 0;
	for (const e of edits) {
		pieces.push(before.slice(from, e.at), e.new);
		from = e.at + e.old.length;
	}
	pieces.push(before.slice(from));
	return pieces.join("");
}

/** The old text, from the new one. */
export function revertEdits(after: string, edits: TextEdits): string {
	const pieces: string[] = [];
	let from = 0;
	let shift = 0;
	for (const e of edits) {
		const at = e.at + shift;
		pieces.push(after.slice(from, at), e.old);
		from = at + e.new.length;
		shift += e.new.length - e.old.length;
	}
	pieces.push(after.slice(from));
	return pieces.join("");
}

/** Whether `text` has each edit's old characters where the edit expects them. */
export function hasOldStretches(text: string, edits: TextEdits): boolean {
	return edits.every((e) => text.startsWith(e.old, e.at));
}

/** The smallest edit within one changed line. */
function lineEdit(at: number, was: string, now: string): TextEdit {
	const [start, end, nowEnd] = changedStretch(was, now);
	return edit(at + start, was.slice(start, end), now.slice(start, nowEnd));
}

/** Where `a` and `b` differ: from the end of their common start to the
 * starts of their common ends (in `a`, in `b`), never between the two
 * halves of an emoji. */
function changedStretch(a: string, b: string): [number, number, number] {
	let start = commonStart(a, b);
	if (start > 0 && isHighSurrogate(a.charCodeAt(start - 1))) start--;
	const same = commonEnd(a, b, Math.min(a.length, b.length) - start);
	let end = a.length - same;
	let bEnd = b.length - same;
	if (end < a.length && isLowSurrogate(a.charCodeAt(end))) {
		end++;
		bEnd++;
	}
	return [start, end, bEnd];
}

// Halving: comparing whole slices is done by the engine many times faster
// than a loop over characters, and notes share long starts and ends.
function commonStart(a: string, b: string): number {
	let lo = 0;
	let hi = Math.min(a.length, b.length);
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Length of the common end of `a` and `b`, at most `max`. */
function commonEnd(a: string, b: string, max: number): number {
	let lo = 0;
	let hi = max;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function edit(at: number, old: string, replacement: string): TextEdit {
	return { at, old: detached(old), new: detached(replacement) };
}

/** The same characters without a tie to the string they were cut from: a
 * JavaScript engine may keep a whole note alive for one slice of it (V8 does
 * for a slice of 13 characters or more, such as "📅 2025-10-03"). The
 * concatenation is flattened into a new string by the slice that follows. */
export function detached(text: string): string {
	return text.length < SHORTEST_SLICE ? text : (" " + text).slice(1);
}

/** V8 copies a slice shorter than this; a longer one points into its parent. */
const SHORTEST_SLICE = 13;
