import { afterEach, describe, expect, it, vi } from "vitest";
import { MemoryVault, run, settingsFor } from "../../helpers/run-helpers";
import { undoRun } from "../../../src/core/sync/undo";
import { processMeetings } from "../../../src/core/sync/run";
import { emptyLedger } from "../../../src/core/sync/ledger";
import type { RunPhase } from "../../../src/core/sync/run-types";

function meeting(date: string, title: string, participants: string[], facts: string[], extra = ""): string {
	return [
		"---",
		`date: ${date}`,
		`title: "${title}"`,
		`participants: [${participants.map((p) => `"${p}"`).join(", ")}]`,
		"source: transcript",
		extra,
		"---",
		"",
		"## Summary",
		"",
		`${title} went well. More detail follows.`,
		"",
		"## Key Information",
		"",
		...facts.map((f) => `- ${f}`),
		"",
		"## Decisions",
		"",
		`- Decided on ${title}.`,
		"",
	].filter((line, i) => !(line === "" && i === 5)).join("\n");
}

const A = meeting("2025-10-01", "Budget review", ["Jason Vallery", "Alice Smith", "Bob Jones"], ["Alice Smith owns the budget.", "Bob Jones joined in May."]);
const B = meeting("2025-10-08", "Hiring sync", ["Alice Smith", "Carol White"], ["Alice Smith is hiring two engineers.", "Carol White leads recruiting."]);
const C = meeting("2025-10-15", "Roadmap", ["Bob Jones", "Carol White", "Jason Vallery"], ["Bob Jones proposed the Q1 roadmap.", "Carol White wants more headcount."]);

