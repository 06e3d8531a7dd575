// What the identity index needs to know about one person note: the names and
// emails it answers to. A person note is any note whose frontmatter `type` is
// a person type, anywhere in the vault, or any note in the people folder —
// but never a note that looks like a meeting note (the seed meeting note says
// `type: people`).
import type { Frontmatter, FrontmatterResult } from "../markdown/frontmatter";
import { readFrontmatter } from "../markdown/frontmatter";
import { codeLineMask, splitLines } from "../markdown/lines";
import type { CrmSettings } from "../settings";
import { isDirectlyInFolder, isInFolder, noteBasename, normalizeFolder } from "./folder-path";
import { emailKey, emailsIn } from "./name-key";

export interface PersonNoteInfo {
	/** Vault path, e.g. "People/Jai Menon.md". */
	path: string;
	/** File name without ".md". */
	basename: string;
	/** Frontmatter `title`, when it is a string or a number. */
	title?: string;
	/** Frontmatter `aliases` (and legacy `alias`), as written. */
	aliases: string[];
	/** Lower-case addresses from frontmatter `email`/`emails` and the Email cell. */
	emails: string[];
	/** Whether the note lies in the people folder (which wins over other matches). */
	inPeopleFolder: boolean;
	/** Set when the frontmatter cannot be read: the note is never written. */
	brokenReason?: string;
}

type PersonSettings = Pick<
	CrmSettings,
	"peopleFolder" | "personTypes" | "meetingSourceValues" | "meetingTypeValues" | "participantKeys"
>;

/**
 * The person-note facts of a note, or null when it is not a person note.
 * `frontmatter`, when given, must be readFrontmatter(text) (a run parses each
 * note's frontmatter once and shares it with the meeting reader).
 */
export function readPersonNoteInfo(path: string, text: string, settings: PersonSettings, frontmatter?: FrontmatterResult): PersonNoteInfo | null {
	if (!/\.md$/i.test(path)) return null;
	const inPeopleFolder = isInPeopleFolder(path, settings.peopleFolder);
	// Cheap exit for the bulk of the vault: outside the people folder only a
	// frontmatter `type` can make a person note.
	if (!inPeopleFolder && !/^\uFEFF?---/.test(text)) return null;
	return personNoteInfoOf(path, text, inPeopleFolder, frontmatter ?? readFrontmatter(text), settings);
}

function personNoteInfoOf(path: string, text: string, inPeopleFolder: boolean, frontmatter: FrontmatterResult, settings: PersonSettings): PersonNoteInfo | null {
	if (frontmatter.kind === "error") {
		if (!inPeopleFolder) return null;
		return { path, basename: noteBasename(path), aliases: [], emails: [], inPeopleFolder, brokenReason: frontmatter.reason };
	}
	const data = frontmatter.kind === "ok" ? frontmatter.data : null;
	if (!isPersonNote(data, inPeopleFolder, settings)) return null;
	const bodyFrom = frontmatter.kind === "ok" ? frontmatter.endLine + 1 : 0;
	return personNoteInfoFromFrontmatter(path, data, contactTableEmails(text, bodyFrom), settings);
}

/**
 * The same from frontmatter that is already parsed (Obsidian's metadata
 * cache) and the Email cell's addresses (see contactTableEmails).
 */
export function personNoteInfoFromFrontmatter(
	path: string,
	frontmatter: Frontmatter | null | undefined,
	bodyEmails: string[],
	settings: PersonSettings,
): PersonNoteInfo | null {
	const inPeopleFolder = isInPeopleFolder(path, settings.peopleFolder);
	const data = frontmatter ?? null;
	if (!isPersonNote(data, inPeopleFolder, settings)) return null;
	const title = field(data, "title");
	const emails = unique([...stringsOf(field(data, "email")), ...stringsOf(field(data, "emails"))].flatMap(emailsIn));
	for (const email of bodyEmails) {
		const key = emailKey(email);
		if (key && !emails.includes(key)) emails.push(key);
	}
	return {
		path,
		basename: noteBasename(path),
		...(typeof title === "string" || typeof title === "number" ? { title: String(title) } : {}),
		aliases: aliasesOf(data),
		emails,
		inPeopleFolder,
	};
}

