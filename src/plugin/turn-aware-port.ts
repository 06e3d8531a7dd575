// The vault port of one run, knowing when the run last gave the event loop a
// turn: the plugin's own work after the core's (saving data.json, storing
// undo texts) yields only when the stretch so far has run long enough to
// matter, as the core's Pacer does.
import type { AppConfig, NoteStat, VaultPort } from "../vault/port";

export class TurnAwarePort implements VaultPort {
	/** Date.now() when the last turn ended (or the run began). */
	private lastTurn = Date.now();

	constructor(private readonly port: VaultPort) {}

	/** Yields when the work since the last turn took `budgetMs` or more. */
	async turnIfDue(budgetMs: number): Promise<void> {
		if (Date.now() - this.lastTurn >= budgetMs) await this.yieldToEventLoop();
	}

	async yieldToEventLoop(): Promise<void> {
		await this.port.yieldToEventLoop();
		this.lastTurn = Date.now();
	}

	listMarkdownFiles(): NoteStat[] {
		return this.port.listMarkdownFiles();
	}

	read(path: string): Promise<string> {
		return this.port.read(path);
	}

	cachedFrontmatter(path: string): Record<string, unknown> | null | undefined {
		return this.port.cachedFrontmatter(path);
	}

	exists(path: string): boolean {
		return this.port.exists(path);
	}

	create(path: string, text: string): Promise<void> {
		return this.port.create(path, text);
	}

	process(path: string, change: (current: string) => string): Promise<string> {
		return this.port.process(path, change);
	}

	trash(path: string): Promise<void> {
		return this.port.trash(path);
	}

	linkText(path: string): string {
		return this.port.linkText(path);
	}

	appConfig(): Promise<AppConfig> {
		return this.port.appConfig();
	}
}
