import { describe, expect, it } from "vitest";
import { contributionsOf } from "../../../src/core/people/contribution";
import type { Contribution } from "../../../src/core/people/contribution";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput, MergeResult } from "../../../src/core/people/merge";
import { entryIdentity } from "../../../src/core/people/entries";
import { OWNER, SEED_LINK, SEED_PATH, SEED_PERSON_TEXT, seedMeeting } from "./merge-seed";

const seedContributions = contributionsOf(seedMeeting(), { linkTarget: SEED_LINK, ownerNames: [OWNER, "Myself", "Me"], factAttribution: "named" });
const seedFor = (name: string): Contribution => {
	const contribution = seedContributions.get(name);
	if (!contribution) throw new Error(name);
	return contribution;
};

function ok(result: MergeResult): { text: string; written: Record<string, unknown> } {
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}

const merge = (text: string, basename: string, meetings: MeetingInput[]): string => ok(mergePersonNote(text, basename, meetings)).text;
const input = (contribution: Contribution): MeetingInput => ({ meetingPath: contribution.meetingPath, contribution });

export function contribution(extra: Partial<Contribution> = {}): Contribution {
	return {
		meetingPath: "Meetings/2025-10-01 Sync.md", linkTarget: "2025-10-01 Sync", date: "2025-10-01", title: "Sync", attended: true, via: [],
		summarySentence: "We met.", facts: [], decisions: [], topics: [], contact: {}, namesSeen: [], ...extra,
	};
}

/** A note laid out like the built-in template. */
export const BLANK_NOTE = [
	"---",
	"type: people",
	"title: Jai Menon",
	"created: '2026-01-03'",
	"auto_created: true",
	"tags: [type/people, needs-review]",
	"---",
	"",
	"# Jai Menon",
	"",
	"## Contact Information",
	"",
	"| Field | Value |",
	"|-------|-------|",
	"| **Role** | _Unknown_ |",
	"| **Company** | _Unknown_ |",
	"| **Department** | _Unknown_ |",
	"| **Email** | _Unknown_ |",
	"| **Phone** | _Unknown_ |",
	"| **LinkedIn** | _Unknown_ |",
	"| **Location** | _Unknown_ |",
	"",
	"## Relationship",
	"",
	"_How do you work with this person?_",
	"",
	"## Key Facts",
	"",
	"## Topics Discussed",
	"",
	"## Recent Context",
	"",
	"## Profile",
	"",
	"## Key Decisions",
	"",
	"## Related",
	"",
].join("\n");

describe("mergePersonNote on the seed person note", () => {
	const petesLine = "- Jason Vallery previously received an Amazon offer for a Product Manager role on S3, which he used to secure a matched package at Microsoft; during that process he met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])";
	const recentLine = `- 2025-09-30: [[2025-09-30 1-1 with Jai Menon|1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk]] - Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership. (via Jai Menon)`;

	it("adds Pete's one fact and the meeting's line, and nothing else (golden)", () => {
		const lastUserFact = "build vs buy/partner remains open.\n";
		const oldRecent = "(via Jai Menon)\n";
		const expected = SEED_PERSON_TEXT.replace(lastUserFact, `${lastUserFact}${petesLine}\n`).replace(oldRecent, `${oldRecent}${recentLine}\n`);
		const result = ok(mergePersonNote(SEED_PERSON_TEXT, "Pete Emig", [input(seedFor("Pete Emig"))]));
		expect(result.text).toBe(expected);
		expect(result.written).toEqual({ [SEED_PATH]: `${entryIdentity("recentContext", recentLine).hash}|${entryIdentity("keyFacts", petesLine).hash}` });
	});

	it("is idempotent on the seed", () => {
		const once = merge(SEED_PERSON_TEXT, "Pete Emig", [input(seedFor("Pete Emig"))]);
		expect(merge(once, "Pete Emig", [input(seedFor("Pete Emig"))])).toBe(once);
	});

	it("a mentioned person gets no last_contact, topics or decisions", () => {
		const text = SEED_PERSON_TEXT.replace("last_contact: '2025-09-30'", "last_contact: '2025-01-01'");
		const merged = merge(text, "Pete Emig", [input(seedFor("Pete Emig"))]);
		expect(merged).toContain("last_contact: '2025-01-01'");
		const topicsLine = (text: string): string => text.split("## Topics Discussed\n\n")[1].split("\n")[0];
		expect(topicsLine(merged)).toBe(topicsLine(SEED_PERSON_TEXT));
		expect(merged.match(/✅/g)).toHaveLength(3);
	});
});

