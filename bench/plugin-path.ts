// A full run through the plugin's own code (src/plugin/recorded-run.ts: the
// undo record kept before the first write, the ledger and record saved after
// the run), minus the interface, with stand-ins for what Obsidian provides:
// Plugin.saveData (JSON.stringify of the whole data object with two-space
// indent, the text encoded for the disk, then an awaited write) and the
// IndexedDB undo store (each slice serialised as IndexedDB's put does,
// nothing kept: the texts go to disk there). After the run the status bar's
// count of new notes, as RunController does.
import { emptyLedger } from "../src/core/sync/ledger";
import type { Ledger } from "../src/core/sync/ledger";
import type { CrmSettings } from "../src/core/settings";
import type { RunPhase } from "../src/core/sync/run-types";
import { buildScope } from "../src/core/sync/scope";
import { meetingCandidates, readerOptions } from "../src/core/sync/read-phase";
import { joinPluginData } from "../src/settings";
import type { PluginState } from "../src/settings";
import { processAndRecord } from "../src/plugin/recorded-run";
import type { RecordedRun } from "../src/plugin/recorded-run";
import { UndoKeeper } from "../src/plugin/undo-keeper";
import type { RunStateHost } from "../src/plugin/undo-keeper";
import type { UndoTextStore } from "../src/plugin/undo-texts";
import type { StoredUndo } from "../src/plugin/stored-undo";
import type { VaultPort } from "../src/vault/port";

export interface PluginRunFigures {
	result: RecordedRun;
	/** Characters of data.json written, over all saves. */
	savedChars: number;
	saves: number;
	/** Characters of old texts put into the undo store. */
	storedChars: number;
	/** The status bar's count after the run (0: every meeting note processed). */
	newAfter: number;
}

class BenchHost implements RunStateHost {
	private state: PluginState = {};
	savedChars = 0;
	saves = 0;

	constructor(
		readonly settings: CrmSettings,
		/** The disk write's turn: Obsidian awaits the adapter's write. */
		private readonly written: () => Promise<void>,
	) {}

	ledger(): Ledger {
		this.state.ledger ??= emptyLedger();
		return this.state.ledger;
	}

	setLedger(ledger: Ledger): void {
		this.state.ledger = ledger;
	}

	undoRecord(): StoredUndo | undefined {
		return this.state.undo;
	}

	setUndoRecord(undo: StoredUndo | undefined): void {
		this.state.undo = undo;
	}

	async saveSettings(): Promise<void> {
		const json = JSON.stringify(joinPluginData(this.settings, this.state), null, 2);
		new TextEncoder().encode(json);
		this.savedChars += json.length;
		this.saves++;
		await this.written();
	}
}

class BenchUndoTexts implements UndoTextStore {
	storedChars = 0;

	put(_run: string, entries: readonly (readonly [number, string])[]): Promise<void> {
		structuredClone(entries);
		for (const [, text] of entries) this.storedChars += text.length;
		return Promise.resolve();
	}

	get(): Promise<Map<number, string>> {
		return Promise.resolve(new Map<number, string>());
	}

	drop(): Promise<void> {
		return Promise.resolve();
	}

	close(): void {}
}

export interface PluginRunHooks {
	onProgress?: (done: number, total: number) => void;
	onPhase?: (phase: RunPhase) => void;
}

export async function pluginRun(port: VaultPort, settings: CrmSettings, today: string, hooks: PluginRunHooks = {}): Promise<PluginRunFigures> {
	const host = new BenchHost(settings, () => port.yieldToEventLoop());
	const texts = new BenchUndoTexts();
	const keeper = new UndoKeeper(() => texts);
	const result = await processAndRecord(port, host, keeper, { mode: { kind: "new" }, today, ...hooks });
	const scope = buildScope(settings, await port.appConfig());
	const fresh = meetingCandidates(port, port.listMarkdownFiles(), scope, host.ledger(), { kind: "new" }, readerOptions(settings, undefined, []), { countOnly: true });
	return { result, savedChars: host.savedChars, saves: host.saves, storedChars: texts.storedChars, newAfter: fresh.length };
}
