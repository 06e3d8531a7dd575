import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Ledger, PartHashes } from "../../../src/core/sync/ledger";
import { isPacked, ledgerForStorage, ledgerFromStorage, meetingRecordFromStorage, packParts, unpackParts } from "../../../src/core/sync/ledger-store";

const A = "k3v9x0qa";
const B = "0b1c2d3e";
const C = "5f6a7b8c";

describe("a person note's parts as one string", () => {
	const cases: { name: string; parts: PartHashes; packed: string }[] = [
		{ name: "all three parts", parts: { recentContext: A, keyFacts: `${B} ${C}`, keyDecisions: C }, packed: `${A}|${B} ${C}|${C}` },
		{ name: "only Recent Context", parts: { recentContext: A }, packed: A },
		{ name: "no facts", parts: { recentContext: A, keyDecisions: `${B} ${C}` }, packed: `${A}||${B} ${C}` },
		{ name: "only facts", parts: { keyFacts: B }, packed: `|${B}` },
		{ name: "only decisions", parts: { keyDecisions: B }, packed: `||${B}` },
		{ name: "nothing", parts: {}, packed: "" },
	];
	it.each(cases)("$name", ({ parts, packed }) => {
		expect(packParts(parts)).toBe(packed);
		expect(unpackParts(packed)).toEqual(parts);
		expect(isPacked(packed)).toBe(true);
	});

	it.each([
		{ name: "a fourth part", packed: `${A}|${B}|${C}|${A}` },
		{ name: "a whole line instead of hashes", packed: "- 2025-10-01: [[Sync]] - we met" },
		{ name: "two spaces between hashes", packed: `${A}  ${B}` },
		{ name: "a hash of the wrong length", packed: "k3v9x0q" },
		{ name: "a space at the end", packed: `${A} ` },
		{ name: "capital letters", packed: "K3V9X0QA" },
	])("is not read from $name", ({ packed }) => {
		expect(unpackParts(packed)).toBeNull();
		expect(isPacked(packed)).toBe(false);
	});

	it("gives back what it was given, for any parts", () => {
		const hash = fc.stringMatching(/^[0-9a-z]{8}$/);
		const part = fc.option(fc.array(hash, { minLength: 1, maxLength: 4 }).map((list) => list.join(" ")), { nil: undefined });
		fc.assert(
			fc.property(part, part, part, (recentContext, keyFacts, keyDecisions) => {
				const parts: PartHashes = {};
				if (recentContext !== undefined) parts.recentContext = recentContext;
				if (keyFacts !== undefined) parts.keyFacts = keyFacts;
				if (keyDecisions !== undefined) parts.keyDecisions = keyDecisions;
				expect(unpackParts(packParts(parts))).toEqual(parts);
			}),
		);
	});
});

