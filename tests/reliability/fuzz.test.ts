// Fuzzing the whole run: real meeting and person notes, mutated (random
// text, lines deleted or duplicated, `---` moved, code fences, unicode junk),
// then a full run over an in-memory vault. Whatever the input: no exception
// escapes, nothing outside People/ changes but the processed meeting notes'
// task lines, every line the user had in a person note is still there in
// order, and a second run changes nothing.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryVault, run } from "../helpers/run-helpers";
import { brokenGuarantees } from "./guarantees";
import { mutate, mutations } from "./mutations";
import type { Mutation } from "./mutations";
import { reportedPaths } from "./outcome";

const EXAMPLES = "examples/vault";
const MEETINGS = [
	readFileSync("tests/fixtures/seed-meeting-note.md", "utf8"),
	...readdirSync(`${EXAMPLES}/Meetings`, { recursive: true, encoding: "utf8" })
		.filter((file) => file.endsWith(".md"))
		.map((file) => readFileSync(`${EXAMPLES}/Meetings/${file}`, "utf8")),
];
const SEED_PERSON = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
const PEOPLE: { path: string; text: string }[] = [
	{ path: "People/Pete Emig.md", text: SEED_PERSON },
	{ path: "People/Pete Emig.md", text: readFileSync(`${EXAMPLES}/People/Pete Emig.md`, "utf8") },
	{ path: "People/Jai Menon.md", text: SEED_PERSON.replace(/Pete Emig/g, "Jai Menon").replace(/PeteEmig/g, "JaiMenon") },
	{ path: "People/Manish Sah.md", text: "---\ntype: people\n---\n# Manish Sah\n\nMy own words about Manish.\n" },
];
const UNRELATED = "---\ntags: [journal]\n---\n# Journal\n\nPete Emig called.\n- [ ] call back @Pete Emig 📅 2025-10-03\n";

const mutatedNote = <T extends { text: string }>(pool: T[]) =>
	fc.tuple(fc.constantFrom(...pool), fc.oneof({ weight: 1, arbitrary: fc.constant<Mutation[]>([]) }, { weight: 4, arbitrary: mutations }))
		.map(([note, edits]) => ({ ...note, text: mutate(note.text, edits) }));

const vaultFiles = fc.record({
	meetings: fc.array(mutatedNote(MEETINGS.map((text) => ({ text }))), { minLength: 1, maxLength: 3 }),
	people: fc.uniqueArray(mutatedNote(PEOPLE), { maxLength: 2, selector: (note) => note.path }),
	unrelated: mutatedNote([{ text: UNRELATED }]),
}).map(({ meetings, people, unrelated }) => {
	const files: Record<string, string> = { "Notes/Journal.md": unrelated.text };
	meetings.forEach((meeting, i) => (files[`Meetings/2025-10-0${i + 1} Meeting ${i + 1}.md`] = meeting.text));
	for (const person of people) files[person.path] = person.text;
	return files;
});

describe("a run over mutated real notes", () => {
	it("never throws, keeps every byte and user line it must, and is idempotent", async () => {
		await fc.assert(
			fc.asyncProperty(vaultFiles, async (files) => {
				const vault = new MemoryVault(files);
				const before = vault.snapshot();
				const first = await run(vault);
				const once = vault.snapshot();
				expect(brokenGuarantees(before, once, { processed: first.report.processed, reported: reportedPaths(first.report) })).toEqual([]);
				const again = await run(vault, { ledger: first.ledger, mode: { kind: "all" } });
				expect(vault.snapshot()).toEqual(once);
				expect({ created: again.report.created, updated: again.report.updated, tasksFixed: again.report.tasksFixed }).toEqual({ created: [], updated: [], tasksFixed: [] });
			}),
			// Fixed seed: the same vaults every run. A failure is shrunk to the few
			// edits that matter, within the time limit.
			{ seed: 20260103, numRuns: 300, interruptAfterTimeLimit: 15_000 },
		);
	}, 60_000);
});
