// Is this a meeting note? Decided from the frontmatter alone, so Obsidian's
// metadata cache can answer it without reading the file.
import type { ReaderOptions } from "./model";
import { memoByArray, NO_ITEMS } from "./memo";
import type { NoteLines } from "./note-lines";
import { lineAt, lineCount } from "./note-lines";
import { scalarText } from "./text";

const IMPORTER_ID_KEYS = ["granola_id", "granolaId", "fireflies_id", "meeting_id"];
const TAG_SEPARATORS = /[\s,]+/;
const TAG_KEYS = ["tags", "tag"];
const PRIVATE_WORD = /private/i;

function fold(value: string): string {
	return value.trim().toLowerCase();
}

/** A frontmatter value as a list of texts: `x`, `[x, y]`. */
function textsOf(value: unknown): string[] {
	if (Array.isArray(value)) {
		const texts: string[] = [];
		for (const item of value) {
			const text = scalarText(item);
			if (text.trim().length > 0) texts.push(text);
		}
		return texts;
	}
	const text = scalarText(value);
	return text.trim() ? [text] : [];
}

// The settings' value lists as folded sets, built once per run rather than per note.
const foldedSet = memoByArray((accepted) => new Set(accepted.map(fold)));

const TRANSCRIPT_TYPES: readonly string[] = ["transcript"];

function hasValueIn(value: unknown, accepted: readonly string[]): boolean {
	const wanted = foldedSet(accepted);
	// A plain string (the usual `source: transcript`) needs no list built.
	if (typeof value === "string") return value.trim().length > 0 && wanted.has(fold(value));
	return textsOf(value).some((text) => wanted.has(fold(text)));
}

/** `#private` and its nested tags (`#private/work`) keep a note out. */
export function isPrivateTag(tag: string): boolean {
	const name = fold(tag).replace(/^#/, "");
	return name === "private" || name.startsWith("private/");
}

function taggedPrivate(frontmatter: Record<string, unknown>): boolean {
	for (const key of TAG_KEYS) {
		for (const text of textsOf(frontmatter[key])) {
			// Splitting every tag line is wasted work when "private" is nowhere in it.
			if (!PRIVATE_WORD.test(text)) continue;
			if (text.split(TAG_SEPARATORS).some(isPrivateTag)) return true;
		}
	}
	return false;
}

/** A non-empty participant list (or comma-separated string, or one entry). */
function hasParticipants(value: unknown): boolean {
	if (value === null || value === undefined) return false;
	if (Array.isArray(value)) return value.some((entry) => entry !== null && entry !== undefined && entry !== "");
	if (typeof value === "string") return value.trim().length > 0;
	return true;
}

/**
 * Notes that are never meeting notes, whatever else they say: a raw
 * transcript beside its meeting note, `#private`, `meeting-crm: skip`.
 */
export function isOptedOut(frontmatter: Record<string, unknown>): boolean {
	if (hasValueIn(frontmatter.type, TRANSCRIPT_TYPES)) return true;
	if (fold(scalarText(frontmatter["meeting-crm"])) === "skip") return true;
	return taggedPrivate(frontmatter);
}

/** The frontmatter marks a meeting note: its source, its type, or its participants. */
export function hasMeetingMarker(frontmatter: Record<string, unknown>, options: ReaderOptions): boolean {
	if (hasValueIn(frontmatter.source, options.meetingSourceValues ?? NO_ITEMS)) return true;
	if (hasValueIn(frontmatter.type, options.meetingTypeValues ?? NO_ITEMS)) return true;
	return (options.participantKeys ?? []).some((key) => hasParticipants(frontmatter[key]));
}

/** Cheap pre-check from frontmatter alone (e.g. Obsidian's metadata cache): could this be a meeting note? */
export function looksLikeMeeting(frontmatter: Record<string, unknown> | null, options: ReaderOptions): boolean {
	try {
		if (frontmatter === null || typeof frontmatter !== "object" || Array.isArray(frontmatter)) return false;
		return !isOptedOut(frontmatter) && hasMeetingMarker(frontmatter, options);
	} catch {
		return false;
	}
}

/** The id an importer re-syncs the note by (granola_id, granolaId, fireflies_id, meeting_id). */
export function importerIdOf(frontmatter: Record<string, unknown>): string | undefined {
	for (const key of IMPORTER_ID_KEYS) {
		const text = scalarText(frontmatter[key]).trim();
		if (text) return text;
	}
	return undefined;
}

/**
 * Whether frontmatter that does not parse still looks like a meeting note's:
 * a top-level `source:` or participant key line. Such a note is reported
 * rather than ignored, so the user learns why it was not read.
 */
export function rawLooksLikeMeeting(note: NoteLines, endLine: number, options: ReaderOptions): boolean {
	const keys = new Set(["source", ...(options.participantKeys ?? [])]);
	const last = endLine > 0 ? endLine : Math.min(lineCount(note), 500);
	for (let i = 1; i < last; i++) {
		const line = lineAt(note, i);
		if (endLine <= 0 && line.trimEnd() === "---") break;
		const colon = line.indexOf(":");
		if (colon <= 0) continue;
		const key = line.slice(0, colon).replace(/^["']|["']$/g, "");
		if (keys.has(key)) return true;
	}
	return false;
}
