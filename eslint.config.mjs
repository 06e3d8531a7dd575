// Lint with the rules Obsidian's plugin review runs (eslint-plugin-obsidianmd),
// plus the boundary that keeps src/core free of Obsidian and Node.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

const nodeModules = [
	"fs", "fs/promises", "path", "os", "crypto", "child_process", "process",
	"buffer", "stream", "util", "url", "events", "module", "vm", "worker_threads",
	"electron",
];

export default defineConfig([
	{
		ignores: [
			"node_modules/**", "main.js", "dist/**", "coverage/**", "demo-vault/**",
			"bench/out/**", "examples/**", "version-bump.mjs", "esbuild.config.mjs",
		],
	},
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs", "scripts/*.mjs"] },
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		// The core is pure TypeScript: text in, text or a plan out.
		files: ["src/core/**/*.ts"],
		rules: {
			"no-restricted-imports": ["error", {
				paths: ["obsidian", ...nodeModules].map((name) => ({ name, message: "src/core must not depend on Obsidian or Node; go through src/vault." })),
				patterns: [{ group: ["node:*", "obsidian/*"], message: "src/core must not depend on Obsidian or Node; go through src/vault." }],
			}],
		},
	},
	{
		// The command line, tests and benchmark run in Node, not in Obsidian.
		files: ["src/cli/**/*.ts", "tests/**/*.ts", "bench/**/*.ts", "scripts/**/*.mjs", "vitest.config.ts"],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"import/no-nodejs-modules": "off",
			"obsidianmd/no-nodejs-modules": "off",
			"no-restricted-globals": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/hardcoded-config-path": "off",
			// Command-line tools and benchmarks print to the console by design.
			"no-console": "off",
			"obsidianmd/rule-custom-message": "off",
		},
	},
]);
