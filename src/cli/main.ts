// Entry point of the command line (dist/cli.js): `meeting-crm process <vault>`
// and `meeting-crm fix-tasks <vault>`. The flow is in commands.ts.
import { fixAllTaskLines, processMeetings } from "../core/sync/run";
import { runCli } from "./commands";
import type { CliIO } from "./commands";
import { QuietPipe } from "./quiet-pipe";

const stdout = new QuietPipe(process.stdout);
const stderr = new QuietPipe(process.stderr);
const io: CliIO = {
	out: (text) => stdout.write(`${text}\n`),
	err: (text) => stderr.write(`${text}\n`),
	now: () => new Date(),
};
if (process.stderr.isTTY) {
	io.progress = (done, total) => {
		// One line, rewritten in place, gone when the reading is done.
		stderr.write(done >= total ? "\r\x1b[K" : `\rReading meeting notes: ${done}/${total}`);
	};
}

runCli(process.argv.slice(2), { processMeetings, fixAllTaskLines }, io).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		stderr.write(`meeting-crm: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
		process.exitCode = 1;
	},
);
