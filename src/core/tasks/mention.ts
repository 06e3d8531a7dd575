// How a person is written as a task owner in each mention style. The task
// rewriter writes these, and the person note's Dataview queries look for
// exactly the same strings, so the two never drift apart.
import type { MentionStyle } from "../settings";

/**
 * The owner mention for a person.
 * @param name the person's name, e.g. "Jai Menon"
 * @param noteBasename the person note's file name without ".md" when it
 *   differs from the name (a wikilink must name the file to resolve)
 */
export function mentionFor(name: string, style: MentionStyle, noteBasename = name): string {
	switch (style) {
		case "wikilink":
			return noteBasename === name ? `[[${name}]]` : `[[${noteBasename}|${name}]]`;
		case "at-name":
			return `@${name}`;
		case "at-camel":
			return `@${camelName(name)}`;
	}
}

/** "Jai Menon" → "JaiMenon": whitespace removed, each word's case kept. */
export function camelName(name: string): string {
	return name.replace(/\s+/g, "");
}
