// The two single-byte code pages that UTF-8 text is most often mis-decoded
// with, as the characters of bytes 0x80–0xFF. Pasted from a throwaway script
// (Node's TextDecoder("macintosh"); Python's cp1252 codec, because Node 20's
// TextDecoder("windows-1252") decodes 0x80–0x9F as Latin-1), so the plugin
// does not depend on TextDecoder support for legacy encodings.

/** Mac OS Roman, bytes 0x80–0xFF (0xF0 is the Apple logo, U+F8FF). */
export const MAC_ROMAN_HIGH =
	"ÄÅÇÉÑÖÜáàâäãåçéè" + // 0x80
	"êëíìîïñóòôöõúùûü" + // 0x90
	"†°¢£§•¶ß®©™´¨≠ÆØ" + // 0xA0
	"∞±≤≥¥µ∂∑∏π∫ªºΩæø" + // 0xB0
	"¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ" + // 0xC0
	"–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" + // 0xD0
	"‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ" + // 0xE0
	"\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ"; // 0xF0

/**
 * Windows-1252, bytes 0x80–0xFF. The five bytes Windows leaves undefined
 * (0x81 0x8D 0x8F 0x90 0x9D) are the C1 controls of the same value, as the
 * WHATWG Encoding Standard (and so every browser) decodes them.
 */
export const WINDOWS_1252_HIGH =
	"€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F" + // 0x80
	"\u0090‘’“”•–—˜™š›œ\u009DžŸ" + // 0x90
	"\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯" + // 0xA0
	"°±²³´µ¶·¸¹º»¼½¾¿" + // 0xB0
	"ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ" + // 0xC0
	"ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß" + // 0xD0
	"àáâãäåæçèéêëìíîï" + // 0xE0
	"ðñòóôõö÷øùúûüýþÿ"; // 0xF0

/** Bytes undefined in Windows-1252: strict decoders drop them or write U+FFFD. */
export const WINDOWS_1252_UNDEFINED: readonly number[] = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** What `byteOf` returns for U+FFFD: "one of the undefined bytes, unknown which". */
export const UNKNOWN_BYTE = -1;

export type CodePageName = "mac-roman" | "windows-1252";

export interface CodePage {
	name: CodePageName;
	/** The byte a character was decoded from, UNKNOWN_BYTE, or undefined when it is not in this code page. */
	byteOf(charCode: number): number | undefined;
}

function buildCodePage(name: CodePageName, high: string, extra: [number, number][]): CodePage {
	const bytes = new Map<number, number>();
	for (let i = 0; i < high.length; i++) bytes.set(high.charCodeAt(i), 0x80 + i);
	for (const [charCode, byte] of extra) if (!bytes.has(charCode)) bytes.set(charCode, byte);
	return {
		name,
		byteOf: (charCode) => (charCode < 0x80 ? charCode : bytes.get(charCode)),
	};
}

const latin1Controls: [number, number][] = [];
for (let code = 0x80; code <= 0x9f; code++) latin1Controls.push([code, code]);

/**
 * Windows-1252 read leniently: also Latin-1 (C1 controls for 0x80–0x9F, as
 * ISO-8859-1 decoders write them) and U+FFFD for an undefined byte.
 */
export const WINDOWS_1252: CodePage = buildCodePage("windows-1252", WINDOWS_1252_HIGH, [
	...latin1Controls,
	[0xfffd, UNKNOWN_BYTE],
]);

/** Mac Roman with the older mappings of 0xDB (¤ before the euro) and 0xBD (Ω as the ohm sign). */
export const MAC_ROMAN: CodePage = buildCodePage("mac-roman", MAC_ROMAN_HIGH, [
	[0x00a4, 0xdb],
	[0x2126, 0xbd],
]);

export const CODE_PAGES: readonly CodePage[] = [WINDOWS_1252, MAC_ROMAN];
