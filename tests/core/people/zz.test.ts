import { it } from "vitest";
import { mergePersonNote } from "../../../src/core/people/merge";
it("x", () => {
	const note = "# Ann Ray\n## Recent Context\n\n\n## Topics Discussed\n\n```\n## Key Facts\n- fake ([[x|2030-01-01]])\n```";
	const c = (i: number, topics: string[]) => ({"date":"2025-01-05","title":"Weekly sync","attended":false,"summarySentence":"","facts":[],"decisions":[],topics,"contact":{},"namesSeen":[],"meetingPath":`Meetings/m${i}.md`,"linkTarget":`m${i}`,"via":["Bo Li"]});
	const r1 = mergePersonNote(note, "Ann Ray", [{ meetingPath: "Meetings/m0.md", contribution: c(0, ["Budget"]) }]);
	console.log(JSON.stringify(r1.kind === "ok" && r1.text));
	const r2 = mergePersonNote(r1.kind === "ok" ? r1.text : "", "Ann Ray", [{ meetingPath: "Meetings/m1.md", contribution: c(1, ["Hiring"]) }]);
	console.log(JSON.stringify(r2.kind === "ok" && r2.text));
	const e1 = mergePersonNote("# Ann Ray", "Ann Ray", [{ meetingPath: "Meetings/m0.md", contribution: {...c(0, []), decisions: ["Ship it"]} }]);
	if (e1.kind !== "ok") return;
	console.log(JSON.stringify(e1));
	const e2 = mergePersonNote(e1.text, "Ann Ray", [{ meetingPath: "Meetings/m0.md", contribution: c(0, []), previous: e1.written["Meetings/m0.md"] }]);
	console.log(JSON.stringify(e2));
});
