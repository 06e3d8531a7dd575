import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { PERSON_SECTIONS } from "../../../src/core/people/person-sections";
import { readPersonNoteInfo } from "../../../src/core/people/person-note-info";
import type { NewPersonContext } from "../../../src/core/people/template";
import { builtInPersonNote, fromUserTemplate } from "../../../src/core/people/template";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import type { CrmSettings } from "../../../src/core/settings";

const golden = readFileSync(new URL("./golden/pete-emig-new.md", import.meta.url), "utf8");
const seed = readFileSync(new URL("../../fixtures/seed-person-note.md", import.meta.url), "utf8");

function ctx(name: string, extra: Partial<NewPersonContext> = {}, settings: Partial<CrmSettings> = {}): NewPersonContext {
	return { name, aliases: [], today: "2026-01-03", settings: { ...DEFAULT_SETTINGS, ...settings }, noteBasename: name, ...extra };
}

const headings = (text: string): string[] => text.split("\n").filter((line) => /^#{1,2} /.test(line));

describe("builtInPersonNote", () => {
	it("matches the hand-written golden note for Pete Emig", () => {
		expect(builtInPersonNote(ctx("Pete Emig"))).toBe(golden);
	});

	it("has the seed's headings, in the seed's order", () => {
		expect(headings(builtInPersonNote(ctx("Pete Emig")))).toEqual(headings(seed));
		expect(headings(golden).slice(1)).toEqual(PERSON_SECTIONS.map((section) => `## ${section}`));
	});

	it("keeps the seed's frontmatter keys in order, without last_contact until there is one", () => {
		const data = readFrontmatter(builtInPersonNote(ctx("Pete Emig")));
		expect(data.kind === "ok" && Object.keys(data.data)).toEqual(["type", "title", "created", "auto_created", "tags"]);
		expect(data.kind === "ok" && data.data).toEqual({ type: "people", title: "Pete Emig", created: "2026-01-03", auto_created: true, tags: ["type/people", "needs-review"] });
	});

	it("reads back as a person note answering to the name", () => {
		const info = readPersonNoteInfo("People/Pete Emig.md", builtInPersonNote(ctx("Pete Emig")), DEFAULT_SETTINGS);
		expect(info).toMatchObject({ basename: "Pete Emig", title: "Pete Emig", emails: [] });
	});

	it("writes aliases, adding the name when the file name differs, quoting when YAML needs it", () => {
		const text = builtInPersonNote(ctx("O'Brien: Sr.", { aliases: ["Pat", "true", "ObrienSr"], noteBasename: "O'Brien Sr." }));
		expect(text.split("\n").slice(0, 13).join("\n")).toBe([
			"---",
			"type: people",
			"title: 'O''Brien: Sr.'",
			"created: '2026-01-03'",
			"auto_created: true",
			"tags:",
			"- type/people",
			"- needs-review",
			"aliases:",
			"- 'O''Brien: Sr.'",
			"- Pat",
			"- 'true'",
			"- ObrienSr",
		].join("\n"));
		const data = readFrontmatter(text);
		expect(data.kind === "ok" && data.data.aliases).toEqual(["O'Brien: Sr.", "Pat", "true", "ObrienSr"]);
		expect(text).toContain("\n# O'Brien: Sr.\n");
	});

	it("uses the first person type, the configured tags and folders, and the mention style", () => {
		const text = builtInPersonNote(ctx("Jai Menon", { noteBasename: "Jai Menon 2" }, {
			personTypes: ["Contact", "people"],
			newPersonTags: ["#crm", "person/new"],
			projectFolders: ["VAST/Projects", "Personal/Projects"],
			meetingFolders: ["Meetings"],
			mentionStyle: "wikilink",
		}));
		expect(text).toContain("\ntype: Contact\n");
		expect(text).toContain("\ntags:\n- crm\n- person/new\naliases:\n- Jai Menon\n---\n");
		expect(text).toContain('LIST\nFROM "VAST/Projects" OR "Personal/Projects"\nWHERE contains(file.outlinks, this.file.link)');
		expect(text).toContain('TASK\nFROM "Meetings"\nWHERE (status = " " OR status = "/") AND contains(text, "[[Jai Menon 2|Jai Menon]]")\nSORT due ASC');
	});

	it("keeps a crafted name on one line", () => {
		const text = builtInPersonNote(ctx("Eve\n---\nevil: true", { noteBasename: "Eve --- evil true" }));
		const data = readFrontmatter(text);
		expect(data.kind === "ok" && data.data.title).toBe("Eve --- evil: true");
		expect(data.kind === "ok" && "evil" in data.data).toBe(false);
		expect(text).toContain("\n# Eve --- evil: true\n");
	});

	it("writes no broken 'Last updated' line", () => {
		expect(builtInPersonNote(ctx("Pete Emig"))).not.toContain("Last updated");
	});
});

describe("fromUserTemplate", () => {
	const cases: { name: string; template: string; context?: Partial<NewPersonContext>; after: string }[] = [
		{
			name: "name, date and title in the body",
			template: "# {{name}}\nMet on {{date}} in {{title}}.\n",
			context: { title: "1:1 with Jai: budget" },
			after: "# Jai Menon\nMet on 2026-01-03 in 1:1 with Jai: budget.\n",
		},
		{ name: "title falls back to the name", template: "{{title}}", after: "Jai Menon" },
		{ name: "spaces and case inside braces", template: "{{ Name }} {{DATE}}", after: "Jai Menon 2026-01-03" },
		{ name: "Moment date format", template: "{{date:YYYY-MM-DD}} {{date:dddd, MMMM Do YYYY}}", after: "2026-01-03 Saturday, January 3rd 2026" },
		{ name: "date-fns date format", template: "{{date:yyyy-MM-dd}} {{date:yy/M/d}}", after: "2026-01-03 26/1/3" },
		{ name: "literal text in a format", template: "{{date:[Week of] MMM D}}", after: "Week of Jan 3" },
		{ name: "unknown placeholders stay", template: "{{time}} {{nam}}", after: "{{time}} {{nam}}" },
		{
			name: "frontmatter values are quoted when needed",
			template: "---\ntype: person\ntitle: {{name}}\ncreated: {{date}}\nmet_in: {{title}}\n---\n# {{name}}\n",
			context: { title: "1:1: budget" },
			after: "---\ntype: person\ntitle: Jai Menon\ncreated: '2026-01-03'\nmet_in: '1:1: budget'\n---\n# Jai Menon\n",
		},
		{
			name: "inside quotes the value is escaped for the quote",
			template: "---\na: \"{{name}}\"\nb: '{{name}}'\nc: [{{name}}, x]\n- {{name}}\n---\n",
			context: { name: 'Jo "JJ" O\'Neil' },
			after: "---\na: \"Jo \\\"JJ\\\" O'Neil\"\nb: 'Jo \"JJ\" O''Neil'\nc: ['Jo \"JJ\" O''Neil', x]\n- 'Jo \"JJ\" O''Neil'\n---\n",
		},
		{ name: "CRLF template", template: "---\r\ntitle: {{name}}\r\n---\r\n# {{name}}\r\n", after: "---\r\ntitle: Jai Menon\r\n---\r\n# Jai Menon\r\n" },
		{ name: "no frontmatter at all", template: "Person: {{name}}", after: "Person: Jai Menon" },
	];
	it.each(cases)("$name", ({ template, context, after }) => {
		expect(fromUserTemplate(template, { ...ctx("Jai Menon"), ...context })).toBe(after);
	});

	it("keeps the frontmatter parseable for any name", () => {
		for (const name of ["a: b", "- x", "#tag", "[x]", "{y}", "'q'", '"d"', "yes", "123", "a #b", "x\ny: z", "@at", "&a *b"]) {
			const text = fromUserTemplate("---\ntitle: {{name}}\nq: \"{{name}}\"\ns: '{{name}}'\n---\n", ctx(name));
			const data = readFrontmatter(text);
			expect(data.kind, name).toBe("ok");
			const clean = name.replace(/\s+/g, " ");
			expect(data.kind === "ok" && [data.data.title, data.data.q, data.data.s], name).toEqual([clean, clean, clean]);
		}
	});
});
