// Mojibake repair: undo UTF-8 text that was decoded as Mac Roman or as
// Windows-1252/Latin-1 (`üìÖ` → 📅, `‚è´` → ⏫, `â€™` → ’), and never
// touch real text (`Müller`, `‚quoted‘`, `1½ cups`).
//
// How: every character of a code page stands for one byte, so a stretch of
// such characters can be turned back into bytes. Where those bytes form one
// valid UTF-8 sequence (strictly: no overlong form, surrogate or C1 control),
// the stretch is a candidate (mojibake-candidates.ts). Only the garbled
// characters are re-decoded, never the ASCII or real letters around them.
//
// Scoring — when a candidate is "clearly better" than what is written: the
// repair always shortens the text (2–4 characters become one), gives no C1
// control, private-use, combining or IPA character, and gives a character of
// a kind that correctly decoded text would plausibly hold at that place.
// Emoji and symbols (U+2000–2BFF, CJK punctuation, variation selectors) are
// repaired wherever they appear: their mojibake is three or four
// Latin-1/Mac-Roman-looking characters in an order no language writes
// (`â€™`, `‚úÖ`, `ðŸ“…`). An emoji whose invisible U+F8FF lead was lost
// (`üìÖ`) is repaired unless a letter touches it, because `üçü` is Turkish.
// A Latin letter (`Ã©`, `√©` → é) must touch a letter or another repair, as
// letters inside words do (`cafÃ©`), unless it is a one-letter word (à, È,
// ö…), so math such as `√π` stays; a capital that ends a word before
// punctuation (`PÅ…`, `IRMÃ“`) stays; Mac Roman leads that real text puts
// before letters (« … ’ “) never give a Latin letter. A letter of another
// script (Cyrillic `Ð¿`) needs a second one beside it or elsewhere in the
// text, so a stray pair (`’é` read as Mac Roman is Armenian, `ß“` is N'Ko)
// stays; a lone CJK or Hangul character is also repaired unless its source
// reads as a quoted word (`é…”` of `été…”`, `„üç` of `„üçüncü“`). Each code
// page is scored on its own and each run of non-ASCII characters takes the
// page that explains more of it. Repair runs until nothing changes, so
// repairMojibake(repairMojibake(x)) === repairMojibake(x).
import { isCasedLetter, isUpperLetter, scriptOf } from "./char-classes";
import { CODE_PAGES, type CodePage } from "./code-pages";
import { type Candidate, candidateAt, COMMON_PUNCTUATION } from "./mojibake-candidates";
import { mayHoldMojibake, nonAsciiPositions } from "./mojibake-suspects";

const MAX_PASSES = 4;
const QUOTE_PUNCTUATION = COMMON_PUNCTUATION + "\u00a0";

/** The text with mojibake undone; real text, and text without suspicious pairs, comes back as it was. */
export function repairMojibake(text: string): string {
	if (!mayHoldMojibake(text)) return text;
	let current = text;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const next = repairOnce(current);
		if (next === current) break;
		current = next;
	}
	return current;
}

/**
 * One round of repairs. Each code page is tried on its own; then each run of
 * non-ASCII characters takes the repairs of the page that explains more of
 * it, so a stray pair that happens to be valid in the other page cannot cut
 * a sequence in two.
 */
function repairOnce(text: string): string {
	const nonAscii = nonAsciiPositions(text);
	const perPage = CODE_PAGES.map((page) => acceptedRepairs(text, nonAscii, page));
	// Most often, after a first pass: nothing left to repair.
	if (perPage.every((repairs) => repairs.length === 0)) return text;
	const next = perPage.map(() => 0); // per page, the first repair not yet looked at (repairs are in order)
	const chosen: Candidate[] = [];
	for (let i = 0; i < nonAscii.length; ) {
		// One run of adjacent non-ASCII characters.
		const start = nonAscii[i];
		let end = start;
		while (i < nonAscii.length && nonAscii[i] === end) {
			end++;
			i++;
		}
		let best: Candidate[] = [];
		let bestCovered = 0;
		perPage.forEach((repairs, page) => {
			const inside: Candidate[] = [];
			let covered = 0;
			for (; next[page] < repairs.length && repairs[next[page]].end <= end; next[page]++) {
				inside.push(repairs[next[page]]);
				covered += repairs[next[page]].end - repairs[next[page]].start;
			}
			if (covered > bestCovered) {
				best = inside;
				bestCovered = covered;
			}
		});
		chosen.push(...best);
	}
	return apply(text, chosen);
}

/** The repairs one code page makes: tile, decide, drop the rejected and try again without them. */
function acceptedRepairs(text: string, nonAscii: readonly number[], page: CodePage): Candidate[] {
	let pool = gatherCandidates(text, nonAscii, page);
	for (;;) {
		if (pool.length === 0) return pool;
		const tiling = tile(pool);
		const accepted = decide(text, nonAscii, tiling);
		if (accepted.size === tiling.length) return tiling;
		const rejected = new Set(tiling.filter((candidate) => !accepted.has(candidate)));
		pool = pool.filter((candidate) => !rejected.has(candidate));
	}
}

/** Candidates start at non-ASCII characters only: an ASCII character is its own byte. */
function gatherCandidates(text: string, nonAscii: readonly number[], page: CodePage): Candidate[] {
	const found: Candidate[] = [];
	for (const i of nonAscii) {
		const candidate = candidateAt(text, i, page);
		if (candidate) found.push(candidate);
	}
	return found;
}

/** Non-overlapping candidates, left to right; at one start the longer one wins, then an unconditional one. */
function tile(pool: Candidate[]): Candidate[] {
	const chosen: Candidate[] = [];
	let from = 0;
	const byStart = [...pool].sort((a, b) => a.start - b.start || rank(b) - rank(a));
	for (const candidate of byStart) {
		if (candidate.start < from) continue;
		chosen.push(candidate);
		from = candidate.end;
	}
	return chosen;
}

