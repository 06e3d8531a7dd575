// Writing one YAML value the way a person types it: plain when that reads back
// as the same string under YAML 1.1 and 1.2 (Obsidian, gray-matter and js-yaml
// all agree), single-quoted otherwise — like the seed's `created: '2026-11-22'`,
// which would be a date unquoted.

/** Words YAML 1.1 reads as booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** Plain-safe: starts with a letter or a symbol no YAML indicator uses; no `: `, ` #`, flow or quote characters. */
const PLAIN = /^[\p{L}\p{So}\p{Sk}_$(][^:#,[\]{}"'`|>&*!%@\\\p{Cc}]*$/u;

/** A string as a YAML scalar: plain when safe, else quoted. */
export function yamlScalar(value: string): string {
	if (/[\p{Cc}\u2028\u2029\u0085]/u.test(value)) return doubleQuoted(value);
	if (isPlainSafe(value)) return value;
	return `'${value.replace(/'/g, "''")}'`;
}

function isPlainSafe(value: string): boolean {
	if (value === "" || value !== value.trim()) return false;
	if (RESERVED.test(value)) return false;
	return PLAIN.test(value);
}

/** JSON strings are valid YAML double-quoted scalars; needed for line breaks and controls. */
function doubleQuoted(value: string): string {
	return JSON.stringify(value);
}

/** A YAML block list under a key: `key:` then `- item` lines (the seed's style, no indent). */
export function yamlBlockList(key: string, items: string[]): string[] {
	return [`${key}:`, ...items.map((item) => `- ${yamlScalar(item)}`)];
}
