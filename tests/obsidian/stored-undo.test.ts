// The undo record as data.json keeps it: the ledger before the run as the
// run's changes to it, taken back from whatever the ledger is at undo time.
import { describe, expect, it } from "vitest";
import { inlineUndo, ledgerBeforeRun, ledgerChanges } from "../../src/plugin/stored-undo";
import type { Ledger, MeetingRecord } from "../../src/core/sync/ledger";

const record = (hash: string, mtime = 1): MeetingRecord => ({ hash, mtime, size: 10, written: { "People/Ann.md": `${hash}ctx` } });
const ledger = (meetings: Record<string, MeetingRecord>, notMeetings?: Record<string, [number, number]>): Ledger =>
	notMeetings ? { version: 1, meetings, notMeetings } : { version: 1, meetings };

const A = record("a");
const B = record("b");
const A2 = record("a2", 2);

describe("ledgerChanges and ledgerBeforeRun", () => {
	const cases: { name: string; before: Ledger; after: Ledger; changes: object; later?: Ledger; back: Ledger }[] = [
		{
			name: "a first run: every meeting new, taken back to none",
			before: ledger({}),
			after: ledger({ "m/a.md": A, "m/b.md": B }, { "People/Ann.md": [5, 6] }),
			changes: { meetings: { "m/a.md": null, "m/b.md": null }, notMeetings: { "People/Ann.md": null } },
			back: ledger({}),
		},
		{
			name: "a meeting changed since: its old record comes back, the untouched one stays",
			before: ledger({ "m/a.md": A, "m/b.md": B }),
			after: ledger({ "m/a.md": A2, "m/b.md": B }),
			changes: { meetings: { "m/a.md": A } },
			back: ledger({ "m/a.md": A, "m/b.md": B }),
		},
		{
			name: "a record copied without a change is no change",
			before: ledger({ "m/a.md": A }),
			after: ledger({ "m/a.md": structuredClone(A) }),
			changes: { meetings: {} },
			back: ledger({ "m/a.md": A }),
		},
		{
			name: "what came later (Sync, the command line) stays when the run is taken back",
			before: ledger({ "m/a.md": A }, { "x.md": [1, 1] }),
			after: ledger({ "m/a.md": A2 }, { "x.md": [2, 2] }),
			changes: { meetings: { "m/a.md": A }, notMeetings: { "x.md": [1, 1] } },
			later: ledger({ "m/a.md": A2, "m/c.md": B }, { "x.md": [2, 2], "y.md": [3, 3] }),
			back: ledger({ "m/a.md": A, "m/c.md": B }, { "x.md": [1, 1], "y.md": [3, 3] }),
		},
	];
	for (const { name, before, after, changes, later, back } of cases) {
		it(name, () => {
			const computed = ledgerChanges(before, after);
			expect(computed).toEqual(changes);
			// Through data.json and back: JSON keeps nulls.
			const stored = JSON.parse(JSON.stringify({ at: "2026-01-03", created: [], updated: [], ledgerChanges: computed })) as Parameters<typeof ledgerBeforeRun>[0];
			expect(ledgerBeforeRun(stored, later ?? after)).toEqual(back);
		});
	}

	it("a whole ledger before (the command line's, earlier versions') wins; with neither, the current ledger is the one before", () => {
		const whole = ledger({ "m/a.md": A });
		expect(ledgerBeforeRun({ at: "x", created: [], updated: [], ledgerBefore: whole }, ledger({}))).toBe(whole);
		const current = ledger({ "m/b.md": B });
		expect(ledgerBeforeRun({ at: "x", created: [], updated: [] }, current)).toBe(current);
	});
});

describe("inlineUndo", () => {
	it("keeps every old text inline and drops the ledger (data.json has it)", () => {
		const undo = { at: "2026-01-03", created: [{ path: "P/a.md", hash: "h:1" }], updated: [{ path: "m.md", before: "old\n", afterHash: "n:4" }], ledgerBefore: ledger({ "m.md": A }) };
		expect(inlineUndo(undo)).toEqual({ at: "2026-01-03", created: [{ path: "P/a.md", hash: "h:1" }], updated: [{ path: "m.md", before: "old\n", afterHash: "n:4" }] });
	});
});
