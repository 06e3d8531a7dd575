// A note open in the active editor is changed through the editor (Obsidian's
// guidelines: it keeps cursor, folds and undo history), only on the lines
// that change; other notes go through Vault.process.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MarkdownView } from "obsidian";
import { EditorAwareVault } from "../../src/plugin/editor-aware-vault";
import { FakeEditor } from "../fake-app";
import { command, fixToday, goldenMeetingAfter, goldenPerson, SEED_MEETING, SEED_PATH, start } from "./helpers";
import type { Started } from "./helpers";

beforeEach(fixToday);
afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

function openInEditor(started: Started, path: string): FakeEditor {
	started.app.workspace.fakeOpenFile(path);
	const editor = started.app.workspace.getActiveViewOfType(MarkdownView)?.editor;
	if (!(editor instanceof FakeEditor)) throw new Error("no editor");
	return editor;
}

/** From now on: the paths Vault.process was called for. */
function watchProcess(started: Started): () => string[] {
	const spy = vi.spyOn(started.app.vault, "process");
	return () => spy.mock.calls.map(([file]) => file.path);
}

const FIRST_TASK_LINE = SEED_MEETING.split("\n").findIndex((line) => line.startsWith("- [?]"));
const LAST_TASK_LINE = SEED_MEETING.split("\n").findLastIndex((line) => line.startsWith("- [?]"));

describe("the note open in the editor", () => {
	it("fix task lines in current note edits the task lines through the editor", async () => {
		const started = await start();
		const editor = openInEditor(started, SEED_PATH);
		const replaced = vi.spyOn(editor, "replaceRange");
		const viaVault = watchProcess(started);
		await command(started, "fix-task-lines-current-note");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(goldenMeetingAfter());
		expect(viaVault()).toEqual([]);
		expect(replaced).toHaveBeenCalledTimes(1);
		const [, from, to] = replaced.mock.calls[0];
		expect([from, to]).toEqual([{ line: FIRST_TASK_LINE, ch: 0 }, { line: LAST_TASK_LINE, ch: SEED_MEETING.split("\n")[LAST_TASK_LINE].length }]);
	});

	it("processing: the open meeting note through the editor, the person notes through the vault; undo likewise", async () => {
		const pete = "---\ntype: people\n---\n# Pete Emig\n";
		const started = await start({ [SEED_PATH]: SEED_MEETING, "People/Pete Emig.md": pete });
		const editor = openInEditor(started, SEED_PATH);
		const replaced = vi.spyOn(editor, "replaceRange");
		const viaVault = watchProcess(started);
		await command(started, "process-new-meeting-notes");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(goldenMeetingAfter());
		expect(started.app.vault.fakeText("People/Jai Menon.md")).toBe(goldenPerson("Jai Menon"));
		expect(viaVault()).toEqual(["People/Pete Emig.md"]);
		expect(replaced).toHaveBeenCalledTimes(1);
		await command(started, "undo-last-run");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(SEED_MEETING);
		expect(started.app.vault.fakeText("People/Pete Emig.md")).toBe(pete);
		expect(replaced).toHaveBeenCalledTimes(2);
		expect(viaVault()).toEqual(["People/Pete Emig.md", "People/Pete Emig.md"]);
	});

	it("a note open in reading view without an editor goes through the vault", async () => {
		const started = await start();
		started.app.workspace.fakeOpenFile(SEED_PATH, { editor: false });
		const viaVault = watchProcess(started);
		await command(started, "fix-task-lines-current-note");
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(goldenMeetingAfter());
		expect(viaVault()).toEqual([SEED_PATH]);
	});
});

describe("EditorAwareVault.process on the open note", () => {
	const cases: { name: string; before: string; after: string; lines: [number, number] }[] = [
		{ name: "one line in the middle", before: "a\nb\nc\n", after: "a\nB\nc\n", lines: [1, 1] },
		{ name: "the first line", before: "a\nb\n", after: "A\nb\n", lines: [0, 0] },
		{ name: "the last line, no final newline", before: "a\nb", after: "a\nbee", lines: [1, 1] },
		{ name: "lines added at the end", before: "a\nb\n", after: "a\nb\nc\nd\n", lines: [2, 2] },
		{ name: "a line removed", before: "a\nb\nc\n", after: "a\nc\n", lines: [1, 2] },
		{ name: "emoji that share a surrogate half", before: "- [ ] x 📅 1\n", after: "- [ ] x 📆 1\n", lines: [0, 0] },
		{ name: "CRLF endings kept", before: "a\r\nb\r\nc\r\n", after: "a\r\nB\r\nc\r\n", lines: [1, 1] },
		{ name: "same prefix and suffix inside the change", before: "x\nab\nab\n", after: "x\nab\nab\nab\n", lines: [3, 3] },
	];
	it.each(cases)("$name", async ({ before, after, lines }) => {
		const started = await start({ "n.md": before });
		const editor = openInEditor(started, "n.md");
		const replaced = vi.spyOn(editor, "replaceRange");
		const port = new EditorAwareVault(started.app);
		expect(await port.read("n.md")).toBe(before);
		expect(await port.process("n.md", (current) => (current === before ? after : "wrong"))).toBe(after);
		expect(started.app.vault.fakeText("n.md")).toBe(after);
		const [, from, to] = replaced.mock.calls[0];
		expect([from.line, to?.line, from.ch]).toEqual([lines[0], lines[1], 0]);
	});
});
