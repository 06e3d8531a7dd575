// Surgical frontmatter edits: change one key's line(s) and nothing else, so
// comments, unknown keys, quoting and list styles the user chose survive
// (FileManager.processFrontMatter and gray-matter's stringify would rewrite
// the whole block).
import { joinLines, splitLines } from "./lines";
import type { NoteLines } from "./lines";
import { insertLines, removeLines } from "./line-edit";
import { blockItems, flowItems, frontmatterBlock, locateKeys } from "./frontmatter-keys";
import type { KeyLocation } from "./frontmatter-keys";
import { formatScalar, needsQuoting, plainKind, readScalar, splitFlowItems, styleOf } from "./yaml-scalar";
import type { QuoteStyle } from "./yaml-scalar";

export interface KeyPlacement {
	/** Keys after which a new key goes (the first that exists wins)… */
	after?: readonly string[];
	/** …else keys before which it goes; else the new key goes last. */
	before?: readonly string[];
}

export interface ScalarEditOptions extends KeyPlacement {
	/** Quoting for a new key or an empty value; an existing value keeps its own. */
	style?: QuoteStyle;
}

export interface ListEditOptions extends KeyPlacement {
	/** Where a new item goes among the current ones (0..length); default: last. */
	place?: (current: readonly string[], value: string) => number;
	/** When two items are the same; default: equal after NFC, ignoring case. */
	same?: (a: string, b: string) => boolean;
}

const sameIgnoringCase = (a: string, b: string): boolean => a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
const NULL_VALUE = /^(?:~|null|Null|NULL)?$/;

function keyText(key: string): string {
	return needsQuoting(key) ? formatScalar(key, "single") : key;
}

/** Sets `key` to the string `value`. Returns whether the note changed. */
export function setFrontmatterScalar(note: NoteLines, key: string, value: string, options: ScalarEditOptions = {}): boolean {
	const block = frontmatterBlock(note.lines);
	if (block === "unclosed") return false;
	const newLine = `${keyText(key)}: ${formatScalar(value, options.style ?? "plain")}`;
	if (block === "none") {
		insertLines(note, 0, ["---", newLine, "---"]);
		return true;
	}
	const keys = locateKeys(note.lines, block.close);
	const location = keys.find((entry) => entry.key === key);
	if (!location) {
		insertLines(note, insertionLine(keys, block.close, options), [newLine]);
		return true;
	}
	const current = location.inlineValue;
	const multiLine = location.lastLine > location.line;
	const empty = NULL_VALUE.test(current) || current === "|" || current === ">" || /^[|>][-+\d]*$/.test(current);
	if (!multiLine && !empty && readScalar(current) === value) return false;
	const style = empty ? options.style ?? "plain" : styleOf(current);
	// A plain date replaced by a date stays a plain date (a YAML date, as the
	// user had it), and likewise a number by a number.
	const keepsType = style === "plain" && !empty && plainKind(current) !== "string" && plainKind(current) === plainKind(value);
	const written = keepsType ? value : formatScalar(value, style);
	note.lines[location.line] = withValue(note.lines[location.line], location, written);
	if (multiLine) removeLines(note, valueLines(note, location));
	return true;
}

/**
 * Adds `values` to the list under `key` (block list, flow list, a scalar
 * turned into a flow list only when it must hold more, or a new block list).
 * Returns the values added (those not already there).
 */
