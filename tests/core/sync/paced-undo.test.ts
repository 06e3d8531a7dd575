import { describe, expect, it } from "vitest";
import { pacedUndoRecordFor, undoRecordFor } from "../../../src/core/sync/planned-write";
import type { PlannedWrite } from "../../../src/core/sync/planned-write";
import { Pacer } from "../../../src/core/sync/pacer";
import { contentHash } from "../../../src/core/sync/content-hash";
import type { UndoRecord } from "../../../src/core/sync/run-types";

const base: UndoRecord = { at: "2026-01-03", created: [], updated: [], ledgerBefore: { version: 1, meetings: {} } };

function write(path: string, kind: "create" | "update", before: string, after: string): PlannedWrite {
	return { path, kind, before, after, redo: () => ({ text: after }), counts: "people" };
}

describe("the undo record of a run", () => {
	it("hashes the planned texts between turns of the event loop and records the same as the one-stretch version", async () => {
		const planned = [write("People/A.md", "create", "", "# A\n"), write("People/B.md", "update", "# B\n", "# B\nmore\n"), write("Meetings/m.md", "update", "- [ ] x\n", "- [ ] y\n")];
		let turns = 0;
		// A budget of 0 ms: every tick is a turn, so a yield between writes shows.
		const pacer = new Pacer(() => {
			turns++;
			return Promise.resolve();
		}, 0);
		const paced = await pacedUndoRecordFor(planned, base, pacer);
		expect(turns).toBe(planned.length);
		expect(paced).toEqual({
			...base,
			created: [{ path: "People/A.md", hash: contentHash("# A\n") }],
			updated: [
				{ path: "People/B.md", before: "# B\n", afterHash: contentHash("# B\nmore\n") },
				{ path: "Meetings/m.md", before: "- [ ] x\n", afterHash: contentHash("- [ ] y\n") },
			],
		});
		expect(undoRecordFor(planned, base)).toEqual(paced);
		// Each planned text is hashed once and the hash kept for the write.
		expect(planned.map((w) => w.afterHash)).toEqual(planned.map((w) => contentHash(w.after)));
	});
});
