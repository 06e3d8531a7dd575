import { writeFileSync } from "node:fs";
import * as fs from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { NodeVault } from "../../src/cli/node-vault";
import { allFiles, tempVault, writeIn } from "./temp-vault";

describe("NodeVault listing", () => {
	it("lists markdown notes with stats, skipping config, trash, dot folders, dot files and node_modules", async () => {
		const root = await tempVault({
			"A.md": "aaa",
			"Meetings/2025-09-30 Sync.md": "hello",
			"Meetings/deep/x.md": "",
			"Meetings/image.png": "png",
			".obsidian/plugins/meeting-crm/data.json": "{}",
			".obsidian/snippet.md": "config",
			".trash/Old.md": "trashed",
			".git/notes.md": "git",
			"node_modules/pkg/README.md": "readme",
			"Meetings/.hidden.md": "hidden",
		});
		const vault = await NodeVault.open(root);
		const files = vault.listMarkdownFiles();
		expect(files.map((f) => f.path)).toEqual(["A.md", "Meetings/2025-09-30 Sync.md", "Meetings/deep/x.md"]);
		const stat = await fs.stat(path.join(root, "Meetings/2025-09-30 Sync.md"));
		expect(files[1]).toEqual({ path: "Meetings/2025-09-30 Sync.md", mtime: Math.floor(stat.mtimeMs), size: 5 });
	});

	it("follows no symlink out of the vault and no folder symlink", async () => {
		const outside = await tempVault({ "Secret.md": "outside", "Folder/Inner.md": "inner" });
		const root = await tempVault({ "Real.md": "real", "Sub/Note.md": "note" });
		await fs.symlink(path.join(outside, "Secret.md"), path.join(root, "Leak.md"));
		await fs.symlink(path.join(outside, "Folder"), path.join(root, "LeakFolder"));
		await fs.symlink(path.join(root, "Sub"), path.join(root, "Loop"));
		await fs.symlink(path.join(root, "Real.md"), path.join(root, "Alias.md"));
		const vault = await NodeVault.open(root);
		expect(vault.listMarkdownFiles().map((f) => f.path)).toEqual(["Alias.md", "Real.md", "Sub/Note.md"]);
		await expect(vault.read("Leak.md")).rejects.toThrow(/out of the vault/);
		await expect(vault.process("Leak.md", () => "changed")).rejects.toThrow(/out of the vault/);
		await expect(vault.create("LeakFolder/New.md", "x")).rejects.toThrow(/out of the vault/);
		expect(await fs.readFile(path.join(outside, "Secret.md"), "utf8")).toBe("outside");
		expect(await allFiles(outside)).toEqual(["Folder/Inner.md", "Secret.md"]);
	});
});

describe("NodeVault paths", () => {
	const escaping = ["../x.md", "People/../../x.md", "/etc/passwd", "C:/x.md", "a\\..\\..\\x.md", "", ".", "bad\0.md"];

	it.each(escaping)("throws for %j everywhere", async (bad) => {
		const root = await tempVault({ "A.md": "a" });
		const vault = await NodeVault.open(root);
		expect(() => vault.exists(bad)).toThrow();
		expect(() => vault.linkText(bad)).toThrow();
		expect(() => vault.cachedFrontmatter(bad)).toThrow();
		await expect(vault.read(bad)).rejects.toThrow();
		await expect(vault.create(bad, "x")).rejects.toThrow();
		await expect(vault.process(bad, () => "x")).rejects.toThrow();
		await expect(vault.trash(bad)).rejects.toThrow();
		expect(await allFiles(root)).toEqual(["A.md"]);
	});

	it("accepts a path that stays inside after normalizing", async () => {
		const root = await tempVault({ "People/A.md": "a" });
		const vault = await NodeVault.open(root);
		expect(await vault.read("People/./x/../A.md")).toBe("a");
		expect(vault.exists("People//A.md")).toBe(true);
	});
});

describe("NodeVault reading", () => {
	it("reads text as UTF-8, keeping a BOM and CRLF", async () => {
		const root = await tempVault({ "A.md": "\uFEFF---\r\ntitle: Jos\u00e9\r\n---\r\n" });
		const vault = await NodeVault.open(root);
		expect(await vault.read("A.md")).toBe("\uFEFF---\r\ntitle: Jos\u00e9\r\n---\r\n");
		await expect(vault.read("Missing.md")).rejects.toThrow();
	});

	it("has no metadata cache", async () => {
		const vault = await NodeVault.open(await tempVault({ "A.md": "---\na: 1\n---\n" }));
		expect(vault.cachedFrontmatter("A.md")).toBeUndefined();
	});

	it("knows which files and folders exist", async () => {
		const vault = await NodeVault.open(await tempVault({ "People/A.md": "a", "Files/doc.pdf": "pdf", ".obsidian/app.json": "{}" }));
		expect(["People", "People/A.md", "Files/doc.pdf", "Files", "People/B.md", "Nope"].map((p) => vault.exists(p))).toEqual([true, true, true, true, false, false]);
	});
});

