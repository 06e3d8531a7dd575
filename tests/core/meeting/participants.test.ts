// Participants: every source, every cleaning rule, and the entries that are
// not people.
import { describe, expect, it } from "vitest";
import { meetingNote, names, note, readMeeting, skipReason } from "./helpers";

const HEAD = "type: meeting\ndate: 2025-03-04";

describe("participant sources", () => {
	it.each([
		{ name: "a flow list", frontmatter: "participants: [Alice Smith, Bob Jones]", body: "", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "a block list", frontmatter: "participants:\n  - Alice Smith\n  - Bob Jones", body: "", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "a comma-separated string", frontmatter: "participants: Alice Smith, Bob Jones", body: "", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "attendees", frontmatter: "attendees: [Carol White]", body: "", expected: ["Carol White"] },
		{ name: "both keys, in participantKeys order", frontmatter: "attendees: [Carol White]\nparticipants: [Alice Smith]", body: "", expected: ["Alice Smith", "Carol White"] },
		{ name: "a **With**: line (Otter style)", frontmatter: "source: transcript", body: "**With**: Alice Smith, Bob Jones\n", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "a **With:** line", frontmatter: "source: transcript", body: "**With:** Alice Smith\n", expected: ["Alice Smith"] },
		{ name: "a Who:: field", frontmatter: "source: transcript", body: "Who:: [[Alice Smith]], [[Bob Jones]]\n", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "an ## Attendees list", frontmatter: "source: transcript", body: "## Attendees\n\n- Alice Smith\n- Bob Jones - Product\n\n## Notes\n\n- Carol said hi\n", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "a ### Participants: list", frontmatter: "source: transcript", body: "### 👥 Participants:\n1. Alice Smith\n2) Bob Jones\n", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "an Attendees line of names", frontmatter: "source: transcript", body: "## Attendees\nAlice Smith, Bob Jones\n", expected: ["Alice Smith", "Bob Jones"] },
		{ name: "frontmatter person", frontmatter: "source: transcript\nperson: \"[[Dana Lee]]\"", body: "", expected: ["Dana Lee"] },
		{ name: "the union, in source order", frontmatter: "participants: [Alice Smith]\nperson: Dana Lee", body: "**With**: Bob Jones\n\n## Attendees\n- Carol White\n", expected: ["Alice Smith", "Bob Jones", "Carol White", "Dana Lee"] },
	])("$name", ({ frontmatter, body, expected }) => {
		expect(names(readMeeting(note(`${HEAD}\n${frontmatter}`, body)))).toEqual(expected);
	});

	it("an empty person adds nobody", () => {
		expect(names(readMeeting(meetingNote("", "person: \"\"")))).toEqual(["Alice Smith", "Bob Jones"]);
	});

	it("does not read an Attendees list inside a code fence", () => {
		const text = note(`${HEAD}\nparticipants: [Alice Smith]`, "```\n## Attendees\n- Mallory\n```\n**With**: Bob Jones\n");
		expect(names(readMeeting(text))).toEqual(["Alice Smith", "Bob Jones"]);
	});
});

