// The person-note writes of a run: a new note from its template, an
// existing one merged; each becomes one PlannedWrite when its turn comes.
import type { VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import { mergeSteps, runSteps } from "../people/merge-steps";
import type { MeetingInput } from "../people/merge";
import type { Steps } from "../people/merge-steps";
import { builtInPersonNote, fromUserTemplate } from "../people/template";
import type { NewPersonContext } from "../people/template";
import { personFileName } from "../people/file-name";
import type { RunReport } from "./run-types";
import type { PersonTarget } from "./plan-people";
import type { PlannedWrite } from "./planned-write";
import type { Pacer } from "./pacer";
import { contentHash } from "./content-hash";
import { pathRecord } from "./ledger";
import type { WrittenParts } from "./ledger";
import type { NoteTexts } from "./read-phase";

export interface PeopleWriteContext {
	settings: CrmSettings;
	today: string;
	texts: NoteTexts;
	report: RunReport;
}

/** One person note to merge: its text as read and the merge, made when the
 * note's turn comes (a run holds one merged text at a time, not thousands). */
export interface PersonJob {
	path: string;
	kind: "create" | "update";
	/** Text as read ("" for a new note). */
	before: string;
	/** The merge of `before` (for a new note, of its template text), in
	 * steps: a note with thousands of entries takes longer than a stretch
	 * of work may last. */
	merge: () => Steps<MergeOutcome>;
	/** The same merge against the note's text when it is written, at once
	 * (Vault.process calls it synchronously). */
	redo: (current: string) => MergeOutcome;
}

/** Person notes this run merges, in the targets' order; a target that can
 * have no write (a new note with nothing to say, a taken file name) is
 * dropped here, and reported when the user should know. */
export async function personJobs(port: VaultPort, targets: PersonTarget[], ctx: PeopleWriteContext): Promise<PersonJob[]> {
	const jobs: PersonJob[] = [];
	const template = await loadTemplate(port, ctx);
	for (const target of targets) {
		const basename = basenameOf(target.path);
		if (target.isNew && !port.exists(target.path)) {
			if (target.inputs.every((input) => input.contribution === null)) continue;
			// A note being (re-)created has none of the lines the ledger remembers:
			// merging with them as "previous" would take them for lines the user deleted.
			// Made when the note's turn comes: tens of thousands of inputs copied
			// at once would be one long stretch of work.
			let fresh: MeetingInput[] | null = null;
			const freshInputs = () => (fresh ??= target.inputs.filter((input) => input.contribution !== null).map((input) => ({ ...input, previous: undefined })));
			const redo = (text: string) => runSteps(safeMerge(text, basename, freshInputs()));
			jobs.push({ path: target.path, kind: "create", before: "", merge: () => safeMerge(newNoteText(target, basename, template, ctx), basename, freshInputs()), redo });
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
		const text = before;
		const redo = (current: string) => runSteps(safeMerge(current, basename, target.inputs));
		jobs.push({ path: target.path, kind: "update", before, merge: () => safeMerge(text, basename, target.inputs), redo });
	}
	return jobs;
}

/**
 * The jobs' writes, each merged only when asked for. A merge that fails is
 * reported; a note the merge leaves as it is gets no write, and what it
 * holds for each meeting goes into `unchanged` (meeting path → note path →
 * written). A job is let go once its write is done (asked for the next one):
 * what it was to write into its note is then garbage, not run-long memory.
 */
export async function* personWrites(jobs: (PersonJob | null)[], report: RunReport, unchanged: Map<string, Record<string, WrittenParts>>, pacer: Pacer): AsyncGenerator<PlannedWrite> {
	for (let i = 0; i < jobs.length; i++) {
		const job = jobs[i];
		jobs[i] = null;
		if (job === null) continue;
		await pacer.tick();
		const result = await pacedSteps(job.merge(), pacer);
		if ("error" in result) {
			if (job.kind === "create") report.errors.push({ path: job.path, reason: result.error });
			else report.skipped.push({ path: job.path, reason: result.error });
			continue;
		}
		if (job.kind === "update" && result.text === job.before) {
			for (const meetingPath in result.written) {
				const perNote = unchanged.get(meetingPath) ?? pathRecord<WrittenParts>();
				perNote[job.path] = result.written[meetingPath];
				unchanged.set(meetingPath, perNote);
			}
			continue;
		}
		// The writer needs the text's hash (for the undo record): made here, a
		// step of its own, a big note's write is not one long stretch.
		await pacer.tick();
		yield { path: job.path, kind: job.kind, before: job.before, after: result.text, afterHash: contentHash(result.text), redo: job.redo, written: result.written, counts: "people" };
	}
}

type MergeOutcome = { text: string; written: Record<string, WrittenParts> } | { error: string };

/** Runs work step by step, the pacer giving the event loop a turn between
 * steps once the stretch has used its budget. */
async function pacedSteps<T>(steps: Steps<T>, pacer: Pacer): Promise<T> {
	let step = steps.next();
	while (!step.done) {
		await pacer.tick();
		step = steps.next();
	}
	return step.value;
}

/** A merge that cannot throw: a note the merge cannot handle is left alone
 * and reported, and the run goes on. */
function* safeMerge(text: string, basename: string, inputs: PersonTarget["inputs"]): Steps<MergeOutcome> {
	try {
		const result = yield* mergeSteps(text, basename, inputs);
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
