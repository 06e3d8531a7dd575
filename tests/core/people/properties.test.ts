// Properties of the person-note merge over generated notes (user text
// everywhere: owned sections, other sections, unknown frontmatter keys with
// comments, code fences, CRLF, BOM) and generated meetings.
import fc from "fast-check";
import { unpackParts } from "../../../src/core/sync/ledger-store";
import { describe, expect, it } from "vitest";
import type { Contribution } from "../../../src/core/people/contribution";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput } from "../../../src/core/people/merge";
import { entryIdentity, entryLines } from "../../../src/core/people/entries";
import type { EntryPart } from "../../../src/core/people/entries";
import { PERSON_SECTIONS } from "../../../src/core/people/person-sections";
import { findSection, nonTextMask } from "../../../src/core/markdown/sections";
import { splitLines } from "../../../src/core/markdown/lines";
import type { WrittenParts } from "../../../src/core/sync/ledger";

const BASENAME = "Ann Ray";
const ENTRY_PARTS: EntryPart[] = ["recentContext", "keyFacts", "keyDecisions"];
const CONTACT_LABELS = ["Role", "Company", "Department", "Email", "Phone", "LinkedIn", "Location"];
/** One value per field for the person, as a person has one email. */
const CONTACT_VALUES = { role: "CTO", company: "Acme | Labs", email: "ann@example.com", phone: "+1 555 0100", location: "Berlin" };

// ---------- generated person notes ----------

const userLine = fc.oneof(
	fc.nat(999).map((n) => `user text ${n}`),
	fc.nat(999).map((n) => `- user item ${n}`),
	fc.nat(999).map((n) => `_placeholder ${n}_`),
	fc.nat(999).map((n) => `1. numbered ${n}`),
	fc.constant("```\n## Key Facts\n- fake ([[x|2030-01-01]])\n```"),
	fc.constant(""),
);

function oldEntries(name: string): fc.Arbitrary<string[]> {
	const date = fc.constantFrom("2024-01-01", "2025-02-10", "2026-01-01");
	if (name === "Recent Context") return fc.array(fc.tuple(date, fc.nat(99)).map(([d, n]) => `- ${d}: [[old-${n}]] - old context ${n}`), { maxLength: 2 });
	if (name === "Key Facts" || name === "Key Decisions") return fc.array(fc.tuple(date, fc.nat(99)).map(([d, n]) => `- old entry ${n} ([[old-${n}|${d}]])`), { maxLength: 2 });
	return fc.constant([]);
}

const contactTable = fc
	.array(fc.tuple(fc.constantFrom(...CONTACT_LABELS), fc.constantFrom("_Unknown_", "", "mine")), { maxLength: 7 })
	.map((rows) => ["| Field | Value |", "|---|---|", ...rows.map(([label, value], index) => `| **${label}** | ${value === "mine" ? `mine ${index}` : value} |`)]);

const topicsContent = fc.record({
	placeholder: fc.boolean(),
	line: fc.option(fc.constantFrom("UserTopic, budget", "UserTopic Alpha, Apollo (storage, compute)", "UserTopic, Q3 planning, "), { nil: undefined }),
	item: fc.boolean(),
}).map(({ placeholder, line, item }) => [...(placeholder ? ["_Topics go here_"] : []), ...(line ? [line] : []), ...(item ? ["- user topic item"] : [])]);

function sectionBody(name: string): fc.Arbitrary<string[]> {
	const user = fc.array(userLine, { maxLength: 3 });
	let own: fc.Arbitrary<string[]> = fc.constant([]);
	if (name === "Contact Information") own = contactTable;
	if (name === "Topics Discussed") own = topicsContent;
	return fc.tuple(user, own, oldEntries(name), fc.array(userLine, { maxLength: 2 }), fc.boolean()).map(([before, middle, entries, after, sub]) => [
		"",
		...before,
		...middle,
		...entries,
		...after,
		...(sub ? ["### Subsection", "- sub item"] : []),
		"",
	]);
}

const heading = (name: string) => fc.constantFrom(`## ${name}`, `## 🧠 ${name.toLowerCase()}:`, `### ${name}`);

const sections = fc
	.tuple(fc.shuffledSubarray([...PERSON_SECTIONS]), fc.array(fc.nat(99).map((n) => `Notes ${n}`), { maxLength: 2 }))
	.chain(([names, extra]) => fc.shuffledSubarray([...names, ...extra], { minLength: names.length + extra.length }))
	.chain((names) => fc.tuple(...names.map((name) => fc.tuple(heading(name), sectionBody(name)))))
	.map((parts) => parts.flatMap(([title, body]) => [title, ...body]));

