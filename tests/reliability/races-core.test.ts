// Races in the core's run: the user (or Sync) edits, renames, deletes or
// creates a note between the run's read and its write, or two runs go at
// once. The run finishes with a clear report and no one's text is lost.
import { describe, expect, it } from "vitest";
import { MemoryVault, run } from "../helpers/run-helpers";
import { ALICE_PATH, BASE_VAULT, GOOD_PATH } from "./corpus";
import { brokenGuarantees, lostUserLines } from "./guarantees";
import { reportedPaths } from "./outcome";

const NEW_FACT = "- Alice Smith prefers tea to coffee.";
const USER_LINE = "She asked me to mentor her new hire.";
const NO_TASKS = BASE_VAULT[GOOD_PATH].replace(/^- \[ \] .*\n/m, "");

function addFact(text: string): string {
	return text.replace("## Key Information\n\n", `## Key Information\n\n${NEW_FACT}\n`);
}

function addUserLine(text: string): string {
	return text.replace("My manager since 2024. Likes long walks.\n", `My manager since 2024. Likes long walks.\n${USER_LINE}\n`);
}

describe("the user edits a note while the run is busy", () => {
	it("an edit to a person note between the run's read and its write survives, and so does the run's", async () => {
		const vault = new MemoryVault(BASE_VAULT);
		vault.beforeProcess = (path) => {
			if (path === ALICE_PATH) vault.write(path, addUserLine(vault.text(path) ?? ""));
		};
		const { report } = await run(vault);
		const alice = vault.text(ALICE_PATH) ?? "";
		expect(alice).toContain(USER_LINE);
		expect(alice).toContain("- Alice Smith owns the Q4 budget. ([[2025-10-01 Budget review|2025-10-01]])");
		expect(lostUserLines(addUserLine(BASE_VAULT[ALICE_PATH]), alice)).toEqual([]);
		expect(report.updated).toContain(ALICE_PATH);
	});

	it("an edit to a meeting note before its task lines are written survives, and the tasks are still fixed", async () => {
		const vault = new MemoryVault(BASE_VAULT);
		vault.beforeProcess = (path) => {
			if (path === GOOD_PATH) vault.write(path, addFact(vault.text(path) ?? ""));
		};
		await run(vault);
		const meeting = vault.text(GOOD_PATH) ?? "";
		expect(meeting).toContain(NEW_FACT);
		expect(meeting).toContain("- [ ] Send the numbers to Alice Smith. @JasonVallery 📅 2025-10-06 ⏫ #task");
	});

	it.each([
		{ name: "with task lines to fix (the edit lands before their write)", meeting: BASE_VAULT[GOOD_PATH], editBefore: GOOD_PATH },
		{ name: "without task lines (the edit lands while a person note is written)", meeting: NO_TASKS, editBefore: ALICE_PATH },
	])("a fact the user adds to a meeting note mid-run reaches the person note on the next run, $name", async ({ meeting, editBefore }) => {
		const vault = new MemoryVault({ ...BASE_VAULT, [GOOD_PATH]: meeting });
		let edited = false;
		vault.beforeProcess = (path) => {
			if (path !== editBefore || edited) return;
			edited = true;
			vault.write(GOOD_PATH, addFact(vault.text(GOOD_PATH) ?? ""));
		};
		const first = await run(vault);
		expect(edited).toBe(true);
		vault.beforeProcess = null;
		await run(vault, { ledger: first.ledger });
		expect(vault.text(ALICE_PATH)).toContain("- Alice Smith prefers tea to coffee. ([[2025-10-01 Budget review|2025-10-01]])");
	});
});

