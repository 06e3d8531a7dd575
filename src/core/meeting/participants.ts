// From the entries a note lists to its people: bare emails resolved, the
// owner and ignored names taken out, each person counted once under the
// spelling listed first.
import type { DroppedEntry, Participant, ReaderOptions } from "./model";
import { knownPeopleIndex } from "./known-people";
import { memoByArray, NO_ITEMS } from "./memo";
import type { Contact, EntryRead } from "./names";
import { foldKey } from "./text";

export interface ParticipantList {
	participants: Participant[];
	ownerPresent: boolean;
	dropped: DroppedEntry[];
}

interface IgnoreMatcher {
	names: Set<string>;
	patterns: RegExp[];
}

const REGEX_ENTRY = /^\/(.+)\/([a-z]*)$/is;

/** The ignore list as a matcher: plain names compare case-insensitively, `/re/flags` as regexes. Compiled once per run. */
export const ignoreMatcher = memoByArray((ignoreNames): IgnoreMatcher => {
	const matcher: IgnoreMatcher = { names: new Set(), patterns: [] };
	for (const item of ignoreNames) {
		if (typeof item !== "string" || !item.trim()) continue;
		const regex = REGEX_ENTRY.exec(item.trim());
		if (regex) {
			try {
				// g and y would make test() remember where it stopped.
				matcher.patterns.push(new RegExp(regex[1], regex[2].replace(/[gy]/g, "")));
			} catch {
				// An invalid pattern in the settings ignores nothing rather than failing every note.
			}
		} else {
			matcher.names.add(foldKey(item));
		}
	}
	return matcher;
});

/** The owner's names, folded. */
const ownerKeys = memoByArray((names) => new Set(names.map(foldKey).filter((name) => name.length > 0)));

/** @param key the value's foldKey, when the caller has it already */
function isIgnored(matcher: IgnoreMatcher, value: string, key = foldKey(value)): boolean {
	if (!value) return false;
	if (matcher.names.has(key)) return true;
	for (const pattern of matcher.patterns) if (pattern.test(value)) return true;
	return false;
}

const NAME_PART = /^\p{L}+(?:-\p{L}+)*$/u;

function capitalize(part: string): string {
	return part
		.split("-")
		.map((piece) => piece.charAt(0).toUpperCase() + piece.slice(1).toLowerCase())
		.join("-");
}

/** `jai.menon@example.com` → `Jai Menon`; null when the address does not spell a name. */
export function nameFromEmail(email: string): string | null {
	const local = email.slice(0, email.indexOf("@")).replace(/\+.*$/, "");
	const parts = local.split(/[._]/);
	if (parts.length < 2 || parts.length > 4 || !parts.every((part) => NAME_PART.test(part))) return null;
	if (parts[0].length < 2 || parts[parts.length - 1].length < 2) return null;
	return parts.map(capitalize).join(" ");
}

function mergeContact(into: Contact, from: Contact): void {
	for (const field in from) {
		const value = from[field as keyof Contact];
		if (value && !into[field as keyof Contact]) into[field as keyof Contact] = value;
	}
}

/** Turns the entries of every participant source, in order, into the meeting's people. */
export function collectParticipants(entries: EntryRead[], options: ReaderOptions): ParticipantList {
	const owners = ownerKeys(options.ownerNames ?? NO_ITEMS);
	const ignore = ignoreMatcher(options.ignoreNames ?? NO_ITEMS);
	const known = knownPeopleIndex(options.knownPeople);
	// An address written with a name anywhere in the note names its bare mentions too.
	const namedEmails = new Map<string, string>();
	for (const entry of entries) {
		if (entry.kind === "person" && entry.email && !namedEmails.has(entry.email)) namedEmails.set(entry.email, entry.name);
	}
	const participants: Participant[] = [];
	const byName = new Map<string, Participant>();
	const byEmail = new Map<string, Participant>();
	const dropped: DroppedEntry[] = [];
	const droppedSeen = new Set<string>();
	let ownerPresent = false;
	const drop = (entry: string, reason: string): void => {
		const key = `${foldKey(entry)}\u0000${reason}`;
		if (droppedSeen.has(key)) return;
		droppedSeen.add(key);
		dropped.push({ entry, reason });
	};

	/** Takes one entry in; returns the participant it went to, or null when it was dropped or is the owner. */
	const take = (entry: EntryRead): Participant | null => {
		if (entry.kind === "dropped") {
			drop(entry.entry, entry.reason);
			return null;
		}
		let name: string;
		if (entry.kind === "email") {
			const resolved = namedEmails.get(entry.email) ?? known.nameByEmail.get(entry.email) ?? nameFromEmail(entry.email);
			if (!resolved) {
				if (!isIgnored(ignore, entry.email)) drop(entry.email, "email without a name");
				else drop(entry.email, "in the ignore list");
				return null;
			}
			name = resolved;
		} else {
			name = entry.name;
		}
		// A person's name comes cleaned from readEntryText: only its case is left to fold.
		const key = entry.kind === "person" ? name.toLowerCase() : foldKey(name);
		if (owners.has(key)) {
			ownerPresent = true;
			return null;
		}
		const email = entry.email;
		if (isIgnored(ignore, name, key) || (email !== undefined && isIgnored(ignore, email))) {
			drop(name, "in the ignore list");
			return null;
		}
		const existing = byName.get(key) ?? (email ? byEmail.get(email) : undefined);
		if (existing) {
			existing.qualifier ??= entry.qualifier;
			existing.email ??= email;
			mergeContact(existing.contact, entry.contact);
			if (email && !existing.contact.email) existing.contact.email = email;
			if (existing.email && !byEmail.has(existing.email)) byEmail.set(existing.email, existing);
			return existing;
		}
		const participant: Participant = { name, contact: { ...entry.contact }, attended: true };
		if (entry.qualifier) participant.qualifier = entry.qualifier;
		if (email) {
			participant.email = email;
			participant.contact.email ??= email;
			byEmail.set(email, participant);
		}
		participants.push(participant);
		byName.set(key, participant);
		return participant;
	};

	// A name listed in the frontmatter and again on a `**With**:` line is read
	// once (memoEntryReader) and arrives here as the same object. Taking it
	// again would find the same participant and merge nothing new: only the
	// two `??=` of that merge can still change it, so only they are repeated.
	const outcome = new Map<EntryRead, Participant | null>();
	for (const entry of entries) {
		const earlier = outcome.get(entry);
		if (earlier === undefined) {
			outcome.set(entry, take(entry));
		} else if (earlier !== null && entry.kind !== "dropped") {
			earlier.qualifier ??= entry.qualifier;
			earlier.email ??= entry.email;
		}
	}
	return { participants, ownerPresent, dropped };
}
