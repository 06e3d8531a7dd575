// Security: no code path runs a note's content (`---js` frontmatter through
// the core, the plugin and the command line), neither bundle can reach the
// network, and no name however crafted makes the command line write outside
// the vault's people folder, the processed meeting notes and its data.json.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { MemoryVault, run } from "../helpers/run-helpers";
import { BASE_VAULT, GOOD_PATH, OWNER, jsFrontmatter } from "./corpus";
import { isNewPersonNotePath } from "./guarantees";
import { builtBundles, cleanUp, DATA_JSON, ensureBuilt, runCli, snapshotBytes, tempFolder, writeFiles } from "./cli-harness";
import { command, fixToday, startPlugin } from "./plugin-harness";

const globals = globalThis as Record<string, unknown>;
let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
}, 120_000);
afterAll(cleanUp);
afterEach(() => {
	delete globals.__meetingCrmPwned;
});

/** Notes whose frontmatter is code that, if run, sets a global, writes a marker
 * file next to the vault and ends the process with status 3. */
function codeNotes(marker: string): Record<string, string> {
	const payload = (language: string, key: string) =>
		jsFrontmatter(language, key).replace("process.exit(3)", `require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), process.exit(3)`);
	return {
		"Meetings/Js.md": payload("js", "source: \"transcript\","),
		"Meetings/Javascript.md": payload("javascript", "participants: [\"Carol White\"],"),
		"Meetings/Js quiet.md": payload("js", "title: \"no meeting keys\","),
		"People/Carol White.md": payload("js", "type: \"people\","),
	};
}

describe("note content is never run as code", () => {
	it("through the core: a run and a second run over ---js and ---javascript notes", async () => {
		const marker = path.join(tempFolder(), "ran.txt");
		const vault = new MemoryVault({ ...BASE_VAULT, ...codeNotes(marker) });
		const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
		try {
			const first = await run(vault);
			await run(vault, { ledger: first.ledger, mode: { kind: "all" } });
			expect(first.report.processed).toEqual([GOOD_PATH]);
			expect(exit).not.toHaveBeenCalled();
		} finally {
			exit.mockRestore();
		}
		expect(globals.__meetingCrmPwned).toBeUndefined();
		expect(fs.existsSync(marker)).toBe(false);
	});

	describe("through the plugin", () => {
		beforeEach(fixToday);
		afterEach(() => {
			vi.useRealTimers();
		});

		it("processing, reprocessing and fixing task lines", async () => {
			const marker = path.join(tempFolder(), "ran.txt");
			const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
			try {
				const started = await startPlugin({ ...BASE_VAULT, ...codeNotes(marker) });
				for (const id of ["process-new-meeting-notes", "reprocess-all-meeting-notes", "fix-task-lines-all-meeting-notes"]) await command(started, id);
				expect(exit).not.toHaveBeenCalled();
			} finally {
				exit.mockRestore();
			}
			expect(globals.__meetingCrmPwned).toBeUndefined();
			expect(fs.existsSync(marker)).toBe(false);
		});
	});

	it("through the command line: process and fix-tasks end normally and the code's marker file never appears", async () => {
		const root = tempFolder();
		const marker = path.join(root, "ran.txt");
		const vault = path.join(root, "vault");
		writeFiles(vault, { ...BASE_VAULT, ...codeNotes(marker), [DATA_JSON]: JSON.stringify({ yourName: OWNER }) });
		for (const args of [["process", vault, "--json"], ["process", vault, "--all", "--json"], ["fix-tasks", vault, "--json"]]) {
			const result = await runCli(cli, args);
			expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 1, stderr: "" });
			expect(fs.existsSync(marker)).toBe(false);
		}
	});
});