export function addFrontmatterListItems(note: NoteLines, key: string, values: readonly string[], options: ListEditOptions = {}): string[] {
	const block = frontmatterBlock(note.lines);
	if (block === "unclosed") return [];
	const same = options.same ?? sameIgnoringCase;
	const place = options.place ?? ((current: readonly string[]) => current.length);
	if (block === "none") {
		const added = ordered([], values, same, place);
		if (added.length === 0) return [];
		insertLines(note, 0, ["---", `${keyText(key)}:`, ...added.map((value) => `  - ${formatScalar(value)}`), "---"]);
		return added;
	}
	const keys = locateKeys(note.lines, block.close);
	const location = keys.find((entry) => entry.key === key);
	if (!location) {
		const added = ordered([], values, same, place);
		if (added.length === 0) return [];
		const indent = listIndent(note, keys);
		const itemLines = added.map((value) => `${indent}- ${formatScalar(value)}`);
		insertLines(note, insertionLine(keys, block.close, options), [`${keyText(key)}:`, ...itemLines]);
		return added;
	}
	const flow = flowItems(location.inlineValue);
	if (flow) return addToFlowList(note, location, flow.values, values, same, place, flowStyle(location.inlineValue));
	if (location.inlineValue === "" || NULL_VALUE.test(location.inlineValue)) return addToBlockList(note, location, keys, values, same, place);
	if (/^[|>[{&*!]/.test(location.inlineValue) || location.lastLine > location.line) return [];
	return scalarToFlowList(note, location, values, same, place);
}

/** Edits the text of a note with the NoteLines editors above. */
export function editFrontmatter(text: string, edit: (note: NoteLines) => unknown): string {
	const note = splitLines(text);
	edit(note);
	return joinLines(note);
}

/** The values to add, each with the place it takes, in the order added. */
function ordered(current: readonly string[], values: readonly string[], same: (a: string, b: string) => boolean, place: NonNullable<ListEditOptions["place"]>): string[] {
	const list = [...current];
	const added: string[] = [];
	for (const value of values) {
		if (list.some((item) => same(item, value))) continue;
		list.splice(clamp(place(list, value), list.length), 0, value);
		added.push(value);
	}
	return list.filter((value) => added.includes(value));
}

function clamp(index: number, length: number): number {
	return Math.max(0, Math.min(length, Math.floor(index)));
}

function addToBlockList(note: NoteLines, location: KeyLocation, keys: KeyLocation[], values: readonly string[], same: (a: string, b: string) => boolean, place: NonNullable<ListEditOptions["place"]>): string[] {
	const firstItems = blockItems(note.lines, location);
	if (firstItems.length === 0 && location.lastLine > location.line) return [];
	const indent = firstItems[0]?.indent ?? listIndent(note, keys);
	const firstStyle = styleOf(firstItems[0]?.raw ?? "");
	const quoted = firstItems.every((item) => styleOf(item.raw) === firstStyle) ? firstStyle : "plain";
	let current = location;
	const added: string[] = [];
	for (const value of values) {
		const items = blockItems(note.lines, current);
		const list = items.map((item) => item.value);
		if (list.some((item) => same(item, value))) continue;
		if (added.length === 0 && current.inlineValue !== "") {
			// `key: ~` (or null) becomes `key:` with the items under it.
			const comment = current.inlineRest.trim();
			note.lines[current.line] = note.lines[current.line].slice(0, current.valueColumn).trimEnd() + (comment ? ` ${comment}` : "");
		}
		const index = clamp(place(list, value), list.length);
		const at = index < items.length ? items[index].line : items.length > 0 ? items[items.length - 1].lastLine + 1 : current.line + 1;
		insertLines(note, at, [`${indent}- ${formatScalar(value, quoted)}`]);
		added.push(value);
		current = { ...current, inlineValue: "", lastLine: Math.max(current.lastLine + 1, at) };
	}
	return added;
}

function addToFlowList(note: NoteLines, location: KeyLocation, existing: string[], values: readonly string[], same: (a: string, b: string) => boolean, place: NonNullable<ListEditOptions["place"]>, quoted: QuoteStyle): string[] {
	let inner = location.inlineValue.slice(1, -1);
	const current = [...existing];
	const added: string[] = [];
	for (const value of values) {
		if (current.some((item) => same(item, value))) continue;
		const index = clamp(place(current, value), current.length);
		inner = insertFlowItem(inner, index, formatScalar(value, quoted, "flow"));
		current.splice(index, 0, value);
		added.push(value);
	}
	if (added.length > 0) note.lines[location.line] = withValue(note.lines[location.line], location, `[${inner}]`);
	return added;
}

function scalarToFlowList(note: NoteLines, location: KeyLocation, values: readonly string[], same: (a: string, b: string) => boolean, place: NonNullable<ListEditOptions["place"]>): string[] {
	const raw = location.inlineValue;
	const existing = readScalar(raw);
	if (values.every((value) => same(value, existing))) return [];
	const first = styleOf(raw) === "plain" && needsQuoting(existing, "flow") ? formatScalar(existing, "single", "flow") : raw;
	const flowLocation: KeyLocation = { ...location, inlineValue: `[${first}]` };
	note.lines[location.line] = withValue(note.lines[location.line], location, `[${first}]`);
	return addToFlowList(note, flowLocation, [existing], values, same, place, styleOf(raw));
}

/** Inserts one written item into the text between `[` and `]` at `index`,
 * leaving every other character as it was. */
function insertFlowItem(inner: string, index: number, item: string): string {
	if (inner.trim() === "") return item;
	const pieces = splitFlowItems(inner);
	if (index >= pieces.length) {
		const body = inner.trimEnd();
		return `${body}, ${item}${inner.slice(body.length)}`;
	}
	const target = pieces[index];
	const lead = /^\s*/.exec(target)?.[0] ?? "";
	pieces[index] = `${lead}${item},${lead || " "}${target.slice(lead.length)}`;
	return pieces.join(",");
}

function flowStyle(inlineValue: string): QuoteStyle {
	const items = flowItems(inlineValue)?.raw ?? [];
	if (items.length === 0) return "plain";
	const first = styleOf(items[0]);
	return items.every((item) => styleOf(item) === first) ? first : "plain";
}

function withValue(line: string, location: KeyLocation, value: string): string {
	let prefix = line.slice(0, location.valueColumn);
	if (value !== "" && !/[ \t]$/.test(prefix)) prefix += " ";
	return prefix + value + location.inlineRest;
}

/** Lines of a multi-line value after the key line (not comments or blanks). */
function valueLines(note: NoteLines, location: KeyLocation): number[] {
	const lines: number[] = [];
	for (let i = location.line + 1; i <= location.lastLine; i++) {
		if (note.lines[i].trim() !== "" && !/^\s*#/.test(note.lines[i])) lines.push(i);
	}
	return lines;
}

function insertionLine(keys: KeyLocation[], close: number, placement: KeyPlacement): number {
	for (const anchor of placement.after ?? []) {
		const found = keys.find((entry) => entry.key === anchor);
		if (found) return found.lastLine + 1;
	}
	for (const anchor of placement.before ?? []) {
		const found = keys.find((entry) => entry.key === anchor);
		if (found) return found.line;
	}
	return close;
}

/** The indentation block lists already use in this frontmatter (Obsidian's
 * two spaces when none does). */
function listIndent(note: NoteLines, keys: KeyLocation[]): string {
	for (const location of keys) {
		const items = blockItems(note.lines, location);
		if (items.length > 0) return items[0].indent;
	}
	return "  ";
}
