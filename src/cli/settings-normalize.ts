// Settings from data.json as the run needs them: a missing key means its
// default, and a value of the wrong type is replaced by the default with a
// warning, rather than failing somewhere deep inside a run.
import type { CrmSettings } from "../core/settings";
import { DEFAULT_SETTINGS } from "../core/settings";
import { normalizeSettings as normalizeLikeThePlugin } from "../settings";

/** Settings whose value must be one of a few words. */
const CHOICES: Partial<Record<keyof CrmSettings, readonly string[]>> = {
	mentionStyle: ["at-camel", "wikilink", "at-name"],
	factAttribution: ["named", "all"],
};

// The values are cleaned exactly as the plugin cleans them (src/settings.ts),
// so the plugin and the command line always run with the same settings.
export function normalizeSettings(raw: Record<string, unknown>): { settings: CrmSettings; warnings: string[] } {
	const warnings: string[] = [];
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS) as [keyof CrmSettings, unknown][]) {
		const value = raw[key];
		if (value === undefined) continue;
		if (Array.isArray(value) && Array.isArray(fallback) && !value.every((item) => typeof item === "string")) {
			warnings.push(`Setting "${key}" should hold only text values; the others were left out.`);
			continue;
		}
		const problem = problemWith(key, value, fallback);
		if (problem !== null) warnings.push(`Setting "${key}" ${problem}; using the default, ${JSON.stringify(fallback)}.`);
	}
	return { settings: normalizeLikeThePlugin(raw), warnings };
}

/** Why the value cannot be used, or null when it can. */
function problemWith(key: keyof CrmSettings, value: unknown, fallback: unknown): string | null {
	const choices = CHOICES[key];
	if (choices) return typeof value === "string" && choices.includes(value) ? null : `should be one of ${choices.map((c) => `"${c}"`).join(", ")}`;
	if (Array.isArray(fallback)) {
		return Array.isArray(value) && value.every((item) => typeof item === "string") ? null : "should be a list of text values";
	}
	if (typeof fallback === "boolean") return typeof value === "boolean" ? null : "should be true or false";
	return typeof value === "string" ? null : "should be text";
}
