// The port through which the core's run reaches a vault. Two adapters
// implement it: Obsidian's (src/vault/obsidian-vault.ts, through the vault
// API) and the command line's (src/cli/node-vault.ts, on a folder).
// This file must not import 'obsidian' or Node: the core depends on it.

export interface NoteStat {
	/** Vault-relative path with forward slashes, e.g. "Meetings/2025-09-30 x.md". */
	path: string;
	/** Last modification time in milliseconds. */
	mtime: number;
	/** Size in bytes. */
	size: number;
}

export interface AppConfig {
	/** The core Templates plugin's folder ("" when not set). */
	templatesFolder: string;
	/** Obsidian's Excluded files (`userIgnoreFilters`). */
	userIgnoreFilters: string[];
}

export interface VaultPort {
	/** Every markdown note in the vault. Cheap: no file is read. */
	listMarkdownFiles(): NoteStat[];
	/** The note's current text. Rejects when the note does not exist. */
	read(path: string): Promise<string>;
	/** Parsed frontmatter when a cache has it for free (Obsidian's metadata
	 * cache); null when the note has none; undefined when unknown. */
	cachedFrontmatter(path: string): Record<string, unknown> | null | undefined;
	/** Whether a file or folder exists at the path. */
	exists(path: string): boolean;
	/** Creates a new note, creating missing parent folders. Rejects when a
	 * file already exists at the path. */
	create(path: string, text: string): Promise<void>;
	/** Atomic read-modify-write against the note's current content; `change`
	 * must be synchronous. Resolves with the text written. */
	process(path: string, change: (current: string) => string): Promise<string>;
	/** Moves a note to the trash (the user's trash setting). */
	trash(path: string): Promise<void>;
	/** The link target Obsidian would write for the note: the shortest path
	 * that resolves to it alone, without ".md". */
	linkText(path: string): string;
	/** Templates folder and excluded files from the app's configuration. */
	appConfig(): Promise<AppConfig>;
	/** Gives the event loop a turn, so long runs never freeze the interface. */
	yieldToEventLoop(): Promise<void>;
}