const frontmatter = fc
	.record({
		created: fc.boolean(),
		lastContact: fc.constantFrom(undefined, "'2025-02-01'", '"2025-02-01"', "2025-02-01", "", "'2027-01-01'"),
		aliases: fc.constantFrom(undefined, "aliases: [Annie]", "aliases:\n  - Annie", "aliases:\n- annie", "aliases: Annie", "aliases: []"),
		unknown: fc.shuffledSubarray(["# a comment", "custom:   'kept'   # trailing comment", "nested:\n  deep: 1 # x", "tags:\n- people"]),
	})
	.chain(({ created, lastContact, aliases, unknown }) =>
		fc.shuffledSubarray(
			[
				"title: Ann Ray",
				...(created ? ["created: '2026-01-03'"] : []),
				...(lastContact === undefined ? [] : [`last_contact: ${lastContact}`.trimEnd()]),
				...(aliases ? [aliases] : []),
				...unknown,
			],
			{ minLength: 1 + (created ? 1 : 0) + (lastContact === undefined ? 0 : 1) + (aliases ? 1 : 0) + unknown.length },
		),
	)
	.map((keys) => ["---", ...keys.join("\n").split("\n"), "---"]);

const personNote = fc
	.record({ bom: fc.boolean(), crlf: fc.boolean(), finalNewline: fc.boolean(), frontmatter: fc.option(frontmatter, { nil: undefined }), body: sections })
	.map(({ bom, crlf, finalNewline, frontmatter: fm, body }) => {
		const lines = [...(fm ?? []), "# Ann Ray", ...body.join("\n").split("\n")];
		while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
		const eol = crlf ? "\r\n" : "\n";
		return (bom ? "\uFEFF" : "") + lines.join(eol) + (finalNewline ? eol : "");
	});

// ---------- generated meetings ----------

const contributionFields = fc.record({
	date: fc.constantFrom("2025-01-05", "2025-02-10", "2025-03-15"),
	title: fc.constantFrom("Weekly sync", "1:1 with Ann | notes", "Planning [draft]"),
	attended: fc.boolean(),
	summarySentence: fc.constantFrom("", "We met.", "Talked about Q3 plans."),
	facts: fc.uniqueArray(fc.constantFrom("Ann runs Apollo", "Ann moved\nto Berlin", "Uses `code` and **bold**", "Fact four"), { maxLength: 3 }),
	decisions: fc.uniqueArray(fc.constantFrom("Ship it", "Hire two", "Pause Apollo"), { maxLength: 2 }),
	topics: fc.uniqueArray(fc.constantFrom("Budget", "budget", "Hiring", "Apollo (storage, compute)", "Q3 planning", "UserTopic"), { maxLength: 3 }),
	contact: fc.subarray(Object.keys(CONTACT_VALUES) as (keyof typeof CONTACT_VALUES)[]).map((keys) => Object.fromEntries(keys.map((key) => [key, CONTACT_VALUES[key]]))),
	namesSeen: fc.subarray(["Ann Ray", "ann ray", "Annie", "A. Ray", "Ann R."], { maxLength: 2 }),
});

function asContribution(index: number, fields: fc.Arbitrary<unknown> extends never ? never : Omit<Contribution, "meetingPath" | "linkTarget" | "via">): Contribution {
	return { ...fields, meetingPath: `Meetings/m${index}.md`, linkTarget: `m${index}`, via: fields.attended ? [] : ["Bo Li", "Cy Ng"].slice(0, 1 + (index % 2)) };
}

const meetings = fc.array(contributionFields, { minLength: 1, maxLength: 4 }).map((list) => list.map((fields, index) => asContribution(index, fields)));

// ---------- helpers ----------

function merged(text: string, inputs: MeetingInput[]): { text: string; written: Record<string, WrittenParts> } {
	const result = mergePersonNote(text, BASENAME, inputs);
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}
const input = (contribution: Contribution, previous?: WrittenParts): MeetingInput => ({ meetingPath: contribution.meetingPath, contribution, previous });
const oneAtATime = (text: string, list: Contribution[]): string => list.reduce((current, contribution) => merged(current, [input(contribution)]).text, text);
const linesOf = (text: string): string[] => splitLines(text).lines;

function isSubsequence(sub: readonly string[], full: readonly string[]): boolean {
	let next = 0;
	for (const line of full) if (next < sub.length && line === sub[next]) next++;
	return next === sub.length;
}

/** Line indexes of the parts the plugin owns: the frontmatter keys it edits,
 * contact rows, and the topics line. */
function ownedLines(text: string): Set<number> {
	const note = splitLines(text);
	const owned = new Set<number>();
	note.lines.forEach((line, index) => {
		if (/^(last_contact|aliases):/.test(line)) owned.add(index);
		if (/^\| \*\*(Role|Company|Department|Email|Phone|LinkedIn|Location)\*\* \|/.test(line)) owned.add(index);
	});
	const topics = topicsLineIndex(text);
	if (topics !== -1) owned.add(topics);
	return owned;
}

