// The command line's flow: arguments, data.json, the run, the report, and
// the exit status. The run engine is passed in, so this can be tested with
// a stand-in and main.ts stays a few lines.
import { format } from "date-fns";
import type { CrmSettings } from "../core/settings";
import type { Ledger } from "../core/sync/ledger";
import type { RunOptions, RunResult, UndoRecord } from "../core/sync/run-types";
import type { VaultPort } from "../vault/port";
import manifest from "../../manifest.json";
import { checkVaultFolder, parseArgs, usageOf, UsageError } from "./args";
import type { CliCommand } from "./args";
import { DataFileError, loadPluginData, savePluginState } from "./data-file";
import type { PluginData } from "./data-file";
import { NodeVault } from "./node-vault";
import { exitCodeFor, formatReport, jsonReport } from "./report-format";

export interface RunEngine {
	processMeetings(port: VaultPort, settings: CrmSettings, ledger: Ledger, options: RunOptions): Promise<RunResult>;
	fixAllTaskLines(port: VaultPort, settings: CrmSettings, options: RunOptions): Promise<RunResult>;
}

export interface CliIO {
	/** Writes one block of the report (a newline is added). */
	out(text: string): void;
	/** Writes one message for the user (a newline is added). */
	err(text: string): void;
	now(): Date;
	/** Progress for a terminal; absent when nobody watches. */
	progress?(done: number, total: number): void;
}

const NAME = "meeting-crm";

export async function runCli(argv: readonly string[], engine: RunEngine, io: CliIO): Promise<number> {
	let command: CliCommand;
	try {
		command = parseArgs(argv);
	} catch (error) {
		if (error instanceof UsageError) return usageFailure(error, io);
		throw error;
	}
	if (command.kind === "help") {
		io.out(command.text);
		return 0;
	}
	if (command.kind === "version") {
		io.out(`${NAME} ${manifest.version}`);
		return 0;
	}
	try {
		return await runCommand(command, engine, io);
	} catch (error) {
		if (error instanceof UsageError) return usageFailure(error, io);
		if (error instanceof DataFileError) {
			io.err(`${NAME}: ${error.message}`);
			return 2;
		}
		io.err(`${NAME}: ${error instanceof Error ? error.message : String(error)}`);
		return 1;
	}
}

async function runCommand(command: Extract<CliCommand, { kind: "process" | "fix-tasks" }>, engine: RunEngine, io: CliIO): Promise<number> {
	const root = await checkVaultFolder(command.vault, usageOf(command));
	const data = await loadPluginData(root);
	for (const warning of data.warnings) io.err(`${NAME}: warning: ${warning}`);
	if (data.settings.yourName.trim() === "") {
		io.err(`${NAME}: Set your name first: add "yourName" to ${data.path} or in the plugin's settings.`);
		return 2;
	}
	const vault = await NodeVault.open(root);
	const timeZone = command.kind === "process" ? command.timeZone : undefined;
	const today = (command.kind === "process" ? command.today : undefined) ?? todayIn(io.now(), timeZone);
	const mode = command.kind === "process" && !command.all ? "new" : "all";
	const options: RunOptions = { mode: { kind: mode }, dryRun: command.dryRun, today };
	if (timeZone !== undefined) options.timeZone = timeZone;
	if (io.progress) options.onProgress = io.progress.bind(io);

	let result: RunResult;
	if (command.kind === "process") {
		// Saved before the first write, so a run cut short can still be undone.
		if (!command.dryRun) options.beforeWrite = (undo) => savePluginState(data, { ledger: data.ledger, undo });
		result = await engine.processMeetings(vault, data.settings, data.ledger, options);
	} else {
		// Fixing tasks keeps no ledger: its undo must give back the ledger as it is.
		const withLedger = (undo: UndoRecord): UndoRecord => ({ ...undo, ledgerBefore: data.ledger });
		if (!command.dryRun) options.beforeWrite = (undo) => savePluginState(data, { ledger: data.ledger, undo: withLedger(undo) });
		result = await engine.fixAllTaskLines(vault, data.settings, options);
		result = { ...result, ledger: data.ledger, undo: withLedger(result.undo) };
	}

	let code: number = exitCodeFor(result.report);
	if (!command.dryRun) {
		try {
			await saveState(data, result);
		} catch (error) {
			io.err(`${NAME}: the run's ledger could not be saved (${error instanceof Error ? error.message : String(error)}); the next run reads those meeting notes again.`);
			code = 1;
		}
	}
	io.out(command.json ? JSON.stringify(jsonReport(result.report, command.dryRun), null, 2) : formatReport(result.report, { kind: command.kind, dryRun: command.dryRun }));
	return code;
}

/** Writes data.json only when the run changed something: a run with nothing
 * to do leaves the file (and the last run's undo record) alone. */
async function saveState(data: PluginData, result: RunResult): Promise<void> {
	const wrote = result.changes.length > 0;
	const ledgerChanged = JSON.stringify(result.ledger) !== JSON.stringify(data.ledger);
	if (!wrote && !ledgerChanged) return;
	await savePluginState(data, { ledger: result.ledger, undo: wrote ? result.undo : null });
}

/** Today as yyyy-MM-dd: in the given time zone, else the machine's. */
export function todayIn(now: Date, timeZone?: string): string {
	if (timeZone === undefined) return format(now, "yyyy-MM-dd");
	const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
	const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
	return `${part("year")}-${part("month")}-${part("day")}`;
}

function usageFailure(error: UsageError, io: CliIO): number {
	io.err(`${NAME}: ${error.message}\n\n${error.usage}`);
	return 2;
}
