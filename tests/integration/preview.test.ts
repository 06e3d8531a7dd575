// SPEC section 4: "Preview changes from new meeting notes" is a dry run in a
// modal: each note to create or change with its diff, and Apply / Cancel.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Modal } from "obsidian";
import { asFake, noticeTexts, openModals, readPluginData } from "../fake-app";
import type { FakeElement } from "../fake-app";
import { command, fixToday, goldenMeetingAfter, goldenPerson, idle, OWNER, SEED_MEETING, SEED_PATH, start } from "./helpers";
import type { Started } from "./helpers";

const PETE_PATH = "People/Pete Emig.md";
const PETE = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
const VAULT = { [SEED_PATH]: SEED_MEETING, [PETE_PATH]: PETE };
const CREATED = ["Jai Menon", "Juergen", "Manish Sah", "Ong"];

beforeEach(fixToday);
afterEach(() => {
	vi.useRealTimers();
});

async function openPreview(started: Started): Promise<FakeElement> {
	await command(started, "preview-new-meeting-notes");
	expect(openModals).toHaveLength(1);
	return asFake((openModals[0] as unknown as Modal).modalEl);
}

function button(modal: FakeElement, text: string): FakeElement {
	const found = modal.findAll("button").filter((el) => el.getText() === text);
	expect(found).toHaveLength(1);
	return found[0];
}

describe("preview", () => {
	it("lists each note to create or change, with its diff, and writes nothing", async () => {
		const started = await start(VAULT);
		const modal = await openPreview(started);
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(readPluginData(started.app)).toEqual({ yourName: OWNER });
		expect(noticeTexts()).toEqual([]);
		expect(modal.find(".modal-title")?.getText()).toBe("Preview changes from new meeting notes");
		const headings = modal.findAll(".setting-item-heading .setting-item-name").map((el) => el.getText());
		expect(headings).toEqual([...CREATED.map((name) => `Create People/${name}.md`), `Change ${PETE_PATH}`, `Change ${SEED_PATH}`]);
		const diffs = modal.findAll(".meeting-crm-diff");
		expect(diffs).toHaveLength(6);
		// A new note: every line added.
		const jai = diffs[0].children.map((line) => line.getText());
		expect(jai).toEqual(goldenPerson("Jai Menon").split("\n").map((line) => `+ ${line}`));
		// Pete's note: the new fact added, with its neighbours as context.
		expect(diffs[4].children.map((line) => line.getText())).toEqual([
			"…",
			"  - Jason prefers a management/leadership role with clear scope/ownership and latitude to execute; he is not interested in moving to another hyperscaler.",
			"  - Apollo storage: concern that datacenter buildouts require near-term storage now, while a clean-sheet stack could take 2–3 years; build vs buy/partner remains open.",
			"+ - Jason Vallery previously received an Amazon offer for a Product Manager role on S3, which he used to secure a matched package at Microsoft; during that process he met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])",
			"  ",
			"  ## Topics Discussed",
			"…",
			"  ",
			"  - 2025-09-30: [[2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl]] - Weekly 1:1 between Jai Menon and Jason Vallery focused on Jason’s retention risk after disappointing... (via Jai Menon)",
			"+ - 2025-09-30: [[2025-09-30 1-1 with Jai Menon|1:1 with Jai Menon: retention discussion, external offers, and Apollo clean-sheet storage risk]] - Jason Vallery told Jai Menon he is actively evaluating external offers after a disappointing Microsoft rewards outcome and lack of perceived advocacy in Azure Storage leadership. (via Jai Menon)",
			"  ",
			"  ## Profile",
			"…",
		]);
		// The meeting note: each garbled task line removed and its fixed line added.
		const removed = diffs[5].findAll(".meeting-crm-diff-removed").map((line) => line.getText());
		const added = diffs[5].findAll(".meeting-crm-diff-added").map((line) => line.getText());
		expect(removed).toHaveLength(4);
		expect(removed.every((line) => line.startsWith("- - [?] ") && line.includes("üìÖ"))).toBe(true);
		expect(added).toHaveLength(4);
		expect(added.every((line) => line.startsWith("+ - [?] ") && line.includes("📅 2025-10-03 ⏫"))).toBe(true);
		expect(modal.find("p")?.getText()).toBe("1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note");
	});

	it("Apply performs the run", async () => {
		const started = await start(VAULT);
		const modal = await openPreview(started);
		button(modal, "Apply").click();
		await idle(started);
		expect(openModals).toHaveLength(0);
		for (const name of CREATED) expect(started.app.vault.fakeText(`People/${name}.md`)).toBe(goldenPerson(name));
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(goldenMeetingAfter());
		expect(started.app.vault.fakeText(PETE_PATH)).toContain("met Pete Emig and later hired him. ([[2025-09-30 1-1 with Jai Menon|2025-09-30]])");
		expect(noticeTexts()).toEqual(["1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note"]);
		expect(Object.keys((readPluginData(started.app) as { ledger: { meetings: object } }).ledger.meetings)).toEqual([SEED_PATH]);
	});

	it("Apply applies what the preview showed", async () => {
		const previewed = await start(VAULT);
		const modal = await openPreview(previewed);
		const shown = modal.findAll(".meeting-crm-diff")[4].findAll(".meeting-crm-diff-added").map((line) => line.getText().slice(2));
		button(modal, "Apply").click();
		await idle(previewed);
		const pete = previewed.app.vault.fakeText(PETE_PATH) ?? "";
		for (const line of shown) expect(pete.split("\n")).toContain(line);
	});

	it("Cancel writes nothing", async () => {
		const started = await start(VAULT);
		const modal = await openPreview(started);
		button(modal, "Cancel").click();
		await idle(started);
		expect(openModals).toHaveLength(0);
		expect(started.app.vault.fakeSnapshot()).toEqual(VAULT);
		expect(readPluginData(started.app)).toEqual({ yourName: OWNER });
		expect(noticeTexts()).toEqual([]);
	});

	it("with nothing new, says so and offers no Apply", async () => {
		const started = await start(VAULT);
		await command(started, "process-new-meeting-notes");
		const modal = await openPreview(started);
		expect(modal.find("p")?.getText()).toBe("Nothing would change.");
		expect(modal.findAll(".meeting-crm-diff")).toEqual([]);
		expect(button(modal, "Apply").disabled).toBe(true);
	});
});
