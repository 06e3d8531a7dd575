// One synthetic meeting note, laid out exactly like the seed pipeline's
// (tests/fixtures/seed-meeting-note.md): quoted frontmatter with a flow list
// of participants, **Date**/**With** lines, blank-line-spaced sections.
import type { Random } from "./prng";
import { chance, pick, randomInt } from "./prng";
import { DECISION_SENTENCES, FACT_SENTENCES, SUMMARY_SENTENCES, TASK_SENTENCES } from "./vocabulary";

export interface MeetingSpec {
	title: string;
	/** yyyy-MM-dd */
	date: string;
	/** Full names; the owner first when present. */
	participants: string[];
	owner: string | null;
	project: string;
	topics: string[];
	company: string;
	garbledShare: number;
}

const macRoman = new TextDecoder("macintosh");
const utf8 = new TextEncoder();

/** UTF-8 bytes read as Mac Roman: 📅 → "\uF8FFüìÖ", as the seed's pipeline does. */
export function macRomanMojibake(text: string): string {
	return macRoman.decode(utf8.encode(text));
}

const DUE = "📅";
const PRIORITIES = ["⏫", "🔼", ""];

export function meetingNoteText(spec: MeetingSpec, random: Random): string {
	const others = spec.participants.filter((name) => name !== spec.owner);
	const fill = (template: string) => fillTemplate(template, spec, others, random);
	const slug = `${spec.date} - ${others[0]} and team discussed ${spec.topics[0]} for ${spec.project}`;
	const lines: string[] = [
		"---",
		`type: "people"`,
		`title: ${JSON.stringify(spec.title)}`,
		`date: "${spec.date}"`,
		`person: ""`,
		`participants: [${spec.participants.map((name) => JSON.stringify(name)).join(", ")}]`,
		`source: "transcript"`,
		`source_ref: "/Users/jason.vallery/Documents/Notes/Sources/Transcripts/${spec.date.slice(0, 4)}/${slug}.md"`,
		"tags:",
		`  - "type/people"`,
		`  - "person/"`,
		`  - "generated"`,
		"",
		"---",
		"",
		`# ${spec.title}`,
		"",
		`**Date**: ${spec.date}`,
		`**With**: ${spec.participants.join(", ")}`,
		"",
		"## Summary",
		"",
		Array.from({ length: randomInt(random, 3, 5) }, () => fill(pick(random, SUMMARY_SENTENCES))).join(" "),
		"",
		"",
		"## Action Items",
		"",
		"",
	];
	const taskCount = randomInt(random, 3, 5);
	for (let i = 0; i < taskCount; i++) lines.push(taskLine(spec, others, random, fill), "");
	lines.push("", "", "", "## Decisions", "", "");
	const decisionCount = randomInt(random, 2, 3);
	for (let i = 0; i < decisionCount; i++) lines.push(`- ${fill(pick(random, DECISION_SENTENCES))}`, "");
	lines.push("", "", "", "## Key Information", "", "");
	const factCount = randomInt(random, 6, 12);
	for (let i = 0; i < factCount; i++) lines.push(`- ${factLine(spec, others, random, fill)}`, "");
	lines.push("", "", "---", "", `*Source: [[${slug}]]*`);
	return lines.join("\n");
}

function taskLine(spec: MeetingSpec, others: string[], random: Random, fill: (t: string) => string): string {
	const owner = spec.owner !== null && chance(random, 0.4) ? "Myself" : pick(random, others);
	const status = chance(random, 0.7) ? "?" : " ";
	const due = addDays(spec.date, randomInt(random, 3, 14));
	const priority = pick(random, PRIORITIES);
	const tags = status === "?" ? "#task #proposed #auto" : "#task #auto";
	const garble = chance(random, spec.garbledShare) ? macRomanMojibake : (text: string) => text;
	const fields = `${garble(DUE)} ${due}${priority === "" ? "" : ` ${garble(priority)}`}`;
	return `- [${status}] ${fill(pick(random, TASK_SENTENCES))}. @${owner} ${fields} ${tags}`;
}

/** A Key Information item about one participant (by full or first name),
 * about the owner when present now and then, as the seed's are. */
function factLine(spec: MeetingSpec, others: string[], random: Random, fill: (t: string) => string): string {
	const aboutOwner = spec.owner !== null && chance(random, 0.25);
	const subject = aboutOwner ? (spec.owner as string) : pick(random, others);
	const name = !aboutOwner && chance(random, 0.5) ? subject.split(" ")[0] : subject;
	return fill(pick(random, FACT_SENTENCES).replaceAll("{P}", name));
}

function fillTemplate(template: string, spec: MeetingSpec, others: string[], random: Random): string {
	return template
		.replaceAll("{A}", pick(random, spec.participants))
		.replaceAll("{B}", pick(random, others))
		.replaceAll("{Q}", pick(random, others))
		.replaceAll("{project}", spec.project)
		.replaceAll("{topic}", pick(random, spec.topics))
		.replaceAll("{company}", spec.company);
}

function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