function topicsLineIndex(text: string): number {
	const note = splitLines(text);
	const section = findSection(note, "Topics Discussed");
	if (!section) return -1;
	const code = nonTextMask(note.lines);
	for (let i = section.start; i < section.ownEnd; i++) {
		const line = note.lines[i];
		if (!code[i] && line.trim() !== "" && !/^[-_`]|^\d+\./.test(line)) return i;
	}
	return -1;
}

/** The text with its topics line as a set: across separate merges, topics
 * follow the order meetings arrive in, and the first spelling of a topic
 * stays (see merge-topics.ts). */
function topicsAsSet(text: string): string {
	const index = topicsLineIndex(text);
	if (index === -1) return text;
	const note = splitLines(text);
	note.lines[index] = note.lines[index].split(",").map((topic) => topic.trim().toLowerCase()).filter(Boolean).sort().join(", ");
	return note.lines.join("\n");
}

const RUNS = { numRuns: 150 };

describe("merge properties", () => {
	it("(a) every line outside the owned parts is kept, in order; the topics line only grows at its end", () => {
		fc.assert(
			fc.property(personNote, meetings, (note, list) => {
				const after = merged(note, list.map((contribution) => input(contribution))).text;
				const owned = ownedLines(note);
				const kept = linesOf(note).filter((_, index) => !owned.has(index));
				expect(isSubsequence(kept, linesOf(after))).toBe(true);
				const topics = topicsLineIndex(note);
				if (topics !== -1) {
					const before = linesOf(note)[topics].trimEnd();
					expect(linesOf(after)[topicsLineIndex(after)].startsWith(before)).toBe(true);
				}
				expect(after.startsWith("\uFEFF")).toBe(note.startsWith("\uFEFF"));
				expect(/\r?\n$/.test(after)).toBe(/\r?\n$/.test(note) || note === "");
				if (note.includes("\r\n")) expect(after.replace(/\r\n/g, "")).not.toMatch(/\n/);
			}),
			RUNS,
		);
	});

	it("(b) merging twice changes nothing, with or without what the first merge wrote", () => {
		fc.assert(
			fc.property(personNote, meetings, (note, list) => {
				const first = merged(note, list.map((contribution) => input(contribution)));
				expect(merged(first.text, list.map((contribution) => input(contribution))).text).toBe(first.text);
				const again = merged(first.text, list.map((contribution) => input(contribution, first.written[contribution.meetingPath])));
				expect(again.text).toBe(first.text);
				expect(again.written).toEqual(first.written);
			}),
			RUNS,
		);
	});

	it("(c) meetings merged together or one at a time in any order give the same note", () => {
		fc.assert(
			fc.property(personNote, meetings.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), (note, [list, shuffled]) => {
				const together = merged(note, shuffled.map((contribution) => input(contribution))).text;
				const oldestFirst = [...list].sort((a, b) => (a.date === b.date ? (a.meetingPath < b.meetingPath ? -1 : 1) : a.date < b.date ? -1 : 1));
				expect(oneAtATime(note, oldestFirst)).toBe(together);
				expect(topicsAsSet(oneAtATime(note, shuffled))).toBe(topicsAsSet(together));
				expect(topicsAsSet(oneAtATime(note, [...shuffled].reverse()))).toBe(topicsAsSet(together));
			}),
			RUNS,
		);
	});

	it("(e) after a meeting changes, its stale lines are gone unless the user edited them", () => {
		const change = fc.tuple(meetings, contributionFields, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }));
		fc.assert(
			fc.property(personNote, change, (note, [list, changedFields, editMask]) => {
				const v1 = list[0];
				const v2 = asContribution(0, changedFields);
				const first = merged(note, list.map((contribution) => input(contribution)));
				const written = first.written[v1.meetingPath];
				const parts = unpackParts(written) ?? {};
				// The first merge wrote every line of v1 (the note has none of them yet).
				const previousLines = ENTRY_PARTS.flatMap((part) => entryLines(part, v1).map((line) => ({ part, line })));
				for (const part of ENTRY_PARTS) expect(parts[part]?.split(" ") ?? []).toEqual(entryLines(part, v1).map((line) => entryIdentity(part, line).hash));
				let edited = first.text;
				const editedLines = new Set<string>();
				previousLines.forEach(({ line }, index) => {
					if (!editMask[index % editMask.length] || !edited.includes(line)) return;
					const changed = line.replace(/^- /, "- EDITED ");
					edited = edited.replace(line, changed);
					editedLines.add(line);
				});
				const second = merged(edited, [input(v2, written)]);
				const after = linesOf(second.text);
				for (const part of ENTRY_PARTS) {
					const now = entryLines(part, v2);
					for (const line of entryLines(part, v1)) {
						const editedForm = line.replace(/^- /, "- EDITED ");
						if (editedLines.has(line)) expect(after).toContain(editedForm);
						else if (!now.includes(line)) expect(after).not.toContain(line);
						else expect(after).toContain(line);
					}
					const recentEdited = part === "recentContext" && entryLines("recentContext", v1).some((line) => editedLines.has(line));
					for (const line of now) {
						if (editedLines.has(line) || recentEdited) continue;
						expect(after).toContain(line);
					}
				}
				// The user's lines stay, in order. (Blank lines aside: the blank line
				// that framed removed entries goes with them.)
				const stale = new Set(previousLines.map(({ line }) => line));
				const owned = ownedLines(edited);
				const kept = linesOf(edited).filter((line, index) => !owned.has(index) && !stale.has(line) && line.trim() !== "");
				expect(isSubsequence(kept, after.filter((line) => line.trim() !== ""))).toBe(true);
			}),
			RUNS,
		);
	});
});
