// planPeople: every meeting's contributions grouped by the person note they
// go to, with what a run asks again and again (a name's note, its aliases,
// its new path, its look-alikes) worked out once per name.
import { describe, expect, it } from "vitest";
import type { Meeting, Participant } from "../../../src/core/meeting/model";
import { PeopleIndex } from "../../../src/core/people/identity";
import type { PersonNoteInfo } from "../../../src/core/people/person-note-info";
import { emptyLedger } from "../../../src/core/sync/ledger";
import type { Ledger } from "../../../src/core/sync/ledger";
import { planPeople } from "../../../src/core/sync/plan-people";
import type { PeoplePlan } from "../../../src/core/sync/plan-people";
import { emptyReport } from "../../../src/core/sync/run-types";
import type { RunReport } from "../../../src/core/sync/run-types";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const settings = { ...DEFAULT_SETTINGS, yourName: "Jason Vallery" };

function note(path: string, extra: Partial<PersonNoteInfo> = {}): PersonNoteInfo {
	const basename = path.slice(path.lastIndexOf("/") + 1, -3);
	return { path, basename, aliases: [], emails: [], inPeopleFolder: path.startsWith("People/"), ...extra };
}

const person = (name: string, attended = true): Participant => ({ name, attended, contact: {} });

function meeting(path: string, participants: Participant[], facts: string[] = []): Meeting {
	return {
		path, title: path.slice(0, -3), date: "2025-10-01", participants, ownerPresent: true, oneOnOne: false, summary: "We met. Then more.",
		actionItems: [], decisions: [], keyInformation: facts.map((text, line) => ({ text, line })), topics: [], taskLines: [], dropped: [],
	};
}

async function plan(meetings: Meeting[], notes: PersonNoteInfo[], ledger: Ledger = emptyLedger()): Promise<{ plan: PeoplePlan; report: RunReport }> {
	const report = emptyReport();
	const result = await planPeople(meetings, {
		tick: () => Promise.resolve(),
		settings,
		index: new PeopleIndex(notes, settings),
		ledger,
		linkText: (path) => path.slice(0, -3),
		report,
	});
	return { plan: result, report };
}

const factsBy = (result: PeoplePlan) =>
	Object.fromEntries(result.targets.map((target) => [target.path, target.inputs.map((input) => input.contribution?.facts ?? null)]));

describe("planPeople", () => {
	it("names a person in facts by an alias of their note, meeting after meeting", async () => {
		const notes = [note("People/Robert Smith.md", { aliases: ["Bob"] })];
		const meetings = [meeting("M/b.md", [person("Robert Smith"), person("Ann Ray")], ["Bob is moving.", "Ann stays."]), meeting("M/a.md", [person("Robert Smith")], ["Bob left."])];
		const { plan: result } = await plan(meetings, notes);
		expect(factsBy(result)).toEqual({
			"People/Ann Ray.md": [["Ann stays."]],
			"People/Robert Smith.md": [["Bob left."], ["Bob is moving."]],
		});
		expect(result.targets.map((target) => [target.path, target.isNew])).toEqual([["People/Ann Ray.md", true], ["People/Robert Smith.md", false]]);
	});

	it("reports a look-alike once however many meetings name it, and an unusable name in each meeting", async () => {
		const notes = [note("People/José Díaz.md")];
		const meetings = ["M/1.md", "M/2.md"].map((path) => meeting(path, [person("Jose Diaz"), person("???"), person("#")]));
		const { report } = await plan(meetings, notes);
		expect(report.lookAlikes).toEqual([{ name: "Jose Diaz", note: "People/Jose Diaz.md", similarTo: ["People/José Díaz.md"] }]);
		expect(report.skipped.map((skip) => skip.path)).toEqual(["M/1.md", "M/1.md", "M/2.md", "M/2.md"]);
	});

	it("keeps what a meeting wrote before, and removes it from a note the meeting no longer concerns", async () => {
		const written = "|0b1c2d3e";
		const ledger: Ledger = { version: 1, meetings: { "M/1.md": { hash: "x", mtime: 0, size: 0, written: { "People/Ann Ray.md": written, "People/Old.md": written } } } };
		const { plan: result } = await plan([meeting("M/1.md", [person("Ann Ray")], ["Ann stays."])], [], ledger);
		expect(result.targets.map((target) => [target.path, target.inputs.map((input) => [input.contribution === null, input.previous])])).toEqual([
			["People/Ann Ray.md", [[false, written]]],
			["People/Old.md", [[true, written]]],
		]);
	});
});