describe("the ledger in data.json", () => {
	/** One meeting's ledger, with what it wrote into two notes given as `written`. */
	const ledgerWith = (written: Record<string, unknown>) => ({
		version: 1 as const,
		meetings: { "Meetings/Sync.md": { hash: "1cenhsiip4m:2m8", mtime: 1006, size: 3420, written } },
		notMeetings: { "People/Ana Lima.md": [7, 120] as [number, number] },
	});
	const ledger: Ledger = ledgerWith({ "People/Ana Lima.md": `${A}|${B}|${B} ${C}`, "People/Bo Chen.md": A }) as Ledger;

	it("keeps each meeting's record on one line of the indented JSON Obsidian writes", () => {
		expect(JSON.stringify(ledgerForStorage(ledger), null, 2)).toBe(
			[
				"{",
				'  "version": 3,',
				'  "meetings": {',
				`    "Meetings/Sync.md": "1cenhsiip4m:2m8 1006 3420<People/Ana Lima.md>${A}|${B}|${B} ${C}<People/Bo Chen.md>${A}"`,
				"  },",
				'  "notMeetings": {',
				'    "People/Ana Lima.md": [',
				"      7,",
				"      120",
				"    ]",
				"  }",
				"}",
			].join("\n"),
		);
	});

	it("reads back the ledger it stored", () => {
		expect(ledgerFromStorage(JSON.parse(JSON.stringify(ledgerForStorage(ledger))))).toEqual(ledger);
	});

	it("tells apart a path with %25 in it and the path it would read as unescaped", () => {
		const odd = ledgerWith({ "%25": A, "%": B }) as Ledger;
		expect(ledgerFromStorage(JSON.parse(JSON.stringify(ledgerForStorage(odd))))).toEqual(odd);
	});

	it("writes %, < and > in a path as %25, %3C and %3E, and reads them back", () => {
		const odd = ledgerWith({ "People/100% <Ana> Lima.md": A, "People/%3C.md": B }) as Ledger;
		const stored = ledgerForStorage(odd);
		expect(stored.meetings["Meetings/Sync.md"]).toBe(`1cenhsiip4m:2m8 1006 3420<People/100%25 %3CAna%3E Lima.md>${A}<People/%253C.md>${B}`);
		expect(ledgerFromStorage(JSON.parse(JSON.stringify(stored)))).toEqual(odd);
	});

	it("keeps a record it cannot write as one string as an object: a hash of another shape", () => {
		const other: Ledger = { version: 1, meetings: { "m.md": { hash: "sha:1 2", mtime: 1, size: 2, written: { "People/Bo Chen.md": A } } } };
		expect(ledgerForStorage(other).meetings["m.md"]).toEqual(other.meetings["m.md"]);
		expect(ledgerFromStorage(JSON.parse(JSON.stringify(ledgerForStorage(other))))).toEqual(other);
	});

	it("reads version 2 (each meeting an object, each note's parts one string) and saves it as version 3", () => {
		const v2 = { version: 2, meetings: { "Meetings/Sync.md": { hash: "1cenhsiip4m:2m8", mtime: 1006, size: 3420, written: { "People/Bo Chen.md": A } } } };
		const read = ledgerFromStorage(v2);
		expect(read).toEqual({ version: 1, meetings: { "Meetings/Sync.md": { hash: "1cenhsiip4m:2m8", mtime: 1006, size: 3420, written: { "People/Bo Chen.md": A } } } });
		expect(ledgerForStorage(read as Ledger).meetings).toEqual({ "Meetings/Sync.md": `1cenhsiip4m:2m8 1006 3420<People/Bo Chen.md>${A}` });
	});

	it.each([
		{ name: "a time that is not a number", text: `1cenhsiip4m:2m8 soon 3420<People/Bo Chen.md>${A}` },
		{ name: "no size", text: "1cenhsiip4m:2m8 1006" },
		{ name: "a hash of another shape", text: "h 1006 3420" },
		{ name: "a note without its parts", text: "1cenhsiip4m:2m8 1006 3420<People/Bo Chen.md" },
	])("drops a meeting's record with $name", ({ text }) => {
		expect(meetingRecordFromStorage(text)).toBeNull();
		expect(ledgerFromStorage({ version: 3, meetings: { "m.md": text } })).toEqual({ version: 1, meetings: {} });
	});

	it("counts a note's parts it cannot read in a meeting's record as never written", () => {
		expect(meetingRecordFromStorage(`1cenhsiip4m:2m8 1006 3420<People/Ana.md>- a whole line<People/Bo Chen.md>${A}`)).toEqual({
			hash: "1cenhsiip4m:2m8", mtime: 1006, size: 3420, written: { "People/Bo Chen.md": A },
		});
	});

	it("keeps a path that is also a name JavaScript objects have (__proto__)", () => {
		const odd: Ledger = { version: 1, meetings: JSON.parse('{"__proto__": {"hash": "a:a", "mtime": 0, "size": 0, "written": {}}}') as Ledger["meetings"] };
		expect(Object.keys(ledgerFromStorage(JSON.parse(JSON.stringify(ledgerForStorage(odd))))?.meetings ?? {})).toEqual(["__proto__"]);
	});

	it("gives back any ledger it stored, whatever its paths", () => {
		const hash = fc.stringMatching(/^[0-9a-z]{8}$/);
		const parts = fc.array(hash, { minLength: 0, maxLength: 3 }).map((list) => list.join(" "));
		const path = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "%", "%25", "%3C", "<", ">", "a>b<c"));
		const record = fc.record({
			hash: fc.stringMatching(/^[0-9a-z]{1,11}:[0-9a-z]{1,4}$/),
			mtime: fc.integer({ min: 0, max: 2 ** 45 }),
			size: fc.nat(),
			written: fc.dictionary(path, parts, { maxKeys: 4 }),
		});
		fc.assert(
			fc.property(fc.dictionary(path, record, { maxKeys: 4 }), (meetings) => {
				const original: Ledger = { version: 1, meetings };
				const read = ledgerFromStorage(JSON.parse(JSON.stringify(ledgerForStorage(original))));
				expect(JSON.stringify(read)).toBe(JSON.stringify(original));
			}),
		);
	});

	it("reads the earlier form: parts as objects, a part as a string or a list of hashes", () => {
		const earlier = ledgerWith({ "People/Ana Lima.md": { recentContext: [A], keyFacts: B, keyDecisions: [B, C] }, "People/Bo Chen.md": { recentContext: A } });
		expect(ledgerFromStorage(earlier)).toEqual(ledger);
	});

	it("counts a note's record it cannot read as one never written, and leaves out what is not a meeting record", () => {
		const stored = {
			version: 2,
			meetings: {
				"Meetings/Sync.md": { hash: "h", mtime: 1, size: 2, written: { "People/Ana Lima.md": "- a whole line", "People/Bo Chen.md": A, "People/Cy.md": { recentContext: ["- 2025-10-01: x"] } } },
				"Meetings/Broken.md": { hash: 3, mtime: 1, size: 2, written: {} },
			},
			notMeetings: { "People/Ana Lima.md": [7], "People/Bo Chen.md": [1, 2] },
		};
		expect(ledgerFromStorage(stored)).toEqual({
			version: 1,
			meetings: { "Meetings/Sync.md": { hash: "h", mtime: 1, size: 2, written: { "People/Bo Chen.md": A } } },
			notMeetings: { "People/Bo Chen.md": [1, 2] },
		});
		expect(meetingRecordFromStorage({ hash: "h", mtime: 1, size: 2 })).toBeNull();
	});

	it.each([
		{ name: "a newer version", value: { version: 4, meetings: {} } },
		{ name: "no version", value: { meetings: {} } },
		{ name: "meetings that are a list", value: { version: 2, meetings: [] } },
		{ name: "a list", value: [] },
		{ name: "null", value: null },
	])("is not read from $name", ({ value }) => {
		expect(ledgerFromStorage(value)).toBeNull();
	});
});
