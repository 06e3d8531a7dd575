import { describe, expect, it } from "vitest";
import { PeopleIndex } from "../../../src/core/people/identity";
import type { PersonNoteInfo } from "../../../src/core/people/person-note-info";
import { readPersonNoteInfo } from "../../../src/core/people/person-note-info";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const settings = { ...DEFAULT_SETTINGS };

function note(path: string, extra: Partial<PersonNoteInfo> = {}): PersonNoteInfo {
	const basename = path.slice(path.lastIndexOf("/") + 1, -3);
	return { path, basename, aliases: [], emails: [], inPeopleFolder: path.startsWith("People/"), ...extra };
}

function resolvedPath(index: PeopleIndex, name: string, email?: string): string {
	const result = index.resolve(name, email);
	if (result.kind === "found" || result.kind === "broken") return `${result.kind}:${result.note.path}`;
	if (result.kind === "ambiguous") return `ambiguous:${result.notes.map((n) => n.path).join(",")}`;
	return "new";
}

describe("PeopleIndex.resolve", () => {
	const index = new PeopleIndex(
		[
			note("People/Jai Menon.md", { aliases: ["JM"], emails: ["jai@example.com"] }),
			note("People/Pete Emig.md", { title: "Peter Emig" }),
			note("People/Jos\u00e9 Garc\u00eda.md"),
			note("People/Rene\u0301 Roy.md"),
			note("Contacts/Ann Lee.md"),
			note("People/Ann Lee.md"),
			note("Contacts/Sam Ray.md"),
			note("Archive/Sam Ray.md"),
			note("People/Bo Li.md", { brokenReason: "frontmatter does not parse" }),
			note("People/Kim.md", { emails: ["kim@x.org"] }),
			note("People/Team/Kim Park.md"),
		],
		settings,
	);
	const cases: { name: string; person: string; email?: string; after: string }[] = [
		{ name: "basename", person: "Jai Menon", after: "found:People/Jai Menon.md" },
		{ name: "basename, other case and spacing", person: "  jai   MENON ", after: "found:People/Jai Menon.md" },
		{ name: "alias", person: "jm", after: "found:People/Jai Menon.md" },
		{ name: "title", person: "Peter Emig", after: "found:People/Pete Emig.md" },
		{ name: "email only", person: "Somebody Else", email: "JAI@example.com", after: "found:People/Jai Menon.md" },
		{ name: "email with mailto", person: "J", email: "mailto:jai@example.com", after: "found:People/Jai Menon.md" },
		{ name: "composed José", person: "Jos\u00e9 Garc\u00eda", after: "found:People/Jos\u00e9 Garc\u00eda.md" },
		{ name: "decomposed José finds the composed note", person: "Jose\u0301 Garci\u0301a", after: "found:People/Jos\u00e9 Garc\u00eda.md" },
		{ name: "composed René finds the decomposed note", person: "Ren\u00e9 Roy", after: "found:People/Rene\u0301 Roy.md" },
		{ name: "accent-less is not a match", person: "Jose Garcia", after: "new" },
		{ name: "people folder wins", person: "Ann Lee", after: "found:People/Ann Lee.md" },
		{ name: "two outside the folder: ambiguous", person: "Sam Ray", after: "ambiguous:Archive/Sam Ray.md,Contacts/Sam Ray.md" },
		{ name: "broken note", person: "Bo Li", after: "broken:People/Bo Li.md" },
		{ name: "name and email pointing at two notes: ambiguous", person: "Jai Menon", email: "kim@x.org", after: "ambiguous:People/Jai Menon.md,People/Kim.md" },
		{ name: "name and email at the same note", person: "Jai Menon", email: "jai@example.com", after: "found:People/Jai Menon.md" },
		{ name: "subfolder of the people folder", person: "Kim Park", after: "found:People/Team/Kim Park.md" },
		{ name: "unknown", person: "Nobody Here", after: "new" },
		{ name: "first name alone is not a match", person: "Jai", after: "new" },
	];
	it.each(cases)("$name", ({ person, email, after }) => {
		expect(resolvedPath(index, person, email)).toBe(after);
	});

	it("a note at the path a new note would take answers to the name", () => {
		const acdc = new PeopleIndex([note("People/ACDC.md")], settings);
		expect(resolvedPath(acdc, "AC/DC")).toBe("found:People/ACDC.md");
		expect(resolvedPath(acdc, "AC/DC", "x@y.org")).toBe("found:People/ACDC.md");
		const lower = new PeopleIndex([note("People/acdc.md")], settings);
		expect(resolvedPath(lower, "AC/DC")).toBe("found:People/acdc.md");
	});

	it("two notes in the people folder with one name are ambiguous", () => {
		const two = new PeopleIndex([note("People/A/Kim.md"), note("People/B/Kim.md"), note("Other/Kim.md")], settings);
		expect(resolvedPath(two, "Kim")).toBe("ambiguous:People/A/Kim.md,People/B/Kim.md");
	});

	it("add() registers a note and replaces an older version of it", () => {
		const grow = new PeopleIndex([note("People/Ann.md", { aliases: ["Annie"] })], settings);
		expect(resolvedPath(grow, "Annie")).toBe("found:People/Ann.md");
		grow.add(note("People/Ann.md", { aliases: ["Nan"] }));
		expect(resolvedPath(grow, "Annie")).toBe("new");
		expect(resolvedPath(grow, "Nan")).toBe("found:People/Ann.md");
		expect(grow.notes).toHaveLength(1);
	});

	it("answers the same question with the same answer, and heeds a changed people folder", () => {
		const changing = { ...settings };
		const index = new PeopleIndex([note("Contacts/ACDC.md")], changing);
		expect(index.resolve("Jai", "j@x.org")).toBe(index.resolve("Jai", "j@x.org"));
		expect(resolvedPath(index, "AC/DC")).toBe("new");
		changing.peopleFolder = "Contacts";
		expect(resolvedPath(index, "AC/DC")).toBe("found:Contacts/ACDC.md");
	});

	it("the seed meeting note (type: people) never resolves as a person", () => {
		const meetingText = "---\ntype: \"people\"\ntitle: \"1:1 with Jai Menon\"\nsource: \"transcript\"\n---\n";
		const notes = [readPersonNoteInfo("People/1-1 with Jai Menon.md", meetingText, settings), readPersonNoteInfo("People/Jai Menon.md", "# Jai Menon\n", settings)];
		const index = new PeopleIndex(notes.filter((n): n is PersonNoteInfo => n !== null), settings);
		expect(resolvedPath(index, "1:1 with Jai Menon")).toBe("new");
		expect(resolvedPath(index, "Jai Menon")).toBe("found:People/Jai Menon.md");
	});

	it("resolves 60,000 names against 2,000 notes quickly", () => {
		const notes = Array.from({ length: 2000 }, (_, i) => note(`People/Person ${i}.md`, { aliases: [`P${i}`], emails: [`p${i}@x.org`] }));
		const big = new PeopleIndex(notes, settings);
		const start = performance.now();
		let found = 0;
		for (let i = 0; i < 60000; i++) if (big.resolve(`person ${i % 3000}`, i % 2 === 0 ? `p${i % 3000}@x.org` : undefined).kind === "found") found++;
		expect(found).toBe(40000);
		expect(performance.now() - start).toBeLessThan(1500);
	});
});
