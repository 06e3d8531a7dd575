// The command line's arguments: two commands, a few flags, and a usage
// error (exit 2) with one clear sentence for anything else.
import * as fs from "node:fs/promises";
import * as path from "node:path";

export type CliCommand =
	| { kind: "help"; text: string }
	| { kind: "version" }
	| { kind: "process"; vault: string; all: boolean; dryRun: boolean; json: boolean; timeZone?: string; today?: string }
	| { kind: "fix-tasks"; vault: string; dryRun: boolean; json: boolean };

type CommandName = "process" | "fix-tasks";

/** A mistake in how the command was called: message plus the usage to show. */
export class UsageError extends Error {
	constructor(message: string, readonly usage: string) {
		super(message);
	}
}

export const PROCESS_USAGE = `Usage: meeting-crm process <vault> [--all] [--dry-run] [--json] [--tz <zone>] [--today <YYYY-MM-DD>]

Reads the vault's new and changed meeting notes and creates or updates a person
note for everyone you met, with the settings and ledger the Obsidian plugin
keeps in <vault>/.obsidian/plugins/meeting-crm/data.json.

Options:
  --all                 Process every meeting note, not only new or changed ones
  --dry-run             Show what would change; write nothing
  --json                Print one JSON report instead of text
  --tz <zone>           IANA time zone for meeting times given with an offset,
                        e.g. Europe/Berlin (default: this machine's)
  --today <YYYY-MM-DD>  The date to count as today (default: the local date)
  -h, --help            Show this help`;

export const FIX_TASKS_USAGE = `Usage: meeting-crm fix-tasks <vault> [--dry-run] [--json]

Rewrites the task lines of every meeting note in the vault: repairs garbled
emoji, writes owners in your mention style and dates in the Tasks format.

Options:
  --dry-run             Show what would change; write nothing
  --json                Print one JSON report instead of text
  -h, --help            Show this help`;

export const GLOBAL_USAGE = `Usage:
  meeting-crm process <vault> [--all] [--dry-run] [--json] [--tz <zone>] [--today <YYYY-MM-DD>]
  meeting-crm fix-tasks <vault> [--dry-run] [--json]
  meeting-crm <command> --help
  meeting-crm --version

Exit status: 0 all went well, 1 some notes were skipped or failed (the rest
were done), 2 usage error.`;

const USAGE: Record<CommandName, string> = { "process": PROCESS_USAGE, "fix-tasks": FIX_TASKS_USAGE };
const FLAGS: Record<CommandName, readonly string[]> = {
	"process": ["--all", "--dry-run", "--json", "--tz", "--today"],
	"fix-tasks": ["--dry-run", "--json"],
};
const VALUE_FLAGS = ["--tz", "--today"];

export function parseArgs(argv: readonly string[]): CliCommand {
	const [first, ...rest] = argv;
	if (first === undefined) throw new UsageError("missing command", GLOBAL_USAGE);
	if (first === "-h" || first === "--help") return { kind: "help", text: GLOBAL_USAGE };
	if (first === "--version") return { kind: "version" };
	if (first.startsWith("-")) throw new UsageError(`unknown option ${first}`, GLOBAL_USAGE);
	if (first !== "process" && first !== "fix-tasks") throw new UsageError(`unknown command "${first}"`, GLOBAL_USAGE);
	const usage = USAGE[first];
	const optionEnd = rest.indexOf("--");
	const options = optionEnd === -1 ? rest : rest.slice(0, optionEnd);
	if (options.some((arg) => arg === "-h" || arg === "--help")) return { kind: "help", text: usage };

	const flags = new Map<string, string>();
	const positionals: string[] = [];
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (optionEnd !== -1 && i >= optionEnd) {
			if (i > optionEnd) positionals.push(arg);
			continue;
		}
		if (!arg.startsWith("-") || arg === "-") {
			positionals.push(arg);
			continue;
		}
		const equals = arg.indexOf("=");
		const name = equals === -1 ? arg : arg.slice(0, equals);
		if (!FLAGS[first].includes(name)) throw new UsageError(`unknown option ${name} for ${first}`, usage);
		if (!VALUE_FLAGS.includes(name)) {
			if (equals !== -1) throw new UsageError(`${name} does not take a value`, usage);
			flags.set(name, "");
			continue;
		}
		if (flags.has(name)) throw new UsageError(`${name} given twice`, usage);
		const value = equals !== -1 ? arg.slice(equals + 1) : rest[++i];
		if (value === undefined || (equals === -1 && value.startsWith("-")) || value === "") throw new UsageError(`${name} needs a value`, usage);
		flags.set(name, value);
	}
	if (positionals.length === 0) throw new UsageError("missing <vault> folder", usage);
	if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, usage);

	const vault = positionals[0];
	const dryRun = flags.has("--dry-run");
	const json = flags.has("--json");
	if (first === "fix-tasks") return { kind: "fix-tasks", vault, dryRun, json };
	const command: CliCommand = { kind: "process", vault, all: flags.has("--all"), dryRun, json };
	const timeZone = flags.get("--tz");
	if (timeZone !== undefined) command.timeZone = checkTimeZone(timeZone, usage);
	const today = flags.get("--today");
	if (today !== undefined) command.today = checkDate(today, usage);
	return command;
}

/** The usage text of a parsed command, for errors found after parsing. */
export function usageOf(command: CliCommand): string {
	return command.kind === "process" || command.kind === "fix-tasks" ? USAGE[command.kind] : GLOBAL_USAGE;
}

/** The vault as an absolute path; a usage error when it is not a folder. */
export async function checkVaultFolder(vault: string, usage: string): Promise<string> {
	const absolute = path.resolve(vault);
	let isFolder: boolean;
	try {
		isFolder = (await fs.stat(absolute)).isDirectory();
	} catch {
		throw new UsageError(`vault folder not found: ${vault}`, usage);
	}
	if (!isFolder) throw new UsageError(`not a folder: ${vault}`, usage);
	return absolute;
}

function checkTimeZone(zone: string, usage: string): string {
	try {
		new Intl.DateTimeFormat("en-US", { timeZone: zone });
	} catch {
		throw new UsageError(`unknown time zone "${zone}" (use an IANA name such as Europe/Berlin)`, usage);
	}
	return zone;
}

function checkDate(date: string, usage: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const real = match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
	if (!real) throw new UsageError(`--today must be a date as YYYY-MM-DD, not "${date}"`, usage);
	return date;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
