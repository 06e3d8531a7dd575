import { describe, expect, it } from "vitest";
import type { MentionStyle } from "../../../src/core/settings";
import { type OwnerContext, rewriteOwners } from "../../../src/core/tasks/owners";

const KNOWN = ["Jai Menon", "Manish Sah", "Sarah", "Patrick", "Alice", "Alice Smith", "Pete Emig"];

function context(mentionStyle: MentionStyle, extra: Partial<OwnerContext> = {}): OwnerContext {
	return { ownerName: "Jason Vallery", knownNames: KNOWN, mentionStyle, ...extra };
}

const AT_CAMEL = [
	{ before: "Brief Manish @Jai Menon to follow up", after: "Brief Manish @JaiMenon to follow up" },
	{ before: "@Jai Menon", after: "@JaiMenon" },
	{ before: "@jai menon", after: "@JaiMenon" },
	{ before: "Send it. @Myself", after: "Send it. @JasonVallery" },
	{ before: "@Me to decide", after: "@JasonVallery to decide" },
	{ before: "@Meeting notes", after: "@Meeting notes" },
	{ before: "mail bob@example.com today", after: "mail bob@example.com today" },
	{ before: "@Unknown Person will do it", after: "@UnknownPerson will do it" },
	{ before: "@JaiMenon", after: "@JaiMenon" },
	{ before: "@JaiMenon Will call", after: "@JaiMenon Will call" },
	{ before: "ask [[Jai Menon]]", after: "ask [[Jai Menon]]" },
	{ before: "run `@Override` check", after: "run `@Override` check" },
	{ before: "**@Sarah**: send the deck", after: "@Sarah: send the deck" },
	{ before: "send the deck (@Patrick, due: Friday)", after: "send the deck (@Patrick, due: Friday)" },
	{ before: "**[Alice]** -- draft the plan", after: "@Alice -- draft the plan" },
	{ before: "**Alice Smith** to draft the plan", after: "@AliceSmith to draft the plan" },
	{ before: "**Bob Jones** will review", after: "@BobJones will review" },
	{ before: "**Important**: do it", after: "**Important**: do it" },
	{ before: "**Action Items**: review", after: "**Action Items**: review" },
	{ before: "Review **@Sarah** draft", after: "Review **@Sarah** draft" },
	{ before: "@Jai Menon's team", after: "@JaiMenon's team" },
	{ before: "@Mary-Jane O'Brien to call", after: "@Mary-JaneO'Brien to call" },
	{ before: "see https://x.com/@Bob Smith", after: "see https://x.com/@Bob Smith" },
	{ before: "see [post](https://x.com/@Bob) now", after: "see [post](https://x.com/@Bob) now" },
	{ before: "@Pete Emig and @Manish Sah", after: "@PeteEmig and @ManishSah" },
	{ before: "cc:@Sarah", after: "cc:@Sarah" },
	{ before: "@lowercase handle", after: "@lowercase handle" },
	{ before: "@Alice Smith and @Alice", after: "@AliceSmith and @Alice" },
];

const WIKILINK = [
	{ before: "@Jai Menon to follow up", after: "[[Jai Menon]] to follow up" },
	{ before: "@JaiMenon to follow up", after: "[[Jai Menon]] to follow up" },
	{ before: "@Myself", after: "[[Jason Vallery]]" },
	{ before: "**@Sarah**: send", after: "[[Sarah]]: send" },
	{ before: "**Alice Smith** to draft", after: "[[Alice Smith]] to draft" },
	{ before: "@Unknown Person will", after: "[[Unknown Person]] will" },
	{ before: "(@Patrick, due: Friday)", after: "([[Patrick]], due: Friday)" },
	{ before: "mail bob@example.com", after: "mail bob@example.com" },
];

const AT_NAME = [
	{ before: "@JaiMenon to follow up", after: "@Jai Menon to follow up" },
	{ before: "@Jai Menon to follow up", after: "@Jai Menon to follow up" },
	{ before: "@Myself", after: "@Jason Vallery" },
	{ before: "**Alice Smith** to draft", after: "@Alice Smith to draft" },
	{ before: "@FooBar", after: "@FooBar" },
];

describe.each([
	["at-camel", AT_CAMEL],
	["wikilink", WIKILINK],
	["at-name", AT_NAME],
] as const)("rewriteOwners in %s style", (style, cases) => {
	it.each(cases)("$before → $after", ({ before, after }) => {
		expect(rewriteOwners(before, context(style))).toBe(after);
	});

	it.each(cases)("is idempotent: $after", ({ after }) => {
		expect(rewriteOwners(after, context(style))).toBe(after);
	});
});

describe("rewriteOwners details", () => {
	it("links to the person note when its file name differs from the name", () => {
		const noteBasenames = { "Jai Menon": "Jai Menon (Azure)" };
		expect(rewriteOwners("@Jai Menon to call", context("wikilink", { noteBasenames }))).toBe("[[Jai Menon (Azure)|Jai Menon]] to call");
	});

	it("leaves @Myself alone while no owner name is set", () => {
		expect(rewriteOwners("@Myself and **@Me**: x", context("at-camel", { ownerName: "" }))).toBe("@Myself and **@Me**: x");
	});

	it("ends a mention at the longest known name", () => {
		expect(rewriteOwners("@Alice Smith to call", context("at-camel"))).toBe("@AliceSmith to call");
		// "Alice Smith" does not end at a word end here, but the known "Alice" does.
		expect(rewriteOwners("@Alice Smithers", context("at-camel"))).toBe("@Alice Smithers");
	});

	it("switches styles for people written in another style", () => {
		const camel = rewriteOwners("@Jai Menon and @Myself", context("at-camel"));
		expect(rewriteOwners(camel, context("at-name"))).toBe("@Jai Menon and @Jason Vallery");
		expect(rewriteOwners(camel, context("wikilink"))).toBe("[[Jai Menon]] and [[Jason Vallery]]");
	});
});
