// What kind of character a repaired code point is, by Unicode block, and
// small letter tests. Written as ranges and case mapping rather than `\p{…}`
// regexes: `u`-flag regexes misbehave on emoji on some iOS versions.

export type CharKind = "emoji" | "symbol" | "latin" | "script";

export interface CharClass {
	kind: CharKind;
	/** For kind "script": which writing system, so a word's letters can vouch for each other. */
	script?: string;
}

type Range = [from: number, to: number, result: CharClass];

const EMOJI: CharClass = { kind: "emoji" };
const SYMBOL: CharClass = { kind: "symbol" };
const LATIN: CharClass = { kind: "latin" };
const script = (name: string): CharClass => ({ kind: "script", script: name });
const CJK = script("cjk");
const HANGUL = script("hangul");
const GREEK = script("greek");

// Code points a repair may produce. Anything else — C1 controls, IPA and
// combining marks, private use, presentation forms, noncharacters — is never
// the result of a repair: such a result means the input was real text.
const RANGES: Range[] = [
	[0x00a0, 0x024f, LATIN],
	[0x0259, 0x0259, LATIN], // ə, an Azerbaijani letter in the IPA block
	[0x0370, 0x03ff, GREEK],
	[0x0400, 0x052f, script("cyrillic")],
	[0x0530, 0x058f, script("armenian")],
	[0x0590, 0x05ff, script("hebrew")],
	[0x0600, 0x06ff, script("arabic")],
	[0x0700, 0x074f, script("syriac")],
	[0x0750, 0x077f, script("arabic")],
	[0x0780, 0x07bf, script("thaana")],
	[0x07c0, 0x07ff, script("nko")],
	[0x0800, 0x1cff, { kind: "script" }], // script named by its 128-code-point block below
	[0x1e00, 0x1eff, LATIN],
	[0x1f00, 0x1fff, GREEK],
	[0x2000, 0x2bff, SYMBOL],
	[0x2e00, 0x2e7f, SYMBOL],
	[0x2e80, 0x2fdf, CJK],
	[0x3000, 0x303f, SYMBOL],
	[0x3040, 0x312f, CJK],
	[0x3130, 0x318f, HANGUL],
	[0x3190, 0x4dbf, CJK],
	[0x4e00, 0x9fff, CJK],
	[0xa000, 0xa4cf, script("yi")],
	[0xac00, 0xd7af, HANGUL],
	[0xf900, 0xfaff, CJK],
	[0xfe00, 0xfe0f, SYMBOL],
	[0xfe30, 0xfe4f, CJK],
	[0xff00, 0xffef, CJK],
	[0xfffd, 0xfffd, SYMBOL],
	[0x10000, 0x3ffff, EMOJI],
	[0xe0000, 0xe01ef, EMOJI],
];

/** The class of a code point, or null when no repair may produce it. */
export function classify(codePoint: number): CharClass | null {
	for (const [from, to, result] of RANGES) {
		if (codePoint < from) return null;
		if (codePoint <= to) {
			if (result.kind === "script" && result.script === undefined) return script(`block-${codePoint >> 7}`);
			return result;
		}
	}
	return null;
}

/** The writing system of a code point when it is a letter of a script other than Latin. */
export function scriptOf(codePoint: number): string | undefined {
	if (codePoint < 0x0370) return undefined;
	const found = classify(codePoint);
	return found?.kind === "script" ? found.script : undefined;
}

/** A letter that has case: Latin, Greek, Cyrillic, Armenian… (enough to see words). */
export function isCasedLetter(char: string | undefined): boolean {
	return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

export function isUpperLetter(char: string | undefined): boolean {
	return char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();
}