describe("a meeting note renamed or deleted mid-run", () => {
	const OTHER = "Meetings/2025-10-08 Other.md";
	const files = { ...BASE_VAULT, [OTHER]: BASE_VAULT[GOOD_PATH].replace("2025-10-01", "2025-10-08").replace(/Budget review/g, "Hiring sync") };

	it("deleted between the listing and its read: reported as not readable, the rest is done", async () => {
		const vault = new MemoryVault(files);
		const read = vault.read.bind(vault);
		vault.read = (path) => {
			if (path === OTHER && vault.files.has(path)) void vault.trash(path);
			return read(path);
		};
		const before = vault.snapshot();
		const { report } = await run(vault);
		expectOneError(report.errors, OTHER, /^could not be read: /);
		expect(report.processed).toEqual([GOOD_PATH]);
		const { [OTHER]: gone, ...rest } = before;
		expect(gone).toBeDefined();
		expect(brokenGuarantees(rest, vault.snapshot(), { processed: report.processed, reported: reportedPaths(report) })).toEqual([]);
	});

	it.each([
		{ name: "deleted", move: (vault: MemoryVault) => void vault.trash(GOOD_PATH), renamed: null },
		{ name: "renamed", move: (vault: MemoryVault) => rename(vault, GOOD_PATH, "Meetings/Renamed.md"), renamed: "Meetings/Renamed.md" },
	])("$name before its task lines are written: reported, person notes written, the note's text kept", async ({ move, renamed }) => {
		const vault = new MemoryVault(files);
		const original = vault.text(GOOD_PATH) ?? "";
		vault.beforeProcess = (path) => {
			if (path === GOOD_PATH) move(vault);
		};
		const before = vault.snapshot();
		const { report } = await run(vault);
		expectOneError(report.errors, GOOD_PATH, /^could not be written: /);
		expect(report.processed).toEqual([GOOD_PATH, OTHER]);
		expect(vault.text(ALICE_PATH)).toContain("- Alice Smith owns the Q4 budget.");
		if (renamed) expect(vault.text(renamed)).toBe(original);
		const { [GOOD_PATH]: moved, ...rest } = before;
		expect(moved).toBe(original);
		const after = vault.snapshot();
		if (renamed) delete after[renamed];
		expect(brokenGuarantees(rest, after, { processed: report.processed, reported: [] })).toEqual([]);
	});

	it("a person note deleted before its write is reported, not re-created behind the user's back", async () => {
		const vault = new MemoryVault(BASE_VAULT);
		vault.beforeProcess = (path) => {
			if (path === ALICE_PATH) void vault.trash(path);
		};
		const { report } = await run(vault);
		expectOneError(report.errors, ALICE_PATH, /^could not be written: /);
		expect(vault.text(ALICE_PATH)).toBeUndefined();
		expect(report.created).toEqual(["People/Bob Jones.md"]);
	});
});

describe("the user creates the person note the run is about to create", () => {
	const MINE = "---\ntype: people\n---\n# Bob Jones\n\nMet him at the offsite.\n";

	it("keeps the user's note, reports it, and gives it the meeting's lines on the next run", async () => {
		const vault = new MemoryVault(BASE_VAULT);
		const create = vault.create.bind(vault);
		vault.create = (path, text) => {
			if (path === "People/Bob Jones.md" && !vault.files.has(path)) vault.write(path, MINE);
			return create(path, text);
		};
		const first = await run(vault);
		expectOneError(first.report.errors, "People/Bob Jones.md", /^could not be created: /);
		expect(vault.text("People/Bob Jones.md")).toBe(MINE);
		await run(vault, { ledger: first.ledger });
		const bob = vault.text("People/Bob Jones.md") ?? "";
		expect(lostUserLines(MINE, bob)).toEqual([]);
		expect(bob).toContain("- Bob Jones joined the team in May. ([[2025-10-01 Budget review|2025-10-01]])");
	});
});

describe("two core runs at once over the same vault (the plugin never starts them; this documents what happens)", () => {
	it("lose no user text and end where one run ends; the second run's creates fail and are reported", async () => {
		const single = new MemoryVault(BASE_VAULT);
		await run(single);
		const vault = new MemoryVault(BASE_VAULT);
		const [one, two] = await Promise.all([run(vault), run(vault)]);
		expect(vault.snapshot()).toEqual(single.snapshot());
		expect(lostUserLines(BASE_VAULT[ALICE_PATH], vault.text(ALICE_PATH) ?? "")).toEqual([]);
		const created = [...one.report.created, ...two.report.created];
		// The second run finds the note either when it plans (skipped) or when it creates (an error).
		const failed = [...one.report.errors, ...two.report.errors, ...one.report.skipped, ...two.report.skipped].map((error) => error.path);
		expect(created).toEqual(["People/Bob Jones.md"]);
		expect(failed).toEqual(["People/Bob Jones.md"]);
	});
});

function expectOneError(errors: { path: string; reason: string }[], path: string, reason: RegExp): void {
	expect(errors.map((error) => error.path)).toEqual([path]);
	expect(errors[0].reason).toMatch(reason);
}

function rename(vault: MemoryVault, from: string, to: string): void {
	const text = vault.text(from);
	if (text === undefined) return;
	vault.files.delete(from);
	vault.write(to, text);
}
