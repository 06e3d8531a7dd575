import { describe, expect, it } from "vitest";
import { mergePersonNote } from "../../../src/core/people/merge";

// The merged note is joined back from its lines: every line ending, a BOM
// and a missing or present final newline come out exactly as they went in.
const cases: { name: string; text: string }[] = [
	{ name: "LF with a final newline", text: "# Ann\n\n## Notes\n- one\n" },
	{ name: "LF without a final newline", text: "# Ann\n\n## Notes\n- one" },
	{ name: "CRLF with a final newline", text: "# Ann\r\n\r\n## Notes\r\n- one\r\n" },
	{ name: "mixed endings", text: "# Ann\r\n\n## Notes\r- one\n" },
	{ name: "last ending differs", text: "# Ann\n## Notes\r\n" },
	{ name: "BOM", text: "\uFEFF# Ann\n## Notes\n" },
	{ name: "one line", text: "# Ann" },
	{ name: "one line and a newline", text: "# Ann\n" },
	{ name: "empty", text: "" },
	{ name: "only a newline", text: "\n" },
];

describe("mergePersonNote keeps the note's bytes", () => {
	it.each(cases)("$name", ({ text }) => {
		const result = mergePersonNote(text, "Ann", []);
		expect(result).toEqual({ kind: "ok", text, written: {} });
	});
});
