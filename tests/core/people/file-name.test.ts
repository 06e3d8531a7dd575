import { describe, expect, it } from "vitest";
import { needsAlias, personFileName, personNotePath } from "../../../src/core/people/file-name";
import { isInFolder, normalizeFolder } from "../../../src/core/people/folder-path";

describe("personFileName", () => {
	const cases: { name: string; before: string; after: string }[] = [
		{ name: "a plain name is kept", before: "Jai Menon", after: "Jai Menon" },
		{ name: "accents are kept (NFC)", before: "Jose\u0301 Garci\u0301a", after: "José García" },
		{ name: "every forbidden character is removed", before: 'a\\b/c:d*e?f"g<h>i|j#k^l[m]n', after: "abcdefghijklmn" },
		{ name: "path traversal loses slashes and leading dots", before: "../../x", after: "x" },
		{ name: "config folder", before: ".obsidian/x", after: "obsidianx" },
		{ name: "slash and colon", before: "a/b:c", after: "abc" },
		{ name: "leading dots and spaces", before: " . .hidden", after: "hidden" },
		{ name: "trailing dot is kept (before .md)", before: "John Smith Jr.", after: "John Smith Jr." },
		{ name: "newlines become one space", before: "Jai\n\nMenon\r\n", after: "Jai Menon" },
		{ name: "tabs and controls become spaces", before: "Jai\t\u0000Menon\u0007", after: "Jai Menon" },
		{ name: "line separator", before: "Jai\u2028Menon", after: "Jai Menon" },
		{ name: "bidi override dropped", before: "Jai\u202eMenon", after: "JaiMenon" },
		{ name: "Windows device name", before: "CON", after: "CON_" },
		{ name: "Windows device name with extension", before: "nul.txt", after: "nul_.txt" },
		{ name: "device-like prefix is a normal name", before: "Conrad", after: "Conrad" },
		{ name: "emoji-only name", before: "😀😀", after: "😀😀" },
		{ name: "only forbidden characters", before: "[[]]", after: "" },
		{ name: "only dots", before: "...", after: "" },
		{ name: "empty", before: "", after: "" },
		{ name: "lone surrogate dropped", before: "Jai\ud800 Menon", after: "Jai Menon" },
		{ name: "wikilink brackets and pipe", before: "[[People/Jai|Jai]]", after: "PeopleJaiJai" },
	];
	it.each(cases)("$name", ({ before, after }) => {
		expect(personFileName(before)).toBe(after);
	});

	it("cuts a long name to 100 characters and trims again", () => {
		const name = "a".repeat(99) + " " + "b".repeat(200);
		expect(personFileName(name)).toBe("a".repeat(99));
		expect([...personFileName("x".repeat(300))]).toHaveLength(100);
	});

	it("never splits a surrogate pair when cutting", () => {
		const name = "a" + "😀".repeat(120);
		const file = personFileName(name);
		expect(file).toBe("a" + "😀".repeat(49)); // 1 + 49×4 = 197 UTF-8 bytes ≤ 200
		expect(/[\ud800-\udbff]$/.test(file)).toBe(false);
	});

	it("keeps the UTF-8 length within what file systems allow", () => {
		const file = personFileName("語".repeat(100));
		expect(new TextEncoder().encode(file).length).toBeLessThanOrEqual(200);
		expect(file).toBe("語".repeat(66));
	});
});

describe("personNotePath", () => {
	const hostile = [
		"../../x", "..", "../", ".obsidian/x", ".obsidian/plugins/meeting-crm/data.json", "a/b:c", "CON",
		"x".repeat(300), "Jai\nMenon", "\n../\n../etc/passwd", "😀", "🧑‍💻", "/absolute", "\\..\\..\\win",
		"C:\\Users\\x", "..\\..\\x", "~/x", " ../ x", "%2e%2e/x", "\u2028..",
	];
	it.each(hostile.map((name) => ({ name })))("keeps $name inside the people folder", ({ name }) => {
		for (const folder of ["People", "People/Team", "", "/People/"]) {
			const path = personNotePath(name, folder);
			if (path === null) continue;
			const clean = normalizeFolder(folder);
			expect(path.endsWith(".md")).toBe(true);
			expect(path.split("/").some((segment) => segment === ".." || segment === ".")).toBe(false);
			expect(path.startsWith(".")).toBe(false);
			expect(path.startsWith("/")).toBe(false);
			expect(path.slice(0, path.length - 3).split("/")).toHaveLength(clean === "" ? 1 : clean.split("/").length + 1);
			if (clean !== "") expect(isInFolder(path, clean)).toBe(true);
			const file = path.slice(path.lastIndexOf("/") + 1);
			expect(file.startsWith(".")).toBe(false);
			expect(/[\n\r\\/:*?"<>|#^[\]]/.test(file)).toBe(false);
		}
	});

	const paths: { name: string; folder: string; after: string | null }[] = [
		{ name: "Jai Menon", folder: "People", after: "People/Jai Menon.md" },
		{ name: "Jai Menon", folder: "/People//Team/", after: "People/Team/Jai Menon.md" },
		{ name: "Jai Menon", folder: "", after: "Jai Menon.md" },
		{ name: "Jai Menon", folder: "/", after: "Jai Menon.md" },
		{ name: "Jai Menon", folder: "../../etc", after: "etc/Jai Menon.md" },
		{ name: "Jai Menon", folder: "People/../..", after: "People/Jai Menon.md" },
		{ name: "Jai Menon", folder: "People\\Team", after: "People/Team/Jai Menon.md" },
		{ name: "../../x", folder: "People", after: "People/x.md" },
		{ name: ".obsidian/x", folder: "People", after: "People/obsidianx.md" },
		{ name: "???", folder: "People", after: null },
		{ name: "", folder: "People", after: null },
	];
	it.each(paths)("$name in '$folder' → $after", ({ name, folder, after }) => {
		expect(personNotePath(name, folder)).toBe(after);
	});
});

describe("needsAlias", () => {
	it.each([
		{ name: "Jai Menon", after: false },
		{ name: "José García", after: false },
		{ name: "AC/DC", after: true },
		{ name: "Who?", after: true },
		{ name: "x".repeat(101), after: true },
		{ name: "CON", after: true },
	])("$name → $after", ({ name, after }) => {
		expect(needsAlias(name)).toBe(after);
	});
});
