// FileManager: frontmatter edits (re-serialised like Obsidian's, comments
// lost), the trash, renames and wikilinks.
import { parse, stringify } from "yaml";
import { frontmatterEnd, splitLines } from "../../src/core/markdown/lines";
import { TAbstractFile, TFile, TFolder } from "./files";
import type { FakeMetadataCache } from "./metadata-cache";
import type { FakeVault } from "./vault";

export class FakeFileManager {
	constructor(private readonly vault: FakeVault, private readonly metadataCache: FakeMetadataCache) {}

	/** Atomic like Vault.process; the whole YAML block is rewritten. */
	async processFrontMatter(file: TFile, change: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		await this.vault.process(file, (text) => {
			const { lines, endings, bom } = splitLines(text);
			const end = frontmatterEnd(lines);
			const hasBlock = typeof end === "number" && end > 0;
			const yamlText = hasBlock ? lines.slice(1, end).join("\n") : "";
			const parsed: unknown = yamlText.trim() === "" ? {} : parse(yamlText);
			const data = (parsed ?? {}) as Record<string, unknown>;
			change(data);
			const block = `---\n${Object.keys(data).length > 0 ? stringify(data) : ""}---\n`;
			if (!hasBlock) return bom + block + text.slice(bom.length);
			const rest = lines.slice(end + 1).map((line, i) => line + endings[end + 1 + i]).join("");
			return bom + block + rest;
		});
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file);
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	getNewFileParent(): TFolder {
		return this.vault.getRoot();
	}

	/** A wikilink with the shortest unambiguous target (Obsidian's defaults). */
	generateMarkdownLink(file: TFile, sourcePath: string, subpath = "", alias = ""): string {
		const target = this.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${target}${subpath}${alias ? `|${alias}` : ""}]]`;
	}
}
