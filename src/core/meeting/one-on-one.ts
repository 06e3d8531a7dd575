// Attended or mentioned: a 1:1 note lists everyone the two people talked
// about, but only the one the title names met the owner.
import { knownPeopleIndex } from "./known-people";
import type { Participant, ReaderOptions } from "./model";
import { readEntryText } from "./names";
import { foldKey } from "./text";

const ONE_ON_ONE = String.raw`(?:1\s*[:-]\s*1|1\s*on\s*1|one[\s-]on[\s-]one)`;
const WITH_FORM = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${ONE_ON_ONE}\s+with\s+(.+)$`, "iu");
const SLASH_FORM = new RegExp(String.raw`^(.+?)\s*/\s*(.+?)\s*[-:—–]?\s*${ONE_ON_ONE}(?![\p{L}\p{N}])`, "iu");
const SAYS_ONE_ON_ONE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${ONE_ON_ONE}(?![\p{L}\p{N}])`, "iu");
const NAME_END = /:| - | — | – |\(/;
const MAX_TITLE = 300;

function cleanedName(text: string): string {
	const read = readEntryText(text);
	return read.kind === "person" ? read.name : "";
}

/**
 * The person a 1:1 title names ("1:1 with X", "X / Owner 1:1", "one-on-one
 * with X"), or the note's `person` when the title says 1:1; candidates in
 * the order they should be tried.
 */
export function oneOnOneCandidates(title: string, person: string | undefined, ownerNames: readonly string[]): string[] {
	const head = title.slice(0, MAX_TITLE);
	const candidates: string[] = [];
	const withForm = WITH_FORM.exec(head);
	if (withForm) {
		const rest = withForm[1];
		const end = rest.search(NAME_END);
		candidates.push(cleanedName(end === -1 ? rest : rest.slice(0, end)));
	} else {
		const slash = SLASH_FORM.exec(head);
		if (slash) {
			const owners = new Set(ownerNames.map(foldKey));
			const left = cleanedName(slash[1]);
			const right = cleanedName(slash[2]);
			if (owners.has(foldKey(right))) candidates.push(left);
			else if (owners.has(foldKey(left))) candidates.push(right);
		}
	}
	if (person && SAYS_ONE_ON_ONE.test(head)) candidates.push(cleanedName(person));
	return candidates.filter((name) => name.length > 0);
}

function findParticipant(name: string, participants: Participant[], options: ReaderOptions): Participant | undefined {
	const key = foldKey(name);
	const exact = participants.find((participant) => foldKey(participant.name) === key);
	if (exact) return exact;
	const samePerson = knownPeopleIndex(options.knownPeople).namesByName.get(key);
	if (samePerson) {
		const match = participants.find((participant) => samePerson.has(foldKey(participant.name)));
		if (match) return match;
	}
	if (!key.includes(" ")) {
		const byFirstName = participants.filter((participant) => foldKey(participant.name).split(" ")[0] === key);
		if (byFirstName.length === 1) return byFirstName[0];
	}
	return undefined;
}

/**
 * Marks who attended. When a 1:1's person is found among the participants,
 * they attended and everyone else was mentioned; otherwise all attended.
 * Returns whether the note was read as a 1:1.
 */
export function markAttendance(
	participants: Participant[],
	candidates: string[],
	options: ReaderOptions,
): boolean {
	for (const candidate of candidates) {
		const match = findParticipant(candidate, participants, options);
		if (!match) continue;
		for (const participant of participants) participant.attended = participant === match;
		return true;
	}
	for (const participant of participants) participant.attended = true;
	return false;
}
