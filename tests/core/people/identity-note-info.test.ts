import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contactTableEmails, personNoteInfoFromFrontmatter, readPersonNoteInfo } from "../../../src/core/people/person-note-info";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const settings = { ...DEFAULT_SETTINGS };
const seedMeeting = readFileSync(new URL("../../fixtures/seed-meeting-note.md", import.meta.url), "utf8");
const seedPerson = readFileSync(new URL("../../fixtures/seed-person-note.md", import.meta.url), "utf8");

describe("readPersonNoteInfo: which notes are person notes", () => {
	const cases: { name: string; path: string; text: string; person: boolean }[] = [
		{ name: "type people outside the people folder", path: "Contacts/Ann.md", text: "---\ntype: people\n---\n", person: true },
		{ name: "type Person, any case", path: "Ann.md", text: "---\ntype: Person\n---\n", person: true },
		{ name: "type as a list", path: "x/Ann.md", text: "---\ntype: [contact, person]\n---\n", person: true },
		{ name: "other type outside the folder", path: "Ann.md", text: "---\ntype: project\n---\n", person: false },
		{ name: "no frontmatter outside the folder", path: "Ann.md", text: "# Ann\n", person: false },
		{ name: "any note in the people folder", path: "People/Ann.md", text: "# Ann\n", person: true },
		{ name: "people subfolder", path: "People/Team/Ann.md", text: "---\ntags: [x]\n---\n", person: true },
		{ name: "folder name prefix is not the folder", path: "PeopleOld/Ann.md", text: "# Ann\n", person: false },
		{ name: "not markdown", path: "People/Ann.png", text: "", person: false },
		{ name: "meeting source wins over type people", path: "M/m.md", text: "---\ntype: people\nsource: transcript\n---\n", person: false },
		{ name: "participants make a meeting", path: "People/m.md", text: "---\ntype: people\nattendees: [Ann]\n---\n", person: false },
		{ name: "empty participants do not", path: "People/Ann.md", text: "---\nparticipants: []\n---\n", person: true },
		{ name: "meeting type", path: "People/m.md", text: "---\ntype: meeting\n---\n", person: false },
		{ name: "broken frontmatter outside the folder", path: "Ann.md", text: "---\ntype: people\n: : [\n---\n", person: false },
	];
	it.each(cases)("$name", ({ path, text, person }) => {
		expect(readPersonNoteInfo(path, text, settings) !== null).toBe(person);
	});

	it("the seed meeting note (type: people) is not a person note, even in the people folder", () => {
		expect(readPersonNoteInfo("Meetings/2025-09-30.md", seedMeeting, settings)).toBeNull();
		expect(readPersonNoteInfo("People/2025-09-30.md", seedMeeting, settings)).toBeNull();
	});

	it("reads the seed person note", () => {
		expect(readPersonNoteInfo("People/Pete Emig.md", seedPerson, settings)).toEqual({
			path: "People/Pete Emig.md",
			basename: "Pete Emig",
			title: "Pete Emig",
			aliases: [],
			emails: [],
			inPeopleFolder: true,
		});
	});

	it("a broken person note in the people folder is returned with the reason", () => {
		const info = readPersonNoteInfo("People/Ann Lee.md", "---\ntitle: [unclosed\n---\n# Ann\n", settings);
		expect(info?.basename).toBe("Ann Lee");
		expect(info?.brokenReason).toMatch(/frontmatter does not parse/);
	});

	it("a people folder at the vault root counts only notes at the root", () => {
		const root = { ...settings, peopleFolder: "" };
		expect(readPersonNoteInfo("Ann.md", "# Ann\n", root)?.inPeopleFolder).toBe(true);
		expect(readPersonNoteInfo("Projects/Apollo.md", "# Apollo\n", root)).toBeNull();
	});

	it("reads title, aliases (list, string, legacy alias) and a BOM", () => {
		const text = "\uFEFF---\ntitle: Jai Menon\naliases:\n- Jai\n- JM\nalias: Jai M, J. Menon\n---\n";
		const info = readPersonNoteInfo("People/jai.md", text, settings);
		expect(info?.title).toBe("Jai Menon");
		expect(info?.aliases).toEqual(["Jai", "JM", "Jai M, J. Menon", "Jai M", "J. Menon"]);
	});
});

describe("emails of a person note", () => {
	it("come from frontmatter email/emails and the Email cell", () => {
		const text = [
			"---",
			"type: person",
			"email: Jai@Example.com",
			"emails: [jai.menon@corp.example, 'JAI@example.com']",
			"---",
			"| Field | Value |",
			"|-------|-------|",
			"| **Email** | [jai@home.example](mailto:jai@home.example) |",
		].join("\n");
		expect(readPersonNoteInfo("x/Jai.md", text, settings)?.emails).toEqual(["jai@example.com", "jai.menon@corp.example", "jai@home.example"]);
	});

	const cells: { name: string; row: string; after: string[] }[] = [
		{ name: "unknown", row: "| **Email** | _Unknown_ |", after: [] },
		{ name: "blank", row: "| **Email** |  |", after: [] },
		{ name: "plain", row: "| **Email** | ann@example.com |", after: ["ann@example.com"] },
		{ name: "angle brackets", row: "| Email | <Ann@Example.com> |", after: ["ann@example.com"] },
		{ name: "mailto link", row: "| **Email** | [mail](mailto:ann@example.com) |", after: ["ann@example.com"] },
		{ name: "two addresses", row: "| **E-mail** | a@x.org, b@y.org |", after: ["a@x.org", "b@y.org"] },
		{ name: "other row", row: "| **Phone** | ann@example.com |", after: [] },
	];
	it.each(cells)("Email cell: $name", ({ row, after }) => {
		expect(contactTableEmails(`# Ann\n\n| Field | Value |\n|---|---|\n${row}\n`)).toEqual(after);
	});

	it("ignore an Email row inside a code block", () => {
		expect(contactTableEmails("```\n| **Email** | a@x.org |\n```\n")).toEqual([]);
	});

	it("personNoteInfoFromFrontmatter takes parsed frontmatter and body emails", () => {
		const info = personNoteInfoFromFrontmatter("Contacts/Ann.md", { type: "people", emails: "ann@x.org" }, ["Ann@Work.org"], settings);
		expect(info?.emails).toEqual(["ann@x.org", "ann@work.org"]);
		expect(personNoteInfoFromFrontmatter("Contacts/Ann.md", undefined, [], settings)).toBeNull();
	});
});