describe("a run over several meetings", () => {
	it("gives byte-identical notes whatever order the meetings arrive in", async () => {
		const orders = [["A", "B", "C"], ["C", "B", "A"], ["B", "A", "C"]];
		const notes = { A: ["Meetings/a.md", A], B: ["Meetings/b.md", B], C: ["Meetings/c.md", C] } as const;
		const results: Record<string, string>[] = [];
		for (const order of orders) {
			const vault = new MemoryVault();
			let ledger;
			for (const key of order) {
				const [path, text] = notes[key as keyof typeof notes];
				vault.write(path, text);
				ledger = (await run(vault, { ledger })).ledger;
			}
			results.push(vault.snapshot());
		}
		const together = new MemoryVault(Object.fromEntries(Object.values(notes)));
		await run(together);
		expect(results[1]).toEqual(results[0]);
		expect(results[2]).toEqual(results[0]);
		expect(together.snapshot()).toEqual(results[0]);
		expect(results[0]["People/Alice Smith.md"]).toMatch(/- 2025-10-08: .*\n- 2025-10-01: /);
	});

	it("refreshes a changed meeting: its old lines go, new ones come, a line the user edited stays", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A });
		const first = await run(vault);
		vault.write("People/Bob Jones.md", (vault.text("People/Bob Jones.md") ?? "").replace("- Bob Jones joined in May.", "- Bob Jones joined in May (he told me twice)."));
		vault.write("Meetings/a.md", A.replace("Alice Smith owns the budget.", "Alice Smith owns the Q4 budget.").replace("Bob Jones joined in May.", "Bob Jones joined in June."));
		await run(vault, { ledger: first.ledger });
		const alice = vault.text("People/Alice Smith.md") ?? "";
		const bob = vault.text("People/Bob Jones.md") ?? "";
		expect(alice).toContain("- Alice Smith owns the Q4 budget. ([[a|2025-10-01]])");
		expect(alice).not.toContain("- Alice Smith owns the budget.");
		expect(bob).toContain("- Bob Jones joined in May (he told me twice).");
		expect(bob).toContain("- Bob Jones joined in June. ([[a|2025-10-01]])");
	});

	it("removes a person's lines when a changed meeting no longer lists them", async () => {
		const vault = new MemoryVault({ "Meetings/b.md": B });
		const first = await run(vault);
		expect(vault.text("People/Carol White.md")).toContain("Hiring sync");
		vault.write("Meetings/b.md", B.replace(', "Carol White"', "").replace("- Carol White leads recruiting.\n", ""));
		await run(vault, { ledger: first.ledger });
		expect(vault.text("People/Carol White.md")).not.toContain("Hiring sync");
	});

	it("reads no note at all when nothing is new", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A, "Meetings/b.md": B });
		const first = await run(vault);
		let reads = 0;
		const read = vault.read.bind(vault);
		vault.read = (path) => {
			reads++;
			return read(path);
		};
		const again = await run(vault, { ledger: first.ledger });
		expect(reads).toBe(0);
		expect(again.report.processed).toEqual([]);
	});

	it("writes each file at most once per run", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A, "Meetings/b.md": B, "Meetings/c.md": C });
		const writes = new Map<string, number>();
		const count = (path: string) => writes.set(path, (writes.get(path) ?? 0) + 1);
		const create = vault.create.bind(vault);
		const process = vault.process.bind(vault);
		vault.create = (path, text) => (count(path), create(path, text));
		vault.process = (path, change) => (count(path), process(path, change));
		await run(vault);
		expect([...writes.values()].every((n) => n === 1)).toBe(true);
		expect(writes.size).toBe(3);
	});

	it("keeps an edit the user makes between the run's read and its write", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A });
		const first = await run(vault);
		vault.write("Meetings/b.md", B);
		vault.beforeProcess = (path) => {
			if (path !== "People/Alice Smith.md") return;
			vault.write(path, (vault.text(path) ?? "").replace("## Relationship\n", "## Relationship\n\nMy manager since 2024.\n"));
		};
		await run(vault, { ledger: first.ledger });
		const alice = vault.text("People/Alice Smith.md") ?? "";
		expect(alice).toContain("My manager since 2024.");
		expect(alice).toContain("Alice Smith is hiring two engineers.");
	});

	it("reads one note per importer id: the one modified last", async () => {
		const older = meeting("2025-10-01", "Sync v1", ["Alice Smith"], ["Alice Smith said v1."], "granola_id: abc");
		const newer = meeting("2025-10-01", "Sync v2", ["Alice Smith"], ["Alice Smith said v2."], "granola_id: abc");
		const vault = new MemoryVault();
		vault.write("Meetings/old.md", older);
		vault.write("Meetings/new.md", newer);
		const { report } = await run(vault);
		expect(report.processed).toEqual(["Meetings/new.md"]);
		expect(vault.text("People/Alice Smith.md")).toContain("Alice Smith said v2.");
		expect(vault.text("People/Alice Smith.md")).not.toContain("v1");
	});

	it("never reads the templates folder, the person template or excluded files", async () => {
		const vault = new MemoryVault({
			"Templates/Meeting.md": meeting("2025-10-01", "Template", ["Template Person"], []),
			"Archive/old.md": meeting("2025-10-01", "Archived", ["Archived Person"], []),
			"Meetings/a.md": A,
		});
		vault.config = { templatesFolder: "Templates", userIgnoreFilters: ["Archive/"] };
		const { report } = await run(vault);
		expect(report.processed).toEqual(["Meetings/a.md"]);
		expect(Object.keys(vault.snapshot()).filter((p) => p.startsWith("People/"))).toEqual(["People/Alice Smith.md", "People/Bob Jones.md"]);
	});

	it("reports a bad meeting note with its reason and still does the rest", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A, "Meetings/bad.md": "---\nsource: transcript\nparticipants: [Alice\n---\nbody" });
		const { report } = await run(vault);
		expect(report.processed).toEqual(["Meetings/a.md"]);
		expect(report.skipped).toHaveLength(1);
		expect(report.skipped[0].path).toBe("Meetings/bad.md");
		expect(report.skipped[0].reason).toMatch(/frontmatter/);
		expect(vault.text("Meetings/bad.md")).toBe("---\nsource: transcript\nparticipants: [Alice\n---\nbody");
	});
});

