// Throughput of the meeting-note reader against its floor (SPEC section 7):
// 10,000 seed-like notes, each with its own names and date so nothing can be
// served from a cache. Not a test: run it by hand and read the numbers.
//
//   npx esbuild bench/reader-profile.ts --bundle --platform=node --outfile=/tmp/reader-profile.cjs
//   node /tmp/reader-profile.cjs            (from the repository root)
//   node --cpu-prof /tmp/reader-profile.cjs --reader-only
import { readFileSync } from "fs";
import matter from "gray-matter";
import { readFrontmatter } from "../src/core/markdown/frontmatter";
import { readMeetingNote } from "../src/core/meeting/read-meeting";
import type { ReaderOptions } from "../src/core/meeting/model";
import { DEFAULT_SETTINGS, ownerNames } from "../src/core/settings";

const NOTES = 10_000;
// Run from the repository root.
const SEED = readFileSync("tests/fixtures/seed-meeting-note.md", "utf8");

const OPTIONS: ReaderOptions = {
	meetingSourceValues: [...DEFAULT_SETTINGS.meetingSourceValues],
	meetingTypeValues: [...DEFAULT_SETTINGS.meetingTypeValues],
	participantKeys: [...DEFAULT_SETTINGS.participantKeys],
	ownerNames: ownerNames({ yourName: "Jason Vallery", yourAliases: [] }),
	ignoreNames: [...DEFAULT_SETTINGS.ignoreNames],
	timeZone: "UTC",
};

const FIRST = ["Jai", "Manish", "Pete", "Ana", "José", "Li", "Sam", "Priya", "Olu", "Marta", "Kenji", "Zoë"];
const LAST = ["Menon", "Sah", "Emig", "Silva", "Müller", "Chen", "Okafor", "Rossi", "Nakamura", "Dubois"];

/** A deterministic pseudo-random stream, so runs are comparable. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function personName(next: () => number, index: number): string {
	return `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]}${index % 7}`;
}

/** The seed with its people, date and wording changed per note. */
function variedNote(index: number, next: () => number): string {
	const people = [personName(next, index), personName(next, index + 1), personName(next, index + 2)];
	const day = `2025-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}`;
	return SEED.replaceAll("Jai Menon", people[0])
		.replaceAll("Manish Sah", people[1])
		.replaceAll("Pete Emig", people[2])
		.replaceAll("2025-09-30", day)
		.replaceAll("Apollo", `Apollo${index}`);
}

function buildNotes(count: number): string[] {
	const next = random(42);
	const notes: string[] = [];
	for (let i = 0; i < count; i++) notes.push(variedNote(i, next));
	return notes;
}

function time(label: string, notes: string[], work: (text: string, index: number) => unknown): number {
	// Warm-up on the same shapes, then the best of three timed passes.
	for (let i = 0; i < Math.min(notes.length, 2000); i++) work(notes[i], i);
	let best = Infinity;
	for (let round = 0; round < 3; round++) {
		const start = performance.now();
		for (let i = 0; i < notes.length; i++) work(notes[i], i);
		best = Math.min(best, performance.now() - start);
	}
	console.log(`${label.padEnd(34)} ${best.toFixed(0).padStart(6)} ms  (${((best * 1000) / notes.length).toFixed(1)} µs/note)`);
	return best;
}

function main(): void {
	const notes = buildNotes(NOTES);
	const check = readMeetingNote(notes[0], "Meetings/n0.md", OPTIONS);
	if (check.kind !== "meeting") throw new Error(`the seed did not read: ${JSON.stringify(check)}`);
	if (process.argv.includes("--reader-only")) {
		// For --cpu-prof: nothing but the reader, long enough to sample well.
		for (let round = 0; round < 10; round++) time("readMeetingNote", notes, (text, i) => readMeetingNote(text, `Meetings/n${i}.md`, OPTIONS));
		return;
	}

	time("gray-matter matter(text, {})", notes, (text) => matter(text, {}));
	const floor = time("readFrontmatter", notes, (text) => readFrontmatter(text));
	const reader = time("readMeetingNote", notes, (text, i) => readMeetingNote(text, `Meetings/n${i}.md`, OPTIONS));
	console.log(`reader's own work                   ${(reader - floor).toFixed(0).padStart(6)} ms  (${(((reader - floor) * 1000) / NOTES).toFixed(1)} µs/note)`);

	// Linearity: one long note (a big transcript-less body) at 1 MB and 5 MB.
	const body = SEED.slice(SEED.indexOf("## Key Information"));
	for (const megabytes of [1, 5]) {
		const big = SEED + "\n" + body.repeat(Math.ceil((megabytes * 1_000_000) / body.length));
		time(`readMeetingNote ${megabytes} MB note`, [big], (text) => readMeetingNote(text, "Meetings/big.md", OPTIONS));
	}
}

main();
