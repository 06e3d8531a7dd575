// Shared set-up for tests that run the whole engine over an in-memory vault.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";
import { MemoryVault } from "./memory-vault";
import { processMeetings } from "../../src/core/sync/run";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CrmSettings } from "../../src/core/settings";
import { emptyLedger } from "../../src/core/sync/ledger";
import type { Ledger } from "../../src/core/sync/ledger";
import type { RunMode, RunResult } from "../../src/core/sync/run-types";

export const SEED_MEETING = readFileSync("tests/fixtures/seed-meeting-note.md", "utf8");
export const SEED_PERSON = readFileSync("tests/fixtures/seed-person-note.md", "utf8");
/** The seed's own link target: its Source line names the meeting note so. */
export const SEED_PATH = "Meetings/2025-09-30 - Jason shared that after meeting with Manish and reviewing rewards, he began expl.md";

export function settingsFor(overrides: Partial<CrmSettings> = {}): CrmSettings {
	return { ...DEFAULT_SETTINGS, yourName: "Jason Vallery", ...overrides };
}

export async function run(vault: MemoryVault, options: { settings?: CrmSettings; ledger?: Ledger; mode?: RunMode; dryRun?: boolean; today?: string } = {}): Promise<RunResult> {
	return processMeetings(vault, options.settings ?? settingsFor(), options.ledger ?? emptyLedger(), {
		mode: options.mode ?? { kind: "new" },
		dryRun: options.dryRun ?? false,
		today: options.today ?? "2026-01-03",
	});
}

/** Compares a text with a golden file beside the test; UPDATE_GOLDEN=1 rewrites it. */
export function expectGolden(text: string, path: string): void {
	if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
		if (process.env.CI) throw new Error(`golden file ${path} is missing`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	expect(text).toBe(readFileSync(path, "utf8"));
}

export { MemoryVault };