/** Every name a note answers to, as written: basename, title, aliases. */
export function personNoteNames(note: PersonNoteInfo): string[] {
	return [note.basename, ...(note.title === undefined ? [] : [note.title]), ...note.aliases];
}

/**
 * Whether a note is in the people folder. With the people folder set to the
 * vault root, only notes directly at the root count: otherwise every note in
 * the vault would be a person note.
 */
export function isInPeopleFolder(path: string, peopleFolder: string): boolean {
	const folder = cleanFolder(peopleFolder);
	return folder === "" ? isDirectlyInFolder(path, "") : isInFolder(path, folder);
}

// The people folder, normalised once per setting rather than once per note.
let lastFolder: string | undefined;
let lastClean = "";

function cleanFolder(folder: string): string {
	if (folder !== lastFolder) {
		lastClean = normalizeFolder(folder);
		lastFolder = folder;
	}
	return lastClean;
}

/** Whether frontmatter marks a meeting note: a meeting `source` or `type`, or participants. */
export function looksLikeMeetingNote(data: Frontmatter | null, settings: PersonSettings): boolean {
	if (!data) return false;
	if (stringsOf(field(data, "source")).some((value) => includesValue(settings.meetingSourceValues, value))) return true;
	if (stringsOf(field(data, "type")).some((value) => includesValue(settings.meetingTypeValues, value))) return true;
	return settings.participantKeys.some((key) => isNonEmpty(field(data, key)));
}

/** The addresses in the Email row of a Contact Information table (outside code). */
export function contactTableEmails(text: string, fromLine = 0): string[] {
	const { lines } = splitLines(text);
	let code: boolean[] | null = null;
	const emails: string[] = [];
	for (let i = fromLine; i < lines.length; i++) {
		const row = /^\s*\|\s*(?:\*\*|__)?\s*e-?mails?\s*(?:\*\*|__)?\s*\|([^|]*)/i.exec(lines[i]);
		if (!row) continue;
		code ??= codeLineMask(lines, fromLine);
		if (code[i]) continue;
		for (const email of emailsIn(row[1])) if (!emails.includes(email)) emails.push(email);
	}
	return emails;
}

function isPersonNote(data: Frontmatter | null, inPeopleFolder: boolean, settings: PersonSettings): boolean {
	// The type first: outside the people folder most notes stop there.
	if (!inPeopleFolder && !stringsOf(field(data, "type")).some((value) => includesValue(settings.personTypes, value))) return false;
	return !looksLikeMeetingNote(data, settings);
}

function aliasesOf(data: Frontmatter | null): string[] {
	const aliases: string[] = [];
	for (const value of [...stringsOf(field(data, "aliases")), ...stringsOf(field(data, "alias"))]) {
		// Obsidian also reads `aliases: A, B` as two aliases; keep the whole too.
		const parts = value.includes(",") ? [value, ...value.split(",")] : [value];
		for (const part of parts) {
			const alias = part.trim();
			if (alias && !aliases.includes(alias)) aliases.push(alias);
		}
	}
	return aliases;
}

/** A key's value, matched exactly first, else case-insensitively (`Email`, `Type`). */
function field(data: Frontmatter | null, key: string): unknown {
	if (!data) return undefined;
	if (key in data) return data[key];
	const lower = key.toLowerCase();
	const found = Object.keys(data).find((candidate) => candidate.toLowerCase() === lower);
	return found === undefined ? undefined : data[found];
}

/** The string values of a scalar or a list (numbers as written; other things ignored). */
function stringsOf(value: unknown): string[] {
	const values = Array.isArray(value) ? (value as unknown[]) : [value];
	return values
		.filter((item): item is string | number => typeof item === "string" || typeof item === "number")
		.map((item) => String(item).trim())
		.filter((item) => item.length > 0);
}

function includesValue(list: string[], value: string): boolean {
	const wanted = value.trim().toLowerCase();
	return list.some((item) => item.trim().toLowerCase() === wanted);
}

function isNonEmpty(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === "string") return value.trim().length > 0;
	if (Array.isArray(value)) return value.some(isNonEmpty);
	if (typeof value === "object") return Object.keys(value).length > 0;
	return true;
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
