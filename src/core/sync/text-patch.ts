// A planned text kept as the stretch it changes in the text it was planned
// from: a task fix changes a few lines of a meeting note, and a run that
// fixes thousands of notes should not hold a second copy of each.

export interface TextPatch {
	/** Where the changed stretch starts and ends in the old text. */
	start: number;
	end: number;
	/** What replaces it. */
	middle: string;
}

export function patchBetween(before: string, after: string): TextPatch {
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = before.length;
	let afterEnd = after.length;
	while (end > start && afterEnd > start && before.charCodeAt(end - 1) === after.charCodeAt(afterEnd - 1)) {
		end--;
		afterEnd--;
	}
	return { start, end, middle: detached(after.slice(start, afterEnd)) };
}

export function applyPatch(before: string, patch: TextPatch): string {
	return before.slice(0, patch.start) + patch.middle + before.slice(patch.end);
}

/** The same characters without a tie to the string they were cut from: a
 * JavaScript engine may keep a whole note alive for one slice of it. The
 * concatenation is flattened into a new string by the slice that follows. */
export function detached(text: string): string {
	return text.length < 16 ? text : (" " + text).slice(1);
}
