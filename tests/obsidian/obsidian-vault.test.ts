import { describe, expect, it } from "vitest";
import type { TAbstractFile } from "obsidian";
import { ObsidianVault } from "../../src/vault/obsidian-vault";
import { createFakeApp, settle } from "../fake-app";

function setup(files: Record<string, string> = {}) {
	const app = createFakeApp(files);
	return { app, vault: new ObsidianVault(app) };
}

describe("ObsidianVault", () => {
	it("lists markdown notes with their mtime and size, without reading them", () => {
		const { app, vault } = setup({ "Meetings/a.md": "héllo", "b.md": "", "pic.png": "x" });
		const a = app.vault.getFileByPath("Meetings/a.md")!;
		expect(vault.listMarkdownFiles().sort((x, y) => (x.path < y.path ? -1 : 1))).toEqual([
			{ path: "Meetings/a.md", mtime: a.stat.mtime, size: 6 },
			{ path: "b.md", mtime: app.vault.getFileByPath("b.md")!.stat.mtime, size: 0 },
		]);
	});

	it("reads a note and rejects for a missing one", async () => {
		const { vault } = setup({ "a.md": "text\r\n" });
		expect(await vault.read("a.md")).toBe("text\r\n");
		await expect(vault.read("missing.md")).rejects.toThrow(/No note at "missing.md"/);
	});

	it("gives cached frontmatter, null for none, and undefined when the cache cannot say", async () => {
		const { app, vault } = setup({ "m.md": "---\ntype: meeting\n---\n", "plain.md": "text", "bad.md": "---\na: [\n---\n" });
		expect(vault.cachedFrontmatter("m.md")).toEqual({ type: "meeting" });
		expect(vault.cachedFrontmatter("plain.md")).toBeNull();
		expect(vault.cachedFrontmatter("bad.md")).toBeUndefined();
		expect(vault.cachedFrontmatter("missing.md")).toBeUndefined();
		await app.vault.create("new.md", "---\ntype: meeting\n---\n");
		expect(vault.cachedFrontmatter("new.md")).toBeUndefined();
		await settle();
		expect(vault.cachedFrontmatter("new.md")).toEqual({ type: "meeting" });
	});

	it("tells whether a file or folder exists, normalizing the path", () => {
		const { vault } = setup({ "People/Jai Menon.md": "" });
		expect([vault.exists("People/Jai Menon.md"), vault.exists("People"), vault.exists("/People//Jai Menon.md"), vault.exists("Nope.md")])
			.toEqual([true, true, true, false]);
	});

	it("creates a note with its missing folders, each folder once", async () => {
		const { app, vault } = setup({ "a.md": "" });
		const created: string[] = [];
		app.vault.on("create", (entry: TAbstractFile) => created.push(entry.path));
		await vault.create("People//Team/Jai Menon.md", "# Jai Menon\n");
		expect(created).toEqual(["People", "People/Team", "People/Team/Jai Menon.md"]);
		expect(app.vault.fakeText("People/Team/Jai Menon.md")).toBe("# Jai Menon\n");
		await vault.create("People/Team/Pete Emig.md", "");
		expect(created).toHaveLength(4);
	});

	it("rejects creating over an existing note and leaves it as it was", async () => {
		const { app, vault } = setup({ "People/Jai Menon.md": "mine" });
		await expect(vault.create("People/Jai Menon.md", "new")).rejects.toThrow("File already exists.");
		expect(app.vault.fakeText("People/Jai Menon.md")).toBe("mine");
	});

	it("tolerates a folder that appears between its check and its creation (Sync, another run)", async () => {
		const { app, vault } = setup();
		const createFolder = app.vault.createFolder.bind(app.vault);
		app.vault.createFolder = async (path: string) => {
			await createFolder(path);
			return createFolder(path);
		};
		await vault.create("People/Jai.md", "x");
		expect(app.vault.fakeText("People/Jai.md")).toBe("x");
	});

	it("refuses to create a note under a path that is a file", async () => {
		const { vault } = setup({ "People": "a file" });
		await expect(vault.create("People/Jai.md", "x")).rejects.toThrow(/is a file, not a folder/);
	});

	it("process is atomic against the note's current content and returns what it wrote", async () => {
		const { app, vault } = setup({ "p.md": "user\n" });
		const before = await vault.read("p.md");
		app.vault.onBeforeProcess("p.md", (text) => `${text}typed a second ago\n`);
		const written = await vault.process("p.md", (current) => `${current}plugin\n`);
		expect(before).toBe("user\n");
		expect(written).toBe("user\ntyped a second ago\nplugin\n");
		expect(app.vault.fakeText("p.md")).toBe(written);
		await expect(vault.process("missing.md", (t) => t)).rejects.toThrow(/No note/);
	});

	it("trashes through the file manager", async () => {
		const { app, vault } = setup({ "People/Jai.md": "x" });
		await vault.trash("People/Jai.md");
		expect(app.vault.getFileByPath("People/Jai.md")).toBeNull();
		expect(app.vault.trashed).toEqual([{ path: "People/Jai.md", text: "x" }]);
	});

	it("links by name when unique and by path when two folders have the note", () => {
		const { vault } = setup({ "2024/Standup.md": "", "2025/Standup.md": "", "Meetings/1-1 Jai.md": "" });
		expect(vault.linkText("2024/Standup.md")).toBe("2024/Standup");
		expect(vault.linkText("Meetings/1-1 Jai.md")).toBe("1-1 Jai");
		expect(vault.linkText("Not/Yet.md")).toBe("Not/Yet");
	});

	it.each<{ name: string; files: Record<string, string>; after: unknown }>([
		{ name: "both files", files: { ".obsidian/app.json": "{\"userIgnoreFilters\":[\"Archive/\",\"/secret/\"]}", ".obsidian/templates.json": "{\"folder\":\"/Templates/\"}" }, after: { templatesFolder: "Templates", userIgnoreFilters: ["Archive/", "/secret/"] } },
		{ name: "no config files", files: {}, after: { templatesFolder: "", userIgnoreFilters: [] } },
		{ name: "broken JSON", files: { ".obsidian/app.json": "{nope", ".obsidian/templates.json": "[]" }, after: { templatesFolder: "", userIgnoreFilters: [] } },
		{ name: "wrong types", files: { ".obsidian/app.json": "{\"userIgnoreFilters\":[\"A/\",3,\" \"]}", ".obsidian/templates.json": "{\"folder\":7}" }, after: { templatesFolder: "", userIgnoreFilters: ["A/"] } },
	])("reads the app config: $name", async ({ files, after }) => {
		const { vault } = setup(files);
		expect(await vault.appConfig()).toEqual(after);
	});

	it("yields to the event loop: a timer due now runs before it resolves", async () => {
		const { vault } = setup();
		const order: string[] = [];
		setTimeout(() => order.push("timer"), 0);
		await vault.yieldToEventLoop();
		order.push("after yield");
		expect(order).toEqual(["timer", "after yield"]);
	});
});
