// A seeded generator of synthetic vaults for the benchmark (SPEC section 7):
// meeting notes in the shape of the seed (tests/fixtures/seed-meeting-note.md)
// with Zipf-distributed participants, plus some person notes the user has
// already written into. Same options and seed: the same vault, byte for byte.
import type { Random } from "./prng";
import { chance, pick, randomInt, seededRandom, zipfSampler } from "./prng";
import { COMPANIES, FIRST_NAMES, LAST_NAMES, PROJECTS, TOPICS } from "./vocabulary";
import { meetingNoteText } from "./meeting-note";
import type { MeetingSpec } from "./meeting-note";
import { personNoteText } from "./person-note";

export const OWNER = "Jason Vallery";

export interface VaultOptions {
	/** Number of meeting notes. */
	meetings: number;
	seed?: number;
	/** People per meeting note (default N/5). */
	peopleRatio?: number;
	/** Participants listed in each meeting note, the owner included. */
	participants?: number;
	/** Share of meeting notes that list the owner. */
	ownerShare?: number;
	/** Share of people who already have a person note. */
	existingShare?: number;
	/** Share of task lines with Mac Roman mojibake in their emoji. */
	garbledShare?: number;
}

export interface SyntheticVault {
	/** Vault-relative path → note text. */
	files: Record<string, string>;
	/** Sum of the notes' UTF-8 sizes: the vault's size on disk. */
	bytes: number;
	meetingPaths: string[];
	/** Person notes that exist before any run. */
	personPaths: string[];
	/** Every person, most frequent first (Zipf rank order). */
	people: string[];
}

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2024, 0, 1);
const SPAN_DAYS = 730;

export function generateVault(options: VaultOptions): SyntheticVault {
	const random = seededRandom(options.seed ?? 1);
	const participantCount = options.participants ?? 6;
	const peopleCount = Math.max(participantCount * 2, Math.round(options.meetings * (options.peopleRatio ?? 0.2)));
	const people = uniqueNames(random, peopleCount);
	const rank = zipfSampler(people.length, 1, random);
	const files: Record<string, string> = {};
	const meetingPaths: string[] = [];
	const usedPaths = new Set<string>();

	for (let index = 0; index < options.meetings; index++) {
		const spec = meetingSpec(random, people, rank, participantCount, options);
		const path = uniquePath(`Meetings/${spec.date.slice(0, 4)}/${spec.date} - ${fileSafe(spec.title).slice(0, 60).trim()}`, usedPaths);
		files[path] = meetingNoteText(spec, random);
		meetingPaths.push(path);
	}

	const personPaths: string[] = [];
	for (const name of people) {
		if (!chance(random, options.existingShare ?? 0.1)) continue;
		const path = `People/${name}.md`;
		files[path] = personNoteText(name, random);
		personPaths.push(path);
	}

	let bytes = 0;
	for (const text of Object.values(files)) bytes += Buffer.byteLength(text, "utf8");
	return { files, bytes, meetingPaths, personPaths, people };
}

/** The meeting note with one Key Information line edited, as a user or the
 * pipeline re-running would: the incremental run must refresh it. */
export function editKeyInformation(text: string, mark: string): string {
	const section = text.indexOf("## Key Information");
	if (section < 0) throw new Error("no Key Information section");
	const item = text.indexOf("\n- ", section);
	const end = text.indexOf("\n", item + 1);
	return `${text.slice(0, end)} Confirmed again (${mark}).${text.slice(end)}`;
}

function meetingSpec(random: Random, people: string[], rank: () => number, count: number, options: VaultOptions): MeetingSpec {
	const withOwner = chance(random, options.ownerShare ?? 0.5);
	const others = distinctPeople(people, rank, withOwner ? count - 1 : count);
	const participants = withOwner ? [OWNER, ...others] : others;
	const day = new Date(FIRST_DAY + randomInt(random, 0, SPAN_DAYS - 1) * DAY_MS);
	const project = pick(random, PROJECTS);
	const topics = [pick(random, TOPICS), pick(random, TOPICS)];
	const oneOnOne = withOwner && chance(random, 0.2);
	const title = oneOnOne
		? `1:1 with ${others[0]}: ${topics[0]} and ${project}`
		: `${project} ${pick(random, ["sync", "review", "planning", "deep dive", "check-in"])}: ${topics.join(", ")}`;
	return {
		title,
		date: day.toISOString().slice(0, 10),
		participants,
		owner: withOwner ? OWNER : null,
		project,
		topics,
		company: pick(random, COMPANIES),
		garbledShare: options.garbledShare ?? 0.2,
	};
}

function distinctPeople(people: string[], rank: () => number, count: number): string[] {
	const chosen = new Set<number>();
	while (chosen.size < count) chosen.add(rank());
	return [...chosen].map((r) => people[r]);
}

function uniqueNames(random: Random, count: number): string[] {
	if (count > FIRST_NAMES.length * LAST_NAMES.length) throw new Error(`cannot make ${count} unique names`);
	const names = new Set<string>();
	while (names.size < count) {
		const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
		if (name !== OWNER) names.add(name);
	}
	return [...names];
}

function uniquePath(stem: string, used: Set<string>): string {
	let path = `${stem}.md`;
	for (let n = 2; used.has(path); n++) path = `${stem} ${n}.md`;
	used.add(path);
	return path;
}

function fileSafe(title: string): string {
	return title.replace(/[\\/:*?"<>|#^[\]]/g, "");
}
