// Topics Discussed: one comma-separated line. Topics already there stay
// first, as written; a new topic (not there in any case) is appended. In one
// merge, meetings are applied oldest first, so a run's result does not depend
// on the order it met the meetings in. (Across separate runs the line follows
// the order the runs happened in: a topic carries no date to sort it by, and
// moving the user's topics to make room would break "existing stay first".)
import { appendToSection, ensureSection, findSection } from "../markdown/sections";
import type { IndexedNote, Section } from "../markdown/sections";
import { foldCase } from "../markdown/ordered-insert";
import { oneLine } from "./entries";
import type { MeetingPlan } from "./merge-plan";

export const TOPICS_SECTION = "Topics Discussed";

/** Lines that are not the topics line: lists, quotes, tables, code, HTML,
 * embeds, comments, headings, and a placeholder in italics (`_…_`). */
const NOT_TOPICS = /^\s*(?:[-*+](?:\s|$)|>|\||#{1,6}(?:\s|$)|`{3,}|~{3,}|<(?:!--|\/?(?:details|summary|div|table|p|ul|ol|pre|section|blockquote)\b)|!\[\[|%%|\d{1,9}[.)](?:\s|$)|_.*_\s*$)/;

/** A new topics line that would read as a list, quote, heading or
 * placeholder gets its first character escaped, so it is found again. */
function escapeLineStart(line: string): string {
	if (!NOT_TOPICS.test(line)) return line;
	const ordered = /^(\d{1,9})([.)])/.exec(line);
	return ordered ? `${ordered[1]}\\${line.slice(ordered[1].length)}` : `\\${line}`;
}

/** A topic as compared: without the escape escapeLineStart() added. */
function unescapeLineStart(piece: string): string {
	return piece.replace(/^(\s*\d{0,9})\\(?=[.)])/, "$1").replace(/^(\s*)\\/, "$1");
}

/** A topic as written into the line: commas would split it in two. */
export function topicText(topic: string): string {
	return oneLine(topic.replace(/,/g, ";"));
}

export function mergeTopics(note: IndexedNote, plans: readonly MeetingPlan[]): void {
	const section = findSection(note, TOPICS_SECTION);
	const lineIndex = section ? topicsLine(note, section) : -1;
	const line = lineIndex >= 0 ? note.lines[lineIndex] : "";
	const known = new Set(splitTopics(line).map((piece) => foldCase(unescapeLineStart(piece))).filter((topic) => topic !== ""));
	const added: string[] = [];
	for (const plan of plans) {
		for (const topic of plan.topics) {
			if (topic.text === "" || known.has(topic.key)) continue;
			known.add(topic.key);
			added.push(topic.text);
		}
	}
	if (added.length === 0) return;
	if (lineIndex >= 0) {
		note.setLine(lineIndex, appendTopics(line, added));
		return;
	}
	appendToSection(note, ensureSection(note, TOPICS_SECTION), [escapeLineStart(added.join(", "))], true);
}

/** The first line of the section's own text that can be the topics line. */
function topicsLine(note: IndexedNote, section: Section): number {
	for (let i = section.start; i < section.ownEnd; i++) {
		if (note.isNonText(i) || note.lines[i].trim() === "") continue;
		if (!NOT_TOPICS.test(note.lines[i])) return i;
	}
	return -1;
}

/** The pieces between commas, as written; commas inside balanced brackets
 * do not split (an unbalanced line splits at every comma). */
export function splitTopics(line: string): string[] {
	const pieces: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < line.length; i++) {
		const char = line[i];
		if (char === "(" || char === "[") depth++;
		else if ((char === ")" || char === "]") && depth > 0) depth--;
		else if (char === "," && depth === 0) {
			pieces.push(line.slice(start, i));
			start = i + 1;
		}
	}
	pieces.push(line.slice(start));
	return depth === 0 ? pieces : line.split(",");
}

/** Appends topics after the line's last topic, changing nothing else (a
 * trailing comma or spaces the user left stay at the end). */
function appendTopics(line: string, topics: readonly string[]): string {
	const body = line.trimEnd();
	const trailing = line.slice(body.length);
	const pieces = splitTopics(body);
	let last = pieces.length - 1;
	while (last > 0 && pieces[last].trim() === "") last--;
	pieces.splice(last + 1, 0, ...topics.map((topic) => ` ${topic}`));
	return pieces.join(",") + trailing;
}
