// A fast, stable content hash for the ledger (cyrb53: 53 bits, pure JS, no
// crypto API needed on mobile). It only has to tell "changed since" apart,
// not resist an attacker.
export function contentHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	// Joined, not concatenated (see packParts): the ledger keeps every hash.
	return [value.toString(36), text.length.toString(36)].join(":");
}
