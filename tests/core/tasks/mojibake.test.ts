import { describe, expect, it } from "vitest";
import { repairMojibake } from "../../../src/core/tasks/mojibake";
import { GARBLERS, garble, type GarblerName } from "./garble";

const DATE_SIGNIFIERS = ["🛫", "➕", "⏳", "⌛", "📅", "📆", "🗓", "✅", "❌"];
const PRIORITY_SIGNIFIERS = ["🔺", "⏫", "🔼", "🔽", "⏬"];

/** Lines as they should read; each is garbled by every decoder below and must come back exactly. */
const PLAIN_LINES = [
	...DATE_SIGNIFIERS.map((symbol) => `Review the budget ${symbol} 2025-10-03 #task`),
	...PRIORITY_SIGNIFIERS.map((symbol) => `Review the budget ${symbol} #task`),
	"Water the plants 🔁 every week",
	"Close the project 🏁 delete",
	"Ship it ⛔ abc123,def456",
	"Draft the memo 🆔 abc123",
	"Blocked ⛔\uFE0F abc123",
	"Plan it 🗓\uFE0F 2025-10-03",
	"📅 2025-01-01 ⏫ 🔁 every day",
	"✅ 2025-01-02 ❌ 2025-01-03 ➕ 2025-01-04",
	"👨‍💻 pairing session",
	"don’t stop",
	"“Quoted” text",
	"2020–2024 range",
	"wait — what",
	"and so on…",
	"• bullet point",
	"café au lait",
	"Müller über alles",
	"it’s ‘single’ and “double”",
];

const GARBLER_NAMES = Object.keys(GARBLERS) as GarblerName[];

describe("repairMojibake undoes UTF-8 read through a legacy code page", () => {
	const cases = PLAIN_LINES.flatMap((plain) => GARBLER_NAMES.map((garbler) => ({ plain, garbler, garbled: garble(plain, garbler) })));

	it("covers at least 60 garbled lines", () => {
		expect(cases.length).toBeGreaterThanOrEqual(60);
	});

	it.each(cases)("$garbler: $garbled → $plain", ({ plain, garbled }) => {
		expect(garbled).not.toBe(plain);
		expect(repairMojibake(garbled)).toBe(plain);
	});
});

describe("repairMojibake on mixed and special input", () => {
	const mac = (text: string) => garble(text, "macRoman");
	const cases = [
		{ name: "seed emoji with U+F8FF", before: "@Jai Menon \uF8FFüìÖ 2025-10-03 ‚è´ #task", after: "@Jai Menon 📅 2025-10-03 ⏫ #task" },
		{ name: "lost U+F8FF alone", before: "üìÖ", after: "📅" },
		{ name: "only the garbled part of a run", before: "word ‚è´ more", after: "word ⏫ more" },
		{
			name: "Mac Roman, Windows-1252 and real text on one line",
			before: `Real café, ${mac("don’t")} and ${garble("📅", "windows1252")} 2025-10-03 ${garble("⏫", "macRomanLostLogo")} naïve`,
			after: "Real café, don’t and 📅 2025-10-03 ⏫ naïve",
		},
		{ name: "garbled next to correct emoji", before: `✅ done ${mac("📅")} 2025-10-03 ⏫`, after: "✅ done 📅 2025-10-03 ⏫" },
		{ name: "garbled twice", before: garble(garble("don’t", "windows1252"), "windows1252"), after: "don’t" },
		{ name: "a whole accented word", before: mac("été"), after: "été" },
		{ name: "Cyrillic sentence", before: mac("в Москве"), after: "в Москве" },
		{ name: "Japanese", before: garble("東京へようこそ", "windows1252"), after: "東京へようこそ" },
		{ name: "one Korean word", before: mac("예: 네"), after: "예: 네" },
		{ name: "Polish", before: garble("był, się, źdźbło", "windows1252"), after: "był, się, źdźbło" },
		{ name: "lone U+F8FF stays", before: "Apple \uF8FF logo", after: "Apple \uF8FF logo" },
		{ name: "Azerbaijani ə (IPA block)", before: mac("Çərşənbə"), after: "Çərşənbə" },
		// `Â§` alone would be valid Windows-1252 mojibake of §; Mac Roman explains the whole run.
		{ name: "the code page that explains the whole run wins", before: mac("ステートメントは外側のイテレーション"), after: "ステートメントは外側のイテレーション" },
		{ name: "emoji with a skin tone, U+F8FF lost", before: garble("👍🏽 thanks", "macRomanLostLogo"), after: "👍🏽 thanks" },
		{ name: "one Japanese word in Latin text", before: `Meeting in ${mac("東京")} today`, after: "Meeting in 東京 today" },
	];

	it.each(cases)("$name", ({ before, after }) => {
		expect(repairMojibake(before)).toBe(after);
	});
});

