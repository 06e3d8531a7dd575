// A meeting's topics: its Topics section, else frontmatter `topics`, else
// what its title lists after the first ": ".
import { cleanText, scalarText, splitCommaList } from "./text";

const LEADING_AND = /^and\s+/i;

/** "retention, external offers, and Apollo" → three topics; "Research and Development" stays one. */
export function splitTopics(text: string): string[] {
	return splitCommaList(text).map((topic) => {
		const cleaned = cleanText(topic);
		// Only a topic starting with "a" can start with "and ": the rest skip the regex.
		return (cleaned.charCodeAt(0) | 0x20) === 0x61 ? cleaned.replace(LEADING_AND, "").trim() : cleaned;
	});
}

function unique(topics: string[]): string[] {
	if (topics.length === 0) return topics;
	const seen = new Set<string>();
	const out: string[] = [];
	for (const topic of topics) {
		const key = topic.toLowerCase();
		if (!topic || seen.has(key)) continue;
		seen.add(key);
		out.push(topic);
	}
	return out;
}

/**
 * @param sectionItems the Topics section's list items (one topic each)
 * @param sectionParagraphs its paragraphs, when it has no list ("a, b, c")
 */
export function readTopics(
	sectionItems: string[],
	sectionParagraphs: string[],
	frontmatterTopics: unknown,
	title: string,
): string[] {
	if (sectionItems.length > 0) return unique(sectionItems.map((item) => cleanText(item).replace(LEADING_AND, "")));
	const fromParagraphs = unique(sectionParagraphs.flatMap(splitTopics));
	if (fromParagraphs.length > 0) return fromParagraphs;
	if (Array.isArray(frontmatterTopics)) {
		const listed = unique(frontmatterTopics.map((topic) => cleanText(scalarText(topic))));
		if (listed.length > 0) return listed;
	} else {
		const listed = unique(splitTopics(scalarText(frontmatterTopics)));
		if (listed.length > 0) return listed;
	}
	const colon = title.indexOf(": ");
	return colon === -1 ? [] : unique(splitTopics(title.slice(colon + 2)));
}
