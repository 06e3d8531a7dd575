// The plugin and the command line run one core: from the same vault, the
// same data.json and the same "today", they leave byte-identical notes —
// person notes and meeting notes — on a first run, on a run after a meeting
// note changed, and when fixing task lines.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import MeetingCrmPlugin from "../../src/main";
import { createFakeApp, loadPlugin, runCommand, settle } from "../fake-app";
import type { FakeApp } from "../fake-app";
import { cleanUp, ensureBuilt, EXAMPLE_VAULT, notesOf, processJson, readText, runCli, snapshot, tempVault, TODAY } from "./harness";

let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
});
afterAll(cleanUp);
afterEach(() => {
	vi.useRealTimers();
});

/** Every file of a folder as text, by vault path, config files included. */
function filesOf(root: string): Record<string, string> {
	return Object.fromEntries([...snapshot(root)].map(([file, bytes]) => [file, bytes.toString("utf8")]));
}

/** The example vault in the fake Obsidian with the plugin loaded, on TODAY. */
async function pluginOnExample(): Promise<FakeApp> {
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
	const app = createFakeApp(filesOf(EXAMPLE_VAULT));
	await loadPlugin(app, MeetingCrmPlugin);
	app.fakeLayoutReady();
	await settle();
	return app;
}

async function run(app: FakeApp, command: string): Promise<void> {
	expect(await runCommand(app, `meeting-crm:${command}`)).toBe(true);
	await settle();
}

/** The fake vault's notes (config files are not notes). */
function pluginNotes(app: FakeApp): Record<string, string> {
	return Object.fromEntries(Object.entries(app.vault.fakeSnapshot()).filter(([file]) => file.endsWith(".md")));
}

const CHANGED_MEETING = "Meetings/2025-10-07 Apollo storage options review.md";

/** A user's edit to a processed meeting: a fact reworded, a decision added. */
function editMeeting(text: string): string {
	const fact = "- Jai Menon will sponsor the clean-sheet proposal only if it includes a bridge plan for the first two datacenter regions.";
	expect(text).toContain(fact);
	expect(text).toContain("\n## Decisions\n\n");
	return text
		.replace(fact, "- Jai Menon will sponsor the clean-sheet proposal if it includes a bridge plan for the first three regions.")
		.replace("\n## Decisions\n\n", "\n## Decisions\n\n- Manish Sah funds the partner durability tests.\n");
}

describe("plugin and command line give the same vault", () => {
	it("on the example vault's first run", async () => {
		const app = await pluginOnExample();
		await run(app, "process-new-meeting-notes");
		const vault = tempVault(EXAMPLE_VAULT);
		expect((await processJson(cli, vault)).run.code).toBe(0);

		const plugin = pluginNotes(app);
		expect(Object.keys(plugin)).toContain("People/Jai Menon.md");
		expect(plugin).toEqual(notesOf(vault));
	});

	it("after a processed meeting note changed", async () => {
		const app = await pluginOnExample();
		await run(app, "process-new-meeting-notes");
		app.vault.fakeUserEdit(CHANGED_MEETING, editMeeting);
		await run(app, "process-new-meeting-notes");

		const vault = tempVault(EXAMPLE_VAULT);
		expect((await processJson(cli, vault)).run.code).toBe(0);
		fs.writeFileSync(path.join(vault, CHANGED_MEETING), editMeeting(readText(vault, CHANGED_MEETING)));
		const second = await processJson(cli, vault);
		expect(second.report.processed).toEqual([CHANGED_MEETING]);

		const plugin = pluginNotes(app);
		expect(plugin["People/Jai Menon.md"]).toContain("first three regions");
		expect(plugin).toEqual(notesOf(vault));
	});

	it("when fixing the task lines of all meeting notes", async () => {
		const app = await pluginOnExample();
		await run(app, "fix-task-lines-all-meeting-notes");
		const vault = tempVault(EXAMPLE_VAULT);
		expect((await runCli(cli, ["fix-tasks", vault])).code).toBe(0);

		const plugin = pluginNotes(app);
		expect(plugin["Meetings/2025-09-30 1-1 with Jai Menon.md"]).toContain("@JaiMenon 📅 2025-10-03 ⏫");
		expect(plugin).toEqual(notesOf(vault));
	});
});
