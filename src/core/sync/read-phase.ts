// The reading half of a run: decide which notes to read (cheaply, from file
// stats and the ledger), read them once, and turn them into meetings and the
// people index.
import type { NoteStat, VaultPort } from "../../vault/port";
import type { CrmSettings } from "../settings";
import { ownerNames } from "../settings";
import type { Meeting, ReaderOptions } from "../meeting/model";
import { looksLikeMeeting, readMeetingNote } from "../meeting/read-meeting";
import type { RereadBasis } from "../meeting/read-meeting";
import { readFrontmatter } from "../markdown/frontmatter";
import type { FrontmatterResult } from "../markdown/frontmatter";
import { readPersonNoteInfo } from "../people/person-note-info";
import type { PersonNoteInfo } from "../people/person-note-info";
import type { Ledger } from "./ledger";
import type { RunMode, RunReport } from "./run-types";
import type { Scope } from "./scope";
import { contentHash } from "./content-hash";
import type { Pacer } from "./pacer";
import { compare } from "./plan-people";

export interface ReadMeeting {
	meeting: Meeting;
	stat: NoteStat;
	/** The text as read; "" once the run has taken what it needs (its hash). */
	text: string;
	/** contentHash(text), when the read needed it (the ledger hashes the final text otherwise). */
	hash?: string;
	/** Kept until the note's task lines are fixed, to read it again cheaply. */
	basis?: RereadBasis;
}

export interface ReadPhase {
	meetings: ReadMeeting[];
	people: PersonNoteInfo[];
	/** Every note text read in this run, by path. */
	texts: Map<string, string>;
	/** Stats of notes found unchanged by content (mtime moved, same hash). */
	touchedUnchanged: { path: string; stat: NoteStat }[];
}

/** Meeting candidates this run must read: in scope and, for "new", not in the
 * ledger with the same modification time and size. */
export function meetingCandidates(port: VaultPort, files: NoteStat[], scope: Scope, ledger: Ledger, mode: RunMode, reader: ReaderOptions, options: { countOnly?: boolean } = {}): NoteStat[] {
	const wanted = mode.kind === "paths" ? new Set(mode.paths) : null;
	const out: NoteStat[] = [];
	for (const file of files) {
		if (wanted && !wanted.has(file.path)) continue;
		if (!scope.inMeetingScope(file.path)) continue;
		if (mode.kind === "new") {
			const record = ledger.meetings[file.path];
			if (record && record.mtime === file.mtime && record.size === file.size) continue;
			const other = ledger.notMeetings?.[file.path];
			if (other && other[0] === file.mtime && other[1] === file.size) continue;
		}
		const cached = port.cachedFrontmatter(file.path);
		// No frontmatter in a cache may still be a block the cache could not
		// read (unclosed, or `---js`): a run reads such a note once to report
		// it, and remembers it in the ledger when it is not a meeting note.
		if (cached === null && options.countOnly) continue;
		if (cached && !looksLikeMeeting(cached, reader)) continue;
		out.push(file);
	}
	return out.sort((a, b) => compare(a.path, b.path));
}

export function readerOptions(settings: CrmSettings, timeZone: string | undefined, people: PersonNoteInfo[]): ReaderOptions {
	return {
		meetingSourceValues: settings.meetingSourceValues,
		meetingTypeValues: settings.meetingTypeValues,
		participantKeys: settings.participantKeys,
		ownerNames: ownerNames(settings),
		ignoreNames: settings.ignoreNames,
		timeZone,
		knownPeople: people.map((p) => ({ name: p.title ?? p.basename, aliases: [p.basename, ...p.aliases], emails: p.emails })),
	};
}

/** Reads every person note: notes in the people folder and notes whose type
 * is a person type anywhere in the vault. */
export async function readPeople(port: VaultPort, files: NoteStat[], scope: Scope, settings: CrmSettings, texts: NoteTexts, pacer: Pacer, report: RunReport): Promise<PersonNoteInfo[]> {
	const types = new Set(settings.personTypes.map((t) => t.toLowerCase()));
	const people: PersonNoteInfo[] = [];
	for (const file of files) {
		if (scope.isExcluded(file.path)) continue;
		if (!scope.inPeopleFolder(file.path)) {
			const cached = port.cachedFrontmatter(file.path);
			if (cached === null) continue;
			if (cached !== undefined && !hasPersonType(cached, types)) continue;
		}
		const text = await readText(port, file.path, texts, report);
		if (text === null) continue;
		const info = readPersonNoteInfo(file.path, text, settings, texts.frontmatterOf(file.path, text));
		if (info) people.push(info);
		await pacer.tick();
	}
	return people;
}

/** Every note text a run read, by path; a note that could not be read is
 * remembered too, so it is reported once, not by every reader. */
export class NoteTexts extends Map<string, string> {
	readonly unreadable = new Set<string>();
	private readonly parsed = new Map<string, { text: string; frontmatter: FrontmatterResult }>();

	/**
	 * readFrontmatter(text) for the note at `path`: parsed once per run, then
	 * shared by the person-note and meeting readers (which never change it).
	 * With `keep` false, the last reader takes it: it is not kept any longer.
	 */
	frontmatterOf(path: string, text: string, keep = true): FrontmatterResult {
		const known = this.parsed.get(path);
		if (!keep) this.parsed.delete(path);
		if (known !== undefined && known.text === text) return known.frontmatter;
		const frontmatter = readFrontmatter(text);
		if (keep) this.parsed.set(path, { text, frontmatter });
		return frontmatter;
	}
}

export async function readText(port: VaultPort, path: string, texts: NoteTexts, report: RunReport): Promise<string | null> {
	const known = texts.get(path);
	if (known !== undefined) return known;
	if (texts.unreadable.has(path)) return null;
	try {
		const text = await port.read(path);
		texts.set(path, text);
		return text;
	} catch (error) {
		texts.unreadable.add(path);
		report.errors.push({ path, reason: `could not be read: ${errorText(error)}` });
		return null;
	}
}

export function hashOf(text: string): string {
	return contentHash(text);
}

function hasPersonType(frontmatter: Record<string, unknown>, types: Set<string>): boolean {
	const type = frontmatter.type;
	const values = Array.isArray(type) ? type : [type];
	return values.some((value) => typeof value === "string" && types.has(value.toLowerCase()));
}

export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export { readMeetingNote };
