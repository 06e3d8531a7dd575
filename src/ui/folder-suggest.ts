// Type-ahead for vault paths in the settings: folders, and markdown notes for
// the person template. Matches anywhere in the path, case-insensitively;
// paths that start with the typed text come first.
import { AbstractInputSuggest } from "obsidian";
import type { App, TAbstractFile, TFile, TFolder } from "obsidian";

const LIMIT = 50;

function rankPaths<T extends TAbstractFile>(items: T[], query: string): T[] {
	const needle = query.trim().toLowerCase();
	const hits = items.filter((item) => item.path.toLowerCase().includes(needle));
	const startsWith = (item: T) => (item.path.toLowerCase().startsWith(needle) ? 0 : 1);
	hits.sort((a, b) => startsWith(a) - startsWith(b) || a.path.localeCompare(b.path));
	return hits.slice(0, LIMIT);
}

abstract class PathSuggest<T extends TAbstractFile> extends AbstractInputSuggest<T> {
	constructor(app: App, inputEl: HTMLInputElement, onChoose: (path: string) => void) {
		super(app, inputEl);
		this.onSelect((item) => {
			this.setValue(item.path);
			onChoose(item.path);
			this.close();
		});
	}

	renderSuggestion(item: T, el: HTMLElement): void {
		el.setText(item.path);
	}
}

/** Suggests vault folders matching the typed text (not the root). */
export class FolderSuggest extends PathSuggest<TFolder> {
	protected getSuggestions(query: string): TFolder[] {
		return rankPaths(this.app.vault.getAllFolders(false), query);
	}
}

/** Suggests markdown notes matching the typed text. */
export class MarkdownFileSuggest extends PathSuggest<TFile> {
	protected getSuggestions(query: string): TFile[] {
		return rankPaths(this.app.vault.getMarkdownFiles(), query);
	}
}
