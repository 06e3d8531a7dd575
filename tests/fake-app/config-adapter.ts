// vault.adapter, limited to what a plugin may use it for: files in the config
// folder (app.json, templates.json, the plugin's data.json). Reaching a note
// through it throws, because all note I/O must go through the vault API.

export class FakeConfigAdapter {
	/** Config files by vault path, e.g. ".obsidian/app.json". */
	readonly files = new Map<string, string>();

	constructor(private readonly configDir: string) {}

	getName(): string {
		return "Fake vault";
	}

	async exists(path: string): Promise<boolean> {
		this.checkConfigPath(path);
		return Promise.resolve(this.files.has(path) || [...this.files.keys()].some((file) => file.startsWith(`${path}/`)));
	}

	async read(path: string): Promise<string> {
		this.checkConfigPath(path);
		const text = this.files.get(path);
		if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
		return Promise.resolve(text);
	}

	async write(path: string, data: string): Promise<void> {
		this.checkConfigPath(path);
		this.files.set(path, data);
		return Promise.resolve();
	}

	async remove(path: string): Promise<void> {
		this.checkConfigPath(path);
		this.files.delete(path);
		return Promise.resolve();
	}

	async mkdir(path: string): Promise<void> {
		this.checkConfigPath(path);
		return Promise.resolve();
	}

	private checkConfigPath(path: string): void {
		if (path !== this.configDir && !path.startsWith(`${this.configDir}/`)) {
			throw new Error(`fake Obsidian: vault.adapter is only for config files under ${this.configDir}/; "${path}" is a note — use the vault API`);
		}
	}
}
