import { describe, expect, it } from "vitest";
import { unpackParts } from "../../../src/core/sync/ledger-store";
import type { Contribution } from "../../../src/core/people/contribution";
import { mergePersonNote } from "../../../src/core/people/merge";
import type { MeetingInput } from "../../../src/core/people/merge";
import type { WrittenParts } from "../../../src/core/sync/ledger";
import { entryIdentity } from "../../../src/core/people/entries";
import type { EntryPart } from "../../../src/core/people/entries";

const PATH = "Meetings/2025-10-01 Sync.md";

function contribution(extra: Partial<Contribution> = {}): Contribution {
	return {
		meetingPath: PATH, linkTarget: "2025-10-01 Sync", date: "2025-10-01", title: "Sync", attended: true, via: [],
		summarySentence: "We met.", facts: [], decisions: [], topics: [], contact: {}, namesSeen: [], ...extra,
	};
}

function merge(text: string, meetings: MeetingInput[]): { text: string; written: Record<string, WrittenParts> } {
	const result = mergePersonNote(text, "Ann Ray", meetings);
	if (result.kind !== "ok") throw new Error(result.reason);
	return result;
}

const NOTE = "---\ntitle: Ann Ray\ncreated: '2026-01-01'\n---\n# Ann Ray\n\n## Key Facts\n\n- my own fact\n\n## Topics Discussed\n\n## Recent Context\n\n## Key Decisions\n";

/** Merges `first`, then `second` with what the first merge wrote as `previous`. */
function refresh(first: Contribution | null, second: Contribution | null, edit: (text: string) => string = (text) => text) {
	const one = merge(NOTE, [{ meetingPath: PATH, contribution: first }]);
	const edited = edit(one.text);
	const two = merge(edited, [{ meetingPath: PATH, contribution: second, previous: one.written[PATH] }]);
	return { one, edited, two };
}

const fact = (text: string) => `- ${text} ([[2025-10-01 Sync|2025-10-01]])`;
/** What the ledger keeps of a line. */
const hash = (part: EntryPart, line: string) => entryIdentity(part, line).hash;

describe("freshness", () => {
	it("a changed meeting replaces its lines: stale ones go, kept ones stay in place, new ones come", () => {
		const { two } = refresh(contribution({ facts: ["A", "B", "C"] }), contribution({ facts: ["A", "B2", "C"], summarySentence: "We met again." }));
		expect(two.text).toContain(`## Key Facts\n\n- my own fact\n${fact("A")}\n${fact("B2")}\n${fact("C")}\n\n`);
		expect(two.text).toContain("## Recent Context\n\n- 2025-10-01: [[2025-10-01 Sync|Sync]] - We met again.\n\n");
		expect(two.text).not.toContain(fact("B") + "\n");
		expect(two.text).not.toContain("- We met.");
		expect(unpackParts(two.written[PATH])).toEqual({
			keyFacts: [fact("A"), fact("B2"), fact("C")].map((line) => hash("keyFacts", line)).join(" "),
			recentContext: hash("recentContext", "- 2025-10-01: [[2025-10-01 Sync|Sync]] - We met again."),
		});
	});

	it("a meeting that no longer concerns the person loses all its lines", () => {
		const { two } = refresh(contribution({ facts: ["A"], decisions: ["D"] }), null);
		expect(two.text).toBe(NOTE.replace("created: '2026-01-01'\n", "created: '2026-01-01'\nlast_contact: '2025-10-01'\n"));
		expect(two.written[PATH]).toBe("");
	});

	it("a line the user edited stays as the user left it; the meeting's new lines still come", () => {
		const { two } = refresh(
			contribution({ facts: ["A", "B"] }),
			contribution({ facts: ["B", "New"] }),
			(text) => text.replace(fact("A"), "- A, as I would put it ([[2025-10-01 Sync|2025-10-01]])"),
		);
		expect(two.text).toContain(`- my own fact\n- A, as I would put it ([[2025-10-01 Sync|2025-10-01]])\n${fact("B")}\n${fact("New")}\n`);
	});

	it("a line the user edited is not written again next to the edit", () => {
		const { two } = refresh(contribution({ facts: ["A"] }), contribution({ facts: ["A"], decisions: ["D"] }), (text) => text.replace(fact("A"), "- A (my words)"));
		expect(two.text).toContain("- my own fact\n- A (my words)\n\n");
		expect(two.text).not.toContain(fact("A"));
		expect(unpackParts(two.written[PATH])?.keyFacts).toEqual(hash("keyFacts", fact("A")));
	});

	it("a line the user deleted is not brought back", () => {
		const { two } = refresh(contribution({ facts: ["A", "B"] }), contribution({ facts: ["A", "B"], summarySentence: "Changed." }), (text) => text.replace(`${fact("A")}\n`, ""));
		expect(two.text).not.toContain(fact("A"));
		expect(two.text).toContain(fact("B"));
	});

	it("a Recent Context line the user edited stays and no second line comes for the meeting", () => {
		const { two } = refresh(contribution(), contribution({ summarySentence: "Changed." }), (text) => text.replace("- We met.", "- my summary"));
		expect(two.text).toContain("## Recent Context\n\n- 2025-10-01: [[2025-10-01 Sync|Sync]] - my summary\n\n");
		expect(two.text).not.toContain("Changed.");
	});

	it("a stale line the user copied elsewhere is removed only from its own section, once", () => {
		const { two } = refresh(contribution({ facts: ["A"] }), contribution({ facts: [] }), (text) => `${text}\n## Notes\n\n${fact("A")}\n`);
		expect(two.text.split(fact("A")).length).toBe(2);
		expect(two.text).toContain(`## Notes\n\n${fact("A")}\n`);
	});

	it("aliases, topics and contact values are never removed, and the ledger keeps none of them", () => {
		const table = NOTE.replace("## Key Facts", "## Contact Information\n\n| **Role** | _Unknown_ |\n\n## Key Facts");
		const first = contribution({ topics: ["Budget"], namesSeen: ["Annie"], contact: { role: "CTO" } });
		const one = merge(table, [{ meetingPath: PATH, contribution: first }]);
		const two = merge(one.text, [{ meetingPath: PATH, contribution: contribution({ topics: ["Hiring"] }), previous: one.written[PATH] }]);
		expect(two.text).toContain("Budget, Hiring");
		expect(two.text).toContain("  - Annie");
		expect(two.text).toContain("| **Role** | CTO |");
		expect(Object.keys(unpackParts(one.written[PATH]) ?? {})).toEqual(["recentContext"]);
	});

	it("last_contact keeps the later date when a meeting's date moves back", () => {
		const { two } = refresh(contribution({ date: "2025-10-05" }), contribution({ date: "2025-10-01" }));
		expect(two.text).toContain("last_contact: '2025-10-05'");
	});

	it("a moved meeting date moves its lines", () => {
		const { two } = refresh(contribution({ facts: ["A"] }), contribution({ facts: ["A"], date: "2025-09-01" }));
		expect(two.text).toContain("- A ([[2025-10-01 Sync|2025-09-01]])");
		expect(two.text).not.toContain("- A ([[2025-10-01 Sync|2025-10-01]])");
	});

	it("merging again with what was written changes nothing and writes the same record", () => {
		const changed = contribution({ facts: ["A"], decisions: ["D"], topics: ["T"], namesSeen: ["Annie"] });
		const { two } = refresh(contribution({ facts: ["B"] }), changed);
		const three = merge(two.text, [{ meetingPath: PATH, contribution: changed, previous: two.written[PATH] }]);
		expect(three.text).toBe(two.text);
		expect(three.written).toEqual(two.written);
	});
});
