// The file a new person note gets. A name comes from a meeting note, which
// anyone can write, so the file name must never be able to leave the people
// folder (`../../x`, `.obsidian/x`), hide itself (leading dot), or be a name
// some file system refuses (reserved characters, `CON`, over-long names).
import { normalizeFolder } from "./folder-path";

/** The characters SPEC section 2 removes from file names (path, link and OS specials). */
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
/** Control characters, line and paragraph separators: become a space. */
const BREAKING = /[\p{Cc}\u2028\u2029]/gu;
/** Bidirectional overrides and isolates: dropped, they can disguise a name. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Device names Windows will not create as files, with or without extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=$|\s*\.)/i;

const MAX_CODE_POINTS = 100;
/** File systems cap a name at 255 bytes; keep room for ".md" and sync suffixes. */
const MAX_UTF8_BYTES = 200;

/** The file name (without ".md") for a person's name; "" when nothing usable is left. */
export function personFileName(name: string): string {
	let clean = dropLoneSurrogates(name.normalize("NFC"))
		.replace(BREAKING, " ")
		.replace(BIDI, "")
		.replace(FORBIDDEN, "")
		.replace(/\s+/g, " ");
	clean = stripLeadingDots(clean.trim()).replace(WINDOWS_RESERVED, "$1_");
	return stripLeadingDots(truncate(clean).trim());
}

/**
 * The vault path of a new person note: `<folder>/<file>.md`, or null when the
 * name leaves no file name. The folder is normalized (no `..`), and the file
 * name can hold no `/`, so the path always lies directly in the people folder.
 */
export function personNotePath(name: string, peopleFolder: string): string | null {
	const file = personFileName(name);
	if (file === "") return null;
	const folder = cleanFolder(peopleFolder);
	return folder === "" ? `${file}.md` : `${folder}/${file}.md`;
}

// A run makes every path in one folder: it is normalized once.
let lastFolder: string | null = null;
let lastClean = "";

function cleanFolder(folder: string): string {
	if (folder !== lastFolder) {
		lastClean = normalizeFolder(folder);
		lastFolder = folder;
	}
	return lastClean;
}

/** Whether the name must go into `aliases` because the file name differs from it. */
export function needsAlias(name: string): boolean {
	return personFileName(name) !== name;
}

function stripLeadingDots(text: string): string {
	return text.replace(/^[.\s]+/, "");
}

/** Cut to the limits on a code-point boundary (never half a surrogate pair). */
function truncate(text: string): string {
	let out = "";
	let count = 0;
	let bytes = 0;
	for (const char of text) {
		const size = utf8Length(char);
		if (count + 1 > MAX_CODE_POINTS || bytes + size > MAX_UTF8_BYTES) break;
		out += char;
		count++;
		bytes += size;
	}
	return out;
}

function utf8Length(char: string): number {
	const code = char.codePointAt(0) ?? 0;
	if (code < 0x80) return 1;
	if (code < 0x800) return 2;
	if (code < 0x10000) return 3;
	return 4;
}

/** Half a surrogate pair cannot be written to any file system. */
function dropLoneSurrogates(text: string): string {
	let out = "";
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code < 0xd800 || code > 0xdfff) out += char;
	}
	return out;
}
