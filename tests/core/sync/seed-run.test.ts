import { describe, expect, it } from "vitest";
import { MemoryVault, SEED_MEETING, SEED_PATH, expectGolden, run, settingsFor } from "../../helpers/run-helpers";
import { RunRefusedError } from "../../../src/core/sync/run";

const GOLDEN = "tests/core/sync/golden/seed-run";
const PEOPLE = ["Jai Menon", "Juergen", "Manish Sah", "Ong", "Pete Emig"];

function section(note: string, heading: string): string[] {
	const lines = note.split("\n");
	const start = lines.indexOf(`## ${heading}`);
	const end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
	return lines.slice(start + 1, end === -1 ? undefined : end).filter((line) => line.startsWith("- "));
}

describe("the seed meeting note, owner Jason Vallery", () => {
	it("creates one note per person met or mentioned, none for the owner, in the seed layout", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const { report } = await run(vault);
		expect(report.created).toEqual(PEOPLE.map((name) => `People/${name}.md`));
		expect(vault.text("People/Jason Vallery.md")).toBeUndefined();
		for (const name of PEOPLE) expectGolden(vault.text(`People/${name}.md`) ?? "", `${GOLDEN}/People/${name}.md`);
		expectGolden(vault.text(SEED_PATH) ?? "", `${GOLDEN}/meeting-note-after.md`);
	});

	it("gives Pete Emig the one fact that names him, not the facts about Jason", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		await run(vault);
		const facts = section(vault.text("People/Pete Emig.md") ?? "", "Key Facts");
		expect(facts).toHaveLength(1);
		expect(facts[0]).toContain("during that process he met Pete Emig and later hired him");
		expect(facts[0]).toMatch(/\(\[\[2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl\|2025-09-30\]\]\)$/);
	});

	it("marks who attended: only Jai gets last_contact, topics and decisions; the others are mentioned via Jai", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		await run(vault);
		const jai = vault.text("People/Jai Menon.md") ?? "";
		const pete = vault.text("People/Pete Emig.md") ?? "";
		expect(jai).toContain("last_contact: '2025-09-30'");
		expect(pete).not.toContain("last_contact");
		expect(section(jai, "Key Decisions")).toHaveLength(2);
		expect(section(pete, "Key Decisions")).toHaveLength(0);
		expect(jai).toContain("\nretention discussion, external offers, Apollo clean-sheet storage risk\n");
		expect(section(pete, "Recent Context")[0]).toMatch(/ \(via Jai Menon\)$/);
		expect(section(jai, "Recent Context")[0]).not.toContain("(via");
	});

	it("fixes the seed's task lines in the same run", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const { report } = await run(vault);
		expect(report.tasksFixed).toEqual([SEED_PATH]);
		const tasks = (vault.text(SEED_PATH) ?? "").split("\n").filter((line) => line.startsWith("- ["));
		expect(tasks.map((line) => line.replace(/^- \[\?\] .*? (@\w+) /, "$1 "))).toEqual([
			"@JaiMenon 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@JasonVallery 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@ManishSah 📅 2025-10-03 ⏫ #task #proposed #auto",
			"@JasonVallery 📅 2025-10-03 ⏫ #task #proposed #auto",
		]);
	});

	it("changes nothing when run again, for new notes or for all", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const first = await run(vault);
		const after = vault.snapshot();
		const again = await run(vault, { ledger: first.ledger, today: "2026-02-01" });
		expect(again.report.processed).toEqual([]);
		expect(again.changes).toEqual([]);
		const all = await run(vault, { ledger: again.ledger, mode: { kind: "all" }, today: "2026-02-01" });
		expect(all.report.processed).toEqual([SEED_PATH]);
		expect(all.changes).toEqual([]);
		expect(vault.snapshot()).toEqual(after);
	});

	it("refuses to run until the owner's name is set, and writes nothing", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		await expect(run(vault, { settings: settingsFor({ yourName: "" }) })).rejects.toThrow(RunRefusedError);
		await expect(run(vault, { settings: settingsFor({ yourName: " " }) })).rejects.toThrow(/Set your name/);
		expect(vault.snapshot()).toEqual({ [SEED_PATH]: SEED_MEETING });
	});

	it("a dry run writes nothing and returns every planned change", async () => {
		const vault = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		const result = await run(vault, { dryRun: true });
		expect(vault.snapshot()).toEqual({ [SEED_PATH]: SEED_MEETING });
		expect(result.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([...PEOPLE.map((n) => `create People/${n}.md`), `update ${SEED_PATH}`]);
		const real = new MemoryVault({ [SEED_PATH]: SEED_MEETING });
		await run(real);
		for (const change of result.changes) expect(change.after).toBe(real.text(change.path));
	});
});
