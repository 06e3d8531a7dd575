// Meeting inputs for a person who met the owner very often: enough of them
// (and a note long enough) that a merge takes several steps.
import type { Contribution } from "../../../src/core/people/contribution";
import type { MeetingInput } from "../../../src/core/people/merge";

const DAY_MS = 86_400_000;

/** A note laid out like the built-in template, with words of the user's. */
export const TEMPLATE_NOTE = [
	"---",
	"type: people",
	"title: Ann Ray",
	"created: '2026-01-03'",
	"custom: 'kept'  # a comment",
	"tags: [type/people, needs-review]",
	"---",
	"",
	"# Ann Ray",
	"",
	"## Contact Information",
	"",
	"| Field | Value |",
	"|-------|-------|",
	"| **Role** | _Unknown_ |",
	"| **Email** | _Unknown_ |",
	"",
	"## Relationship",
	"",
	"We go back a long way.",
	"",
	"## Key Facts",
	"",
	"- a fact the user typed",
	"",
	"## Topics Discussed",
	"",
	"## Recent Context",
	"",
	"## Key Decisions",
	"",
	"## Related",
	"",
].join("\n");

/** Meeting `index`'s contribution to Ann Ray's note; `revision` changes its text. */
export function manyContribution(index: number, revision = 0): Contribution {
	const date = new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 2) * DAY_MS).toISOString().slice(0, 10);
	const attended = index % 3 !== 0;
	const words = "talked through the plan, the budget and the people who will carry it forward next quarter";
	return {
		meetingPath: `Meetings/${date} Sync ${index}.md`,
		linkTarget: `${date} Sync ${index}`,
		date,
		title: `Sync ${index}: planning`,
		attended,
		via: attended ? [] : ["Bob Lee"],
		summarySentence: `Ann Ray ${words} (${index}, revision ${revision}).`,
		facts: [`Ann Ray owns item ${index} of the ${words}.`],
		decisions: index % 2 === 0 ? [`Go ahead with step ${index} r${revision}`] : [],
		topics: [`Topic ${index % 40}`, "Planning"],
		contact: index === 5 ? { email: "ann@example.com", role: "CTO" } : {},
		namesSeen: index % 250 === 0 ? ["Ann Ray", `Annie ${index}`] : ["Ann Ray"],
	};
}

/** Inputs for meetings `from` to `to` (exclusive). */
export function manyInputs(from: number, to: number, revision = 0): MeetingInput[] {
	const inputs: MeetingInput[] = [];
	for (let index = from; index < to; index++) inputs.push({ meetingPath: manyContribution(index).meetingPath, contribution: manyContribution(index, revision) });
	return inputs;
}
