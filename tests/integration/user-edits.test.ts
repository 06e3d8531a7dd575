// SPEC section 2: one write per note with Vault.process, so a word the user
// types between the plugin's read and its write is never lost.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noticeTexts } from "../fake-app";
import type { FakeApp, UserEdit } from "../fake-app";
import { command, fixToday, SEED_MEETING, SEED_PATH, sectionItems, start, taskLines } from "./helpers";

const PETE_PATH = "People/Pete Emig.md";
const PETE = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
const USER_LINE = "Met at re:Invent; prefers email over chat.";

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

/** The user types a line under Relationship. */
const addRelationship: UserEdit = (text) => text.replace("## Relationship\n", `## Relationship\n\n${USER_LINE}\n`);

const HOOKS: { name: string; inject: (app: FakeApp, path: string, edit: UserEdit) => void }[] = [
	{ name: "right before the write (inside Vault.process)", inject: (app, path, edit) => app.vault.onBeforeProcess(path, edit) },
	{ name: "right after the plugin read the note", inject: (app, path, edit) => app.vault.onNextRead(path, edit) },
];

describe.each(HOOKS)("a user edit made $name", ({ inject }) => {
	it("to an existing person note is kept next to the plugin's lines", async () => {
		const started = await start({ [SEED_PATH]: SEED_MEETING, [PETE_PATH]: PETE });
		inject(started.app, PETE_PATH, addRelationship);
		await command(started, "process-new-meeting-notes");
		const pete = started.app.vault.fakeText(PETE_PATH) ?? "";
		expect(pete).toContain(`## Relationship\n\n${USER_LINE}\n`);
		expect(sectionItems(pete, "Key Facts")).toContain(
			"- Jason Vallery previously received an Amazon offer for a Product Manager role on S3, which he used to secure a matched package at Microsoft; during that process he met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])",
		);
		// Everything else the user had is still there, in order.
		const userLines = PETE.split("\n").filter((line) => line.trim() !== "");
		const lines = pete.split("\n");
		let at = 0;
		for (const line of userLines) {
			const found = lines.indexOf(line, at);
			expect([line, found >= at]).toEqual([line, true]);
			at = found + 1;
		}
		expect(noticeTexts()).toEqual(["1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note"]);
	});

	it("to the meeting note whose task lines are being fixed is kept, and its tasks are still fixed", async () => {
		const started = await start();
		inject(started.app, SEED_PATH, (text) => text.replace("## Decisions\n", "## Decisions\n\n- Ask HR about the vesting date.\n"));
		await command(started, "process-new-meeting-notes");
		const note = started.app.vault.fakeText(SEED_PATH) ?? "";
		expect(note).toContain("## Decisions\n\n- Ask HR about the vesting date.\n");
		expect(taskLines(note).every((line) => line.includes("📅 2025-10-03 ⏫"))).toBe(true);
	});
});
