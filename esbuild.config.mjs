// Builds the Obsidian plugin (main.js) and the command-line tool (dist/cli.js).
// `node esbuild.config.mjs` watches the plugin; `... production` builds both once.
import esbuild from "esbuild";
import process from "node:process";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const pluginOptions = {
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
	],
	// No Node on mobile: gray-matter's Buffer and fs are replaced by shims.
	inject: ["src/shims/buffer.ts"],
	alias: { fs: "./src/shims/empty-fs.ts" },
	format: "cjs",
	platform: "browser",
	target: "es2021",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	outfile: "main.js",
};

const cliOptions = {
	entryPoints: ["src/cli/main.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	external: builtinModules,
	banner: { js: "#!/usr/bin/env node" },
	logLevel: "info",
	outfile: "dist/cli.js",
};

if (production) {
	await esbuild.build(pluginOptions);
	await esbuild.build(cliOptions);
	// package.json says "type": "module"; the CLI bundle is CommonJS.
	const { writeFile } = await import("node:fs/promises");
	await writeFile("dist/package.json", JSON.stringify({ type: "commonjs" }) + "\n");
} else {
	const context = await esbuild.context(pluginOptions);
	await context.watch();
}
