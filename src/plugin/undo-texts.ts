// Where a big run's old texts wait for "Undo last run": this device's
// IndexedDB, as Obsidian's own File recovery keeps its snapshots. data.json
// is saved often and synced; a copy of every note a run changed does not
// belong in it. The store survives a restart; it is per device, like the
// run that wrote it.
import type { App } from "obsidian";

export interface UndoTextStore {
	/** Keeps these texts (number → text) of run `run`; resolves once they are safely stored. */
	put(run: string, entries: readonly (readonly [number, string])[]): Promise<void>;
	/** Every text kept for run `run`, by number (none when this device has none). */
	get(run: string): Promise<Map<number, string>>;
	/** Drops the texts of every run but `keep` (of all runs without it). */
	drop(keep?: string): Promise<void>;
	close(): void;
}

const STORE = "texts";
/** Per vault, in the app's vault-specific local storage: the store's name. */
const STORE_NAME_KEY = "meeting-crm-undo-store";

/** The store for this vault, or null where the platform has no IndexedDB. */
export function openUndoTexts(app: App): UndoTextStore | null {
	const factory = typeof window === "undefined" ? undefined : window.indexedDB;
	const ranges = typeof window === "undefined" ? undefined : window.IDBKeyRange;
	if (!factory || !ranges) return null;
	let name: unknown = app.loadLocalStorage(STORE_NAME_KEY);
	if (typeof name !== "string" || name === "") {
		name = `meeting-crm-undo-${newId()}`;
		app.saveLocalStorage(STORE_NAME_KEY, name);
	}
	return new IndexedDbUndoTexts(factory, ranges, name as string);
}

/** A fresh id that sorts after earlier ones (time first) and is always as long. */
export function newId(): string {
	const random = Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, "0");
	return `${Date.now().toString(36).padStart(9, "0")}${random}`;
}

export class IndexedDbUndoTexts implements UndoTextStore {
	private db: Promise<IDBDatabase> | null = null;

	constructor(
		private readonly factory: IDBFactory,
		private readonly ranges: typeof IDBKeyRange,
		private readonly name: string,
	) {}

	async put(run: string, entries: readonly (readonly [number, string])[]): Promise<void> {
		// "strict": on disk before the run's first write, not only in a cache.
		const tx = (await this.open()).transaction(STORE, "readwrite", { durability: "strict" });
		const store = tx.objectStore(STORE);
		for (const [number, text] of entries) store.put(text, keyOf(run, number));
		await finished(tx);
	}

	async get(run: string): Promise<Map<number, string>> {
		const tx = (await this.open()).transaction(STORE, "readonly");
		const store = tx.objectStore(STORE);
		const range = this.ranges.bound(`${run}/`, `${run}/\uffff`);
		const [keys, values] = await Promise.all([result(store.getAllKeys(range)), result(store.getAll(range))]);
		const texts = new Map<number, string>();
		keys.forEach((key, i) => {
			const text: unknown = values[i];
			if (typeof key === "string" && typeof text === "string") texts.set(Number(key.slice(run.length + 1)), text);
		});
		return texts;
	}

	async drop(keep?: string): Promise<void> {
		const tx = (await this.open()).transaction(STORE, "readwrite");
		const store = tx.objectStore(STORE);
		if (keep === undefined) store.clear();
		else {
			// Ids are all as long, so another run's keys sort wholly before or after.
			store.delete(this.ranges.upperBound(`${keep}/`, true));
			store.delete(this.ranges.lowerBound(`${keep}/\uffff`, true));
		}
		await finished(tx);
	}

	close(): void {
		const db = this.db;
		this.db = null;
		void db?.then((open) => open.close(), () => undefined);
	}

	private open(): Promise<IDBDatabase> {
		this.db ??= new Promise<IDBDatabase>((resolve, reject) => {
			const request = this.factory.open(this.name, 1);
			request.onupgradeneeded = () => request.result.createObjectStore(STORE);
			request.onsuccess = () => {
				const db = request.result;
				// Another window upgrading the store: let it.
				db.onversionchange = () => db.close();
				resolve(db);
			};
			request.onerror = () => reject(request.error ?? new Error("IndexedDB could not be opened"));
		}).catch((error: unknown) => {
			this.db = null;
			throw error;
		});
		return this.db;
	}
}

function keyOf(run: string, number: number): string {
	return `${run}/${number}`;
}

function finished(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error("IndexedDB transaction failed"));
		tx.onabort = () => reject(tx.error ?? new Error("IndexedDB transaction aborted"));
	});
}

function result<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
	});
}
