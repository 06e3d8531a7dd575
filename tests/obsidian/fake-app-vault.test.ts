import { describe, expect, it } from "vitest";
import { normalizePath, TFile, TFolder } from "obsidian";
import type { TAbstractFile } from "obsidian";
import { createFakeApp, settle } from "../fake-app";

function file(app: ReturnType<typeof createFakeApp>, path: string): TFile {
	const found = app.vault.getFileByPath(path);
	if (!found) throw new Error(`no ${path}`);
	return found;
}

describe("normalizePath", () => {
	it.each([
		{ name: "plain path", before: "People/Jai Menon.md", after: "People/Jai Menon.md" },
		{ name: "repeated slashes", before: "People//x///y.md", after: "People/x/y.md" },
		{ name: "backslashes", before: "People\\x.md", after: "People/x.md" },
		{ name: "leading and trailing slashes", before: "/People/", after: "People" },
		{ name: "empty is the root", before: "", after: "/" },
		{ name: "only slashes", before: "//", after: "/" },
		{ name: "non-breaking spaces", before: "Jai\u00A0Menon\u202Fx.md", after: "Jai Menon x.md" },
		{ name: "decomposed accents become NFC", before: "Jose\u0301.md", after: "José.md" },
	])("$name", ({ before, after }) => {
		expect(normalizePath(before)).toBe(after);
	});
});

