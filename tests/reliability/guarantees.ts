// The no-data-loss guarantees every run must keep, as checks that list what
// broke (an empty list: all kept), so a failure names the file and the line.

export const PEOPLE_FOLDER = "People";

export interface RunFacts {
	/** Meeting notes the run read and processed (their task lines may change). */
	processed: string[];
	/** Notes the run reported as skipped or failed: they must not change. */
	reported: string[];
	/** Other paths the runner may write (the plugin's data.json on disk). */
	allowed?: (path: string) => boolean;
}

/** Every broken guarantee between two snapshots (path → text). */
export function brokenGuarantees(before: Record<string, string>, after: Record<string, string>, facts: RunFacts): string[] {
	const problems: string[] = [];
	const processed = new Set(facts.processed);
	for (const [path, text] of Object.entries(before)) {
		const now = after[path];
		if (now === undefined) {
			problems.push(`${path}: deleted`);
			continue;
		}
		if (now === text || facts.allowed?.(path)) continue;
		if (facts.reported.includes(path)) problems.push(`${path}: reported as skipped, yet changed`);
		else if (isInPeople(path)) problems.push(...lostUserLines(text, now).map((line) => `${path}: lost the user's line ${JSON.stringify(line)}`));
		else if (processed.has(path)) problems.push(...nonTaskChanges(text, now).map((change) => `${path}: ${change}`));
		else problems.push(`${path}: changed, though it is neither a person note nor a processed meeting note`);
	}
	for (const path of Object.keys(after)) {
		if (path in before || facts.allowed?.(path)) continue;
		if (!isNewPersonNotePath(path)) problems.push(`${path}: created outside the people folder (or hidden, or in a subfolder)`);
	}
	return problems;
}

function isInPeople(path: string): boolean {
	return path.startsWith(`${PEOPLE_FOLDER}/`);
}

/** A new note lies directly in the people folder, with a visible name. */
export function isNewPersonNotePath(path: string): boolean {
	if (!isInPeople(path) || !path.endsWith(".md")) return false;
	const name = path.slice(PEOPLE_FOLDER.length + 1);
	return !name.includes("/") && !name.includes("\\") && !name.startsWith(".") && !/[\r\n]/.test(name);
}

const TASK_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[.\]/;

/** For a processed meeting note: every change that is not a task line's. */
export function nonTaskChanges(before: string, after: string): string[] {
	const a = linesWithEndings(before);
	const b = linesWithEndings(after);
	if (a.length !== b.length) return [`line count changed from ${a.length} to ${b.length}`];
	const out: string[] = [];
	for (let i = 0; i < a.length; i++) {
		if (a[i] === b[i]) continue;
		if (!TASK_LINE.test(a[i]) || !TASK_LINE.test(b[i])) out.push(`line ${i + 1} changed and is not a task line: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`);
		else if (ending(a[i]) !== ending(b[i])) out.push(`line ${i + 1} changed its line ending`);
	}
	return out;
}

/**
 * Lines of a person note the user had that are gone (in order). The parts
 * the plugin owns and may rewrite in place are exempt: `last_contact` and
 * `aliases` in the frontmatter, a blank Contact Information cell, and the
 * Topics Discussed line (which must still start with what it said).
 */
export function lostUserLines(before: string, after: string): string[] {
	const old = linesOf(before);
	const now = linesOf(after);
	const owned = ownedLines(old);
	const kept = keptInOrder(old, now);
	const lost: string[] = [];
	for (let i = 0; i < old.length; i++) {
		if (kept[i] || owned[i] === "free") continue;
		if (owned[i] === "topics" && now.some((line) => line.startsWith(old[i].trimEnd()))) continue;
		lost.push(old[i]);
	}
	return lost;
}

/** Which lines of `old` are kept, in order, in `now`: a longest common
 * subsequence (a greedy match would let a blank line jump ahead and count
 * every line after it as lost). */
function keptInOrder(old: string[], now: string[]): boolean[] {
	const n = old.length;
	const m = now.length;
	const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i][j] = old[i] === now[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
		}
	}
	const kept = old.map(() => false);
	for (let i = 0, j = 0; i < n && j < m;) {
		if (old[i] === now[j]) {
			kept[i] = true;
			i++;
			j++;
		} else if (table[i + 1][j] >= table[i][j + 1]) i++;
		else j++;
	}
	return kept;
}

type Ownership = "user" | "free" | "topics";

function ownedLines(lines: string[]): Ownership[] {
	const out: Ownership[] = lines.map(() => "user");
	const start = lines.length > 0 && lines[0].replace(/^\uFEFF/, "").trimEnd() === "---" ? 0 : -1;
	let end = -1;
	if (start === 0) {
		end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
		let key = "";
		for (let i = 1; i < end; i++) {
			const match = /^([^\s#:-][^:]*):/.exec(lines[i]);
			if (match) key = match[1].trim().toLowerCase();
			if (key === "last_contact" || key === "aliases" || key === "alias") out[i] = "free";
		}
	}
	let section = "";
	for (let i = end + 1; i < lines.length; i++) {
		const heading = /^#{1,6}\s+(.*)$/.exec(lines[i]);
		if (heading) {
			section = heading[1].trim().toLowerCase();
			continue;
		}
		if (/^\|[^|]*\|\s*(?:_unknown_)?\s*\|\s*$/i.test(lines[i])) out[i] = "free";
		else if (section === "topics discussed" && lines[i].trim() !== "") out[i] = "topics";
	}
	return out;
}

/** Lines without their endings (a lone CR is a line ending too). */
function linesOf(text: string): string[] {
	return text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
}

function linesWithEndings(text: string): string[] {
	return text.match(/[^\r\n]*(?:\r\n|\n|\r|$)/g)?.filter((line, i, all) => line !== "" || i < all.length - 1) ?? [];
}

function ending(line: string): string {
	return /\r\n|\n|\r$/.exec(line)?.[0] ?? "";
}