describe("mergePersonNote on a blank note", () => {
	it("fills every owned part for an attendee (golden)", () => {
		const jai = { ...seedFor("Jai Menon"), contact: { email: "jai@example.com", role: "Partner | Architect" }, namesSeen: ["Jai Menon", "Jai M."] };
		const expected = BLANK_NOTE
			.replace("created: '2026-01-03'\n", "created: '2026-01-03'\nlast_contact: '2025-09-30'\n")
			.replace("tags: [type/people, needs-review]\n", "tags: [type/people, needs-review]\naliases:\n  - Jai M.\n")
			.replace("| **Role** | _Unknown_ |", "| **Role** | Partner \\| Architect |")
			.replace("| **Email** | _Unknown_ |", "| **Email** | jai@example.com |")
			.replace("## Key Facts\n\n", `## Key Facts\n\n- ${seedMeeting().keyInformation[10].text} ([[${SEED_LINK}|2025-09-30]])\n\n`)
			.replace("## Topics Discussed\n\n", "## Topics Discussed\n\nretention discussion, external offers, Apollo clean-sheet storage risk\n\n")
			.replace("## Recent Context\n\n", `## Recent Context\n\n- 2025-09-30: [[${SEED_LINK}|${seedMeeting().title}]] - ${jai.summarySentence}\n\n`)
			.replace("## Key Decisions\n\n", `## Key Decisions\n\n${seedMeeting().decisions.map((item) => `- ✅ ${item.text} ([[${SEED_LINK}|2025-09-30]])\n`).join("")}\n`);
		expect(merge(BLANK_NOTE, "Jai Menon", [input(jai)])).toBe(expected);
	});

	it("adds missing sections at their template place", () => {
		const note = "---\ntitle: A\n---\n# A\n\n## Contact Information\n\n## Profile\n\nuser words\n";
		const merged = merge(note, "A", [input(contribution({ facts: ["F"], decisions: ["D"], topics: ["T"] }))]);
		expect(merged).toBe(
			"---\ntitle: A\nlast_contact: '2025-10-01'\n---\n# A\n\n## Contact Information\n\n" +
				"## Key Facts\n\n- F ([[2025-10-01 Sync|2025-10-01]])\n\n" +
				"## Topics Discussed\n\nT\n\n" +
				"## Recent Context\n\n- 2025-10-01: [[2025-10-01 Sync|Sync]] - We met.\n\n" +
				"## Profile\n\nuser words\n\n" +
				"## Key Decisions\n\n- ✅ D ([[2025-10-01 Sync|2025-10-01]])\n",
		);
	});

	it("makes a frontmatter when the note has none", () => {
		expect(merge("# A\n", "A", [input(contribution({ summarySentence: "", namesSeen: ["Al"] }))])).toBe(
			"---\nlast_contact: '2025-10-01'\naliases:\n  - Al\n---\n# A\n\n## Recent Context\n\n- 2025-10-01: [[2025-10-01 Sync|Sync]]\n",
		);
	});
});

