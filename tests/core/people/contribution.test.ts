import { describe, expect, it } from "vitest";
import type { Meeting, Participant } from "../../../src/core/meeting/model";
import { contributionsOf } from "../../../src/core/people/contribution";
import { preparedEntries } from "../../../src/core/people/entries-prepared";
import type { ContributionContext } from "../../../src/core/people/contribution";
import { NameCache } from "../../../src/core/people/attribution";
import { OWNER, SEED_LINK, SEED_PATH, seedMeeting } from "./merge-seed";

const ctx: ContributionContext = { linkTarget: SEED_LINK, ownerNames: [OWNER, "Myself", "Me"], factAttribution: "named" };

const factsOf = (meeting: Meeting, context = ctx): Record<string, string[]> =>
	Object.fromEntries([...contributionsOf(meeting, context)].map(([name, contribution]) => [name, contribution.facts]));

function meeting(participants: Participant[], extra: Partial<Meeting> = {}): Meeting {
	return {
		path: "M/m.md", title: "Sync", date: "2025-10-01", participants, ownerPresent: true, oneOnOne: false, summary: "",
		actionItems: [], decisions: [], keyInformation: [], topics: [], taskLines: [], dropped: [], ...extra,
	};
}
const person = (name: string, attended = true, more: Partial<Participant> = {}): Participant => ({ name, attended, contact: {}, ...more });
const items = (...texts: string[]) => texts.map((text, line) => ({ text, line }));

describe("contributionsOf on the seed meeting", () => {
	const seed = seedMeeting();
	const info = seed.keyInformation.map((item) => item.text);
	const contributions = contributionsOf(seed, ctx);

	it("gives each person only the facts that name them (golden)", () => {
		expect(factsOf(seed)).toEqual({
			"Jai Menon": [info[10]],
			"Manish Sah": [],
			Ong: [info[2]],
			Juergen: [info[1], info[8]],
			"Pete Emig": [info[9]],
		});
		expect(info[9]).toContain("met Pete Emig and later hired him");
		expect(info[10]).toContain("Apollo");
	});

	it("gives facts naming only the owner to nobody", () => {
		const given = new Set([...contributions.values()].flatMap((contribution) => contribution.facts));
		for (const index of [0, 3, 4, 5, 6, 7]) expect(given.has(info[index])).toBe(false);
	});

	it("gives decisions to the attendee and to no mentioned person they do not name", () => {
		expect(contributions.get("Jai Menon")?.decisions).toEqual(seed.decisions.map((item) => item.text));
		for (const name of ["Manish Sah", "Ong", "Juergen", "Pete Emig"]) expect(contributions.get(name)?.decisions).toEqual([]);
	});

	it("gives topics and attendance to the attendee only; via to the mentioned", () => {
		const jai = contributions.get("Jai Menon");
		const pete = contributions.get("Pete Emig");
		expect(jai).toMatchObject({ attended: true, via: [], topics: seed.topics });
		expect(pete).toMatchObject({ attended: false, via: ["Jai Menon"], topics: [] });
	});

	it("fills the meeting fields and the first summary sentence", () => {
		expect(contributions.get("Pete Emig")).toMatchObject({
			meetingPath: SEED_PATH,
			linkTarget: SEED_LINK,
			date: "2025-09-30",
			title: seed.title,
			summarySentence: "Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership.",
			namesSeen: ["Pete Emig"],
			contact: {},
		});
	});

	it("with factAttribution all, every participant gets every item", () => {
		const all = factsOf(seed, { ...ctx, factAttribution: "all" });
		for (const name of ["Jai Menon", "Manish Sah", "Ong", "Juergen", "Pete Emig"]) expect(all[name]).toEqual(info);
	});
});