describe("repairMojibake never changes real text", () => {
	const REAL_TEXT = [
		"Müller, naïve, São Paulo, Ångström, café, Ça va, Œ, ™, —, …",
		"‚quoted‘ “quotes” ‹single› «double» „German“",
		"1½ cups of flour, ¼ tsp salt, ¾ cup sugar",
		"Œuvre ™ © ® € 100 £5 ¥ § ¶ † ‡ ‰ ••• ·",
		"Größe, Straße und Müller – „Äpfel“ für Jürgen…",
		"L’été à Paris : « élan » et naïveté, déjà vu… “été”",
		"São Paulo, coração, informação, AÇÃO e irmã",
		"¿Qué tal? ¡Año nuevo! Mañana, niño, acción",
		"Ångström, PÅ…, räksmörgås, Malmö, SÅ”",
		"Zażółć gęślą jaźń, był, się",
		"Příliš žluťoučký kůň úpěl ďábelské ódy",
		"üçüncü güçü küçük İstanbul ağaç şiş Üç",
		"Καλημέρα κόσμε, ψυχή",
		"Привет, мир! Съешь же ещё этих мягких французских булок",
		"日本語のテキスト、東京へようこそ",
		"你好，世界。中文文本",
		"مرحبا بالعالم",
		"שלום עולם",
		"🎉 Launch 🚀 ✅ done ❌ 📅 2025-10-03 ⏫ 👨‍💻 ⛔️",
		"√π ≈ 1.772, x ≤ y ≥ z, ∑ ∫ ∂ ∞ ± µ Ω, 5°C, ¬p ∧ q",
		"Ærø, blåbærsyltetøy, Þetta er ðæ",
		"Árvíztűrő tükörfúrógép",
		"Știință și țară, ROMÂNIA",
		"Tiếng Việt có dấu",
		"Col·lecció l’àvia",
		"ideeën, reëel, coördinatie",
		"PERCHÈ… È così, più CAFÉ’S, IRMÃ”, groß“, Straße…",
		"«élan» —à l’école “élan”",
		"Müller’s ‚Äpfel‘ and ‚Öl‘",
		"„üçüncü“ and „Öl“",
		"Attends… ô mon Dieu",
		"Mac users write \uF8FF for the Apple logo",
	];

	it.each(REAL_TEXT)("%s", (text) => {
		expect(repairMojibake(text)).toBe(text);
	});
});

describe("repairMojibake is idempotent and quick", () => {
	it("repairs a repaired text to itself", () => {
		for (const plain of PLAIN_LINES) {
			for (const garbler of GARBLER_NAMES) {
				const once = repairMojibake(garble(plain, garbler));
				expect(repairMojibake(once)).toBe(once);
			}
		}
	});

	it("handles a megabyte of real accented text in well under a second", () => {
		const text = "Größe, Straße und Müller – „Äpfel“ für Jürgen… ".repeat(20000);
		const started = performance.now();
		expect(repairMojibake(text)).toBe(text);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
