import { it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { repairMojibake } from "../../../src/core/tasks/mojibake";
const W = [0x20ac,0x81,0x201a,0x192,0x201e,0x2026,0x2020,0x2021,0x2c6,0x2030,0x160,0x2039,0x152,0x8d,0x17d,0x8f,0x90,0x2018,0x2019,0x201c,0x201d,0x2022,0x2013,0x2014,0x2dc,0x2122,0x161,0x203a,0x153,0x9d,0x17e,0x178];
const cp = (b: Uint8Array) => Array.from(b, (x) => String.fromCharCode(x >= 0x80 && x < 0xa0 ? W[x - 0x80] : x)).join("");
const mac = (b: Uint8Array) => new TextDecoder("macintosh").decode(b);
function corpus(): [string, string[]][] {
	const out: [string, string[]][] = [];
	for (const loc of readdirSync("node_modules/typescript/lib")) {
		const p = `node_modules/typescript/lib/${loc}/diagnosticMessages.generated.json`;
		if (existsSync(p)) out.push([loc, Object.values(JSON.parse(readFileSync(p, "utf8")) as Record<string, string>).filter((s) => !/[\x80-\x9f]/.test(s))]);
	}
	const dl: string[] = [];
	for (const loc of readdirSync("node_modules/date-fns/locale")) for (const f of ["localize.js", "formatDistance.js", "formatRelative.js", "match.js"]) {
		const p = `node_modules/date-fns/locale/${loc}/_lib/${f}`;
		if (existsSync(p)) for (const m of readFileSync(p, "utf8").matchAll(/"([^"\n]*)"/g)) if (/[^\x00-\x7f]/.test(m[1])) dl.push(m[1]);
	}
	out.push(["date-fns", dl]);
	return out;
}
it("corpus", () => {
	for (const [loc, strings] of corpus()) {
		let fp = 0;
		for (const s of strings) { const r = repairMojibake(s); if (r !== s) { fp++; console.log("FP", loc, JSON.stringify(s), "=>", JSON.stringify(r)); } }
		for (const [n, g] of [["mac", mac], ["cp", cp]] as const) {
			let bad = 0; let shown = 0;
			for (const s of strings) {
				const r = repairMojibake(g(Buffer.from(s, "utf8")));
				if (r !== s) { bad++; if (shown++ < 2) console.log(loc, n, JSON.stringify(s.slice(0, 80)), "=>", JSON.stringify(r.slice(0, 80))); }
			}
			console.log(loc, n, "bad", bad, "of", strings.length, "fp", fp);
		}
	}
});
