// Plans the person-note writes of a run: a new note from its template, an
// existing one merged; each becomes one PlannedWrite.
import type { VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import { mergePersonNote } from "../people/merge";
import { builtInPersonNote, fromUserTemplate } from "../people/template";
import type { NewPersonContext } from "../people/template";
import { personFileName } from "../people/file-name";
import type { RunReport } from "./run-types";
import type { PersonTarget } from "./plan-people";
import type { PlannedWrite } from "./planned-write";
import type { Pacer } from "./pacer";
import type { WrittenParts } from "./ledger";
import type { NoteTexts } from "./read-phase";

export interface PeopleWriteContext {
	settings: CrmSettings;
	today: string;
	texts: NoteTexts;
	report: RunReport;
	pacer: Pacer;
}

export interface PeopleWrites {
	planned: PlannedWrite[];
	/** Meeting path → note path → written, for notes that need no write. */
	unchanged: Map<string, Record<string, WrittenParts>>;
}

export async function planPeopleWrites(port: VaultPort, targets: PersonTarget[], ctx: PeopleWriteContext): Promise<PeopleWrites> {
	const planned: PlannedWrite[] = [];
	const unchanged = new Map<string, Record<string, WrittenParts>>();
	const template = await loadTemplate(port, ctx);
	for (const target of targets) {
		await ctx.pacer.tick();
		const basename = basenameOf(target.path);
		const merge = (text: string) => safeMerge(text, basename, target.inputs);
		if (target.isNew && !port.exists(target.path)) {
			if (target.inputs.every((input) => input.contribution === null)) continue;
			// A note being (re-)created has none of the lines the ledger remembers:
			// merging with them as "previous" would take them for lines the user deleted.
			const fresh = target.inputs.filter((input) => input.contribution !== null).map((input) => ({ ...input, previous: undefined }));
			const mergeFresh = (text: string) => safeMerge(text, basename, fresh);
			const result = mergeFresh(newNoteText(target, basename, template, ctx));
			if ("error" in result) {
				ctx.report.errors.push({ path: target.path, reason: result.error });
				continue;
			}
			planned.push({ path: target.path, kind: "create", before: "", after: result.text, redo: mergeFresh, written: result.written, counts: "people" });
			continue;
		}
		if (!port.exists(target.path)) continue;
		if (target.isNew) {
			// The new person's file name was taken since the notes were read, or by
			// a note that is not a person note: never write into it.
			ctx.report.skipped.push({ path: target.path, reason: `no person note was written for ${target.name}: another note already exists at this path` });
			continue;
		}
		let before = ctx.texts.get(target.path);
		if (before === undefined) {
			try {
				before = await port.read(target.path);
			} catch {
				continue;
			}
		}
		const result = merge(before);
		if ("error" in result) {
			ctx.report.skipped.push({ path: target.path, reason: result.error });
			continue;
		}
		if (result.text === before) {
			for (const [meetingPath, parts] of Object.entries(result.written)) {
				const perNote = unchanged.get(meetingPath) ?? {};
				perNote[target.path] = parts;
				unchanged.set(meetingPath, perNote);
			}
			continue;
		}
		planned.push({ path: target.path, kind: "update", before, after: result.text, redo: merge, written: result.written, counts: "people" });
	}
	return { planned, unchanged };
}

type MergeOutcome = { text: string; written: Record<string, WrittenParts> } | { error: string };

/** A merge that cannot throw: a note the merge cannot handle is left alone
 * and reported, and the run goes on. */
function safeMerge(text: string, basename: string, inputs: PersonTarget["inputs"]): MergeOutcome {
	try {
		const result = mergePersonNote(text, basename, inputs);
		return result.kind === "ok" ? { text: result.text, written: result.written } : { error: `person note left untouched: ${result.reason}` };
	} catch (error) {
		return { error: `person note left untouched: it could not be merged (${error instanceof Error ? error.message : String(error)})` };
	}
}

async function loadTemplate(port: VaultPort, ctx: PeopleWriteContext): Promise<string | null> {
	const setting = ctx.settings.personTemplate.trim();
	if (setting === "") return null;
	const path = setting.endsWith(".md") ? setting : `${setting}.md`;
	try {
		return await port.read(path);
	} catch {
		ctx.report.errors.push({ path, reason: "the person template was not found, so new notes used the built-in template" });
		return null;
	}
}

function newNoteText(target: PersonTarget, basename: string, template: string | null, ctx: PeopleWriteContext): string {
	const person: NewPersonContext = {
		name: target.name,
		aliases: personFileName(target.name) === target.name ? [] : [target.name],
		today: ctx.today,
		title: target.firstMeetingTitle,
		settings: ctx.settings,
		noteBasename: basename,
	};
	return template === null ? builtInPersonNote(person) : fromUserTemplate(template, person);
}

export function basenameOf(path: string): string {
	const file = path.slice(path.lastIndexOf("/") + 1);
	return file.endsWith(".md") ? file.slice(0, -3) : file;
}
