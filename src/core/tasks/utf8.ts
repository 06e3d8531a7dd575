// Strict UTF-8 decoding of one multi-byte sequence, written out so the
// mojibake repair can try candidate byte sequences without TextDecoder.

/** How many bytes a sequence starting with this byte has: 2–4, or 0 when it is no lead byte. */
export function sequenceLength(lead: number): number {
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

export function isContinuation(byte: number): boolean {
	return byte >= 0x80 && byte <= 0xbf;
}

/**
 * The code point of a complete multi-byte sequence, or null when it is not
 * valid UTF-8 (wrong length, overlong, a surrogate, above U+10FFFF).
 */
export function decodeSequence(bytes: readonly number[]): number | null {
	const length = sequenceLength(bytes[0]);
	if (length === 0 || bytes.length !== length) return null;
	for (let i = 1; i < length; i++) if (!isContinuation(bytes[i])) return null;
	const second = bytes[1];
	// The second byte's range rules out overlong forms, surrogates and > U+10FFFF.
	if (bytes[0] === 0xe0 && second < 0xa0) return null;
	if (bytes[0] === 0xed && second > 0x9f) return null;
	if (bytes[0] === 0xf0 && second < 0x90) return null;
	if (bytes[0] === 0xf4 && second > 0x8f) return null;
	let codePoint = bytes[0] & (0xff >> (length + 1));
	for (let i = 1; i < length; i++) codePoint = (codePoint << 6) | (bytes[i] & 0x3f);
	return codePoint;
}
