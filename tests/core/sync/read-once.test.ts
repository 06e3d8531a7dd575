// The read half of a run parses each note's frontmatter once, reads a
// task-fixed meeting again cheaply, and hashes each final text once — with
// the same ledger and notes as reading and hashing everything afresh.
import { describe, expect, it } from "vitest";
import { NoteTexts } from "../../../src/core/sync/read-phase";
import { readFrontmatter } from "../../../src/core/markdown/frontmatter";
import { contentHash } from "../../../src/core/sync/content-hash";
import { MemoryVault, SEED_MEETING, SEED_PATH, run } from "../../helpers/run-helpers";

describe("NoteTexts.frontmatterOf", () => {
	const text = "---\ntype: people\n---\n# Ann\n";

	it("parses a note once and hands out that parse", () => {
		const texts = new NoteTexts();
		const first = texts.frontmatterOf("People/Ann.md", text);
		expect(first).toEqual(readFrontmatter(text));
		expect(texts.frontmatterOf("People/Ann.md", text)).toBe(first);
	});

	it("parses again when the note's text is not the one parsed", () => {
		const texts = new NoteTexts();
		texts.frontmatterOf("People/Ann.md", text);
		const other = "---\ntype: person\n---\n";
		expect(texts.frontmatterOf("People/Ann.md", other)).toEqual(readFrontmatter(other));
	});

	it("gives the parse to its last reader and forgets it", () => {
		const texts = new NoteTexts();
		const first = texts.frontmatterOf("People/Ann.md", text);
		expect(texts.frontmatterOf("People/Ann.md", text, false)).toBe(first);
		const again = texts.frontmatterOf("People/Ann.md", text, false);
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
});

const PLAIN = [
	"---",
	"date: 2025-10-01",
	"participants: [Jason Vallery, Alice Smith]",
	"source: transcript",
	"---",
	"## Summary",
	"Budget review went well.",
	"## Key Information",
	"- Alice Smith owns the budget.",
	"",
].join("\n");

describe("a run's ledger", () => {
	it("records the hash of each meeting's final text: as read, or as its task lines were fixed", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING, "Meetings/plain.md": PLAIN });
		const result = await run(vault);
		const fixed = vault.text(SEED_PATH) ?? "";
		expect(fixed).not.toBe(SEED_MEETING);
		expect(result.report.tasksFixed).toEqual([SEED_PATH]);
		expect(result.ledger.meetings[SEED_PATH].hash).toBe(contentHash(fixed));
		expect(result.ledger.meetings["Meetings/plain.md"].hash).toBe(contentHash(PLAIN));
		// Nothing is new to the next run, and reading everything again changes nothing.
		const again = await run(vault, { ledger: result.ledger });
		expect(again.report.processed).toEqual([]);
		const before = vault.snapshot();
		const all = await run(vault, { ledger: result.ledger, mode: { kind: "all" } });
		expect(all.changes).toEqual([]);
		expect(vault.snapshot()).toEqual(before);
	});

	it("copies into person notes what a fresh read of the fixed note gives", async () => {
		const fixedFirst = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		await run(fixedFirst);
		// The same note, already fixed, read by a run that fixes nothing.
		const fresh = new MemoryVault({ [SEED_PATH]: fixedFirst.text(SEED_PATH) ?? "" });
		await run(fresh);
		expect(fresh.snapshot()).toEqual(fixedFirst.snapshot());
	});
});
