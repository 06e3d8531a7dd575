// SPEC section 4: the run's report (a note in the report folder, and a
// window from the closing notice) and the status bar's count of new meeting
// notes.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Modal } from "obsidian";
import { asFake, noticeTexts, notices, openModals, settle, statusBarTexts } from "../fake-app";
import { command, fixToday, OWNER, SEED_MEETING, SEED_PATH, start, TODAY } from "./helpers";

const NO_DATE = "---\nsource: transcript\nparticipants: [Ann Lee, Jason Vallery]\n---\n# Standup\n\n## Summary\n\nWe talked.\n";
const JAI = "---\ntype: people\n---\n# Jai Menon\n";
const VAULT = { [SEED_PATH]: SEED_MEETING, "Meetings/Standup notes.md": NO_DATE, "People/Jai Menon.md": JAI };
const SKIP_REASON = "no meeting date: add \"date: YYYY-MM-DD\" to the frontmatter";
const SUMMARY = "1 meeting note: 4 people created, 1 updated, task lines fixed in 1 note, 1 skipped";

afterEach(() => {
	vi.useRealTimers();
});

describe("report", () => {
	beforeEach(fixToday);

	it("with a report folder, writes a note listing created, updated and skipped files with reasons", async () => {
		const started = await start(VAULT, { yourName: OWNER, reportFolder: "Reports" });
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()).toEqual([`${SUMMARY} — see report`]);
		const reports = Object.keys(started.app.vault.fakeSnapshot()).filter((path) => path.startsWith("Reports/"));
		expect(reports).toEqual([`Reports/Meeting CRM report ${TODAY} 10-00-00.md`]);
		expect(started.app.vault.fakeText(reports[0])).toBe([
			`# Meeting CRM report ${TODAY} 10-00-00`, "", SUMMARY, "",
			"## People created", "", "- [[Juergen]]", "- [[Manish Sah]]", "- [[Ong]]", "- [[Pete Emig]]", "",
			"## People updated", "", "- [[Jai Menon]]", "",
			"## Task lines fixed", "", "- [[2025-09-30 1-1 with Jai Menon]]", "",
			"## Meeting notes processed", "", "- [[2025-09-30 1-1 with Jai Menon]]", "",
			"## Skipped", "", `- [[Standup notes]]: ${SKIP_REASON}`, "",
		].join("\n"));
	});

	it("without a report folder writes no report note; the notice opens the report window", async () => {
		const started = await start(VAULT);
		await command(started, "process-new-meeting-notes");
		expect(Object.keys(started.app.vault.fakeSnapshot()).filter((path) => !path.startsWith("People/") && !path.startsWith("Meetings/"))).toEqual([]);
		expect(notices).toHaveLength(1);
		expect(notices[0].duration).toBe(0);
		notices[0].messageEl.click();
		await settle();
		expect(openModals).toHaveLength(1);
		const modal = asFake((openModals[0] as unknown as Modal).modalEl);
		expect(modal.findAll(".setting-item-heading .setting-item-name").map((el) => el.getText())).toEqual([
			"People created (4)", "People updated (1)", "Task lines fixed (1)", "Skipped (1)",
		]);
		expect(modal.findAll("li.meeting-crm-skipped").map((el) => el.getText())).toEqual([`Meetings/Standup notes.md: ${SKIP_REASON}`]);
	});

	it("two runs in the same second write two report notes", async () => {
		const started = await start({ [SEED_PATH]: SEED_MEETING, "Meetings/Standup notes.md": NO_DATE }, { yourName: OWNER, reportFolder: "Reports" });
		await command(started, "process-new-meeting-notes");
		await command(started, "process-new-meeting-notes");
		const reports = Object.keys(started.app.vault.fakeSnapshot()).filter((path) => path.startsWith("Reports/"));
		expect(reports).toEqual([`Reports/Meeting CRM report ${TODAY} 10-00-00 2.md`, `Reports/Meeting CRM report ${TODAY} 10-00-00.md`]);
		expect(noticeTexts()[1]).toBe("0 meeting notes: 0 people created, 0 updated, 1 skipped — see report");
	});
});

