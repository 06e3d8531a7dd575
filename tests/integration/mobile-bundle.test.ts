// SPEC section 4, "works on mobile": the plugin bundle, built as
// esbuild.config.mjs builds it, loads and runs where there is no Buffer, no
// process, no Node require and no CommonJS globals — only what Obsidian's
// mobile app gives a plugin: the browser's globals, Obsidian's own, and a
// require that knows "obsidian" alone.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as vm from "node:vm";
import { build } from "esbuild";
import type { App, PluginManifest } from "obsidian";
import * as obsidian from "obsidian";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { commandIds, createFakeApp, loadPlugin, noticeTexts, settle, writePluginData } from "../fake-app";
import type { FakeApp } from "../fake-app";
import { command, fixToday, goldenMeetingAfter, goldenPerson, OWNER, PEOPLE, SEED_MEETING, SEED_PATH } from "./helpers";
import type { Plugin, Started } from "./helpers";

let dir = "";
let bundle = "";

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "meeting-crm-bundle-"));
	const outfile = join(dir, "main.js");
	// The plugin options of esbuild.config.mjs (production: no source map, minified).
	await build({
		entryPoints: ["src/main.ts"],
		bundle: true,
		external: [
			"obsidian", "electron", "@codemirror/autocomplete", "@codemirror/collab", "@codemirror/commands", "@codemirror/language",
			"@codemirror/lint", "@codemirror/search", "@codemirror/state", "@codemirror/view", "@lezer/common", "@lezer/highlight", "@lezer/lr",
		],
		inject: ["src/shims/buffer.ts"],
		alias: { fs: "./src/shims/empty-fs.ts" },
		format: "cjs",
		platform: "browser",
		target: "es2021",
		logLevel: "silent",
		sourcemap: false,
		treeShaking: true,
		minify: true,
		outfile,
	});
	bundle = readFileSync(outfile, "utf8");
}, 60_000);

afterAll(() => {
	if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
	vi.useRealTimers();
});

type PluginClass = new (app: App, manifest: PluginManifest) => Plugin;

/** What a phone's webview gives a plugin: web APIs and Obsidian's globals, nothing of Node. */
function mobileContext(): vm.Context {
	const host = globalThis as Record<string, unknown>;
	const context = vm.createContext({
		console,
		setTimeout,
		clearTimeout,
		setInterval,
		clearInterval,
		queueMicrotask,
		TextDecoder,
		TextEncoder,
		// Date as the test fixed it, so "today" is the same as in the other tests.
		Date,
		activeDocument: host.activeDocument,
		createEl: host.createEl,
		createDiv: host.createDiv,
		createSpan: host.createSpan,
		createFragment: host.createFragment,
		sleep: host.sleep,
	});
	vm.runInContext("globalThis.window = globalThis; globalThis.activeWindow = globalThis;", context);
	return context;
}

/** Evaluates the bundle as Obsidian does: a CommonJS wrapper whose require knows only "obsidian". */
function loadBundle(context: vm.Context): { PluginClass: PluginClass; required: string[] } {
	const required: string[] = [];
	const require = (id: string): unknown => {
		required.push(id);
		if (id === "obsidian") return obsidian;
		throw new Error(`Cannot find module '${id}' (not available on mobile)`);
	};
	const module = { exports: {} as Record<string, unknown> };
	const wrapper = vm.runInContext(`(function (module, exports, require) {\n${bundle}\n})`, context, { filename: "main.js" }) as (
		module: unknown, exports: unknown, require: unknown,
	) => void;
	wrapper(module, module.exports, require);
	const exported = module.exports.default as PluginClass | undefined;
	if (typeof exported !== "function") throw new Error("the bundle has no default export");
	return { PluginClass: exported, required };
}

async function startBundled(files: Record<string, string>): Promise<Started & { required: string[] }> {
	const { PluginClass, required } = loadBundle(mobileContext());
	const app: FakeApp = createFakeApp(files);
	writePluginData(app, { yourName: OWNER });
	const plugin = await loadPlugin(app, PluginClass);
	app.fakeLayoutReady();
	await settle();
	return { app, plugin, required };
}

describe("the mobile bundle", () => {
	it("the context really has no Node: no Buffer, process, require, module, global", () => {
		const context = mobileContext();
		const kinds = vm.runInContext("[typeof Buffer, typeof process, typeof require, typeof module, typeof global, typeof exports]", context) as string[];
		expect([...kinds]).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "undefined"]);
	});

	it("requires nothing but obsidian: no fs, path, electron or other Node module", () => {
		expect(bundle).not.toMatch(/require\(\s*["'](?:fs|path|electron|os|crypto|buffer|util|stream|events|node:[^"']*)["']\s*\)/);
		const ids = [...bundle.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
		expect([...new Set(ids)]).toEqual(["obsidian"]);
	});

	it("loads: onload runs against the fake app and registers the commands", async () => {
		const { app, required } = await startBundled({ [SEED_PATH]: SEED_MEETING });
		// js-yaml (under gray-matter) probes for "buffer" and "esprima" through
		// an indirect require inside try/catch; on mobile both throw, as here,
		// and loading goes on.
		expect(required).toContain("obsidian");
		expect(required.filter((id) => id !== "obsidian").every((id) => ["buffer", "esprima"].includes(id))).toBe(true);
		expect(commandIds(app)).toHaveLength(9);
		expect(commandIds(app)).toContain("meeting-crm:process-new-meeting-notes");
	});

	it("a processing run works there, with the same result as in the tests of the source", async () => {
		fixToday();
		const started = await startBundled({ [SEED_PATH]: SEED_MEETING });
		await command(started, "process-new-meeting-notes");
		expect(noticeTexts()).toEqual(["1 meeting note: 5 people created, 0 updated, task lines fixed in 1 note"]);
		for (const name of PEOPLE) expect([name, started.app.vault.fakeText(`People/${name}.md`)]).toEqual([name, goldenPerson(name)]);
		expect(started.app.vault.fakeText(SEED_PATH)).toBe(goldenMeetingAfter());
	});
});
