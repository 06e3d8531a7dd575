// Small makers of the corpus's notes: a good meeting note, a note around a
// frontmatter block, a YAML bomb, reproducible junk bytes, Latin-1 text.

/** A well-formed meeting note with one person besides the owner (or the
 * base vault's Alice Smith and Bob Jones), a task line with the pipeline's
 * garbled emoji (so the run rewrites it), a decision and two facts. */
export function goodMeeting(person?: string, title = "Budget review"): string {
	const people = person === undefined ? ["Jason Vallery", "Alice Smith", "Bob Jones"] : ["Jason Vallery", person];
	const named = person ?? "Alice Smith";
	return [
		"---",
		"type: meeting",
		`date: ${person === undefined ? "2025-10-01" : "2025-10-03"}`,
		`title: "${title}"`,
		`participants: [${people.map((p) => JSON.stringify(p)).join(", ")}]`,
		"source: transcript",
		"---",
		"",
		`# ${title}`,
		"",
		"## Summary",
		"",
		`We went through ${title}. ${named} presented the numbers.`,
		"",
		"## Action Items",
		"",
		`- [ ] Send the numbers to ${named}. @Myself üìÖ 2025-10-06 ‚è´ #task`,
		"",
		"## Decisions",
		"",
		"- Keep the Q4 budget flat.",
		"",
		"## Key Information",
		"",
		`- ${named} owns the Q4 budget.`,
		...(person === undefined ? ["- Bob Jones joined the team in May."] : []),
		"",
	].join("\n");
}

/** A note with this frontmatter and a short body. */
export function meetingNote(frontmatter: string): string {
	return `---\n${frontmatter}\n---\n\n# A meeting\n\n## Key Information\n\n- Carol White said hello.\n`;
}

/** Billion laughs: nine levels of nine aliases each; the participants list
 * would be 9^9 entries if anything expanded it. */
export function yamlBomb(): string {
	const names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
	const lines = ["type: meeting", "date: 2025-10-02", `a: &a [${Array(9).fill("\"lol\"").join(",")}]`];
	for (let k = 1; k < names.length; k++) lines.push(`${names[k]}: &${names[k]} [${Array(9).fill(`*${names[k - 1]}`).join(",")}]`);
	lines.push("participants: *i");
	return lines.join("\n");
}

/** Reproducible bytes 0–255 (a linear congruential generator), never
 * starting with "---" so the note has no frontmatter. */
export function pseudoRandomBytes(length: number, seed: number): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed >>> 0;
	for (let i = 0; i < length; i++) {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		bytes[i] = state >>> 24;
	}
	if (bytes[0] === 0x2d) bytes[0] = 0;
	return bytes;
}

/** Text in ISO-8859-1: é, è, ü as single bytes, not valid UTF-8. */
export function latin1(text: string): Uint8Array {
	const bytes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		bytes[i] = code < 256 ? code : 0x3f;
	}
	return bytes;
}
