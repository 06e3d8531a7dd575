// Producing mojibake the way real tools do, independently of the plugin's
// code-page tables: UTF-8 bytes read back through a legacy decoder.

/** WHATWG index-windows-1252 for bytes 0x80–0x9F (the rest equals Latin-1). */
const WINDOWS_1252_80_9F = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

// Node 20.18.3+ decodes "windows-1252" as Latin-1 (nodejs/node#60888); use
// the platform decoder only where it is right.
const platform1252 = new TextDecoder("windows-1252");
const platformIsRight = platform1252.decode(Uint8Array.of(0x80, 0x92)) === "€’";

function windows1252Char(byte: number): string {
	return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80] : byte);
}

export type Garbler = (bytes: Uint8Array) => string;

export const GARBLERS = {
	/** Mac OS Roman, as TextDecoder("macintosh") reads it (0xF0 is U+F8FF). */
	macRoman: (bytes) => new TextDecoder("macintosh").decode(bytes),
	/** Mac Roman with the invisible U+F8FF lost on the way (the seed's case, after copy and paste). */
	macRomanLostLogo: (bytes) => new TextDecoder("macintosh").decode(bytes).split("\uF8FF").join(""),
	/** Windows-1252 as browsers read it: undefined bytes become U+0081… */
	windows1252: (bytes) => (platformIsRight ? platform1252.decode(bytes) : Array.from(bytes, windows1252Char).join("")),
	/** Windows-1252 by a decoder that drops the undefined bytes. */
	windows1252Dropped: (bytes) => Array.from(bytes.filter((byte) => !UNDEFINED_IN_1252.includes(byte)), windows1252Char).join(""),
	/** Windows-1252 by a decoder that writes U+FFFD for the undefined bytes. */
	windows1252Replaced: (bytes) =>
		Array.from(bytes, (byte) => (UNDEFINED_IN_1252.includes(byte) ? "\uFFFD" : windows1252Char(byte))).join(""),
	/** ISO-8859-1: every byte is the code point of the same value. */
	latin1: (bytes) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""),
} satisfies Record<string, Garbler>;

export type GarblerName = keyof typeof GARBLERS;

export function garble(text: string, garbler: GarblerName): string {
	return GARBLERS[garbler](new TextEncoder().encode(text));
}