describe("entry formats", () => {
	it.each([
		{ name: "a wikilink", entry: "\"[[Jai Menon]]\"", expected: { name: "Jai Menon", contact: {}, attended: true } },
		{ name: "a wikilink with folder and display", entry: "\"[[People/Jai Menon|Jai]]\"", expected: { name: "Jai Menon", contact: {}, attended: true } },
		{ name: "a wikilink keeps its target", entry: "\"[[Alice_Smith]]\"", expected: { name: "Alice_Smith", contact: {}, attended: true } },
		{ name: "a wikilink with a heading", entry: "\"[[Jai Menon#Contact]]\"", expected: { name: "Jai Menon", contact: {}, attended: true } },
		{ name: "a trailing parenthetical", entry: "Ong (last name unknown)", expected: { name: "Ong", qualifier: "last name unknown", contact: {}, attended: true } },
		{ name: "Name <email>", entry: "Bob Smith <Bob.Smith@Example.com>", expected: { name: "Bob Smith", email: "bob.smith@example.com", contact: { email: "bob.smith@example.com" }, attended: true } },
		{ name: "Name (email)", entry: "Bob Smith (bob@example.com)", expected: { name: "Bob Smith", email: "bob@example.com", contact: { email: "bob@example.com" }, attended: true } },
		{ name: "\"Name\" <email>", entry: "'\"Bob Smith\" <bob@example.com>'", expected: { name: "Bob Smith", email: "bob@example.com", contact: { email: "bob@example.com" }, attended: true } },
		{ name: "Name <email> (qualifier)", entry: "Bob Smith <bob@example.com> (Acme)", expected: { name: "Bob Smith", qualifier: "Acme", email: "bob@example.com", contact: { email: "bob@example.com" }, attended: true } },
		{ name: "<mailto:email> alone", entry: "<mailto:jai.menon@example.com>", expected: { name: "Jai Menon", email: "jai.menon@example.com", contact: { email: "jai.menon@example.com" }, attended: true } },
		{ name: "first.last email", entry: "jai.menon@example.com", expected: { name: "Jai Menon", email: "jai.menon@example.com", contact: { email: "jai.menon@example.com" }, attended: true } },
		{ name: "an upper-case first.last email", entry: "JEAN-LUC.PICARD@example.com", expected: { name: "Jean-Luc Picard", email: "jean-luc.picard@example.com", contact: { email: "jean-luc.picard@example.com" }, attended: true } },
		{ name: "collapsed whitespace", entry: "\"  Alice \\t  Smith \"", expected: { name: "Alice Smith", contact: {}, attended: true } },
		{ name: "zero-width characters dropped", entry: "\"Ali\\u200Bce\\u2060 Sm\\uFEFFith\\u200D\"", expected: { name: "Alice Smith", contact: {}, attended: true } },
		{ name: "bold name", entry: "\"**Alice Smith**\"", expected: { name: "Alice Smith", contact: {}, attended: true } },
		{ name: "an @mention", entry: "\"@Alice Smith\"", expected: { name: "Alice Smith", contact: {}, attended: true } },
	])("$name", ({ entry, expected }) => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants:\n  - ${entry}`));
		expect(meeting.participants).toEqual([expected]);
		expect(meeting.dropped).toEqual([]);
	});

	it("NFC: a composed and a decomposed José are one person, written composed", () => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: ["Jos\\u00E9 Ruiz", "Jose\\u0301 Ruiz"]`));
		expect(names(meeting)).toEqual(["Jos\u00E9 Ruiz"]);
	});

	it("a bare email matches a known person by email", () => {
		const knownPeople = [{ name: "Priya Patel", aliases: [], emails: ["PP@corp.example"] }];
		const meeting = readMeeting(note(`${HEAD}\nparticipants: [pp@corp.example]`), { knownPeople });
		expect(meeting.participants).toEqual([{ name: "Priya Patel", email: "pp@corp.example", contact: { email: "pp@corp.example" }, attended: true }]);
	});

	it("a bare email matches a name given with it elsewhere in the note", () => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: [bob@y.com]`, "**With**: Bob Smith <bob@y.com>\n"));
		expect(meeting.participants).toEqual([{ name: "Bob Smith", email: "bob@y.com", contact: { email: "bob@y.com" }, attended: true }]);
	});

	it("Fireflies style: one string of emails and Name <email>", () => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: "a@x.com, Bob Smith <bob@y.com>, carol.white@z.org"`));
		expect(meeting.participants).toEqual([
			{ name: "Bob Smith", email: "bob@y.com", contact: { email: "bob@y.com" }, attended: true },
			{ name: "Carol White", email: "carol.white@z.org", contact: { email: "carol.white@z.org" }, attended: true },
		]);
		expect(meeting.dropped).toEqual([{ entry: "a@x.com", reason: "email without a name" }]);
	});

	it("Granola style: attendee objects with name, email and contact fields", () => {
		const frontmatter = [
			"attendees:",
			"  - name: Alice Smith",
			"    email: Alice@Acme.com",
			"    role: CTO",
			"    company: Acme",
			"    phone: 5551234",
			"    linkedin: https://linkedin.com/in/alice",
			"    location: Berlin",
			"    department: R&D",
			"    notes: not a contact field",
			"  - email: bob.jones@acme.com",
			"  - name: \"[[Carol White]]\"",
		].join("\n");
		const meeting = readMeeting(note(`${HEAD}\n${frontmatter}`));
		expect(meeting.participants).toEqual([
			{
				name: "Alice Smith",
				email: "alice@acme.com",
				contact: { email: "alice@acme.com", role: "CTO", company: "Acme", phone: "5551234", linkedin: "https://linkedin.com/in/alice", location: "Berlin", department: "R&D" },
				attended: true,
			},
			{ name: "Bob Jones", email: "bob.jones@acme.com", contact: { email: "bob.jones@acme.com" }, attended: true },
			{ name: "Carol White", contact: {}, attended: true },
		]);
	});
});