describe("contributionsOf rules", () => {
	it("an item naming nobody goes to the meeting's person", () => {
		const m = meeting([person("Jai Menon"), person("Pete Emig")], { primaryPerson: "jai menon", keyInformation: items("The budget doubled.", "Jason wants more.") });
		expect(factsOf(m)).toEqual({ "Jai Menon": ["The budget doubled."], "Pete Emig": [] });
	});

	it("an item naming nobody goes to nobody without a meeting person", () => {
		const m = meeting([person("Jai Menon")], { keyInformation: items("The budget doubled.") });
		expect(factsOf(m)).toEqual({ "Jai Menon": [] });
	});

	it("a first name shared by two participants names neither; full names do", () => {
		const m = meeting([person("Chris Lee"), person("Chris Wong")], { keyInformation: items("Chris will call.", "Chris Wong will call.", "Lee is out.") });
		expect(factsOf(m)).toEqual({ "Chris Lee": ["Lee is out."], "Chris Wong": ["Chris Wong will call."] });
	});

	it("an alias of the person's note names them", () => {
		const m = meeting([person("Robert Smith")], { keyInformation: items("Bobby is moving.", "Bob is moving.") });
		expect(factsOf(m, { ...ctx, aliasesOf: (name) => (name === "Robert Smith" ? ["Bob"] : []) })).toEqual({ "Robert Smith": ["Bob is moving."] });
	});

	it("a mentioned person gets the decisions that name them", () => {
		const m = meeting([person("Jai Menon"), person("Pete Emig", false), person("Ann Ray", false)], { decisions: items("Hire Pete.", "Keep going.") });
		const contributions = contributionsOf(m, ctx);
		expect(contributions.get("Jai Menon")?.decisions).toEqual(["Hire Pete.", "Keep going."]);
		expect(contributions.get("Pete Emig")?.decisions).toEqual(["Hire Pete."]);
		expect(contributions.get("Ann Ray")?.decisions).toEqual([]);
		expect(contributions.get("Pete Emig")?.via).toEqual(["Jai Menon"]);
	});

	it("carries contact fields and the entry's email", () => {
		const m = meeting([person("Jai Menon", true, { email: "jai@example.com", contact: { role: " CTO ", company: "" } })]);
		expect(contributionsOf(m, ctx).get("Jai Menon")?.contact).toEqual({ role: "CTO", email: "jai@example.com" });
	});

	it("a meeting without a summary gives an empty sentence", () => {
		expect(contributionsOf(meeting([person("A B")]), ctx).get("A B")?.summarySentence).toBe("");
	});
});

describe("contributionsOf lines", () => {
	const lines = (m: Meeting, context = ctx) =>
		Object.fromEntries([...contributionsOf(m, context)].map(([name, contribution]) => [name, preparedEntries(contribution).lines.keyFacts]));

	it("writes a fact that two items read the same once", () => {
		const m = meeting([person("Jai Menon")], { keyInformation: items("Jai left.", "Jai  left.", "Jai stayed.") });
		expect(lines(m)).toEqual({ "Jai Menon": [`- Jai left. ([[${SEED_LINK}|2025-10-01]])`, `- Jai stayed. ([[${SEED_LINK}|2025-10-01]])`] });
		expect(factsOf(m)["Jai Menon"]).toEqual(["Jai left.", "Jai  left.", "Jai stayed."]);
	});

	it("names people in a fact with line breaks and decomposed accents, and writes it on one line", () => {
		const m = meeting([person("José Ruiz"), person("Ann Ray")], { keyInformation: items("Jose\u0301\n  Ruiz moved.", "Ann\u00a0Ray stays.") });
		expect(lines(m)).toEqual({ "José Ruiz": [`- Jose\u0301 Ruiz moved. ([[${SEED_LINK}|2025-10-01]])`], "Ann Ray": [`- Ann Ray stays. ([[${SEED_LINK}|2025-10-01]])`] });
	});

	it("with factAttribution all, a name listed twice gets each fact twice and each line once", () => {
		const m = meeting([person("Ann Ray"), person("Ann Ray", false)], { keyInformation: items("One.", "Two.") });
		const all = { ...ctx, factAttribution: "all" as const };
		expect(factsOf(m, all)).toEqual({ "Ann Ray": ["One.", "One.", "Two.", "Two."] });
		expect(lines(m, all)).toEqual({ "Ann Ray": [`- One. ([[${SEED_LINK}|2025-10-01]])`, `- Two. ([[${SEED_LINK}|2025-10-01]])`] });
	});

	it("gives the same with one name cache for the whole run", () => {
		const names = new NameCache();
		const first = meeting([person("Chris Lee"), person("Chris Wong")], { keyInformation: items("Chris will call.", "Lee is out.") });
		const second = meeting([person("Chris Lee")], { path: "M/n.md", keyInformation: items("Chris will call.") });
		for (const m of [first, second, first]) expect(factsOf(m, { ...ctx, names })).toEqual(factsOf(m));
		expect(factsOf(second, { ...ctx, names })).toEqual({ "Chris Lee": ["Chris will call."] });
	});
});