describe("owned parts", () => {
	const note = (body: string, frontmatter = "title: A\ncreated: '2026-01-01'"): string => `---\n${frontmatter}\n---\n# A\n${body}`;

	it.each([
		{ name: "later date wins", fm: "last_contact: '2025-09-01'", meetings: ["2025-10-01"], expected: "last_contact: '2025-10-01'" },
		{ name: "earlier date loses", fm: "last_contact: \"2025-12-01\"", meetings: ["2025-10-01"], expected: "last_contact: \"2025-12-01\"" },
		{ name: "quoting kept", fm: "last_contact: \"2025-09-01\"", meetings: ["2025-10-01"], expected: "last_contact: \"2025-10-01\"" },
		{ name: "plain date kept plain", fm: "last_contact: 2025-09-01", meetings: ["2025-10-01"], expected: "last_contact: 2025-10-01" },
		{ name: "the latest of several", fm: "last_contact: '2025-01-01'", meetings: ["2025-03-01", "2025-05-01", "2025-02-01"], expected: "last_contact: '2025-05-01'" },
		{ name: "added after created", fm: "created: '2026-01-01'\ntags: [a]", meetings: ["2025-10-01"], expected: "created: '2026-01-01'\nlast_contact: '2025-10-01'\ntags: [a]" },
		{ name: "empty value filled", fm: "last_contact:", meetings: ["2025-10-01"], expected: "last_contact: '2025-10-01'" },
		{ name: "words of the user left alone", fm: "last_contact: at the offsite", meetings: ["2025-10-01"], expected: "last_contact: at the offsite" },
	])("last_contact: $name", ({ fm, meetings, expected }) => {
		const inputs = meetings.map((date, index) => input(contribution({ date, meetingPath: `M/${index}.md`, linkTarget: `${index}` })));
		const merged = merge(note("", fm), "A", inputs);
		expect(merged.split("---\n")[1]).toBe(`${expected}\n`);
	});

	it("last_contact: a mentioned person's meeting does not count", () => {
		const merged = merge(note("", "last_contact: '2025-01-01'"), "A", [input(contribution({ attended: false, via: ["B"] }))]);
		expect(merged).toContain("last_contact: '2025-01-01'");
	});

	it("aliases: names other than the basename, any case, not twice", () => {
		const merged = merge(note("", "aliases: [Jai]"), "Jai Menon", [input(contribution({ namesSeen: ["jai menon", "JAI", "Jai M.", "Jai  M."] }))]);
		expect(merged.split("---\n")[1]).toBe("last_contact: '2025-10-01'\naliases: [Jai, Jai M.]\n");
	});

	it("contact: blank cells filled, the user's cells and missing rows untouched", () => {
		const table = "\n## Contact Information\n\n| Field | Value |\n|---|---|\n| **Role** | Boss |\n| **Email** |  |\n| Phone | *Unknown* |\n| **Company** | _Unknown_ |\n";
		const contact = { role: "CTO", email: "a@example.com", phone: "+1 555", location: "Berlin", company: "Acme" };
		const merged = merge(note(table), "A", [input(contribution({ contact }))]);
		expect(merged).toContain("| **Role** | Boss |\n| **Email** | a@example.com |\n| Phone | +1 555 |\n| **Company** | Acme |\n");
		expect(merged).not.toContain("Berlin");
		// Cells only ever fill: the ledger keeps nothing of them.
		// Only the Recent Context line is written: contact cells are not in the ledger.
		expect(ok(mergePersonNote(note(table), "A", [input(contribution({ contact }))])).written["Meetings/2025-10-01 Sync.md"]).toMatch(/^[0-9a-z]{8}$/);
	});

	it("contact: the first meeting (oldest) fills a cell two meetings disagree on", () => {
		const table = "\n## Contact Information\n\n| **Role** | _Unknown_ |\n";
		const older = contribution({ date: "2025-01-01", meetingPath: "M/a.md", linkTarget: "a", contact: { role: "Engineer" } });
		const newer = contribution({ date: "2025-06-01", meetingPath: "M/b.md", linkTarget: "b", contact: { role: "Manager" } });
		expect(merge(note(table), "A", [input(newer), input(older)])).toContain("| **Role** | Engineer |");
	});

	it("topics: existing first as written, new ones added once in any case", () => {
		const body = "\n## Topics Discussed\n\n_Topics go here_\nRetention, Budget planning\n";
		const merged = merge(note(body), "A", [input(contribution({ topics: ["budget PLANNING", "Apollo, risks", "Zeta"] }))]);
		expect(merged).toContain("_Topics go here_\nRetention, Budget planning, Apollo; risks, Zeta\n");
	});

	it("topics: a placeholder stays and the line goes after it", () => {
		const merged = merge(note("\n## Topics Discussed\n\n_Topics go here_\n\n## Recent Context\n"), "A", [input(contribution({ topics: ["B", "A"] }))]);
		expect(merged).toContain("## Topics Discussed\n\n_Topics go here_\n\nB, A\n\n## Recent Context\n");
	});
});

