// A tiny evaluator for the subset of Dataview's query language the person
// note's blocks use, so tests can show which task lines a query finds.
// Follows Dataview where it matters: string escapes (`\"`, `\\`), FROM "folder"
// as a path prefix ("" is the whole vault), `completed` only for `x`/`X`,
// case-sensitive `contains` on text. Anything outside the subset throws.

export interface MiniFile {
	path: string;
	text: string;
	/** Paths this file links to, for `file.outlinks`. */
	outlinks?: string[];
}

export interface TaskRow {
	path: string;
	status: string;
	text: string;
}

export type QueryResult = { kind: "TASK"; tasks: TaskRow[] } | { kind: "LIST"; pages: string[] };

type Token = { type: "string" | "word" | "punct"; value: string };
type Value = string | boolean | string[];
type Row = { task?: TaskRow; file: MiniFile };
type Expr = (row: Row) => Value;

/** The query inside the first ```dataview fence of a text. */
export function queryOf(block: string): string {
	const match = /```dataview\n([\s\S]*?)\n```/.exec(block);
	if (!match) throw new Error("no dataview block");
	return match[1];
}

export function runQuery(query: string, files: MiniFile[], thisPath = ""): QueryResult {
	const tokens = tokenize(query);
	let at = 0;
	const peek = (): Token | undefined => tokens[at];
	const isWord = (word: string): boolean => peek()?.type === "word" && peek()?.value.toUpperCase() === word;
	const expect = (value: string): void => {
		if (peek()?.value !== value) throw new Error(`expected ${value} at ${peek()?.value ?? "end"}`);
		at++;
	};

	const kind = peek()?.value.toUpperCase();
	if (kind !== "TASK" && kind !== "LIST") throw new Error(`unsupported query type ${kind ?? ""}`);
	at++;

	let source: (path: string) => boolean = () => true;
	let where: Expr = () => true;

	const parseSource = (): ((path: string) => boolean) => {
		let left = parseSourceAtom();
		while (isWord("OR") || isWord("AND")) {
			const op = tokens[at++].value.toUpperCase();
			const right = parseSourceAtom();
			const l = left;
			left = op === "OR" ? (p) => l(p) || right(p) : (p) => l(p) && right(p);
		}
		return left;
	};
	const parseSourceAtom = (): ((path: string) => boolean) => {
		const token = peek();
		if (token?.value === "(" && token.type === "punct") {
			at++;
			const inner = parseSource();
			expect(")");
			return inner;
		}
		if (token?.type !== "string") throw new Error(`unsupported source ${token?.value ?? "end"}`);
		at++;
		const folder = token.value;
		return (path) => folder === "" || path === folder || path === `${folder}.md` || path.startsWith(`${folder}/`);
	};

	const parseOr = (): Expr => {
		let left = parseAnd();
		while (isWord("OR")) {
			at++;
			const l = left;
			const right = parseAnd();
			left = (row) => truthy(l(row)) || truthy(right(row));
		}
		return left;
	};
	const parseAnd = (): Expr => {
		let left = parseUnary();
		while (isWord("AND")) {
			at++;
			const l = left;
			const right = parseUnary();
			left = (row) => truthy(l(row)) && truthy(right(row));
		}
		return left;
	};
	const parseUnary = (): Expr => {
		if (peek()?.value === "!") {
			at++;
			const inner = parseUnary();
			return (row) => !truthy(inner(row));
		}
		const left = parsePrimary();
		if (peek()?.value === "=") {
			at++;
			const right = parsePrimary();
			return (row) => left(row) === right(row);
		}
		return left;
	};
	const parsePrimary = (): Expr => {
		const token = peek();
		if (!token) throw new Error("unexpected end");
		at++;
		if (token.type === "string") return () => token.value;
		if (token.value === "(") {
			const inner = parseOr();
			expect(")");
			return inner;
		}
		if (token.type !== "word") throw new Error(`unexpected ${token.value}`);
		if (peek()?.value === "(") {
			if (token.value !== "contains") throw new Error(`unsupported function ${token.value}`);
			at++;
			const haystack = parseOr();
			expect(",");
			const needle = parseOr();
			expect(")");
			return (row) => {
				const h = haystack(row);
				const n = needle(row);
				if (typeof n !== "string") throw new Error("contains needs a string needle");
				if (Array.isArray(h)) return h.includes(n);
				if (typeof h === "string") return h.includes(n);
				throw new Error("contains needs a list or text");
			};
		}
		return field(token.value, thisPath);
	};

	while (at < tokens.length) {
		if (isWord("FROM")) {
			at++;
			source = parseSource();
		} else if (isWord("WHERE")) {
			at++;
			where = parseOr();
		} else if (isWord("SORT")) {
			at += 3; // SORT <field> ASC|DESC: order does not matter to these tests.
		} else {
			throw new Error(`unexpected ${peek()?.value ?? ""}`);
		}
	}

	const inSource = files.filter((file) => source(file.path));
	if (kind === "LIST") {
		return { kind, pages: inSource.filter((file) => truthy(where({ file }))).map((file) => file.path) };
	}
	const tasks = inSource.flatMap((file) => tasksOf(file).filter((task) => truthy(where({ task, file }))));
	return { kind, tasks };
}

function field(name: string, thisPath: string): Expr {
	switch (name) {
		case "text":
			return (row) => need(row.task).text;
		case "status":
			return (row) => need(row.task).status;
		case "completed":
			return (row) => ["x", "X"].includes(need(row.task).status);
		case "file.outlinks":
			return (row) => row.file.outlinks ?? [];
		case "this.file.link":
			return () => thisPath;
		default:
			throw new Error(`unsupported field ${name}`);
	}
}

function need(task: TaskRow | undefined): TaskRow {
	if (!task) throw new Error("task field in a LIST query");
	return task;
}

function truthy(value: Value): boolean {
	return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function tasksOf(file: MiniFile): TaskRow[] {
	const tasks: TaskRow[] = [];
	let inFence = false;
	for (const line of file.text.split(/\r?\n/)) {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		if (inFence) continue;
		const match = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]\s+(.*)$/.exec(line);
		if (match) tasks.push({ path: file.path, status: match[1], text: match[2] });
	}
	return tasks;
}

function tokenize(query: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < query.length) {
		const char = query[i];
		if (/\s/.test(char)) {
			i++;
		} else if (char === '"') {
			let value = "";
			i++;
			while (i < query.length && query[i] !== '"') {
				if (query[i] === "\\") {
					const escaped = query[i + 1];
					value += escaped === '"' || escaped === "\\" ? escaped : "\\" + escaped;
					i += 2;
				} else {
					value += query[i++];
				}
			}
			if (query[i] !== '"') throw new Error("unterminated string");
			i++;
			tokens.push({ type: "string", value });
		} else if ("()=,!".includes(char)) {
			tokens.push({ type: "punct", value: char });
			i++;
		} else {
			const match = /^[A-Za-z_][\w.]*/.exec(query.slice(i));
			if (!match) throw new Error(`unexpected character ${char}`);
			tokens.push({ type: "word", value: match[0] });
			i += match[0].length;
		}
	}
	return tokens;
}
