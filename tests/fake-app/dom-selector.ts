// Selector-lite for the fake DOM: compounds of a tag, classes and [attr] or
// [attr=value] tests, joined by spaces for descendants.
import type { FakeElement } from "./dom";

export function matchesSelector(el: FakeElement, selector: string): boolean {
	const parts = splitSelector(selector);
	if (!matchesCompound(el, parts[parts.length - 1])) return false;
	let ancestor = el.parent;
	for (let i = parts.length - 2; i >= 0; i--) {
		while (ancestor && !matchesCompound(ancestor, parts[i])) ancestor = ancestor.parent;
		if (!ancestor) return false;
		ancestor = ancestor.parent;
	}
	return true;
}

/** Splits a selector at the spaces between compounds, not those inside [attr="a b"]. */
function splitSelector(selector: string): string[] {
	const parts: string[] = [];
	let current = "";
	let inBrackets = false;
	for (const ch of selector.trim()) {
		if (ch === "[") inBrackets = true;
		if (ch === "]") inBrackets = false;
		if (/\s/.test(ch) && !inBrackets) {
			if (current) parts.push(current);
			current = "";
		} else {
			current += ch;
		}
	}
	if (current) parts.push(current);
	return parts;
}

const COMPOUND = /^([a-zA-Z][\w-]*)?((?:\.[\w-]+)*)((?:\[[\w-]+(?:="[^"]*"|=[^\]]*)?\])*)$/;

function matchesCompound(el: FakeElement, compound: string): boolean {
	const match = COMPOUND.exec(compound);
	if (!match) throw new Error(`fake DOM: unsupported selector "${compound}"`);
	const [, tag, classes, attrs] = match;
	if (tag && el.tagName !== tag.toUpperCase()) return false;
	for (const cls of classes.split(".").filter(Boolean)) if (!el.hasClass(cls)) return false;
	for (const attr of attrs.match(/\[[^\]]+\]/g) ?? []) {
		const inner = attr.slice(1, -1);
		const eq = inner.indexOf("=");
		const name = eq === -1 ? inner : inner.slice(0, eq);
		const raw = eq === -1 ? undefined : inner.slice(eq + 1);
		const actual = name === "value" ? el.value : el.getAttr(name);
		if (raw === undefined ? actual === null : actual !== raw.replace(/^"|"$/g, "")) return false;
	}
	return true;
}