describe("entries", () => {
	const facts = (text: string): string[] => text.split("\n").filter((line) => line.startsWith("- ") && line.includes("([["));
	const meetingOn = (date: string, name: string, extra: Partial<Contribution> = {}): Contribution =>
		contribution({ date, meetingPath: `M/${name}.md`, linkTarget: name, title: name, facts: [`${name} fact 1`, `${name} fact 2`], ...extra });

	it("sort by date, then meeting, then position; Recent Context newest first", () => {
		const merged = merge("## Key Facts\n\n## Recent Context\n", "A", [input(meetingOn("2025-02-01", "b")), input(meetingOn("2025-01-01", "z")), input(meetingOn("2025-02-01", "a"))]);
		expect(facts(merged)).toEqual([
			"- z fact 1 ([[z|2025-01-01]])", "- z fact 2 ([[z|2025-01-01]])",
			"- a fact 1 ([[a|2025-02-01]])", "- a fact 2 ([[a|2025-02-01]])",
			"- b fact 1 ([[b|2025-02-01]])", "- b fact 2 ([[b|2025-02-01]])",
		]);
		expect(merged.split("## Recent Context\n")[1].split("\n").filter(Boolean).map((line) => line.slice(0, 22))).toEqual([
			"- 2025-02-01: [[a|a]] ", "- 2025-02-01: [[b|b]] ", "- 2025-01-01: [[z|z]] ",
		]);
	});

	it("user lines stay where they are; new entries go between the entries around them", () => {
		const before = "## Key Facts\n\n- mine first\n- old ([[o|2025-01-01]])\n- mine after old\n- newer ([[n|2025-03-01]])\n- mine last\n";
		const merged = merge(before, "A", [input(meetingOn("2025-02-01", "m", { facts: ["middle"] })), input(meetingOn("2025-04-01", "l", { facts: ["latest"] }))]);
		expect(merged).toBe("---\nlast_contact: '2025-04-01'\n---\n## Key Facts\n\n- mine first\n- old ([[o|2025-01-01]])\n- mine after old\n- middle ([[m|2025-02-01]])\n- newer ([[n|2025-03-01]])\n- latest ([[l|2025-04-01]])\n- mine last\n\n## Recent Context\n\n- 2025-04-01: [[l|l]] - We met.\n- 2025-02-01: [[m|m]] - We met.\n");
	});

	it("a subsection under an entry section is the user's: entries stay out of it", () => {
		const before = "## Key Facts\n\n- mine\n\n### Archive\n\n- archived ([[z|2030-01-01]])\n";
		expect(merge(before, "A", [input(meetingOn("2025-01-01", "a", { facts: ["f"], attended: false, summarySentence: "" }))])).toBe(
			"## Key Facts\n\n- mine\n- f ([[a|2025-01-01]])\n\n### Archive\n\n- archived ([[z|2030-01-01]])\n\n## Recent Context\n\n- 2025-01-01: [[a|a]]\n",
		);
	});

	it("one Recent Context line per meeting: a line the user kept for it wins", () => {
		const before = "## Recent Context\n\n- 2025-10-01: [[2025-10-01 Sync]] - my own words\n";
		expect(merge(before, "A", [input(contribution({ attended: false }))])).toBe(before);
	});

	it("ignores entry-like lines in code fences", () => {
		const before = "## Key Facts\n\n```\n- z ([[z|2030-01-01]])\n```\n";
		expect(merge(before, "A", [input(meetingOn("2025-01-01", "a", { facts: ["f"] }))])).toContain("```\n- z ([[z|2030-01-01]])\n```\n\n- f ([[a|2025-01-01]])\n");
	});

	it("keeps CRLF, a BOM and a missing final newline", () => {
		const before = "\uFEFF---\r\ntitle: A\r\n---\r\n## Key Facts\r\n\r\n- mine";
		expect(merge(before, "A", [input(meetingOn("2025-01-01", "a", { facts: ["f"], attended: false }))])).toBe(
			"\uFEFF---\r\ntitle: A\r\n---\r\n## Key Facts\r\n\r\n- mine\r\n- f ([[a|2025-01-01]])\r\n\r\n## Recent Context\r\n\r\n- 2025-01-01: [[a|a]] - We met.",
		);
	});
});

describe("mergePersonNote refuses", () => {
	it.each([
		{ name: "unparsable frontmatter", text: "---\ntitle: [unclosed\n---\n# A\n" },
		{ name: "unclosed frontmatter", text: "---\ntitle: A\n# A\n" },
		{ name: "duplicate keys", text: "---\na: 1\na: 2\n---\n" },
	])("a note with $name", ({ text }) => {
		const result = mergePersonNote(text, "A", [input(contribution())]);
		expect(result.kind).toBe("error");
		expect(result.kind === "error" && result.reason).toMatch(/frontmatter/);
	});

	it("changes nothing when no meeting gives anything", () => {
		expect(merge(SEED_PERSON_TEXT, "Pete Emig", [])).toBe(SEED_PERSON_TEXT);
		expect(merge(SEED_PERSON_TEXT, "Pete Emig", [{ meetingPath: "x", contribution: null }])).toBe(SEED_PERSON_TEXT);
	});
});