describe("fake vault", () => {
	it("lists files and folders, with parents and the root", () => {
		const app = createFakeApp({ "Meetings/2025/a.md": "A", "b.md": "B", "img.png": "x" });
		expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Meetings/2025/a.md", "b.md"]);
		expect(app.vault.getFiles().map((f) => f.path).sort()).toEqual(["Meetings/2025/a.md", "b.md", "img.png"]);
		expect(app.vault.getAllFolders().map((f) => f.path).sort()).toEqual(["Meetings", "Meetings/2025"]);
		const a = file(app, "Meetings/2025/a.md");
		expect([a.name, a.basename, a.extension, a.parent?.path]).toEqual(["a.md", "a", "md", "Meetings/2025"]);
		expect(app.vault.getFolderByPath("Meetings")).toBeInstanceOf(TFolder);
		expect(app.vault.getFileByPath("Meetings")).toBeNull();
		expect(app.vault.getRoot().isRoot()).toBe(true);
		expect(app.vault.getAbstractFileByPath("b.md")?.parent).toBe(app.vault.getRoot());
	});

	it("create throws when the file exists, and when its folder does not", async () => {
		const app = createFakeApp({ "People/Jai.md": "mine" });
		await expect(app.vault.create("People/Jai.md", "theirs")).rejects.toThrow("File already exists.");
		expect(app.vault.fakeText("People/Jai.md")).toBe("mine");
		await expect(app.vault.create("Nowhere/x.md", "x")).rejects.toThrow(/ENOENT/);
		await expect(app.vault.create("People//y.md", "x")).rejects.toThrow(/normalized/);
	});

	it("createFolder makes missing parents, fires create for each, and throws when the folder exists", async () => {
		const app = createFakeApp({ "People/Jai.md": "x" });
		const created: string[] = [];
		app.vault.on("create", (entry: TAbstractFile) => created.push(entry.path));
		await app.vault.createFolder("A/B/C");
		expect(created).toEqual(["A", "A/B", "A/B/C"]);
		await expect(app.vault.createFolder("People")).rejects.toThrow("Folder already exists.");
		await expect(app.vault.createFolder("People/Jai.md")).rejects.toThrow();
	});

	it("process hands the callback the current content, even after a user edit since the plugin read", async () => {
		const app = createFakeApp({ "n.md": "one\n" });
		const note = file(app, "n.md");
		app.vault.onNextRead("n.md", (text) => `${text}user line\n`);
		const seen = await app.vault.cachedRead(note);
		expect(seen).toBe("one\n");
		expect(app.vault.fakeText("n.md")).toBe("one\nuser line\n");
		const written = await app.vault.process(note, (current) => `${current}plugin line\n`);
		expect(written).toBe("one\nuser line\nplugin line\n");
		expect(app.vault.fakeText("n.md")).toBe(written);
	});

	it("onBeforeProcess lands a user edit between the plugin's read and its write", async () => {
		const app = createFakeApp({ "n.md": "a" });
		const modified: string[] = [];
		app.vault.on("modify", (entry: TAbstractFile) => modified.push(app.vault.fakeText(entry.path) ?? ""));
		app.vault.onBeforeProcess("n.md", (text) => `${text}b`);
		await app.vault.process(file(app, "n.md"), (current) => `${current}c`);
		expect(app.vault.fakeText("n.md")).toBe("abc");
		expect(modified).toEqual(["ab", "abc"]);
	});

	it("process writes and fires modify only when the text changes, and needs a synchronous string", async () => {
		const app = createFakeApp({ "n.md": "same" });
		const note = file(app, "n.md");
		let modifies = 0;
		app.vault.on("modify", () => modifies++);
		const mtime = note.stat.mtime;
		await app.vault.process(note, (text) => text);
		expect([modifies, note.stat.mtime]).toEqual([0, mtime]);
		await expect(app.vault.process(note, (() => Promise.resolve("x")) as unknown as (t: string) => string)).rejects.toThrow(/synchronously/);
	});

	it("stat: ctime at creation, mtime from a clock that only moves forward, size in UTF-8 bytes", async () => {
		const app = createFakeApp({ "a.md": "é" });
		const a = file(app, "a.md");
		expect(a.stat.size).toBe(2);
		const first = a.stat.mtime;
		await app.vault.modify(a, "abc");
		const second = a.stat.mtime;
		await app.vault.process(a, () => "abcd");
		expect(second).toBeGreaterThan(first);
		expect(a.stat.mtime).toBeGreaterThan(second);
		expect([a.stat.ctime, a.stat.size]).toEqual([first, 4]);
		const b = await app.vault.create("b.md", "");
		expect(b.stat.ctime).toBeGreaterThan(a.stat.mtime);
	});

	it("rename moves a folder with its notes and fires rename with the old paths", async () => {
		const app = createFakeApp({ "Old/a.md": "A", "Old/Sub/b.md": "B", "New/x.md": "" });
		const renamed: string[] = [];
		app.vault.on("rename", (entry: TAbstractFile, oldPath: string) => renamed.push(`${oldPath}->${entry.path}`));
		await app.vault.rename(app.vault.getFolderByPath("Old")!, "Moved");
		expect(renamed).toEqual(["Old->Moved", "Old/a.md->Moved/a.md", "Old/Sub->Moved/Sub", "Old/Sub/b.md->Moved/Sub/b.md"]);
		expect(app.vault.fakeSnapshot()).toEqual({ "Moved/Sub/b.md": "B", "Moved/a.md": "A", "New/x.md": "" });
		expect(file(app, "Moved/Sub/b.md").parent?.path).toBe("Moved/Sub");
		await expect(app.vault.rename(file(app, "Moved/a.md"), "New/x.md")).rejects.toThrow(/already exists/);
	});

	it("trash removes the note, keeps its text in the trash and fires delete", async () => {
		const app = createFakeApp({ "a.md": "text" });
		const deleted: string[] = [];
		app.vault.on("delete", (entry: TAbstractFile) => deleted.push(entry.path));
		await app.fileManager.trashFile(file(app, "a.md"));
		expect(app.vault.getFileByPath("a.md")).toBeNull();
		expect(app.vault.trashed).toEqual([{ path: "a.md", text: "text" }]);
		expect(deleted).toEqual(["a.md"]);
	});

	it("vault.adapter reads config files only; a note through it throws", async () => {
		const app = createFakeApp({ ".obsidian/app.json": "{\"userIgnoreFilters\":[\"Archive/\"]}", "a.md": "x" });
		expect(await app.vault.adapter.read(".obsidian/app.json")).toContain("Archive/");
		expect(await app.vault.adapter.exists(".obsidian/templates.json")).toBe(false);
		expect(app.vault.getFileByPath(".obsidian/app.json")).toBeNull();
		await expect(app.vault.adapter.read("a.md")).rejects.toThrow(/only for config files/);
	});

	it("keeps a value per device in local storage", () => {
		const laptop = createFakeApp();
		const phone = createFakeApp();
		laptop.saveLocalStorage("k", { on: true });
		expect(laptop.loadLocalStorage("k")).toEqual({ on: true });
		expect(phone.loadLocalStorage("k")).toBeNull();
		laptop.saveLocalStorage("k", null);
		expect(laptop.loadLocalStorage("k")).toBeNull();
	});
});

describe("start-up", () => {
	it("fires create for every existing file and folder before layout ready, and none to handlers added then", async () => {
		const app = createFakeApp({ "Meetings/a.md": "", "b.md": "" });
		const log: string[] = [];
		app.vault.on("create", (entry: TAbstractFile) => log.push(`create ${entry.path}`));
		app.workspace.onLayoutReady(() => {
			log.push("layout ready");
			app.vault.on("create", (entry: TAbstractFile) => log.push(`after ${entry.path}`));
		});
		expect(log).toEqual([]);
		app.fakeLayoutReady();
		await app.vault.create("c.md", "");
		expect(log).toEqual(["create Meetings", "create Meetings/a.md", "create b.md", "layout ready", "create c.md", "after c.md"]);
		expect(app.workspace.layoutReady).toBe(true);
		app.workspace.onLayoutReady(() => log.push("late"));
		expect(log[log.length - 1]).toBe("late");
		await settle();
	});
});

