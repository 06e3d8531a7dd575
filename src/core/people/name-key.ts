// The forms names and emails are compared in. Matching a person to a note is
// case-insensitive after NFC (SPEC section 2); look-alikes compare looser forms.

/** Exact-match key: NFC, whitespace collapsed, trimmed, lower-cased. */
export function nameKey(name: string): string {
	return name.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Email key: trimmed, lower-cased, without a `mailto:` prefix or angle brackets. */
export function emailKey(email: string): string {
	return email
		.trim()
		.replace(/^mailto:/i, "")
		.replace(/^<(.*)>$/, "$1")
		.trim()
		.toLowerCase();
}

/** The exact key with accents and other combining marks removed: "José" → "jose". */
export function accentFoldedKey(name: string): string {
	return nameKey(name.normalize("NFD").replace(/\p{M}+/gu, ""));
}

/** Words in sorted order, accents folded, commas dropped: "Menon, Jai" → "jai menon". */
export function wordOrderKey(name: string): string {
	return accentFoldedKey(name.replace(/,/g, " "))
		.split(" ")
		.filter((word) => word.length > 0)
		.sort()
		.join(" ");
}

const EMAIL_TOKEN = /[^\s<>()[\]{}:;,|"'`*]+@[^\s<>()[\]{}:;,|"'`*]+/g;

/** Every email address in a piece of text (a table cell, a frontmatter value), as keys. */
export function emailsIn(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(EMAIL_TOKEN)) {
		const email = emailKey(match[0].replace(/\.+$/, ""));
		if (/^[^@]+@[^@]+\.[^@]+$/.test(email) && !found.includes(email)) found.push(email);
	}
	return found;
}
