// The first sentence of a meeting summary, for a person note's Recent
// Context line: short enough to scan, never cut inside a word, and not
// fooled by "Dr.", "e.g." or "v2.1".

/** Words that end with a period without ending the sentence. Lower case,
 * inner periods kept ("e.g"). */
const ABBREVIATIONS = new Set([
	"dr", "mr", "mrs", "ms", "mx", "prof", "sr", "jr", "st", "mt", "vs", "v", "inc", "ltd", "co", "corp", "llc",
	"e.g", "i.e", "cf", "al", "approx", "dept", "est", "fig", "a.m", "p.m",
]);

const MAX_LENGTH = 200;
const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»", "*", "_"]);
const OPENING_QUOTES = new Set(['"', "'", "“", "‘", "«"]);
const UPPER = /\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;

/** The summary's first sentence, at most 200 characters (cut at the last
 * word boundary that fits, with "…"). */
export function firstSentence(summary: string): string {
	const text = summary.replace(/\s+/g, " ").trim();
	return clip(text.slice(0, sentenceEnd(text)).trim(), MAX_LENGTH);
}

function sentenceEnd(text: string): number {
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === "?" || char === "!") {
			let j = i + 1;
			while (j < text.length && "?!.…".includes(text[j])) j++;
			j = skipClosers(text, j);
			if (j >= text.length || text[j] === " ") return j;
		} else if (char === "." || char === "…") {
			let j = i + 1;
			while (j < text.length && ".…".includes(text[j])) j++;
			j = skipClosers(text, j);
			if (j >= text.length) return j;
			if (text[j] !== " ") continue;
			const next = text[j + 1] ?? "";
			if (!UPPER.test(next) && !OPENING_QUOTES.has(next)) continue;
			if (char === "." && j === i + 1 && isAbbreviation(text, i)) continue;
			return j;
		}
	}
	return text.length;
}

function skipClosers(text: string, from: number): number {
	let j = from;
	while (j < text.length && CLOSERS.has(text[j])) j++;
	return j;
}

/** Whether the word before the period at `dot` is an abbreviation or an
 * initial ("J." in "J. Smith", "U.S."). */
function isAbbreviation(text: string, dot: number): boolean {
	let start = dot;
	while (start > 0 && (LETTER.test(text[start - 1]) || (text[start - 1] === "." && LETTER.test(text[start - 2] ?? "")))) start--;
	const word = text.slice(start, dot);
	if (word === "") return false;
	if (ABBREVIATIONS.has(word.toLowerCase())) return true;
	// Initials and acronyms: every part between periods is one letter.
	return word.split(".").every((part) => Array.from(part).filter((c) => /\p{L}/u.test(c)).length === 1);
}

function clip(sentence: string, max: number): string {
	const chars = Array.from(sentence);
	if (chars.length <= max) return sentence;
	const room = chars.slice(0, max - 1);
	let cut = room.length;
	if (chars[max - 1] !== " ") {
		const lastSpace = room.lastIndexOf(" ");
		if (lastSpace > 0) cut = lastSpace;
	}
	const head = room.slice(0, cut).join("").replace(/[\s,;:(\-–—]+$/u, "");
	return `${head}…`;
}