describe("person notes that cannot be written safely", () => {
	it("leaves a person note with broken frontmatter untouched and reports it", async () => {
		const broken = "---\ntitle: Alice Smith\ntags: [a\n---\n# Alice Smith\n\nMy own notes.\n";
		const vault = new MemoryVault({ "Meetings/a.md": A, "People/Alice Smith.md": broken });
		const { report } = await run(vault);
		expect(vault.text("People/Alice Smith.md")).toBe(broken);
		expect(report.skipped.map((s) => s.path)).toContain("People/Alice Smith.md");
		expect(report.created).toEqual(["People/Bob Jones.md"]);
	});

	it("reports two notes claiming one person and touches neither", async () => {
		const one = "---\ntype: people\naliases: [Alice Smith]\n---\n# Alice S.\n";
		const two = "---\ntype: people\naliases: [Alice Smith]\n---\n# A. Smith\n";
		const vault = new MemoryVault({ "Meetings/a.md": A, "People/Alice S.md": one, "People/A Smith.md": two });
		const { report } = await run(vault);
		expect(vault.text("People/Alice S.md")).toBe(one);
		expect(vault.text("People/A Smith.md")).toBe(two);
		expect(report.ambiguous).toEqual([{ name: "Alice Smith", notes: ["People/A Smith.md", "People/Alice S.md"], meetings: ["Meetings/a.md"] }]);
	});

	it("keeps every note of a hostile name inside the people folder", async () => {
		const names = ["../../x", ".obsidian/x", "a/b:c", "CON", "x".repeat(300), "🎉🎉"];
		const vault = new MemoryVault({ "Meetings/h.md": meeting("2025-10-01", "Hostile", names, []) });
		await run(vault);
		const created = Object.keys(vault.snapshot()).filter((p) => p !== "Meetings/h.md");
		expect(created.length).toBeGreaterThan(0);
		for (const path of created) {
			expect(path.startsWith("People/")).toBe(true);
			expect(path.slice("People/".length)).not.toMatch(/[/\\]|^\./);
		}
	});

	it("reports a look-alike name and still gives it its own note", async () => {
		const vault = new MemoryVault({ "People/José Díaz.md": "---\ntype: people\n---\n# José Díaz\n", "Meetings/m.md": meeting("2025-10-01", "Sync", ["Jose Diaz"], []) });
		const { report } = await run(vault);
		expect(report.lookAlikes).toEqual([{ name: "Jose Diaz", note: "People/Jose Diaz.md", similarTo: ["People/José Díaz.md"] }]);
		expect(vault.text("People/Jose Diaz.md")).toBeDefined();
	});
});

describe("undo last run", () => {
	it("puts back every file and removes created notes, but keeps what the user changed since", async () => {
		const pete = "---\ntype: people\n---\n# Bob Jones\n\n## Key Facts\n\n- Mine.\n";
		const vault = new MemoryVault({ "Meetings/a.md": A, "People/Bob Jones.md": pete });
		const before = vault.snapshot();
		const result = await run(vault);
		expect(result.undo.created.map((c) => c.path)).toEqual(["People/Alice Smith.md"]);
		const undone = await undoRun(vault, result.undo, result.ledger);
		expect(undone.kept).toEqual([]);
		expect(vault.snapshot()).toEqual(before);
		expect(undone.ledger).toEqual(result.undo.ledgerBefore);

		const again = await run(vault);
		vault.write("People/Alice Smith.md", (vault.text("People/Alice Smith.md") ?? "") + "\nMy note.\n");
		const second = await undoRun(vault, again.undo, again.ledger);
		expect(second.kept.map((k) => k.path)).toEqual(["People/Alice Smith.md"]);
		expect(vault.text("People/Alice Smith.md")).toContain("My note.");
		expect(vault.text("People/Bob Jones.md")).toBe(pete);
	});
});

describe("a person note the user deleted", () => {
	it("is written again, whole, when its meeting is processed again", async () => {
		const vault = new MemoryVault({ "Meetings/a.md": A });
		const first = await run(vault);
		const alice = vault.text("People/Alice Smith.md");
		await vault.trash("People/Alice Smith.md");
		await run(vault, { ledger: first.ledger, mode: { kind: "all" } });
		expect(vault.text("People/Alice Smith.md")).toBe(alice);
	});
});

