// The text of a new person note (SPEC section 2, "A new person note"): the
// built-in template, which keeps the seed person note's layout (the one users
// and their Dataview setup know) with blank content, or the user's template
// with its placeholders filled in.
//
// No `last_contact` key is written here: a new note has no contact yet, and
// the merge adds `last_contact` after `created` when it first has a value.
import type { CrmSettings } from "../settings";
import { dataviewBlock, openTasksQuery, projectsQuery, tasksTheyOwnQuery } from "./dataview";
import { CONTACT_ROWS, PERSON_SECTIONS, UNKNOWN_CELL } from "./person-sections";
import type { PersonSection } from "./person-sections";
import { formatTemplateDate } from "./template-date";
import { yamlBlockList, yamlScalar } from "./yaml-scalar";

export interface NewPersonContext {
	/** The person's name as the meeting gave it, e.g. "Jai Menon". */
	name: string;
	/** Names for frontmatter `aliases` (the name itself is added when the file name differs). */
	aliases: string[];
	/** yyyy-MM-dd. */
	today: string;
	/** The title of the meeting that introduced the person, for `{{title}}`. */
	title?: string;
	settings: CrmSettings;
	/** The note's file name without ".md" (personFileName(name)). */
	noteBasename: string;
}

/** The seed's placeholder lines, under their sections. */
const PLACEHOLDERS: Partial<Record<PersonSection, string>> = {
	Relationship: "_How do you work with this person? What is your dynamic?_",
	Background: "_Career history, expertise, interests, personal details shared..._",
	Projects: "_What projects are you collaborating on with this person?_",
	"Tasks They Own": "_Action items this person is responsible for:_",
};

/** The built-in person note, LF line endings, ending with a newline. */
export function builtInPersonNote(ctx: NewPersonContext): string {
	const name = oneLine(ctx.name);
	const lines = [...frontmatterLines(ctx), "", `# ${name}`, ""];
	for (const section of PERSON_SECTIONS) {
		lines.push(`## ${section}`, "");
		const body = sectionBody(section, ctx);
		if (body.length > 0) lines.push(...body, "");
	}
	while (lines[lines.length - 1] === "") lines.pop();
	return lines.join("\n") + "\n";
}

function frontmatterLines(ctx: NewPersonContext): string[] {
	const { settings } = ctx;
	const tags = settings.newPersonTags.map((tag) => tag.trim().replace(/^#/, "")).filter((tag) => tag !== "");
	const lines = [
		"---",
		`type: ${yamlScalar(settings.personTypes[0] ?? "people")}`,
		`title: ${yamlScalar(oneLine(ctx.name))}`,
		`created: ${yamlScalar(ctx.today)}`,
		"auto_created: true",
	];
	if (tags.length > 0) lines.push(...yamlBlockList("tags", tags));
	const aliases = aliasesFor(ctx);
	if (aliases.length > 0) lines.push(...yamlBlockList("aliases", aliases));
	lines.push("---");
	return lines;
}

/** The context's aliases, plus the name when the file name differs from it; never the basename. */
function aliasesFor(ctx: NewPersonContext): string[] {
	const wanted = ctx.noteBasename !== ctx.name ? [ctx.name, ...ctx.aliases] : ctx.aliases;
	const aliases: string[] = [];
	for (const alias of wanted.map(oneLine)) {
		if (alias !== "" && alias !== ctx.noteBasename && !aliases.includes(alias)) aliases.push(alias);
	}
	return aliases;
}

function sectionBody(section: PersonSection, ctx: NewPersonContext): string[] {
	const placeholder = PLACEHOLDERS[section];
	const body = placeholder ? [placeholder] : [];
	const name = oneLine(ctx.name);
	switch (section) {
		case "Contact Information":
			return contactTable();
		case "Projects":
			return [...body, "", dataviewBlock(projectsQuery(ctx.settings))];
		case "Open Tasks":
			return [dataviewBlock(openTasksQuery(name, ctx.settings, ctx.noteBasename))];
		case "Tasks They Own":
			return [...body, "", dataviewBlock(tasksTheyOwnQuery(name, ctx.settings, ctx.noteBasename))];
		default:
			return body;
	}
}

function contactTable(): string[] {
	return ["| Field | Value |", "|-------|-------|", ...CONTACT_ROWS.map((row) => `| **${row.label}** | ${UNKNOWN_CELL} |`)];
}

/**
 * A user's template with `{{name}}`, `{{title}}` (the meeting's title, or the
 * name when there is none), `{{date}}` (today, yyyy-MM-dd) and
 * `{{date:FORMAT}}` filled in. In the frontmatter a placeholder that is a
 * whole value is written as a YAML scalar (quoted when needed), and one inside
 * a quoted string is escaped for that string, so a name never breaks the YAML.
 */
export function fromUserTemplate(templateText: string, ctx: NewPersonContext): string {
	const lines = templateText.split("\n");
	const opensFrontmatter = lines[0].replace(/^\uFEFF/, "").trimEnd() === "---";
	const closing = opensFrontmatter ? lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---") : -1;
	const fillText = (line: string): string =>
		line.replace(PLACEHOLDER, (_match: string, key: string, fmt: string | undefined) => valueOf(key, fmt, ctx));
	return lines.map((line, i) => (i > 0 && i < closing ? fillYamlLine(line, ctx) : fillText(line))).join("\n");
}

const PLACEHOLDER = /\{\{\s*(name|title|date)\s*(?::([^}]*))?\}\}/gi;

function valueOf(key: string, pattern: string | undefined, ctx: NewPersonContext): string {
	switch (key.toLowerCase()) {
		case "name":
			return oneLine(ctx.name);
		case "title":
			return oneLine(ctx.title ?? ctx.name);
		default:
			return pattern !== undefined && pattern.trim() !== "" ? formatTemplateDate(ctx.today, pattern.trim()) : ctx.today;
	}
}

function fillYamlLine(line: string, ctx: NewPersonContext): string {
	return line.replace(PLACEHOLDER, (match: string, key: string, fmt: string | undefined, offset: number) => {
		const value = valueOf(key, fmt, ctx);
		const quote = openQuoteBefore(line, offset);
		if (quote === '"') return value.replace(/[\\"]/g, (char) => `\\${char}`);
		if (quote === "'") return value.replace(/'/g, "''");
		const before = line.slice(0, offset);
		const after = line.slice(offset + match.length);
		const startsValue = /(?:^\s*-\s+|^\s*[^\s:#][^:#]*:\s+|[[,]\s*)$/.test(before);
		const endsValue = /^\s*(?:[\],].*|#.*)?$/.test(after);
		return startsValue && endsValue ? yamlScalar(value) : value;
	});
}

/**
 * Which quote is open at a position of a YAML line ("" when none). A quote
 * opens a string only where a value starts (`key: '…`, `- "…`, `[ '…`), not
 * inside a plain value (`O'Brien`).
 */
function openQuoteBefore(line: string, offset: number): string {
	let open = "";
	let previous = "";
	for (let i = 0; i < offset; i++) {
		const char = line[i];
		if (open === "") {
			if ((char === '"' || char === "'") && /^[:\-[,{]?$/.test(previous)) open = char;
			if (!/\s/.test(char)) previous = char;
		} else if (open === '"' && char === "\\") {
			i++;
		} else if (char === open) {
			if (open === "'" && line[i + 1] === "'") i++;
			else {
				open = "";
				previous = char;
			}
		}
	}
	return open;
}

/** Names come from meeting notes: no line breaks may reach a heading or YAML. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
