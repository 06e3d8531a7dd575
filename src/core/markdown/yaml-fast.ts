// A fast path for the YAML that meeting and person notes actually hold: flat
// keys with plain, quoted or flow-list values, block lists of scalars, and
// block lists of small flat objects (attendees), each value maybe followed by
// a ` # comment`. Anything else returns
// undefined and is parsed by the full `yaml` library instead, so results are
// always those of the full parser; this only makes the common case cheap.
// (Parsing frontmatter is most of the cost of a run; see the benchmark.)

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[] | Record<string, Scalar>[];

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM = /^( *)- +(.*)$/;
const ITEM_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const CANONICAL_INT = /^[-+]?(?:0|[1-9][0-9]{0,14})$/;
// Plain scalars we accept: no indicator at the start, no ": " or " #" inside,
// no tab, no trailing colon; anything else goes to the full parser.
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;

function isSafePlain(raw: string): boolean {
	return PLAIN_START.test(raw) && !raw.includes(": ") && !raw.includes(" #") && !raw.includes("\t") && !raw.endsWith(":");
}

const FAIL = Symbol("fail");

export function parseSimpleYaml(source: string): Record<string, unknown> | undefined {
	const lines = source.split("\n");
	const out: Record<string, unknown> = {};
	let i = 0;
	while (i < lines.length) {
		const line = trimEndCr(lines[i]);
		if (line === "" || line.startsWith("#")) {
			i++;
			continue;
		}
		const match = KEY.exec(line);
		if (!match) return undefined;
		const key = match[1];
		if (Object.prototype.hasOwnProperty.call(out, key)) return undefined;
		const raw = match[2] === undefined ? "" : uncommented(match[2].trim());
		if (raw !== "") {
			const value = scalarOrFlow(raw);
			if (value === FAIL) return undefined;
			out[key] = value;
			i++;
			continue;
		}
		const block = blockList(lines, i + 1);
		if (block === FAIL) return undefined;
		out[key] = block.value;
		i = block.next;
	}
	return out;
}

