// A small IndexedDB for tests, as much of it as the plugin's undo store uses:
// open with an upgrade, one object store with out-of-line string keys, put /
// getAll / getAllKeys / delete / clear, key ranges, and transactions that
// apply their writes when they commit and none of them when they fail.
// Values are structured-cloned, as IndexedDB does. Callbacks run in
// microtasks, so fake timers do not hold them up.

type Value = unknown;

export class FakeKeyRange {
	private constructor(
		readonly lower: string | undefined,
		readonly upper: string | undefined,
		readonly lowerOpen: boolean,
		readonly upperOpen: boolean,
	) {}

	static bound(lower: string, upper: string, lowerOpen = false, upperOpen = false): FakeKeyRange {
		return new FakeKeyRange(lower, upper, lowerOpen, upperOpen);
	}

	static lowerBound(lower: string, open = false): FakeKeyRange {
		return new FakeKeyRange(lower, undefined, open, false);
	}

	static upperBound(upper: string, open = false): FakeKeyRange {
		return new FakeKeyRange(undefined, upper, false, open);
	}

	includes(key: string): boolean {
		if (this.lower !== undefined && (this.lowerOpen ? key <= this.lower : key < this.lower)) return false;
		if (this.upper !== undefined && (this.upperOpen ? key >= this.upper : key > this.upper)) return false;
		return true;
	}
}

class FakeRequest<T> {
	result!: T;
	error: Error | null = null;
	onsuccess: (() => void) | null = null;
	onerror: (() => void) | null = null;
	onupgradeneeded: (() => void) | null = null;

	succeed(result: T): void {
		this.result = result;
		queueMicrotask(() => this.onsuccess?.());
	}
}

type Write = { kind: "put"; key: string; value: Value } | { kind: "delete"; range: FakeKeyRange | string } | { kind: "clear" };

class FakeObjectStore {
	constructor(private readonly tx: FakeTransaction, private readonly data: Map<string, Value>) {}

	put(value: Value, key: string): FakeRequest<string> {
		if (this.tx.mode !== "readwrite") throw new Error("fake IndexedDB: put in a readonly transaction");
		return this.tx.request(key, { kind: "put", key, value: structuredClone(value) });
	}

	delete(range: FakeKeyRange | string): FakeRequest<undefined> {
		return this.tx.request(undefined, { kind: "delete", range });
	}

	clear(): FakeRequest<undefined> {
		return this.tx.request(undefined, { kind: "clear" });
	}

	getAll(range?: FakeKeyRange): FakeRequest<Value[]> {
		return this.tx.request(this.keys(range).map((key) => structuredClone(this.data.get(key))), null);
	}

	getAllKeys(range?: FakeKeyRange): FakeRequest<string[]> {
		return this.tx.request(this.keys(range), null);
	}

	private keys(range?: FakeKeyRange): string[] {
		return [...this.data.keys()].filter((key) => !range || range.includes(key)).sort();
	}
}

class FakeTransaction {
	oncomplete: (() => void) | null = null;
	onerror: (() => void) | null = null;
	onabort: (() => void) | null = null;
	error: Error | null = null;
	private readonly writes: Write[] = [];
	private open = 0;
	private settled = false;

	constructor(
		private readonly factory: FakeIndexedDb,
		private readonly data: Map<string, Value>,
		readonly mode: "readonly" | "readwrite",
		readonly durability: string | undefined,
	) {
		// A transaction with no requests commits too.
		queueMicrotask(() => this.maybeFinish());
	}

	objectStore(): FakeObjectStore {
		return new FakeObjectStore(this, this.data);
	}

	request<T>(result: T, write: Write | null): FakeRequest<T> {
		const request = new FakeRequest<T>();
		this.open++;
		if (write) this.writes.push(write);
		if (write && this.factory.failWrites) {
			queueMicrotask(() => {
				request.error = new Error("QuotaExceededError");
				request.onerror?.();
				this.fail(request.error);
			});
			return request;
		}
		const onsuccess = () => {
			this.open--;
			queueMicrotask(() => this.maybeFinish());
		};
		request.succeed(result);
		queueMicrotask(() => queueMicrotask(onsuccess));
		return request;
	}

	private maybeFinish(): void {
		if (this.settled || this.open > 0) return;
		this.settled = true;
		for (const write of this.writes) {
			if (write.kind === "put") this.data.set(write.key, write.value);
			else if (write.kind === "clear") this.data.clear();
			else for (const key of [...this.data.keys()]) if (typeof write.range === "string" ? key === write.range : write.range.includes(key)) this.data.delete(key);
		}
		if (this.writes.length > 0) this.factory.commits.push({ durability: this.durability, writes: this.writes.length });
		this.oncomplete?.();
	}

	private fail(error: Error): void {
		if (this.settled) return;
		this.settled = true;
		this.error = error;
		this.onerror?.();
		this.onabort?.();
	}
}

class FakeDatabase {
	onversionchange: (() => void) | null = null;
	closed = false;

	constructor(private readonly factory: FakeIndexedDb, readonly stores: Map<string, Map<string, Value>>) {}

	createObjectStore(name: string): void {
		this.stores.set(name, new Map());
	}

	transaction(name: string, mode: "readonly" | "readwrite" = "readonly", options?: { durability?: string }): FakeTransaction {
		const store = this.stores.get(name);
		if (!store) throw new Error(`fake IndexedDB: no object store ${name}`);
		if (this.closed) throw new Error("fake IndexedDB: the database is closed");
		return new FakeTransaction(this.factory, store, mode, options?.durability);
	}

	close(): void {
		this.closed = true;
	}
}

export class FakeIndexedDb {
	/** Database name → object store name → key → value: what is on the device. */
	readonly databases = new Map<string, Map<string, Map<string, Value>>>();
	/** Each committed write transaction, for tests of durability. */
	readonly commits: { durability: string | undefined; writes: number }[] = [];
	/** Every write fails (a full disk, a quota). */
	failWrites = false;

	open(name: string): FakeRequest<FakeDatabase> {
		const request = new FakeRequest<FakeDatabase>();
		const existing = this.databases.get(name);
		const stores = existing ?? new Map<string, Map<string, Value>>();
		const db = new FakeDatabase(this, stores);
		queueMicrotask(() => {
			if (!existing) {
				this.databases.set(name, stores);
				request.result = db;
				request.onupgradeneeded?.();
			}
			request.succeed(db);
		});
		return request;
	}

	/** Every text kept under a database, any store, by key. */
	entries(name: string): Map<string, Value> {
		const out = new Map<string, Value>();
		for (const store of this.databases.get(name)?.values() ?? []) for (const [key, value] of store) out.set(key, value);
		return out;
	}
}
