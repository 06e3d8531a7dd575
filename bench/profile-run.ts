// Profiles one run in this process with the inspector (no --cpu-prof needed),
// writes the .cpuprofile to bench/out/ and summarises it.
import { Session } from "node:inspector";
import { mkdirSync, writeFileSync } from "node:fs";
import { formatProfile, summarizeProfile } from "./profile-summary";
import type { CpuProfile, ProfileSummary } from "./profile-summary";

export async function profileRun(run: () => Promise<unknown>, bundlePath: string | null, top: number): Promise<ProfileSummary & { file: string }> {
	const session = new Session();
	session.connect();
	const post = (method: string, params?: object) =>
		new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
	await post("Profiler.enable");
	await post("Profiler.setSamplingInterval", { interval: 500 });
	await post("Profiler.start");
	await run();
	const { profile } = (await post("Profiler.stop")) as { profile: CpuProfile };
	session.disconnect();
	mkdirSync("bench/out", { recursive: true });
	const file = "bench/out/full-run.cpuprofile";
	writeFileSync(file, JSON.stringify(profile));
	const summary = summarizeProfile(profile, bundlePath, top);
	process.stderr.write(`${formatProfile(summary)}\n(profile saved to ${file})\n`);
	return { ...summary, file };
}
