import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { checkVaultFolder, FIX_TASKS_USAGE, GLOBAL_USAGE, parseArgs, PROCESS_USAGE, UsageError } from "../../src/cli/args";
import type { CliCommand } from "../../src/cli/args";
import { tempVault } from "./temp-vault";

const base = { vault: "v", dryRun: false, json: false };

describe("parseArgs", () => {
	const valid: { name: string; argv: string[]; expected: CliCommand }[] = [
		{ name: "process", argv: ["process", "v"], expected: { kind: "process", ...base, all: false } },
		{ name: "process with every flag", argv: ["process", "--all", "v", "--dry-run", "--json", "--tz", "Europe/Berlin", "--today", "2025-10-01"], expected: { kind: "process", vault: "v", all: true, dryRun: true, json: true, timeZone: "Europe/Berlin", today: "2025-10-01" } },
		{ name: "values after =", argv: ["process", "v", "--tz=America/New_York", "--today=2024-02-29"], expected: { kind: "process", ...base, all: false, timeZone: "America/New_York", today: "2024-02-29" } },
		{ name: "repeated switch", argv: ["process", "v", "--json", "--json"], expected: { kind: "process", ...base, all: false, json: true } },
		{ name: "fix-tasks", argv: ["fix-tasks", "v", "--dry-run", "--json"], expected: { kind: "fix-tasks", vault: "v", dryRun: true, json: true } },
		{ name: "vault after --", argv: ["process", "--dry-run", "--", "-odd name"], expected: { kind: "process", ...base, vault: "-odd name", all: false, dryRun: true } },
		{ name: "-- before a vault that looks like --help", argv: ["fix-tasks", "--", "--help"], expected: { kind: "fix-tasks", ...base, vault: "--help" } },
		{ name: "global help", argv: ["--help"], expected: { kind: "help", text: GLOBAL_USAGE } },
		{ name: "global -h", argv: ["-h"], expected: { kind: "help", text: GLOBAL_USAGE } },
		{ name: "process help", argv: ["process", "--help"], expected: { kind: "help", text: PROCESS_USAGE } },
		{ name: "help wins over other mistakes", argv: ["process", "--bogus", "-h"], expected: { kind: "help", text: PROCESS_USAGE } },
		{ name: "fix-tasks help", argv: ["fix-tasks", "v", "-h"], expected: { kind: "help", text: FIX_TASKS_USAGE } },
		{ name: "version", argv: ["--version"], expected: { kind: "version" } },
	];
	it.each(valid)("$name", ({ argv, expected }) => {
		expect(parseArgs(argv)).toEqual(expected);
	});

	const errors: { name: string; argv: string[]; message: string; usage: string }[] = [
		{ name: "nothing", argv: [], message: "missing command", usage: GLOBAL_USAGE },
		{ name: "unknown command", argv: ["sync", "v"], message: "unknown command \"sync\"", usage: GLOBAL_USAGE },
		{ name: "unknown global option", argv: ["--verbose"], message: "unknown option --verbose", usage: GLOBAL_USAGE },
		{ name: "missing vault", argv: ["process"], message: "missing <vault> folder", usage: PROCESS_USAGE },
		{ name: "missing vault with flags", argv: ["fix-tasks", "--json"], message: "missing <vault> folder", usage: FIX_TASKS_USAGE },
		{ name: "two vaults", argv: ["process", "a", "b"], message: "unexpected argument \"b\"", usage: PROCESS_USAGE },
		{ name: "unknown flag", argv: ["process", "v", "--force"], message: "unknown option --force for process", usage: PROCESS_USAGE },
		{ name: "process-only flag on fix-tasks", argv: ["fix-tasks", "v", "--all"], message: "unknown option --all for fix-tasks", usage: FIX_TASKS_USAGE },
		{ name: "--tz on fix-tasks", argv: ["fix-tasks", "v", "--tz", "UTC"], message: "unknown option --tz for fix-tasks", usage: FIX_TASKS_USAGE },
		{ name: "--version after a command", argv: ["process", "v", "--version"], message: "unknown option --version for process", usage: PROCESS_USAGE },
		{ name: "value for a switch", argv: ["process", "v", "--all=yes"], message: "--all does not take a value", usage: PROCESS_USAGE },
		{ name: "--tz without value", argv: ["process", "v", "--tz"], message: "--tz needs a value", usage: PROCESS_USAGE },
		{ name: "--tz followed by a flag", argv: ["process", "v", "--tz", "--json"], message: "--tz needs a value", usage: PROCESS_USAGE },
		{ name: "--tz= empty", argv: ["process", "v", "--tz="], message: "--tz needs a value", usage: PROCESS_USAGE },
		{ name: "--tz twice", argv: ["process", "v", "--tz", "UTC", "--tz", "UTC"], message: "--tz given twice", usage: PROCESS_USAGE },
		{ name: "unknown time zone", argv: ["process", "v", "--tz", "Mars/Olympus"], message: "unknown time zone \"Mars/Olympus\" (use an IANA name such as Europe/Berlin)", usage: PROCESS_USAGE },
		{ name: "badly written date", argv: ["process", "v", "--today", "1.10.2025"], message: "--today must be a date as YYYY-MM-DD, not \"1.10.2025\"", usage: PROCESS_USAGE },
		{ name: "date that does not exist", argv: ["process", "v", "--today", "2025-02-29"], message: "--today must be a date as YYYY-MM-DD, not \"2025-02-29\"", usage: PROCESS_USAGE },
	];
	it.each(errors)("usage error: $name", ({ argv, message, usage }) => {
		let thrown: unknown;
		try {
			parseArgs(argv);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(UsageError);
		expect((thrown as UsageError).message).toBe(message);
		expect((thrown as UsageError).usage).toBe(usage);
	});
});

describe("checkVaultFolder", () => {
	it("gives the absolute path of a folder", async () => {
		const root = await tempVault();
		expect(await checkVaultFolder(path.relative(process.cwd(), root), "usage")).toBe(root);
	});

	it("is a usage error for a missing path or a file", async () => {
		const root = await tempVault({ "note.md": "x" });
		const file = path.join(root, "note.md");
		await expect(checkVaultFolder(path.join(root, "nope"), "usage")).rejects.toThrow(new UsageError(`vault folder not found: ${path.join(root, "nope")}`, "usage"));
		await expect(checkVaultFolder(file, "usage")).rejects.toThrow(`not a folder: ${file}`);
		await expect(checkVaultFolder(file, "usage")).rejects.toBeInstanceOf(UsageError);
	});
});
