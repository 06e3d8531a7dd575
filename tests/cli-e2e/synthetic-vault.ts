// A vault of many meeting notes for the crash tests: each meeting has four
// people of forty, facts that name them, a decision and a garbled task line,
// and some people already have a note the user wrote — so a run creates,
// updates and rewrites files of every kind.
import { DATA_JSON, writeFiles } from "./harness";

const FIRST = ["Ada", "Bram", "Chen", "Dita", "Emeka", "Farah", "Goran", "Hana", "Ivo", "Jun"];
const LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka"];
export const PEOPLE = LAST.flatMap((last) => FIRST.map((first) => `${first} ${last}`));
/** People who already have a hand-written note. */
export const HAND_WRITTEN = PEOPLE.filter((_, index) => index % 4 === 0);

// Mac Roman mojibake of 📅 (with its lost U+F8FF) and ⏫.
const GARBLED_DUE = "\uF8FF\u00fc\u00ec\u00d6";
const GARBLED_HIGH = "\u201a\u00e8\u00b4";

/** A small deterministic generator, so every run builds the same vault. */
function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, "0");
}

function meetingNote(n: number, random: () => number): { path: string; text: string } {
	const people = new Set<string>();
	while (people.size < 4) people.add(PEOPLE[Math.floor(random() * PEOPLE.length)]);
	const [a, b, c, d] = [...people];
	const date = `2025-${pad(1 + (n % 12), 2)}-${pad(1 + (Math.floor(n / 12) % 28), 2)}`;
	const title = `Workstream ${n} review: budget, staffing`;
	const text = [
		"---",
		"source: transcript",
		`title: "${title}"`,
		`date: "${date}"`,
		`participants: ["Jason Vallery", "${a}", "${b}", "${c}", "${d}"]`,
		"---",
		"",
		`# ${title}`,
		"",
		"## Summary",
		"",
		`${a} and ${b} reviewed workstream ${n} with the team. The rest of the hour went to staffing.`,
		"",
		"## Action Items",
		"",
		`- [ ] Send the workstream ${n} budget to finance @${c} ${GARBLED_DUE} ${date} ${GARBLED_HIGH} #task`,
		`- [ ] Draft the staffing plan for workstream ${n} @Myself ${GARBLED_DUE} ${date} #task`,
		"",
		"## Key Information",
		"",
		`- ${a} owns workstream ${n} until the end of the quarter.`,
		`- ${d} said the workstream ${n} budget is ${100 + n} thousand.`,
		"",
		"## Decisions",
		"",
		`- Workstream ${n} goes ahead with option ${1 + (n % 3)}.`,
		"",
	].join("\n");
	return { path: `Meetings/${date} Workstream ${pad(n, 3)}.md`, text };
}

function handWrittenNote(name: string): string {
	return [
		"---",
		"type: people",
		`title: ${name}`,
		"team: platform  # my grouping",
		"---",
		"",
		`# ${name}`,
		"",
		"## Relationship",
		"",
		`I have worked with ${name.split(" ")[0]} for years.`,
		"",
		"## Key Facts",
		"",
		"- Prefers mornings for hard conversations.",
		"",
		"## Recent Context",
		"",
		"## Notes",
		"",
		"Text after the sections the plugin owns.",
		"",
	].join("\n");
}

/** Writes `count` meeting notes, the hand-written person notes and data.json. */
export function writeSyntheticVault(root: string, count: number): void {
	const random = lcg(20251110);
	const files: Record<string, string> = {
		[DATA_JSON]: JSON.stringify({ yourName: "Jason Vallery", meetingFolders: ["Meetings"], peopleFolder: "People" }, null, 2),
	};
	for (let n = 0; n < count; n++) {
		const note = meetingNote(n, random);
		files[note.path] = note.text;
	}
	for (const name of HAND_WRITTEN) files[`People/${name}.md`] = handWrittenNote(name);
	writeFiles(root, files);
}