function blockList(lines: string[], start: number): { value: Value; next: number } | typeof FAIL {
	let i = start;
	let indent = -1;
	let objects: Record<string, Scalar>[] | null = null;
	let scalars: Scalar[] | null = null;
	while (i < lines.length) {
		const line = trimEndCr(lines[i]);
		if (line.trim() === "") {
			i++;
			continue;
		}
		const item = ITEM.exec(line);
		if (!item) break;
		if (indent === -1) indent = item[1].length;
		else if (item[1].length !== indent) return FAIL;
		const body = uncommented(item[2].trim());
		const pair = ITEM_KEY.exec(body);
		if (pair && !body.startsWith("[") && !/^["']/.test(body)) {
			// An object entry: "- name: X" then "  email: y" lines.
			if (scalars) return FAIL;
			objects ??= [];
			const entry: Record<string, Scalar> = {};
			const first = pair[2] === undefined ? null : scalar(uncommented(pair[2].trim()));
			if (first === FAIL) return FAIL;
			entry[pair[1]] = first;
			i++;
			const childIndent = indent + 2;
			while (i < lines.length) {
				const child = trimEndCr(lines[i]);
				if (child.trim() === "") {
					i++;
					continue;
				}
				const lead = child.length - child.trimStart().length;
				if (lead < childIndent) break;
				if (lead !== childIndent) return FAIL;
				const kv = KEY.exec(child.slice(lead));
				if (!kv || Object.prototype.hasOwnProperty.call(entry, kv[1])) return FAIL;
				const value = kv[2] === undefined ? null : scalar(uncommented(kv[2].trim()));
				if (value === FAIL) return FAIL;
				entry[kv[1]] = value;
				i++;
			}
			objects.push(entry);
			continue;
		}
		if (objects) return FAIL;
		const value = scalar(body);
		if (value === FAIL) return FAIL;
		scalars ??= [];
		scalars.push(value);
		i++;
	}
	if (objects) return { value: objects, next: i };
	if (scalars) return { value: scalars, next: i };
	return { value: null, next: i };
}

/**
 * A trimmed value without the comment after it (`Wingtip  # where they
 * work` → `Wingtip`; `# note` alone → ""). A comment starts at a "#" after a
 * space outside quotes. When that is unclear the value comes back as it was,
 * and the parse of it steps aside.
 */
function uncommented(raw: string): string {
	if (raw.startsWith("#")) return "";
	let hash = raw.indexOf(" #");
	if (hash === -1) return raw;
	const first = raw[0];
	if (first === '"' || first === "'") {
		const end = closingQuote(raw, 0);
		return end !== -1 && /^ +#/.test(raw.slice(end + 1)) ? raw.slice(0, end + 1) : raw;
	}
	if (first === "[") {
		// The first " #" after which what comes before is a whole flow list.
		for (; hash !== -1; hash = raw.indexOf(" #", hash + 1)) {
			const value = raw.slice(0, hash).trimEnd();
			if (value.endsWith("]") && flowList(value) !== FAIL) return value;
		}
		return raw;
	}
	return raw.slice(0, hash).trimEnd();
}

function scalarOrFlow(raw: string): Value | typeof FAIL {
	if (raw.startsWith("[")) return flowList(raw);
	return scalar(raw);
}

function flowList(raw: string): Scalar[] | typeof FAIL {
	if (!raw.endsWith("]")) return FAIL;
	const inner = raw.slice(1, -1).trim();
	if (inner === "") return [];
	const out: Scalar[] = [];
	let i = 0;
	while (i < inner.length) {
		while (inner[i] === " ") i++;
		let token: string;
		if (inner[i] === '"' || inner[i] === "'") {
			const end = closingQuote(inner, i);
			if (end === -1) return FAIL;
			token = inner.slice(i, end + 1);
			i = end + 1;
		} else {
			const comma = inner.indexOf(",", i);
			token = (comma === -1 ? inner.slice(i) : inner.slice(i, comma)).trim();
			i = comma === -1 ? inner.length : comma;
			if (/[[\]{}]/.test(token)) return FAIL;
		}
		const value = scalar(token.trim());
		if (value === FAIL) return FAIL;
		out.push(value);
		while (inner[i] === " ") i++;
		if (i < inner.length) {
			if (inner[i] !== ",") return FAIL;
			i++;
			if (inner.slice(i).trim() === "") return FAIL;
		}
	}
	return out;
}

function closingQuote(text: string, start: number): number {
	const quote = text[start];
	for (let i = start + 1; i < text.length; i++) {
		if (quote === '"' && text[i] === "\\") {
			i++;
			continue;
		}
		if (text[i] === quote) {
			if (quote === "'" && text[i + 1] === "'") {
				i++;
				continue;
			}
			return i;
		}
	}
	return -1;
}

function scalar(raw: string): Scalar | typeof FAIL {
	if (raw === "") return null;
	const first = raw[0];
	if (first === '"') return doubleQuoted(raw);
	if (first === "'") {
		if (closingQuote(raw, 0) !== raw.length - 1) return FAIL;
		return raw.slice(1, -1).replace(/''/g, "'");
	}
	if (!isSafePlain(raw)) return FAIL;
	switch (raw) {
		case "null": case "Null": case "NULL": case "~":
			return null;
		case "true": case "True": case "TRUE":
			return true;
		case "false": case "False": case "FALSE":
			return false;
	}
	if (CANONICAL_INT.test(raw)) return Number(raw);
	// Other numbers (0123, 1.5, 0x1F) stay the strings they were written as,
	// as the full parser is configured to do.
	return raw;
}

function doubleQuoted(raw: string): string | typeof FAIL {
	if (closingQuote(raw, 0) !== raw.length - 1) return FAIL;
	const inner = raw.slice(1, -1);
	if (!inner.includes("\\")) return inner;
	let out = "";
	for (let i = 0; i < inner.length; i++) {
		const ch = inner[i];
		if (ch !== "\\") {
			out += ch;
			continue;
		}
		const next = inner[++i];
		switch (next) {
			case '"': out += '"'; break;
			case "\\": out += "\\"; break;
			case "/": out += "/"; break;
			case "n": out += "\n"; break;
			case "t": out += "\t"; break;
			default: return FAIL;
		}
	}
	return out;
}

function trimEndCr(line: string): string {
	return line.endsWith("\r") ? line.slice(0, -1) : line;
}
