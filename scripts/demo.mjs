// `npm run demo`: copies the example vault to demo-vault/, runs the command
// line on the copy, shows one person note it made, and checks that the note
// the user wrote by hand kept every word. No dependencies: Node only.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const example = join(root, "examples", "vault");
const vault = join(root, "demo-vault");
const cli = join(root, "dist", "cli.js");
const pluginFiles = ["main.js", "manifest.json", "styles.css"];
const HAND_WRITTEN = join("People", "Pete Emig.md");
const SHOWN = join("People", "Jai Menon.md");

if (!existsSync(cli)) fail(`${cli} is missing: run "npm run build" first (npm run demo does).`);

// A fresh copy each time, so the demo always starts from the same vault.
rmSync(vault, { recursive: true, force: true });
cpSync(example, vault, { recursive: true });
installPlugin();
const handWrittenBefore = readFileSync(join(vault, HAND_WRITTEN), "utf8");

say(`$ node dist/cli.js process demo-vault\n`);
const run = spawnSync(process.execPath, [cli, "process", vault], { stdio: "inherit" });
if (run.error) fail(`the command line could not start: ${run.error.message}`);
if (run.signal) fail(`the command line was stopped by ${run.signal}`);

const separator = "-".repeat(72);
say(`\n${separator}\n${SHOWN}\n${separator}`);
const shown = join(vault, SHOWN);
if (existsSync(shown)) say(readFileSync(shown, "utf8"));
else say("(not created)");
say(separator);

const lost = lostHandWrittenLines(handWrittenBefore, readFileSync(join(vault, HAND_WRITTEN), "utf8"));
if (lost.length > 0) {
	complain(`\n${HAND_WRITTEN} lost words the user wrote:`);
	for (const line of lost) complain(`  ${line}`);
}

say(`\nThe vault is at ${vault}`);
say(`Open it in Obsidian with "Open folder as vault"; ${join("examples", "vault", "README.md")} says what to look at.`);

// The example vault is meant to go through without a skipped note: 1 (some
// note skipped), 2 (usage) or a crash all fail the demo.
if (run.status !== 0) {
	complain(`\nThe command line exited with ${run.status ?? "no status"}; the example vault should give 0.`);
	process.exit(run.status || 1);
}
if (lost.length > 0) process.exit(1);

/** Puts the built plugin into the copy, so Obsidian can load it there. */
function installPlugin() {
	if (!pluginFiles.every((file) => existsSync(join(root, file)))) return;
	const folder = join(vault, ".obsidian", "plugins", "meeting-crm");
	mkdirSync(folder, { recursive: true });
	for (const file of pluginFiles) cpSync(join(root, file), join(folder, file));
	writeFileSync(join(vault, ".obsidian", "community-plugins.json"), `${JSON.stringify(["meeting-crm"], null, 2)}\n`);
}

/**
 * Lines of the hand-written note missing after the run, in order. The run
 * may only add lines; the lines it owns and may change in place are left
 * out of the check: `last_contact`, blank contact cells and the one topics
 * line, to which it appends.
 */
function lostHandWrittenLines(before, after) {
	const afterLines = after.split(/\r?\n/);
	const lost = [];
	let from = 0;
	for (const line of checkedLines(before)) {
		const at = afterLines.indexOf(line, from);
		if (at === -1) lost.push(line);
		else from = at + 1;
	}
	return lost;
}

function checkedLines(text) {
	const lines = text.split(/\r?\n/);
	const topicsHeading = lines.indexOf("## Topics Discussed");
	const topicsLine = lines.findIndex((line, index) => index > topicsHeading && line.trim() !== "");
	return lines.filter((line, index) => {
		if (line.trim() === "") return false;
		if (line.startsWith("last_contact:") || line.includes("_Unknown_")) return false;
		return topicsHeading === -1 || index !== topicsLine;
	});
}

function say(text) {
	process.stdout.write(`${text}\n`);
}

function complain(text) {
	process.stderr.write(`${text}\n`);
}

function fail(message) {
	complain(`demo: ${message}`);
	process.exit(1);
}