describe("NodeVault create", () => {
	it("creates missing folders and the note, and lists it", async () => {
		const root = await tempVault();
		const vault = await NodeVault.open(root);
		await vault.create("People/Team/Jai Menon.md", "# Jai Menon\n");
		expect(await fs.readFile(path.join(root, "People/Team/Jai Menon.md"), "utf8")).toBe("# Jai Menon\n");
		expect(vault.exists("People/Team")).toBe(true);
		expect(vault.listMarkdownFiles().map((f) => f.path)).toEqual(["People/Team/Jai Menon.md"]);
		expect(vault.listMarkdownFiles()[0].size).toBe(12);
		expect(await allFiles(root)).toEqual(["People/Team/Jai Menon.md"]);
	});

	it("refuses a file that exists, even one the index does not know, and leaves it as it was", async () => {
		const root = await tempVault({ "People/A.md": "mine" });
		const vault = await NodeVault.open(root);
		await writeIn(root, "People/Later.md", "written after open");
		await expect(vault.create("People/A.md", "theirs")).rejects.toThrow("File already exists: People/A.md");
		await expect(vault.create("People/Later.md", "theirs")).rejects.toThrow("File already exists: People/Later.md");
		expect(await fs.readFile(path.join(root, "People/A.md"), "utf8")).toBe("mine");
		expect(await fs.readFile(path.join(root, "People/Later.md"), "utf8")).toBe("written after open");
		expect(await allFiles(root)).toEqual(["People/A.md", "People/Later.md"]);
	});
});

describe("NodeVault process", () => {
	it("writes the changed text atomically, leaving no temp file, and updates the stat", async () => {
		const root = await tempVault({ "Meetings/M.md": "- [ ] task\r\n" });
		const vault = await NodeVault.open(root);
		const seen: string[] = [];
		const written = await vault.process("Meetings/M.md", (text) => {
			seen.push(text);
			return text.replace("task", "task 📅 2025-10-03");
		});
		expect(seen).toEqual(["- [ ] task\r\n"]);
		expect(written).toBe("- [ ] task 📅 2025-10-03\r\n");
		expect(await fs.readFile(path.join(root, "Meetings/M.md"), "utf8")).toBe(written);
		expect(await allFiles(root)).toEqual(["Meetings/M.md"]);
		expect(vault.listMarkdownFiles()[0].size).toBe(Buffer.byteLength(written));
	});

	it("does not touch the file when the text is unchanged", async () => {
		const root = await tempVault({ "A.md": "same" });
		const file = path.join(root, "A.md");
		const old = new Date("2020-01-01T00:00:00Z");
		await fs.utimes(file, old, old);
		const vault = await NodeVault.open(root);
		expect(await vault.process("A.md", (text) => text)).toBe("same");
		expect((await fs.stat(file)).mtimeMs).toBe(old.getTime());
	});

	it("keeps the file's permission bits", async () => {
		if (os.platform() === "win32") return;
		const root = await tempVault({ "A.md": "a" });
		await fs.chmod(path.join(root, "A.md"), 0o640);
		const vault = await NodeVault.open(root);
		await vault.process("A.md", () => "b");
		expect((await fs.stat(path.join(root, "A.md"))).mode & 0o777).toBe(0o640);
	});

	it("refuses to rewrite a note whose bytes are not valid UTF-8", async () => {
		const root = await tempVault();
		const bytes = Uint8Array.from([0x2d, 0x20, 0xff, 0xfe, 0x0a]);
		await writeIn(root, "Bin.md", bytes);
		const vault = await NodeVault.open(root);
		await expect(vault.process("Bin.md", (text) => text + "x")).rejects.toThrow("Not valid UTF-8, left untouched: Bin.md");
		expect(new Uint8Array(await fs.readFile(path.join(root, "Bin.md")))).toEqual(bytes);
	});

	it("reads the note again when it changes while the change is computed", async () => {
		const root = await tempVault({ "A.md": "one" });
		const vault = await NodeVault.open(root);
		const seen: string[] = [];
		const written = await vault.process("A.md", (text) => {
			seen.push(text);
			// The user saves an edit while the first change is being made.
			if (seen.length === 1) writeFileSync(path.join(root, "A.md"), "one, edited");
			return `${text}!`;
		});
		expect(seen).toEqual(["one", "one, edited"]);
		expect(written).toBe("one, edited!");
		expect(await fs.readFile(path.join(root, "A.md"), "utf8")).toBe("one, edited!");
		expect(await allFiles(root)).toEqual(["A.md"]);
	});

	it("writes through an in-vault file symlink to its target", async () => {
		const root = await tempVault({ "Real.md": "real" });
		await fs.symlink(path.join(root, "Real.md"), path.join(root, "Alias.md"));
		const vault = await NodeVault.open(root);
		await vault.process("Alias.md", () => "changed");
		expect(await fs.readFile(path.join(root, "Real.md"), "utf8")).toBe("changed");
		expect((await fs.lstat(path.join(root, "Alias.md"))).isSymbolicLink()).toBe(true);
	});

	it("rejects a missing note", async () => {
		const vault = await NodeVault.open(await tempVault());
		await expect(vault.process("Missing.md", (t) => t)).rejects.toThrow();
	});
});

