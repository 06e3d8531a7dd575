// What the ledger keeps of a merge (a short hash per line) and how it is read
// back: records of another shape count as none, and lines Obsidian relinked
// after a rename are still recognised.
import { describe, expect, it } from "vitest";
import { unpackParts } from "../../../src/core/sync/ledger-store";
import type { Contribution } from "../../../src/core/people/contribution";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput } from "../../../src/core/people/merge";
import { isLineHash } from "../../../src/core/people/freshness-hash";
import type { WrittenParts } from "../../../src/core/sync/ledger";

const NOTE = "---\ntitle: Ann Ray\n---\n# Ann Ray\n\n## Key Facts\n\n- my own fact\n\n## Recent Context\n\n## Key Decisions\n";

function contribution(path: string, link: string, extra: Partial<Contribution> = {}): Contribution {
	return {
		meetingPath: path, linkTarget: link, date: "2025-10-01", title: "Sync", attended: false, via: [],
		summarySentence: "We met.", facts: [], decisions: [], topics: [], contact: {}, namesSeen: [], ...extra,
	};
}

function merge(text: string, inputs: MeetingInput[]): { text: string; written: Record<string, WrittenParts> } {
	const result = mergePersonNote(text, "Ann Ray", inputs);
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}

const fact = (text: string, link: string) => `- ${text} ([[${link}|2025-10-01]])`;

describe("the ledger record", () => {
	it("holds an 8-character hash per line written, nothing of the lines themselves", () => {
		const { written } = merge(NOTE, [{ meetingPath: "M/a.md", contribution: contribution("M/a.md", "a", { facts: ["A", "B"], decisions: ["D"] }) }]);
		// One string for the note: the parts in a fixed order, separated by "|".
		expect(written["M/a.md"].split("|")).toHaveLength(3);
		const record = unpackParts(written["M/a.md"]) ?? {};
		expect(Object.keys(record).sort()).toEqual(["keyDecisions", "keyFacts", "recentContext"]);
		// One string per part: the hashes, space-separated.
		expect(record.keyFacts?.split(" ")).toHaveLength(2);
		expect(Object.values(record).flatMap((hashes) => hashes.split(" ")).every(isLineHash)).toBe(true);
		expect(JSON.stringify(record)).not.toContain("[[");
	});

	it.each([
		{ name: "an earlier format's whole lines", previous: { keyFacts: [fact("A", "a")], topics: ["Budget"] } },
		{ name: "a string", previous: "keyFacts" },
		{ name: "null", previous: null },
		{ name: "a list", previous: [fact("A", "a")] },
		{ name: "a part that is no list", previous: { keyFacts: "0123abcd" } },
		{ name: "a list of numbers", previous: { keyFacts: [1, 2] } },
	])("a record of another shape ($name) counts as no record", ({ previous }) => {
		const first = merge(NOTE, [{ meetingPath: "M/a.md", contribution: contribution("M/a.md", "a", { facts: ["A"] }) }]);
		const changed = contribution("M/a.md", "a", { facts: ["B"] });
		const withOdd = merge(first.text, [{ meetingPath: "M/a.md", contribution: changed, previous: previous as unknown as WrittenParts }]);
		const withNone = merge(first.text, [{ meetingPath: "M/a.md", contribution: changed }]);
		expect(withOdd).toEqual(withNone);
		expect(withOdd.text).toContain(fact("A", "a"));
	});
});

describe("relinked lines", () => {
	const first = merge(NOTE, [{ meetingPath: "Meetings/a.md", contribution: contribution("Meetings/a.md", "a", { facts: ["A", "B"] }) }]);
	const previous = first.written["Meetings/a.md"];

	it("after a rename Obsidian relinked: stale lines still go, kept ones stay, none twice", () => {
		const relinked = first.text.split("[[a|").join("[[b|");
		const renamed = contribution("Archive/b.md", "b", { facts: ["A", "C"] });
		const { text } = merge(relinked, [{ meetingPath: "Archive/b.md", contribution: renamed, previous }]);
		expect(text).toContain(`- my own fact\n${fact("A", "b")}\n${fact("C", "b")}\n\n`);
		expect(text).not.toContain(fact("B", "b"));
		expect(text.match(/\[\[b\|Sync\]\]/g)).toHaveLength(1);
	});

	it("a line whose link became the full path (a second note took the name) is written with the new link", () => {
		const longer = contribution("Meetings/a.md", "Meetings/a", { facts: ["A", "B"] });
		const { text, written } = merge(first.text, [{ meetingPath: "Meetings/a.md", contribution: longer, previous }]);
		expect(text).toContain(`- my own fact\n${fact("A", "Meetings/a")}\n${fact("B", "Meetings/a")}\n\n`);
		expect(text).not.toContain("[[a|");
		expect(written["Meetings/a.md"]).toEqual(previous);
	});

	it("the same line of another meeting (same text and date) is not taken for a stale one", () => {
		const other = contribution("Meetings/z.md", "z", { facts: ["A"] });
		const both = merge(first.text, [{ meetingPath: "Meetings/z.md", contribution: other }]);
		const { text } = merge(both.text, [{ meetingPath: "Meetings/a.md", contribution: contribution("Meetings/a.md", "a", { facts: [] }), previous }]);
		expect(text).toContain(fact("A", "z"));
		expect(text).not.toContain(fact("A", "a"));
	});

	it("a line the user edited after a rename stays as the user left it", () => {
		const relinked = first.text.split("[[a|").join("[[b|").replace(fact("A", "b"), "- A, my words ([[b|2025-10-01]])");
		const renamed = contribution("Archive/b.md", "b", { facts: ["A", "B"], summarySentence: "Changed." });
		const { text } = merge(relinked, [{ meetingPath: "Archive/b.md", contribution: renamed, previous }]);
		expect(text).toContain(`- my own fact\n- A, my words ([[b|2025-10-01]])\n${fact("B", "b")}\n\n`);
	});
});

describe("the ledger's earlier forms", () => {
	it("a record of lists of hashes is read as the same record as one string", () => {
		const first = merge(NOTE, [{ meetingPath: "M/a.md", contribution: contribution("M/a.md", "a", { facts: ["A", "B"] }) }]);
		const record = first.written["M/a.md"];
		const asLists = Object.fromEntries(Object.entries(unpackParts(record) ?? {}).map(([part, hashes]) => [part, hashes.split(" ")])) as unknown as WrittenParts;
		const changed = contribution("M/a.md", "a", { facts: ["A", "C"] });
		const fromLists = merge(first.text, [{ meetingPath: "M/a.md", contribution: changed, previous: asLists }]);
		expect(fromLists).toEqual(merge(first.text, [{ meetingPath: "M/a.md", contribution: changed, previous: record }]));
		// Known as written before: the stale fact goes.
		expect(fromLists.text).not.toContain(fact("B", "a"));
		expect(fromLists.text).toContain(fact("C", "a"));
	});
});