describe("metadata cache", () => {
	it("parses frontmatter with the project's reader; a note without one has no frontmatter", () => {
		const app = createFakeApp({ "m.md": "---\ndate: 2025-09-30\nid: 0123\n---\nbody", "plain.md": "# Title" });
		expect(app.metadataCache.getFileCache(file(app, "m.md"))?.frontmatter).toEqual({ date: "2025-09-30", id: "0123" });
		expect(app.metadataCache.getFileCache(file(app, "plain.md"))).toEqual({});
	});

	it("keeps the position but no data for YAML that does not parse; an unclosed block is no frontmatter", () => {
		const app = createFakeApp({ "bad.md": "---\na: [1\n---\nx", "open.md": "---\na: 1\n" });
		const bad = app.metadataCache.getFileCache(file(app, "bad.md"));
		expect(bad?.frontmatter).toBeUndefined();
		expect(bad?.frontmatterPosition?.end.line).toBe(2);
		expect(app.metadataCache.getFileCache(file(app, "open.md"))).toEqual({});
	});

	it("is stale inside a modify handler and fresh after it, with a changed event", async () => {
		const app = createFakeApp({ "m.md": "---\ntype: a\n---\n" });
		const m = file(app, "m.md");
		const seen: unknown[] = [];
		app.vault.on("modify", () => seen.push(app.metadataCache.getFileCache(m)?.frontmatter?.type));
		app.metadataCache.on("changed", (changed: TFile) => seen.push(`changed ${changed.path}`));
		app.metadataCache.on("resolved", () => seen.push("resolved"));
		await app.vault.modify(m, "---\ntype: b\n---\n");
		await settle();
		expect(seen).toEqual(["a", "changed m.md", "resolved"]);
		expect(app.metadataCache.getFileCache(m)?.frontmatter?.type).toBe("b");
		const created = await app.vault.create("new.md", "---\nx: 1\n---\n");
		expect(app.metadataCache.getFileCache(created)).toBeNull();
		await settle();
		expect(app.metadataCache.getFileCache(created)?.frontmatter).toEqual({ x: 1 });
	});

	it("fileToLinktext: the name when unique, the full path when two folders share it", async () => {
		const app = createFakeApp({ "A/Note.md": "", "B/note.md": "", "C/Other.md": "", "C/Other.pdf": "" });
		const link = (path: string, omit = true) => app.metadataCache.fileToLinktext(file(app, path), "", omit);
		expect([link("A/Note.md"), link("B/note.md"), link("C/Other.md")]).toEqual(["A/Note", "B/note", "Other"]);
		expect([link("C/Other.md", false), link("C/Other.pdf")]).toEqual(["Other.md", "Other.pdf"]);
		await app.vault.delete(file(app, "B/note.md"));
		expect(link("A/Note.md")).toBe("Note");
		expect(app.fileManager.generateMarkdownLink(file(app, "A/Note.md"), "", "", "2025-09-30")).toBe("[[Note|2025-09-30]]");
	});

	it("getFirstLinkpathDest resolves a path, then a name, preferring the source's folder", () => {
		const app = createFakeApp({ "A/Note.md": "", "B/Note.md": "", "Note.md": "" });
		const dest = (link: string, source: string) => app.metadataCache.getFirstLinkpathDest(link, source)?.path ?? null;
		expect(dest("B/Note", "")).toBe("B/Note.md");
		expect(dest("Note", "")).toBe("Note.md");
		expect(dest("Note#Heading", "B/x.md")).toBe("Note.md");
		expect(dest("Missing", "")).toBeNull();
		const app2 = createFakeApp({ "A/Note.md": "", "B/Note.md": "" });
		expect(app2.metadataCache.getFirstLinkpathDest("Note", "B/x.md")?.path).toBe("B/Note.md");
	});
});

describe("file manager", () => {
	it("processFrontMatter rewrites the YAML block and keeps the body", async () => {
		const app = createFakeApp({ "p.md": "---\nlast_contact: 2025-01-01 # mine\n---\nBody\r\n" });
		await app.fileManager.processFrontMatter(file(app, "p.md"), (fm: Record<string, unknown>) => {
			fm.last_contact = "2025-09-30";
		});
		expect(app.vault.fakeText("p.md")).toBe("---\nlast_contact: 2025-09-30\n---\nBody\r\n");
		const plain = await app.vault.create("q.md", "Body");
		await app.fileManager.processFrontMatter(plain, (fm: Record<string, unknown>) => {
			fm.type = "people";
		});
		expect(app.vault.fakeText("q.md")).toBe("---\ntype: people\n---\nBody");
	});
});