function rank(candidate: Candidate): number {
	return (candidate.end - candidate.start) * 2 + (candidate.rule === "always" ? 1 : 0);
}

/**
 * Which candidates of a tiling are repaired: the unconditional ones, then
 * whatever their context allows, sweeping forwards and backwards until
 * acceptance stops spreading.
 */
function decide(text: string, nonAscii: readonly number[], tiling: Candidate[]): Set<Candidate> {
	const context = new Context(text, nonAscii, tiling);
	for (const candidate of tiling) if (candidate.rule === "always") context.accept(candidate);
	const backwards = [...tiling].reverse();
	for (let changed = true; changed; ) {
		changed = false;
		for (const order of [tiling, backwards]) {
			for (const candidate of order) {
				if (context.accepted.has(candidate) || !context.allows(candidate)) continue;
				context.accept(candidate);
				changed = true;
			}
		}
	}
	return context.accepted;
}

class Context {
	readonly accepted = new Set<Candidate>();
	private readonly owner = new Map<number, Candidate>();
	/** Scripts written outside any candidate, or by an accepted repair. */
	private readonly scriptsPresent = new Set<string>();

	constructor(
		private readonly text: string,
		nonAscii: readonly number[],
		tiling: Candidate[],
	) {
		for (const candidate of tiling) for (let i = candidate.start; i < candidate.end; i++) this.owner.set(i, candidate);
		// ASCII belongs to no script; the low half of a surrogate pair is skipped.
		let skip = -1;
		for (const i of nonAscii) {
			if (i === skip) continue;
			const codePoint = text.codePointAt(i) ?? 0;
			const name = this.owner.has(i) ? undefined : scriptOf(codePoint);
			if (name) this.scriptsPresent.add(name);
			if (codePoint > 0xffff) skip = i + 1;
		}
	}

	accept(candidate: Candidate): void {
		this.accepted.add(candidate);
		if (candidate.charClass.script) this.scriptsPresent.add(candidate.charClass.script);
	}

	allows(candidate: Candidate): boolean {
		const before = this.charBefore(candidate.start);
		const after = this.charAfter(candidate.end);
		const besideLetter =
			candidate.standalone === true || isCasedLetter(before.char) || isCasedLetter(after.char) || before.repaired || after.repaired;
		switch (candidate.rule) {
			case "always":
				return true;
			case "lost-lead":
				return (this.emojiAt(candidate.start - 1) || !isCasedLetter(before.char)) && (this.emojiAt(candidate.end) || !isCasedLetter(after.char));
			case "beside-letter":
				return besideLetter;
			case "caps-guard":
				return besideLetter && !this.capitalEndsWord(before.char, after.char);
			case "script":
				return this.scriptVouched(candidate);
			case "ideograph":
				return this.scriptVouched(candidate) || !this.looksLikeQuotedWord(candidate);
		}
	}

	/** `PÅ…`: the candidate (a capital and punctuation) ends a word written in capitals. */
	private capitalEndsWord(before: string | undefined, after: string | undefined): boolean {
		return isUpperLetter(before) && !isCasedLetter(after);
	}

	/**
	 * Real text that happens to be valid UTF-8 in a code page: a letter and two
	 * closing marks (`é…”` in `été…”`), or an opening mark and two letters
	 * (Mac Roman `„üç` in `„üçüncü“`).
	 */
	private looksLikeQuotedWord(candidate: Candidate): boolean {
		const [first, second, third] = Array.from(this.text.slice(candidate.start, candidate.end));
		if (QUOTE_PUNCTUATION.includes(second) && QUOTE_PUNCTUATION.includes(third)) return true;
		return !isCasedLetter(first) && isCasedLetter(second) && isCasedLetter(third);
	}

	/** Whether a position lies in a candidate that gives an emoji (so `üëçüèΩ` are two emoji, not a word). */
	private emojiAt(position: number): boolean {
		return this.owner.get(position)?.charClass.kind === "emoji";
	}

	/** A letter of the same script beside it (a word), or anywhere in the text already. */
	private scriptVouched(candidate: Candidate): boolean {
		const name = candidate.charClass.script;
		if (name === undefined) return false;
		if (this.scriptsPresent.has(name)) return true;
		const before = this.owner.get(candidate.start - 1);
		const after = this.owner.get(candidate.end);
		return before?.charClass.script === name || after?.charClass.script === name;
	}

	/** The character before a position as it reads after repairs accepted so far. */
	private charBefore(position: number): { char: string | undefined; repaired: boolean } {
		if (position === 0) return { char: undefined, repaired: false };
		const owner = this.owner.get(position - 1);
		if (owner && this.accepted.has(owner)) return { char: lastChar(owner.text), repaired: true };
		return { char: lastChar(this.text.slice(Math.max(0, position - 2), position)), repaired: false };
	}

	private charAfter(position: number): { char: string | undefined; repaired: boolean } {
		if (position >= this.text.length) return { char: undefined, repaired: false };
		const owner = this.owner.get(position);
		if (owner && this.accepted.has(owner)) return { char: String.fromCodePoint(owner.text.codePointAt(0) ?? 0), repaired: true };
		return { char: String.fromCodePoint(this.text.codePointAt(position) ?? 0), repaired: false };
	}
}

function lastChar(text: string): string | undefined {
	const chars = Array.from(text);
	return chars[chars.length - 1];
}

function apply(text: string, repairs: Candidate[]): string {
	let out = "";
	let from = 0;
	for (const repair of repairs) {
		out += text.slice(from, repair.start) + repair.text;
		from = repair.end;
	}
	return out + text.slice(from);
}
