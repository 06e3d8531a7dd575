// The bad-input corpus (SPEC section 6, and what a hostile or broken vault can
// hold). Each case is one note (text, or raw bytes for the disk) dropped into
// the same small vault, BASE_VAULT; the three runners (core, plugin, command
// line) check the case's outcome and the guarantees every case shares.
import { readFileSync } from "node:fs";
import { goodMeeting, latin1, meetingNote, pseudoRandomBytes, yamlBomb } from "./corpus-builders";

export type Outcome =
	/** The note is a meeting note that cannot be read: reported with a reason. */
	| { kind: "skipped"; reason: RegExp }
	/** Not a meeting note (SPEC section 1): neither read as one nor reported. */
	| { kind: "ignored" }
	/** Valid input: read as a meeting; these person notes exist afterwards,
	 * the `absent` ones do not. */
	| { kind: "processed"; people: string[]; absent?: string[]; dropped?: number }
	/** Several notes claim the name: reported, none of them touched. */
	| { kind: "ambiguous"; name: string };

export interface BadInputCase {
	name: string;
	path: string;
	/** The note as text (the in-memory vaults, and UTF-8 on disk)... */
	text?: string;
	/** ...or as raw bytes (written as they are on disk; decoded with
	 * replacement characters for the in-memory vaults). */
	bytes?: Uint8Array;
	/** Other files the case needs. */
	extra?: Record<string, string>;
	outcome: Outcome;
	/** On disk the bytes are not valid UTF-8: the command line must leave
	 * the note byte for byte and report it (its task lines cannot be fixed). */
	invalidUtf8OnDisk?: boolean;
}

export const OWNER = "Jason Vallery";
export const GOOD_PATH = "Meetings/2025-10-01 Budget review.md";
export const ALICE_PATH = "People/Alice Smith.md";

const ALICE_NOTE = [
	"---",
	"type: people",
	"title: Alice Smith",
	"team: finance  # my own key",
	"---",
	"",
	"# Alice Smith",
	"",
	"## Relationship",
	"",
	"My manager since 2024. Likes long walks.",
	"",
	"## Key Facts",
	"",
	"- Alice Smith runs marathons.",
	"",
	"## Recent Context",
	"",
	"- 2025-09-01: lunch, talked about hiring",
	"",
].join("\n");

/** What every case's vault holds besides the case: a good meeting (the run
 * must still do it), a person note with the user's own text, and a note that
 * is nobody's business. */
export const BASE_VAULT: Record<string, string> = {
	[GOOD_PATH]: goodMeeting(),
	[ALICE_PATH]: ALICE_NOTE,
	"Notes/Journal.md": "---\ntags: [journal]\n---\n# Journal\n\nCarol White called about the budget.\n- [ ] call back @Carol\n",
};

const SEED = readFileSync("tests/fixtures/seed-meeting-note.md", "utf8");
const CAROL: Outcome = { kind: "processed", people: ["People/Carol White.md"] };
const SHELL_KEYS = "type: meeting\ndate: 2025-10-02";

// The 300-character and the emoji-only name are not names (dropped and
// counted); the 150-character one is, and its file name is cut to 100.
const HOSTILE_NAMES = ["../../x", ".obsidian/x", "CON", "a/b:c", "N".repeat(300), "L".repeat(150), "Line\nBreak", "🎉🎉🎉", "\u202Eevil\u202C Mallory"];