describe("entries that are not people", () => {
	it.each([
		{ name: "Speaker 2", entry: "Speaker 2", reason: "a placeholder speaker, not a person" },
		{ name: "Unknown Speaker", entry: "Unknown Speaker", reason: "a placeholder speaker, not a person" },
		{ name: "Unknown", entry: "Unknown", reason: "a placeholder speaker, not a person" },
		{ name: "Guest", entry: "Guest", reason: "a placeholder speaker, not a person" },
		{ name: "Guest 3", entry: "Guest 3", reason: "a placeholder speaker, not a person" },
		{ name: "Participant 3", entry: "Participant 3", reason: "a placeholder speaker, not a person" },
		{ name: "punctuation only", entry: "\"--?!\"", reason: "only punctuation, not a name" },
		{ name: "empty string", entry: "\"\"", reason: "empty name" },
		{ name: "a YAML number", entry: "42", reason: "participant 42 is a number, not a name" },
		{ name: "digits kept as written (0123, not 83)", entry: "0123", reason: "participant 0123 is a number, not a name" },
		{ name: "a nested list", entry: "[Alice, Bob]", reason: "participant [\"Alice\",\"Bob\"] is a nested list, not a name" },
		{ name: "an unquoted wikilink (YAML reads a nested list)", entry: "[[Jai Menon]]", reason: "participant [[\"Jai Menon\"]] is a nested list, not a name (write wikilinks in quotes: \"[[Jai Menon]]\")" },
		{ name: "an object without name or email", entry: "{role: PM}", reason: "participant {\"role\":\"PM\"} has neither a name nor an email" },
		{ name: "an object with a bad email", entry: "{email: nobody}", reason: "participant {\"email\":\"nobody\"} has no name and \"nobody\" is not an email" },
		{ name: "a boolean", entry: "true", reason: "participant true is not a name" },
		{ name: "an email without a name", entry: "x7@corp.example", reason: "email without a name" },
		{ name: "an ignored bot", entry: "Otter.ai", reason: "in the ignore list" },
		{ name: "an ignored bot, any case", entry: "READ.AI", reason: "in the ignore list" },
		{ name: "a /regex/ ignore entry", entry: "Fireflies.ai Notetaker", reason: "in the ignore list" },
		{ name: "a Zoom Room", entry: "Zoom Room 4B", reason: "in the ignore list" },
	])("$name is dropped with a reason", ({ entry, reason }) => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants:\n  - ${entry}\n  - Alice Smith`));
		expect(names(meeting)).toEqual(["Alice Smith"]);
		expect(meeting.dropped).toHaveLength(1);
		expect(meeting.dropped[0].reason).toBe(reason);
	});

	it("records the entry as written", () => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: [Speaker 2, Otter.ai, Alice]`));
		expect(meeting.dropped).toEqual([
			{ entry: "Speaker 2", reason: "a placeholder speaker, not a person" },
			{ entry: "Otter.ai", reason: "in the ignore list" },
		]);
	});

	it.each([
		{ name: "a plain name", ignoreNames: ["alice smith"], dropped: ["Alice Smith"] },
		{ name: "a regex with flags", ignoreNames: ["/^bob\\b/i"], dropped: ["Bob Jones"] },
		{ name: "an invalid regex (ignored, not fatal)", ignoreNames: ["/([/"], dropped: [] },
		{ name: "a g-flag regex matches every time", ignoreNames: ["/o/g"], dropped: ["Bob Jones", "Dot Moss"] },
	])("ignoreNames: $name", ({ ignoreNames, dropped }) => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: [Alice Smith, Bob Jones, Dot Moss]`), { ignoreNames });
		expect(meeting.dropped.map((entry) => entry.entry)).toEqual(dropped);
	});

	it.each([
		{ name: "nobody left", participants: "participants: [Speaker 1, Guest]", reason: "no participants: every entry was dropped: \"Speaker 1\" (a placeholder speaker, not a person), \"Guest\" (a placeholder speaker, not a person)" },
		{ name: "only the owner", participants: "participants: [Jason Vallery, Myself]", reason: "no participants other than you: add the people you met to \"participants\"" },
		{ name: "no list at all", participants: "title: Sync", reason: "no participants: add a \"participants\" list to the frontmatter" },
		{ name: "the owner and a placeholder", participants: "participants: [Me, Speaker 1]", reason: "no participants other than you: every entry was dropped: \"Speaker 1\" (a placeholder speaker, not a person)" },
		{ name: "many dropped", participants: "participants: [Guest 1, Guest 2, Guest 3, Guest 4, Guest 5]", reason: "no participants: every entry was dropped: \"Guest 1\" (a placeholder speaker, not a person), \"Guest 2\" (a placeholder speaker, not a person), \"Guest 3\" (a placeholder speaker, not a person), and 2 more" },
		{ name: "only numbers", participants: "participants: [1, 2]", reason: "no participants: every entry was dropped: \"1\" (participant 1 is a number, not a name), \"2\" (participant 2 is a number, not a name)" },
	])("skips a meeting with $name", ({ participants, reason }) => {
		expect(skipReason(note(`${HEAD}\n${participants}`))).toBe(reason);
	});
});

describe("duplicates and the owner", () => {
	it("counts the same person once, under the spelling listed first, merging contact fields", () => {
		const frontmatter = "participants: [alice smith, Bob Jones]\nattendees:\n  - name: Alice Smith\n    email: alice@acme.com\n    role: CTO";
		const meeting = readMeeting(note(`${HEAD}\n${frontmatter}`, "**With**: ALICE SMITH (Acme), Bob  Jones\n"));
		expect(meeting.participants).toEqual([
			{ name: "alice smith", qualifier: "Acme", email: "alice@acme.com", contact: { email: "alice@acme.com", role: "CTO" }, attended: true },
			{ name: "Bob Jones", contact: {}, attended: true },
		]);
	});

	it("merges entries that share an email", () => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants: ["Bob <bob@y.com>", "Robert Jones <BOB@y.com>"]`));
		expect(names(meeting)).toEqual(["Bob"]);
	});

	it.each([
		{ name: "Your name", entry: "Jason Vallery" },
		{ name: "any case", entry: "jason vallery" },
		{ name: "an alias", entry: "JV" },
		{ name: "Myself", entry: "Myself" },
		{ name: "Me", entry: "me" },
		{ name: "a wikilink to the owner", entry: "\"[[People/Jason Vallery]]\"" },
		{ name: "the owner's first.last email", entry: "jason.vallery@corp.example" },
	])("removes the owner given as $name and records ownerPresent", ({ entry }) => {
		const meeting = readMeeting(note(`${HEAD}\nparticipants:\n  - ${entry}\n  - Alice Smith`));
		expect(names(meeting)).toEqual(["Alice Smith"]);
		expect(meeting.ownerPresent).toBe(true);
		expect(meeting.dropped).toEqual([]);
	});

	it("ownerPresent is false when the owner is not listed", () => {
		expect(readMeeting(meetingNote()).ownerPresent).toBe(false);
	});

	it.each([
		{ name: "a plain name", person: "Alice Smith", expected: "Alice Smith" },
		{ name: "a wikilink, in the participants' spelling", person: "\"[[People/alice smith|Al]]\"", expected: "Alice Smith" },
		{ name: "an unquoted wikilink", person: "[[Alice Smith]]", expected: "Alice Smith" },
		{ name: "a placeholder", person: "Speaker 1", expected: undefined },
		{ name: "the owner", person: "Jason Vallery", expected: undefined },
	])("primaryPerson from person: $name", ({ person, expected }) => {
		expect(readMeeting(meetingNote("", `person: ${person}`)).primaryPerson).toBe(expected);
	});
});
