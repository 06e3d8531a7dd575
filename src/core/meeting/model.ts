// The plain model a meeting note is read into. Produced by readMeetingNote();
// consumed by the people merge, the task rewriter and the run planner.

/** Contact-table fields a participant entry can carry (SPEC section 2). */
export type ContactField = "role" | "company" | "department" | "email" | "phone" | "linkedin" | "location";

export interface Participant {
	/** Cleaned name: NFC, whitespace collapsed, wikilink unwrapped, qualifier removed. */
	name: string;
	/** A trailing parenthetical, without parentheses: "last name unknown". */
	qualifier?: string;
	/** Lower-case email address when the entry gave one. */
	email?: string;
	/** Structured fields from an object entry or `Name <email>`. */
	contact: Partial<Record<ContactField, string>>;
	/** false when the person was only mentioned (a 1:1 with someone else). */
	attended: boolean;
}

/** A list item of a section: the text of the item with continuation lines and
 * nested items joined by "\n", without its list marker. */
export interface SectionItem {
	text: string;
	/** 0-based line number of the item's first line in the note. */
	line: number;
}

/** A task line as written in the note (for the task rewriter). */
export interface TaskLineRef {
	raw: string;
	line: number;
}

/** A participant entry that is not a person, with why. */
export interface DroppedEntry {
	entry: string;
	reason: string;
}

export interface Meeting {
	path: string;
	title: string;
	/** yyyy-MM-dd in the local time zone (or the CLI's --tz). */
	date: string;
	/** Everyone but the vault owner, deduplicated, in the order first listed. */
	participants: Participant[];
	/** Whether the owner was listed (or is implied by a 1:1 title). */
	ownerPresent: boolean;
	/** frontmatter `person` when not empty (cleaned name). */
	primaryPerson?: string;
	/** true when the title names a 1:1 and its person was matched. */
	oneOnOne: boolean;
	/** Summary text (paragraphs joined), "" when none. */
	summary: string;
	/** The summary's first sentence, when a run's planning copy keeps only
	 * that (sync/meeting-for-planning.ts); its `summary` is then "". */
	summarySentence?: string;
	actionItems: SectionItem[];
	decisions: SectionItem[];
	keyInformation: SectionItem[];
	topics: string[];
	/** Every task line outside code fences, frontmatter and transcripts. */
	taskLines: TaskLineRef[];
	/** The `Source: [[...]]` link target, when present. */
	sourceLink?: string;
	/** granola_id / granolaId / fireflies_id / meeting_id value, when present. */
	importerId?: string;
	/** Placeholders, ignored names and malformed entries that were dropped. */
	dropped: DroppedEntry[];
}

export type ReadResult =
	| { kind: "meeting"; meeting: Meeting }
	/** Not a meeting note at all: ignored silently, never reported. */
	| { kind: "not-meeting" }
	/** Looks like a meeting note but cannot be read: reported with the reason. */
	| { kind: "skipped"; reason: string };

export interface ReaderOptions {
	meetingSourceValues: string[];
	meetingTypeValues: string[];
	participantKeys: string[];
	/** Your name, its aliases, Myself and Me (see ownerNames()). */
	ownerNames: string[];
	/** Names or /regex/flags that are never people. */
	ignoreNames: string[];
	/** IANA zone for converting date-times with Z or an offset; default: the machine's. */
	timeZone?: string;
	/** Known people (name and aliases) for matching bare emails to a person. */
	knownPeople?: { name: string; aliases: string[]; emails: string[] }[];
}