export const CORPUS: BadInputCase[] = [
	// Frontmatter that is missing or cannot be read.
	{ name: "no frontmatter", path: "Meetings/Loose notes.md", text: "# Call with Carol White\n\nparticipants: Carol White\n\n- [ ] follow up @Carol White\n", outcome: { kind: "ignored" } },
	{ name: "malformed frontmatter with meeting keys", path: "Meetings/Broken.md", text: "---\nsource: transcript\ndate: 2025-10-02\nparticipants: [Carol White\n---\n# Broken\n", outcome: { kind: "skipped", reason: /^frontmatter does not parse: / } },
	{ name: "malformed frontmatter without meeting keys", path: "Meetings/Broken idea.md", text: "---\ntags: [idea\n---\n# An idea\n", outcome: { kind: "ignored" } },
	{ name: "unclosed frontmatter", path: "Meetings/Unclosed.md", text: "---\nsource: transcript\ndate: 2025-10-02\nparticipants: [Carol White]\n\n# Unclosed\n", outcome: { kind: "skipped", reason: /^frontmatter is not closed/ } },
	// A list's items are not keys: no `source:` key, so not a meeting note.
	{ name: "frontmatter that is a list", path: "Meetings/List.md", text: "---\n- source: transcript\n- participants: [Carol White]\n---\n# List\n", outcome: { kind: "ignored" } },
	{ name: "frontmatter that is a scalar", path: "Meetings/Scalar.md", text: "---\njust a sentence\n---\n# Scalar\n", outcome: { kind: "ignored" } },
	{ name: "duplicate keys", path: "Meetings/Dup.md", text: meetingNote("source: transcript\ndate: 2025-10-02\ndate: 2025-10-03\nparticipants: [Carol White]"), outcome: { kind: "skipped", reason: /^frontmatter does not parse: / } },
	{ name: "a YAML bomb (billion laughs)", path: "Meetings/Bomb.md", text: meetingNote(yamlBomb()), outcome: { kind: "skipped", reason: /^frontmatter does not parse: / } },
	// Valid YAML, but whether the parser's recursion fits the stack depends on
	// the engine's state: only a depth limit gives the same outcome every run.
	{ name: "YAML nested 1000 levels (flow)", path: "Meetings/Deep flow.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: [Carol White]\ndeep: ${"[".repeat(1000)}x${"]".repeat(1000)}`), outcome: { kind: "skipped", reason: /^frontmatter/ } },
	{
		name: "YAML nested 1000 levels (block)",
		path: "Meetings/Deep block.md",
		text: meetingNote(`${SHELL_KEYS}\nparticipants: [Carol White]\ndeep:\n${Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i + 1)}k:`).join("\n")}\n${" ".repeat(1001)}x: 1`),
		outcome: { kind: "skipped", reason: /^frontmatter/ },
	},
	{ name: "---js frontmatter with code", path: "Meetings/Js.md", text: jsFrontmatter("js", "source: \"transcript\","), outcome: { kind: "skipped", reason: /"js" is not supported/ } },
	{ name: "---javascript frontmatter with code", path: "Meetings/Javascript.md", text: jsFrontmatter("javascript", "participants: [\"Carol White\"],"), outcome: { kind: "skipped", reason: /"javascript" is not supported/ } },

	// Meeting notes whose fields are wrong.
	{ name: "a date that does not parse", path: "Meetings/Sync.md", text: meetingNote("source: transcript\ndate: next Tuesday\nparticipants: [Carol White]"), outcome: { kind: "skipped", reason: /date/ } },
	{ name: "an impossible date", path: "Meetings/Sync 2.md", text: meetingNote("source: transcript\ndate: 2025-02-30\nparticipants: [Carol White]"), outcome: { kind: "skipped", reason: /not a valid date/ } },
	{ name: "no participants", path: "Meetings/2025-10-02 Alone.md", text: meetingNote("type: meeting\ndate: 2025-10-02"), outcome: { kind: "skipped", reason: /^no participants/ } },
	{ name: "participants that are numbers", path: "Meetings/Numbers.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: [42, 7.5]`), outcome: { kind: "skipped", reason: /^no participants: every entry was dropped: "42"/ } },
	{ name: "participants that are nested lists", path: "Meetings/Nested.md", text: meetingNote(`${SHELL_KEYS}\nparticipants:\n  - - Carol White\n    - Dan Brown\n  - - Eve Adams`), outcome: { kind: "skipped", reason: /^no participants: every entry was dropped/ } },
	{ name: "participants that are objects without name or email", path: "Meetings/Objects.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: [{role: PM}, {company: Acme}]`), outcome: { kind: "skipped", reason: /^no participants: every entry was dropped/ } },
	{ name: "one good participant among bad ones", path: "Meetings/Mixed.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: [Carol White, 42, [x, y], {role: PM}, null]`), outcome: CAROL },
	{ name: "names that are only punctuation", path: "Meetings/Punct.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: ["!!!", "...", "-", "?"]`), outcome: { kind: "skipped", reason: /^no participants/ } },
	{
		name: "names with path characters",
		path: "Meetings/Paths.md",
		text: meetingNote(`${SHELL_KEYS}\nparticipants: ["Dave/Evil:Name*?", "Eve\\\\Back|slash", "Ann <ann@example.com>"]`),
		outcome: { kind: "processed", people: ["People/DaveEvilName.md", "People/EveBackslash.md", "People/Ann.md"] },
	},
	{ name: "names with newlines", path: "Meetings/Newlines.md", text: meetingNote(`${SHELL_KEYS}\nparticipants: ["Frank\\nNewline", "Gina\\r\\nCarriage"]`), outcome: { kind: "processed", people: ["People/Frank Newline.md", "People/Gina Carriage.md"] } },
	{
		name: "hostile names",
		path: "Meetings/Hostile.md",
		text: meetingNote(`${SHELL_KEYS}\nparticipants: [${HOSTILE_NAMES.map((name) => JSON.stringify(name)).join(", ")}]`),
		outcome: { kind: "processed", people: ["People/x.md", "People/obsidianx.md", "People/CON_.md", "People/abc.md", `People/${"L".repeat(100)}.md`, "People/Line Break.md", "People/evil Mallory.md"], dropped: 2 },
	},

	// Valid input in forms that are easy to get wrong.
	{ name: "CRLF line endings", path: "Meetings/2025-10-03 Crlf.md", text: goodMeeting("Carol White", "Crlf sync").replace(/\n/g, "\r\n"), outcome: CAROL },
	{ name: "a byte-order mark", path: "Meetings/2025-10-03 Bom.md", text: `\uFEFF${goodMeeting("Carol White", "Bom sync")}`, outcome: CAROL },
	{ name: "a BOM and CRLF", path: "Meetings/2025-10-03 Bom crlf.md", text: `\uFEFF${goodMeeting("Carol White", "Bom crlf sync").replace(/\n/g, "\r\n")}`, outcome: CAROL },
	{ name: "tabs", path: "Meetings/2025-10-03 Tabs.md", text: goodMeeting("Carol\tWhite", "Tab\tsync").replace(/\n- /g, "\n-\t").replace("## Key Information\n", "## Key Information\n\t\n"), outcome: CAROL },
	{
		name: "headings and tasks inside code fences",
		path: "Meetings/2025-10-03 Fences.md",
		text: goodMeeting("Carol White", "Fence sync").replace(
			"## Key Information\n",
			"```\n## Attendees\n- Mallory Fenced\n## Key Information\n- Carol White is secretly fenced.\n- [ ] fenced task @Myself üìÖ 2025-10-03\n```\n\n~~~md\n## Decisions\n- Fenced decision\n~~~\n\n## Key Information\n",
		),
		outcome: { kind: "processed", people: ["People/Carol White.md"], absent: ["People/Mallory Fenced.md"] },
	},
	{ name: "--- inside the content", path: "Meetings/2025-10-03 Rules.md", text: goodMeeting("Carol White", "Rule sync").replace("## Decisions", "---\n\n---\nsource: transcript\nparticipants: [Mallory Ruled]\n---\n\n## Decisions"), outcome: { kind: "processed", people: ["People/Carol White.md"], absent: ["People/Mallory Ruled.md"] } },
	{ name: "a 5 MB note", path: "Meetings/2025-10-03 Huge.md", text: hugeMeeting(5 * 1024 * 1024), outcome: CAROL },
	{ name: "the seed meeting note, as the pipeline writes it", path: "Meetings/2025-09-30 1-1 with Jai Menon.md", text: SEED, outcome: { kind: "processed", people: ["People/Jai Menon.md", "People/Pete Emig.md"] } },

	// Files that are not text, or not UTF-8.
	{ name: "an empty note", path: "Meetings/Empty.md", text: "", outcome: { kind: "ignored" } },
	{ name: "a whitespace-only note", path: "Meetings/Blank.md", text: " \n\t\n\r\n   ", outcome: { kind: "ignored" } },
	{ name: "a file of binary bytes", path: "Meetings/Blob.md", bytes: pseudoRandomBytes(64 * 1024, 7), outcome: { kind: "ignored" }, invalidUtf8OnDisk: true },
	{
		name: "binary bytes in a meeting note's body",
		path: "Meetings/2025-10-03 Binary.md",
		bytes: concat(Buffer.from(goodMeeting("Carol White", "Binary sync")), pseudoRandomBytes(4096, 11), Buffer.from("\n\n- [ ] after the junk @Myself\n")),
		outcome: CAROL,
		invalidUtf8OnDisk: true,
	},
	{ name: "non-UTF-8 (Latin-1) text", path: "Meetings/2025-10-03 Latin.md", bytes: latin1(goodMeeting("Carol White", "Café et crème")), outcome: CAROL, invalidUtf8OnDisk: true },

	// Person notes that must not be written.
	{ name: "a person note whose frontmatter is broken", path: "People/Bob Jones.md", text: "---\ntitle: Bob Jones\ntags: [a\n---\n# Bob Jones\n\nMy own notes.\n", outcome: { kind: "skipped", reason: /untouched|frontmatter/ } },
	{ name: "a person note whose frontmatter is a list", path: "People/Bob Jones.md", text: "---\n- Bob Jones\n---\n# Bob Jones\n\nMine.\n", outcome: { kind: "skipped", reason: /untouched|frontmatter/ } },
	{
		name: "two notes claiming one person",
		path: "People/Bob J.md",
		text: "---\ntype: people\naliases: [Bob Jones]\n---\n# Bob J.\n\nMine.\n",
		extra: { "People/B Jones.md": "---\ntype: people\naliases: [Bob Jones]\n---\n# B. Jones\n\nAlso mine.\n" },
		outcome: { kind: "ambiguous", name: "Bob Jones" },
	},
];

/** The case's files, as the in-memory vaults see them (bytes decoded with
 * replacement characters, as a vault read would). */
export function caseTexts(testCase: BadInputCase): Record<string, string> {
	const text = testCase.text ?? new TextDecoder("utf-8", { ignoreBOM: true }).decode(testCase.bytes);
	return { ...BASE_VAULT, ...testCase.extra, [testCase.path]: text };
}

/** The case's files as bytes on disk. */
export function caseBytes(testCase: BadInputCase): Record<string, Uint8Array> {
	const files: Record<string, Uint8Array> = {};
	for (const [path, text] of Object.entries({ ...BASE_VAULT, ...testCase.extra })) files[path] = Buffer.from(text, "utf8");
	files[testCase.path] = testCase.bytes ?? Buffer.from(testCase.text ?? "", "utf8");
	return files;
}

/** A meeting with a Carol White fact, then a transcript that makes it `size` bytes. */
function hugeMeeting(size: number): string {
	const head = goodMeeting("Carol White", "Huge sync") + "\n## Transcript\n\n";
	const line = "Speaker 1: and then we went through the numbers again, line by line, for a long while.\n";
	return head + line.repeat(Math.ceil((size - head.length) / line.length));
}

/** Frontmatter in JavaScript whose code, if anything ran it, would set a
 * global and end the process. */
export function jsFrontmatter(language: string, key: string): string {
	return `---${language}\n{\n${key}\nx: (globalThis.__meetingCrmPwned = true, process.exit(3)),\n}\n---\n# Code\n`;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	return Buffer.concat(parts);
}
