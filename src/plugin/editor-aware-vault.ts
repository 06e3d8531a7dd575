// The vault port for runs inside Obsidian. The note open in the active
// editor is read and written through the editor, as Obsidian's guidelines
// ask: the editor may hold typing not saved yet, and an edit made through it
// keeps the cursor, selection and folds, and can be undone with Ctrl+Z.
import { MarkdownView, normalizePath } from "obsidian";
import type { App, Editor } from "obsidian";
import { ObsidianVault } from "../vault/obsidian-vault";

export class EditorAwareVault extends ObsidianVault {
	constructor(private readonly obsidian: App) {
		super(obsidian);
	}

	override async read(path: string): Promise<string> {
		const editor = this.editorFor(path);
		return editor ? editor.getValue() : super.read(path);
	}

	/** Like Vault.process: the change gets the editor's text as it is now and
	 * its result is applied at once (editor calls are synchronous). */
	override async process(path: string, change: (current: string) => string): Promise<string> {
		const editor = this.editorFor(path);
		if (!editor) return super.process(path, change);
		const current = editor.getValue();
		const next = change(current);
		if (next !== current) replaceChangedLines(editor, current, next);
		return next;
	}

	private editorFor(path: string): Editor | null {
		const view = this.obsidian.workspace.getActiveViewOfType(MarkdownView);
		return view?.file && view.file.path === normalizePath(path) ? view.editor : null;
	}
}

/** Replaces only the lines that differ, so the rest of the editor's state stays. */
function replaceChangedLines(editor: Editor, before: string, after: string): void {
	let start = 0;
	const limit = Math.min(before.length, after.length);
	while (start < limit && before[start] === after[start]) start++;
	// Back to the start of the line the first difference is on.
	start = before.lastIndexOf("\n", start - 1) + 1;
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
		endBefore--;
		endAfter--;
	}
	// On to the end of the line the last difference is on (same tail in both).
	const lineEnd = before.indexOf("\n", endBefore);
	const tail = lineEnd === -1 ? before.length - endBefore : lineEnd - endBefore;
	endBefore += tail;
	endAfter += tail;
	editor.replaceRange(after.slice(start, endAfter), editor.offsetToPos(start), editor.offsetToPos(endBefore));
}
