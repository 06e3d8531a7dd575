// Topics: the Topics section, else frontmatter topics, else the title.
import { describe, expect, it } from "vitest";
import { note, readMeeting } from "./helpers";

const HEAD = "type: meeting\ndate: 2025-03-04\nparticipants: [Alice Smith]";

describe("topics", () => {
	it.each([
		{ name: "a Topics section's items", frontmatter: "topics: [ignored]", body: "## Topics\n- Budget\n- Hiring plan\n  - detail\n", expected: ["Budget", "Hiring plan"] },
		{ name: "a Topics line of names", frontmatter: "", body: "## 🗂️ Topics:\nBudget, hiring, and Research and Development\n", expected: ["Budget", "hiring", "Research and Development"] },
		{ name: "frontmatter topics list", frontmatter: "topics: [Budget, Hiring]", body: "", expected: ["Budget", "Hiring"] },
		{ name: "frontmatter topics string", frontmatter: "topics: \"Budget, and Hiring\"", body: "", expected: ["Budget", "Hiring"] },
		{ name: "the title after its first \": \"", frontmatter: "title: \"1:1 with Jai: retention discussion, external offers, and Apollo risk\"", body: "", expected: ["retention discussion", "external offers", "Apollo risk"] },
		{ name: "the title keeps \"and\" inside a topic", frontmatter: "title: \"Review: Research and Development, And budget\"", body: "", expected: ["Research and Development", "budget"] },
		{ name: "empty topics dropped", frontmatter: "title: \"Review: a, , b,\"", body: "", expected: ["a", "b"] },
		{ name: "a title without \": \" has none", frontmatter: "title: \"1:1 with Jai\"", body: "", expected: [] },
		{ name: "duplicates counted once", frontmatter: "topics: [Budget, budget]", body: "", expected: ["Budget"] },
		{ name: "an empty frontmatter list falls back to the title", frontmatter: "topics: []\ntitle: \"Sync: Budget\"", body: "", expected: ["Budget"] },
	])("$name", ({ frontmatter, body, expected }) => {
		expect(readMeeting(note(`${HEAD}${frontmatter ? `\n${frontmatter}` : ""}`, body)).topics).toEqual(expected);
	});
});
