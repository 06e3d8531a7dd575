// The Dataview blocks of a person note (SPEC section 2). The task queries look
// for exactly the strings the task rewriter writes (mentionFor), and count as
// open only status " " and "/": Dataview's `!completed` would also count
// proposed `[?]` and cancelled `[-]` tasks as open.
import type { CrmSettings } from "../settings";
import { mentionFor } from "../tasks/mention";
import { normalizeFolder } from "./folder-path";

type QuerySettings = Pick<CrmSettings, "meetingFolders" | "projectFolders" | "mentionStyle">;

/** The open-task condition, shared by both task queries. */
export const OPEN_TASK_CONDITION = `(status = " " OR status = "/")`;

/** A DQL string literal: `"` and `\` escaped the way Dataview's parser reads them back, on one line. */
export function dqlString(text: string): string {
	return `"${text.replace(/[\r\n]+/g, " ").replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/**
 * A `FROM` source over folders: `"A" OR "B"`, or `""` (the whole vault) when
 * there are none or one of them is the vault root.
 */
export function folderSource(folders: string[]): string {
	const clean = [...new Set(folders.map(normalizeFolder))];
	if (clean.length === 0 || clean.includes("")) return dqlString("");
	return clean.map(dqlString).join(" OR ");
}

/** Projects: notes in the project folders that link to this person note. */
export function projectsQuery(settings: QuerySettings): string {
	return ["LIST", `FROM ${folderSource(settings.projectFolders)}`, "WHERE contains(file.outlinks, this.file.link)"].join("\n");
}

/**
 * Open Tasks: open tasks in the meeting folders that mention the person by full
 * name or in the mention style (at-name and wikilink mentions contain the full
 * name already, so one test covers them).
 */
export function openTasksQuery(name: string, settings: QuerySettings, noteBasename = name): string {
	const fullName = cleanName(name);
	const mention = mentionFor(fullName, settings.mentionStyle, noteBasename);
	const tests = [`contains(text, ${dqlString(fullName)})`];
	if (!mention.includes(fullName)) tests.push(`contains(text, ${dqlString(mention)})`);
	const mentions = tests.length === 1 ? tests[0] : `(${tests.join(" OR ")})`;
	return taskQuery(settings, `${OPEN_TASK_CONDITION} AND ${mentions}`);
}

/** Tasks They Own: open tasks whose owner mention is this person. */
export function tasksTheyOwnQuery(name: string, settings: QuerySettings, noteBasename = name): string {
	const mention = mentionFor(cleanName(name), settings.mentionStyle, noteBasename);
	return taskQuery(settings, `${OPEN_TASK_CONDITION} AND contains(text, ${dqlString(mention)})`);
}

/** A query wrapped in a ```dataview fence. */
export function dataviewBlock(query: string): string {
	return "```dataview\n" + query + "\n```";
}

function taskQuery(settings: QuerySettings, condition: string): string {
	return ["TASK", `FROM ${folderSource(settings.meetingFolders)}`, `WHERE ${condition}`, "SORT due ASC"].join("\n");
}

function cleanName(name: string): string {
	return name.normalize("NFC").replace(/\s+/g, " ").trim();
}
