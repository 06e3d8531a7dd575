// SPEC section 4: the palette's commands, with exactly the ids and names of
// the spec, no default hotkeys, and the current-note commands offered only on
// a meeting note.
import { afterEach, describe, expect, it, vi } from "vitest";
import { commandIds, isCommandAvailable, ribbonIcon, unloadPlugin } from "../fake-app";
import { SEED_MEETING, SEED_PATH, start } from "./helpers";

const COMMANDS: [string, string][] = [
	["process-new-meeting-notes", "Process new meeting notes"],
	["process-current-note", "Process current meeting note"],
	["reprocess-all-meeting-notes", "Reprocess all meeting notes"],
	["preview-new-meeting-notes", "Preview changes from new meeting notes"],
	["fix-task-lines-current-note", "Fix task lines in current note"],
	["fix-task-lines-all-meeting-notes", "Fix task lines in all meeting notes"],
	["accept-proposed-tasks-current-note", "Accept proposed tasks in current note"],
	["reject-proposed-tasks-current-note", "Reject proposed tasks in current note"],
	["undo-last-run", "Undo last run"],
];
const CURRENT_NOTE = ["process-current-note", "fix-task-lines-current-note", "accept-proposed-tasks-current-note", "reject-proposed-tasks-current-note"];
const ALWAYS = COMMANDS.map(([id]) => id).filter((id) => !CURRENT_NOTE.includes(id));

const VAULT = {
	[SEED_PATH]: SEED_MEETING,
	"People/Jai Menon.md": "---\ntype: people\n---\n# Jai Menon\n",
	"Notes/Groceries.md": "- [ ] milk @Myself\n",
	"Notes/Plain.md": "---\ntitle: Plain\n---\nNo meeting here.\n",
	"Meetings/Granola sync.md": "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee]\n---\n# Sync\n",
	"Meetings/Private.md": "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee]\ntags: [private]\n---\n# Private\n",
};

afterEach(() => {
	vi.useRealTimers();
});

describe("commands", () => {
	it("registers exactly the commands of the spec, with their names and no default hotkeys", async () => {
		const { app } = await start(VAULT);
		expect(commandIds(app)).toEqual(COMMANDS.map(([id]) => `meeting-crm:${id}`).sort());
		for (const [id, name] of COMMANDS) {
			const registered = app.fakeHost.commands.get(`meeting-crm:${id}`);
			expect(registered?.name).toBe(`Meeting CRM: ${name}`);
			expect(registered?.hotkeys).toBeUndefined();
		}
	});

	const cases: { name: string; open: string | null; available: boolean }[] = [
		{ name: "the seed meeting note", open: SEED_PATH, available: true },
		{ name: "a meeting note marked only by type", open: "Meetings/Granola sync.md", available: true },
		{ name: "a note tagged #private", open: "Meetings/Private.md", available: false },
		{ name: "a person note", open: "People/Jai Menon.md", available: false },
		{ name: "a note without frontmatter", open: "Notes/Groceries.md", available: false },
		{ name: "a note with other frontmatter", open: "Notes/Plain.md", available: false },
		{ name: "no note at all", open: null, available: false },
	];
	it.each(cases)("current-note commands with $name open: offered = $available", async ({ open, available }) => {
		const { app } = await start(VAULT);
		app.workspace.fakeOpenFile(open);
		for (const id of CURRENT_NOTE) expect([id, isCommandAvailable(app, `meeting-crm:${id}`)]).toEqual([id, available]);
		for (const id of ALWAYS) expect([id, isCommandAvailable(app, `meeting-crm:${id}`)]).toEqual([id, true]);
	});

	it("the current-note commands are offered in reading view too, and follow the active note", async () => {
		const { app } = await start(VAULT);
		app.workspace.fakeOpenFile(SEED_PATH, { editor: false });
		expect(isCommandAvailable(app, "meeting-crm:fix-task-lines-current-note")).toBe(true);
		app.workspace.fakeOpenFile("Notes/Plain.md");
		expect(isCommandAvailable(app, "meeting-crm:fix-task-lines-current-note")).toBe(false);
	});

	it("unloading removes the commands, the ribbon button and the status bar item", async () => {
		const { app, plugin } = await start(VAULT);
		unloadPlugin(plugin);
		expect(commandIds(app)).toEqual([]);
		expect(() => ribbonIcon(app, "Process new meeting notes")).toThrow(/no ribbon icon/);
		expect(app.fakeHost.statusBarEl.children).toEqual([]);
	});
});
