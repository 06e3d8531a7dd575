// The benchmark's command-line options.
import type { HarnessOptions } from "./harness";

export interface BenchArgs {
	json: boolean;
	cli: boolean;
	profile: boolean;
	profileTop: number;
	harness: Omit<HarnessOptions, "log" | "onDisk" | "profileRun">;
}

export function harnessOptionsFrom(argv: string[]): BenchArgs {
	const value = (flag: string): string | undefined => {
		const at = argv.indexOf(flag);
		return at >= 0 ? argv[at + 1] : argv.find((arg) => arg.startsWith(`${flag}=`))?.slice(flag.length + 1);
	};
	const number = (flag: string, fallback: number): number => {
		const text = value(flag);
		if (text === undefined) return fallback;
		const parsed = Number(text);
		if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag} needs a number, got ${text}`);
		return parsed;
	};
	const sizesText = value("--sizes");
	const sizes = sizesText ? sizesText.split(",").map((part) => Number(part.trim())) : [10_000, 20_000];
	if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error(`--sizes needs whole numbers of at least 10, got ${sizesText}`);
	return {
		json: argv.includes("--json"),
		cli: !argv.includes("--no-cli"),
		profile: argv.includes("--profile"),
		profileTop: number("--profile-top", 15),
		harness: {
			sizes,
			seed: number("--seed", 1),
			repeats: Math.max(1, Math.round(number("--repeats", 3))),
			warmup: !argv.includes("--no-warmup"),
			// SPEC section 7 sets every target on the reference vault: the first size.
			blockMeetings: Math.round(number("--block-meetings", sizes[0])),
			budgetMs: number("--budget-s", 270) * 1000,
		},
	};
}
