// The seed meeting note (tests/fixtures/seed-meeting-note.md), read field by
// field into the model the rest of the plugin relies on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../src/core/meeting/model";
import { readMeeting } from "./helpers";

const SEED_PATH = "Meetings/2025-09-30 - 1-1 with Jai Menon.md";
const seedText = readFileSync(new URL("../../fixtures/seed-meeting-note.md", import.meta.url), "utf8");

// The garbled emoji of the seed (📅 and ⏫ read as Mac Roman), kept as written:
// the reader does not repair them, the task rewriter does.
const DUE = "\uF8FF\u00fc\u00ec\u00d6";
const HIGH = "\u201a\u00e8\u00b4";

const EXPECTED: Meeting = {
	path: SEED_PATH,
	title: "1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk",
	date: "2025-09-30",
	participants: [
		{ name: "Jai Menon", contact: {}, attended: true },
		{ name: "Manish Sah", contact: {}, attended: false },
		{ name: "Ong", qualifier: "last name unknown", contact: {}, attended: false },
		{ name: "Juergen", qualifier: "last name unknown", contact: {}, attended: false },
		{ name: "Pete Emig", contact: {}, attended: false },
	],
	ownerPresent: true,
	oneOnOne: true,
	summary:
		"Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership. Jason wants a management role with clear scope and decision authority, plus industry-competitive compensation, and will share his strongest offer before deciding by end of week. They aligned that Apollo likely needs a clean-sheet storage approach, but timing is risky relative to near-term datacenter buildouts.",
	actionItems: [
		{
			line: 28,
			text: `Brief Manish Sah on Jason Vallery's expectations for a retention path, including management role, clear scope and ownership for Apollo, decision authority, and competitive compensation. @Jai Menon ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 30,
			text: `Send the strongest external offer package and explicit stay requirements (scope and ownership, collaborators, resourcing, compensation) to Jai Menon and Manish Sah once paperwork is finalized. @Myself ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 32,
			text: `Clarify product management ownership, decision authority, key stakeholders, and funding model for Apollo if Microsoft pursues a retention path for Jason Vallery. @Manish Sah ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 34,
			text: `Provide a decision update to Jai Menon by end of week after external offers are finalized. @Myself ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
	],
	decisions: [
		{
			line: 42,
			text: "Use a competitive external offer from Jason Vallery as the basis to evaluate a Microsoft retention path (scope, authority, and compensation).",
		},
		{
			line: 44,
			text: "Keep communication open through the end of the week and reassess after Jason Vallery receives and shares his strongest written offer.",
		},
	],
	keyInformation: [
		{
			line: 52,
			text: "Jason Vallery has been at Microsoft for 13 years and previously expected to retire from Azure Storage.",
		},
		{
			line: 54,
			text: "Jason Vallery believes he lacks an advocate in Azure Storage leadership since Juergen (last name unknown) left.",
		},
		{
			line: 56,
			text: "Jason Vallery started exploring external opportunities after a meeting with Ong (last name unknown) and dissatisfaction with his Microsoft rewards outcome.",
		},
		{
			line: 58,
			text: "Jason Vallery wants clear ownership and scope, explicit priorities, and latitude to execute, and he prefers a management or leadership role rather than an individual contributor role.",
		},
		{
			line: 60,
			text: "Jason Vallery considers compensation and stability (runway) as key decision factors, and he wants industry-level compensation parity.",
		},
		{
			line: 62,
			text: "Jason Vallery is not interested in moving to another hyperscaler and is more likely to join a smaller, faster-moving company.",
		},
		{
			line: 64,
			text: "Jason Vallery described four external opportunities, with two likely ruled out and two still viable, including verbal commitments and an expected strong written offer after a CEO call.",
		},
		{
			line: 66,
			text: "Jason Vallery plans to make a decision by the end of the week and will share his strongest external offer once paperwork is finalized.",
		},
		{
			line: 68,
			text: "Juergen (last name unknown) previously advised Jason Vallery to get a competitive offer and he would match it, which resulted in a large stock grant that vests over a four-year cycle completing soon.",
		},
		{
			line: 70,
			text: "Jason Vallery previously received an Amazon offer for a Product Manager role on S3, which he used to secure a matched package at Microsoft; during that process he met Pete Emig and later hired him.",
		},
		{
			line: 72,
			text: "Jason Vallery and Jai Menon discussed Apollo and shared a belief that a clean-sheet storage approach is likely required to be competitive, with concern that new storage readiness may not align with near-term datacenter buildouts.",
		},
	],
	topics: ["retention discussion", "external offers", "Apollo clean-sheet storage risk"],
	taskLines: [
		{
			line: 28,
			raw: `- [?] Brief Manish Sah on Jason Vallery's expectations for a retention path, including management role, clear scope and ownership for Apollo, decision authority, and competitive compensation. @Jai Menon ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 30,
			raw: `- [?] Send the strongest external offer package and explicit stay requirements (scope and ownership, collaborators, resourcing, compensation) to Jai Menon and Manish Sah once paperwork is finalized. @Myself ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 32,
			raw: `- [?] Clarify product management ownership, decision authority, key stakeholders, and funding model for Apollo if Microsoft pursues a retention path for Jason Vallery. @Manish Sah ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
		{
			line: 34,
			raw: `- [?] Provide a decision update to Jai Menon by end of week after external offers are finalized. @Myself ${DUE} 2025-10-03 ${HIGH} #task #proposed #auto`,
		},
	],
	sourceLink: "2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl",
	dropped: [],
};

describe("the seed meeting note", () => {
	const meeting = readMeeting(seedText, {}, SEED_PATH);

	it("reads into the expected model as a whole", () => {
		expect(meeting).toEqual(EXPECTED);
	});

	it.each(Object.keys(EXPECTED) as (keyof Meeting)[])("reads %s", (field) => {
		expect(meeting[field]).toEqual(EXPECTED[field]);
	});

	it("has no primary person or importer id (person is empty, no importer keys)", () => {
		expect(meeting.primaryPerson).toBeUndefined();
		expect(meeting.importerId).toBeUndefined();
	});

	it("finds four action items and two decisions and eleven key facts", () => {
		expect([meeting.actionItems.length, meeting.decisions.length, meeting.keyInformation.length]).toEqual([4, 2, 11]);
	});

	it("keeps each task line exactly as written in the file", () => {
		const lines = seedText.split("\n");
		for (const task of meeting.taskLines) expect(lines[task.line]).toBe(task.raw);
	});
});
