// Where a new item joins a user-ordered list so that adding items in any
// order gives the same list. The items the user wrote keep their order; a new
// item joins the list's sorted tail (the longest run at the end already in
// order) at its sorted place — usually the end. Inserting into that tail never
// moves its start (the item before it sorts after everything that can enter
// it), which is what makes any order of additions end the same.
import { cleanText } from "../people/entries-text";

/** Index at which `value` enters `list` (0..list.length). */
export function sortedTailIndex(list: readonly string[], value: string, key: (item: string) => string = foldCase): number {
	const keys = list.map(key);
	let tail = keys.length - 1;
	while (tail > 0 && keys[tail - 1] <= keys[tail]) tail--;
	tail = Math.max(tail, 0);
	const own = key(value);
	for (let i = tail; i < keys.length; i++) {
		if (keys[i] > own) return i;
	}
	return keys.length;
}

/** Case- and normalization-insensitive comparison key. */
export function foldCase(text: string): string {
	return cleanText(text).toLowerCase();
}
