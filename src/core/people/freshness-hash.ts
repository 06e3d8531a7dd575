// The short hash the ledger keeps for each line it wrote (SPEC section 2,
// "Fresh"): enough to tell later whether a line is still there verbatim,
// at a few bytes a line instead of the line. cyrb53 (as content-hash.ts),
// cut to 41 bits: 8 base-36 characters. Two different lines share a hash
// with odds of one in 2 trillion, and only a line of the same meeting and
// section could be mistaken for one.

const WIDTH = 8;
/** 2^32: the low word of the 41 bits. */
const LOW = 4294967296;

// The running state of one hash (hashes are computed one at a time).
let h1 = 0;
let h2 = 0;

function begin(): void {
	h1 = 0xdeadbeef;
	h2 = 0x41c6ce57;
}

function feed(text: string, from = 0, to = text.length): void {
	let a = h1;
	let b = h2;
	for (let i = from; i < to; i++) {
		const ch = text.charCodeAt(i);
		a = Math.imul(a ^ ch, 2654435761);
		b = Math.imul(b ^ ch, 1597334677);
	}
	h1 = a;
	h2 = b;
}

/** Where a hole was: marked, so a text without one never hashes the same. */
function mark(): void {
	h1 = Math.imul(h1, 2654435761);
	h2 = Math.imul(h2, 1597334677);
}

function finish(): string {
	let a = h1;
	let b = h2;
	a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
	b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
	const value = (b & 0x1ff) * LOW + (a >>> 0);
	return value.toString(36).padStart(WIDTH, "0");
}

/** Hash of `text`; with a hole, of `text` without the characters from
 * `holeFrom` to `holeTo`, marked so a text without a hole never hashes the same. */
export function lineHash(text: string, holeFrom = -1, holeTo = -1): string {
	begin();
	if (holeFrom < 0) {
		feed(text);
	} else {
		feed(text, 0, holeFrom);
		mark();
		feed(text, holeTo);
	}
	return finish();
}

/** lineHash of the text `before.join("") + hole + after.join("")` with the
 * hole left out, without building that text. */
export function hashAround(before: readonly string[], after: readonly string[]): string {
	begin();
	for (const piece of before) feed(piece);
	mark();
	for (const piece of after) feed(piece);
	return finish();
}

/** A hash part way through a text, to be finished with different endings. */
export interface HashState {
	h1: number;
	h2: number;
}

/** The state of hashAround(before, after) before it finishes. */
export function hashStateAround(before: readonly string[], after: readonly string[]): HashState {
	begin();
	for (const piece of before) feed(piece);
	mark();
	for (const piece of after) feed(piece);
	return { h1, h2 };
}

/** The hash of the text hashed into `state` followed by `more`. */
export function finishHash(state: HashState, more: readonly string[]): string {
	h1 = state.h1;
	h2 = state.h2;
	for (const piece of more) feed(piece);
	return finish();
}

const HASH = /^[0-9a-z]{8}$/;

/** Whether a value read from the ledger is a line hash (a ledger of an
 * earlier format kept whole lines). */
export function isLineHash(value: unknown): value is string {
	return typeof value === "string" && HASH.test(value);
}