describe("no network", () => {
	const FORBIDDEN = [
		"fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "require(\"http\")", "require(\"https\")", "require(\"net\")", "require(\"tls\")",
		"require(\"dgram\")", "require(\"http2\")", "require(\"node:http\")", "require(\"node:https\")", "require(\"node:net\")", "require(\"child_process\")",
		"require(\"node:child_process\")",
	];

	it.each(FORBIDDEN)("neither main.js nor dist/cli.js contains %s", (needle) => {
		for (const bundle of builtBundles()) expect({ bundle: bundle.name, found: bundle.text.includes(needle) }).toEqual({ bundle: bundle.name, found: false });
	});

	it("the plugin bundle requires nothing but obsidian (it must load on mobile)", () => {
		const main = builtBundles().find((bundle) => bundle.name === "main.js")?.text ?? "";
		expect([...new Set(main.match(/require\("[^"]+"\)/g))]).toEqual(["require(\"obsidian\")"]);
	});
});

describe("no file written outside the vault's people folder, processed meeting notes and plugin data", () => {
	const HOSTILE = ["../../escaped", "../outside/x", "/etc/passwd-ish", ".obsidian/plugins/evil", ".trash/x", "C:\\Windows\\x", "a/../../b", "CON", "Line\nBreak", "🎉", "x".repeat(300)];

	it("the command line, with hostile names, a people folder that is a symbolic link out of the vault, and a note linking out", async () => {
		const root = tempFolder();
		const vault = path.join(root, "vault");
		const meeting = `---\ntype: meeting\ndate: 2025-10-02\nparticipants: [${HOSTILE.map((name) => JSON.stringify(name)).join(", ")}]\n---\n# Hostile\n\n- [ ] Call @Myself 📅 2025-10-03\n`;
		writeFiles(root, { "outside/secret.md": "---\ntype: meeting\ndate: 2025-10-02\nparticipants: [Sly Fox]\n---\n# Outside\n", "sibling.txt": "keep\n" });
		writeFiles(vault, { ...BASE_VAULT, "Meetings/Hostile.md": meeting, [DATA_JSON]: JSON.stringify({ yourName: OWNER, peopleFolder: "Contacts" }) });
		fs.symlinkSync(path.join(root, "outside"), path.join(vault, "Contacts"));
		fs.symlinkSync(path.join(root, "outside", "secret.md"), path.join(vault, "Meetings", "Linked out.md"));
		const before = snapshotBytes(root);
		const result = await runCli(cli, ["process", vault, "--json"]);
		const after = snapshotBytes(root);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as { processed: string[]; errors: { path: string }[] };
		expect(report.processed).not.toContain("Meetings/Linked out.md");
		const changed = [...after].filter(([file, bytes]) => !before.get(file)?.equals(bytes)).map(([file]) => file);
		// People/Alice Smith.md is a person note (type: people) outside the people folder: updating it is allowed.
		const allowed = (file: string) => file === `vault/${DATA_JSON}` || file === "vault/People/Alice Smith.md" || report.processed.some((note) => file === `vault/${note}`);
		expect(changed.filter((file) => !allowed(file))).toEqual([]);
		expect([...before.keys()].filter((file) => !after.has(file))).toEqual([]);
		expect(report.errors.length).toBeGreaterThan(0);
		expect(fs.readdirSync(path.join(root, "outside"))).toEqual(["secret.md"]);
	});

	it("the command line, with hostile names and a real people folder: new notes only directly in it", async () => {
		const root = tempFolder();
		const vault = path.join(root, "vault");
		const meeting = `---\ntype: meeting\ndate: 2025-10-02\nparticipants: [${HOSTILE.map((name) => JSON.stringify(name)).join(", ")}]\n---\n# Hostile\n`;
		writeFiles(root, { "sibling.txt": "keep\n" });
		writeFiles(vault, { ...BASE_VAULT, "Meetings/Hostile.md": meeting, [DATA_JSON]: JSON.stringify({ yourName: OWNER }) });
		const before = snapshotBytes(root);
		const result = await runCli(cli, ["process", vault, "--json"]);
		const after = snapshotBytes(root);
		expect(result.code).toBe(0);
		const added = [...after.keys()].filter((file) => !before.has(file));
		expect(added.length).toBeGreaterThan(5);
		expect(added.filter((file) => file !== `vault/${DATA_JSON}` && !(file.startsWith("vault/") && isNewPersonNotePath(file.slice(6))))).toEqual([]);
		const changed = [...before].filter(([file, bytes]) => !after.get(file)?.equals(bytes)).map(([file]) => file);
		expect(changed.filter((file) => !file.startsWith("vault/People/") && file !== `vault/${DATA_JSON}` && file !== `vault/${GOOD_PATH}`)).toEqual([]);
	});
});