describe("a meeting that could not reach all its people", () => {
	it("is not marked done, so the next run finishes it once the person note is fixed", async () => {
		const broken = "---\ntitle: Alice Smith\ntags: [a\n---\n# Alice Smith\n";
		const vault = new MemoryVault({ "Meetings/a.md": A, "People/Alice Smith.md": broken });
		const first = await run(vault);
		expect(first.ledger.meetings["Meetings/a.md"]).toBeUndefined();
		vault.write("People/Alice Smith.md", "---\ntitle: Alice Smith\n---\n# Alice Smith\n");
		const second = await run(vault, { ledger: first.ledger });
		expect(second.report.processed).toEqual(["Meetings/a.md"]);
		expect(vault.text("People/Alice Smith.md")).toContain("Alice Smith owns the budget.");
		expect(second.ledger.meetings["Meetings/a.md"]).toBeDefined();
	});

	it("puts new Recent Context lines above an older dated line the user wrote", async () => {
		const bob = "---\ntype: people\n---\n# Bob Jones\n\n## Recent Context\n\n- 2025-09-12: Coffee with Bob, he is moving teams.\n";
		const vault = new MemoryVault({ "Meetings/a.md": A, "People/Bob Jones.md": bob });
		await run(vault);
		const lines = (vault.text("People/Bob Jones.md") ?? "").split("\n").filter((l) => /^- \d{4}/.test(l));
		expect(lines.map((l) => l.slice(2, 12))).toEqual(["2025-10-01", "2025-09-12"]);
	});
});

describe("a long run", () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	type Event = { kind: "turn" | "read" | "create"; phase: RunPhase | "start" };

	/** A run over three meetings where every piece of work takes 20 ms: the
	 * run's pacer (12 ms) yields at every chance. Logs each turn, read and
	 * create with the phase it came in. */
	async function slowRun(): Promise<{ result: Awaited<ReturnType<typeof processMeetings>>; events: Event[] }> {
		const vault = new MemoryVault({ "Meetings/a.md": A, "Meetings/b.md": B, "Meetings/c.md": C });
		let now = 1_000_000;
		vi.spyOn(Date, "now").mockImplementation(() => (now += 20));
		let phase: Event["phase"] = "start";
		const events: Event[] = [];
		vi.spyOn(vault, "yieldToEventLoop").mockImplementation(() => {
			events.push({ kind: "turn", phase });
			return Promise.resolve();
		});
		const read = vault.read.bind(vault);
		vi.spyOn(vault, "read").mockImplementation((path) => {
			events.push({ kind: "read", phase });
			return read(path);
		});
		const create = vault.create.bind(vault);
		vi.spyOn(vault, "create").mockImplementation((path, text) => {
			events.push({ kind: "create", phase });
			return create(path, text);
		});
		const result = await processMeetings(vault, settingsFor(), emptyLedger(), { mode: { kind: "new" }, dryRun: false, today: "2026-01-03", onPhase: (p) => (phase = p) });
		return { result, events };
	}

	const turnsIn = (events: Event[], phase: Event["phase"]) => events.filter((e) => e.kind === "turn" && e.phase === phase).length;

	it("gives the event loop turns while it builds the ledger, not only while it reads and writes notes", async () => {
		const { result, events } = await slowRun();
		expect(Object.keys(result.ledger.meetings)).toHaveLength(3);
		// Between the last write and the finished ledger: one turn per meeting recorded, at least.
		expect(turnsIn(events, "merge and write")).toBeGreaterThanOrEqual(3);
	});

	it("gives the event loop a turn before and after it gathers every participant's name for the task fixes", async () => {
		const { result, events } = await slowRun();
		// One turn per meeting whose task lines were fixed, and the two around the names.
		expect(turnsIn(events, "read meetings")).toBe(result.report.tasksFixed.length + 2);
	});

	it("gives the event loop a turn after listing the vault's notes, before it reads any", async () => {
		const { events } = await slowRun();
		expect(events[0].kind).toBe("turn");
	});

	it("gives the event loop turns between planning the people and making their notes' jobs", async () => {
		const { events } = await slowRun();
		const firstWrite = events.findIndex((e) => e.kind === "create");
		// Two of their own, then one before the first merge and one before its write.
		expect(turnsIn(events.slice(0, firstWrite), "plan people")).toBeGreaterThanOrEqual(4);
	});
});