describe("bad input in Obsidian", () => {
	beforeEach(fixToday);

	it("a broken person note, an ambiguous name and a look-alike reach the notice and the report; the run goes on", async () => {
		const broken = "---\ntype: people\ntitle: [broken\n---\n# Manish\n";
		const crlf = "\uFEFF---\r\ntype: meeting\r\ndate: 2025-10-01\r\nattendees: [Zed Zee, Jason Vallery]\r\n---\r\n# CRLF\r\n\r\n## Summary\r\n\r\nFine.\r\n\r\n- [ ] Do it @Zed Zee 📅 2025-10-03\r\n";
		const started = await start({
			[SEED_PATH]: SEED_MEETING,
			"People/Manish Sah.md": broken,
			"Contacts/Jai.md": "---\ntype: person\naliases: [Jai Menon]\n---\n# Jai\n",
			"Other/Jai M.md": "---\ntype: person\naliases: [Jai Menon]\n---\n# Jai\n",
			"People/Pete Emíg.md": "---\ntype: people\n---\n# Pete\n",
			"Meetings/2025-10-01 crlf.md": crlf,
		}, { yourName: OWNER, reportFolder: "Reports" });
		await command(started, "process-new-meeting-notes");
		const summary = "2 meeting notes: 4 people created, 0 updated, task lines fixed in 2 notes, 1 skipped, 1 ambiguous name";
		expect(noticeTexts()).toEqual([`${summary} — see report`]);
		expect(started.app.vault.fakeText("People/Manish Sah.md")).toBe(broken);
		expect(started.app.vault.fakeText("Meetings/2025-10-01 crlf.md")).toBe(crlf.replace("@Zed Zee", "@ZedZee"));
		const report = started.app.vault.fakeText(`Reports/Meeting CRM report ${TODAY} 10-00-00.md`) ?? "";
		expect(report.split("\n## ").slice(1).map((section) => section.split("\n")[0])).toEqual([
			"People created", "Task lines fixed", "Meeting notes processed", "Skipped",
			"Ambiguous names (add an alias to one note to choose)", "Look-alike names (add an alias to merge them)",
		]);
		expect(report).toContain("\n- [[Manish Sah]]: person note left untouched: frontmatter does not parse: ");
		expect(report).toContain("\n- Jai Menon: claimed by [[Jai]], [[Jai M]]\n");
		expect(report).toContain("\n- Pete Emig ([[Pete Emig]]) looks like [[Pete Emíg]]\n");
	});
});

describe("status bar", () => {
	it("shows the count of new meeting notes once the layout is ready, and updates after a run and after changes", async () => {
		vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"] });
		vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
		const other = "---\ntype: meeting\ndate: 2025-10-01\nattendees: [Ann Lee, Jason Vallery]\n---\n# Sync\n";
		const started = await start({ [SEED_PATH]: SEED_MEETING, "Meetings/2025-10-01 Sync.md": other }, { yourName: OWNER }, { layoutReady: false });
		expect(statusBarTexts(started.app)).toEqual([""]);
		started.app.fakeLayoutReady();
		await settle();
		expect(statusBarTexts(started.app)).toEqual(["2 new meeting notes"]);
		started.app.workspace.fakeOpenFile(SEED_PATH);
		await command(started, "process-current-note");
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		await command(started, "process-new-meeting-notes");
		expect(statusBarTexts(started.app)).toEqual([""]);
		await vi.advanceTimersByTimeAsync(5000);
		expect(statusBarTexts(started.app)).toEqual([""]);

		await started.app.vault.create("Meetings/2025-10-02 Next.md", other.replace("2025-10-01", "2025-10-02"));
		await settle();
		await vi.advanceTimersByTimeAsync(1000);
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
		started.app.vault.fakeUserEdit("Meetings/2025-10-01 Sync.md", `${other}\nMore notes.\n`);
		await settle();
		await vi.advanceTimersByTimeAsync(1000);
		expect(statusBarTexts(started.app)).toEqual(["2 new meeting notes"]);
		const file = started.app.vault.getFileByPath("Meetings/2025-10-02 Next.md");
		if (file) await started.app.vault.delete(file);
		await settle();
		await vi.advanceTimersByTimeAsync(1000);
		expect(statusBarTexts(started.app)).toEqual(["1 new meeting note"]);
	});
});