describe("NodeVault trash", () => {
	it("moves notes into .trash, numbering a name already there, and forgets them", async () => {
		const root = await tempVault({ "People/A.md": "first", "Other/A.md": "second", ".trash/A.md": "older" });
		const vault = await NodeVault.open(root);
		await vault.trash("People/A.md");
		await vault.trash("Other/A.md");
		expect(await allFiles(root)).toEqual([".trash/A 1.md", ".trash/A 2.md", ".trash/A.md"]);
		expect(await fs.readFile(path.join(root, ".trash/A 1.md"), "utf8")).toBe("first");
		expect(await fs.readFile(path.join(root, ".trash/A 2.md"), "utf8")).toBe("second");
		expect(vault.exists("People/A.md")).toBe(false);
		expect(vault.listMarkdownFiles()).toEqual([]);
	});
});

describe("NodeVault linkText", () => {
	const cases = [
		{ name: "unique basename", files: ["Meetings/2025-09-30 Sync.md", "People/Jai.md"], path: "Meetings/2025-09-30 Sync.md", link: "2025-09-30 Sync" },
		{ name: "duplicate basename", files: ["A/Sync.md", "B/Sync.md"], path: "A/Sync.md", link: "A/Sync" },
		{ name: "duplicate differing in case", files: ["A/sync.md", "B/Sync.md"], path: "B/Sync.md", link: "B/Sync" },
		{ name: "root note with a duplicate elsewhere", files: ["Sync.md", "B/Sync.md"], path: "Sync.md", link: "Sync" },
		{ name: "a non-markdown file does not count", files: ["A/Sync.md", "B/Sync.pdf"], path: "A/Sync.md", link: "Sync" },
		{ name: "a note not yet in the vault, name taken", files: ["A/Sync.md"], path: "B/Sync.md", link: "B/Sync" },
		{ name: "a note not yet in the vault, name free", files: ["A/Other.md"], path: "B/Sync.md", link: "Sync" },
	];
	it.each(cases)("$name", async ({ files, path: notePath, link }) => {
		const vault = await NodeVault.open(await tempVault(Object.fromEntries(files.map((f) => [f, "x"]))));
		expect(vault.linkText(notePath)).toBe(link);
	});

	it("follows notes created and trashed by the run", async () => {
		const vault = await NodeVault.open(await tempVault({ "A/Sync.md": "x" }));
		await vault.create("B/Sync.md", "y");
		expect(vault.linkText("A/Sync.md")).toBe("A/Sync");
		await vault.trash("B/Sync.md");
		expect(vault.linkText("A/Sync.md")).toBe("Sync");
	});
});

describe("NodeVault appConfig", () => {
	const cases = [
		{ name: "both files", app: '{"userIgnoreFilters":["Archive/", 3, ""],"other":true}', templates: '{"folder":"/Templates/"}', expected: { templatesFolder: "Templates", userIgnoreFilters: ["Archive/"] } },
		{ name: "missing files", app: null, templates: null, expected: { templatesFolder: "", userIgnoreFilters: [] } },
		{ name: "broken JSON", app: "{nope", templates: "[1]", expected: { templatesFolder: "", userIgnoreFilters: [] } },
		{ name: "wrong types", app: '{"userIgnoreFilters":"Archive"}', templates: '{"folder":7}', expected: { templatesFolder: "", userIgnoreFilters: [] } },
	];
	it.each(cases)("$name", async ({ app, templates, expected }) => {
		const files: Record<string, string> = {};
		if (app !== null) files[".obsidian/app.json"] = app;
		if (templates !== null) files[".obsidian/templates.json"] = templates;
		const vault = await NodeVault.open(await tempVault(files));
		expect(await vault.appConfig()).toEqual(expected);
	});
});

describe("NodeVault yieldToEventLoop", () => {
	it("lets a pending immediate run first", async () => {
		const vault = await NodeVault.open(await tempVault());
		const order: string[] = [];
		setImmediate(() => order.push("other work"));
		await vault.yieldToEventLoop();
		order.push("after yield");
		expect(order).toEqual(["other work", "after yield"]);
	});
});
