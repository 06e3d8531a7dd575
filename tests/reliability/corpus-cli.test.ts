// The bad-input corpus through the built command line on real files: the
// exit status SPEC section 5 gives, one JSON report naming the bad note and
// why, and every byte outside People/, the processed meeting notes and the
// plugin's data.json the same as before — also outside the vault.
import * as path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { CORPUS, GOOD_PATH, OWNER, caseBytes } from "./corpus";
import type { BadInputCase } from "./corpus";
import { brokenGuarantees, isNewPersonNotePath } from "./guarantees";
import { outcomeProblems, reportedPaths } from "./outcome";
import type { ReportLike } from "./outcome";
import { cleanUp, DATA_JSON, ensureBuilt, runCli, snapshotBytes, tempFolder, textsUnder, writeFiles } from "./cli-harness";

const TODAY = "2026-01-03";
let cli = "";
beforeAll(async () => {
	cli = await ensureBuilt();
}, 120_000);
afterAll(cleanUp);

/** SPEC section 5: 1 when a note was skipped or failed (or a name was ambiguous), else 0. */
function expectedExit(testCase: BadInputCase): number {
	const { kind } = testCase.outcome;
	if (kind === "skipped" || kind === "ambiguous") return 1;
	return kind === "processed" && testCase.invalidUtf8OnDisk ? 1 : 0;
}

describe.concurrent.each(CORPUS)("the command line on a vault with $name", (testCase) => {
	it("exits 0 or 1 as SPEC says, reports the case, and changes no byte it must not", async ({ expect }) => {
		const root = tempFolder();
		const files: Record<string, string | Uint8Array> = { "outside.txt": "not the vault's\n", [`vault/${DATA_JSON}`]: JSON.stringify({ yourName: OWNER, meetingFolders: ["Meetings"] }) };
		for (const [file, bytes] of Object.entries(caseBytes(testCase))) files[`vault/${file}`] = bytes;
		writeFiles(root, files);
		const before = snapshotBytes(root);
		const run = await runCli(cli, ["process", path.join(root, "vault"), "--json", "--today", TODAY]);
		const after = snapshotBytes(root);

		expect({ code: run.code, stderr: run.stderr }).toEqual({ code: expectedExit(testCase), stderr: "" });
		const report = JSON.parse(run.stdout) as ReportLike;
		expect(report.processed).toContain(GOOD_PATH);
		const afterTexts = textsUnder(after, "vault");
		expect(outcomeProblems(testCase, report, afterTexts)).toEqual([]);

		const mayChange = (file: string): boolean =>
			file === `vault/${DATA_JSON}` || file.startsWith("vault/People/") || report.processed.includes(file.slice("vault/".length));
		const changedBytes = [...before].filter(([file, bytes]) => !mayChange(file) && !after.get(file)?.equals(bytes)).map(([file]) => file);
		expect(changedBytes).toEqual([]);
		if (testCase.invalidUtf8OnDisk) expect(after.get(`vault/${testCase.path}`)?.equals(before.get(`vault/${testCase.path}`) ?? Buffer.alloc(0))).toBe(true);
		const added = [...after.keys()].filter((file) => !before.has(file));
		expect(added.filter((file) => file !== `vault/${DATA_JSON}` && !(file.startsWith("vault/") && isNewPersonNotePath(file.slice(6))))).toEqual([]);
		const guarantees = brokenGuarantees(textsUnder(before, "vault"), afterTexts, { processed: report.processed, reported: reportedPaths(report), allowed: (file) => file === DATA_JSON });
		expect(guarantees).toEqual([]);
	});
});
