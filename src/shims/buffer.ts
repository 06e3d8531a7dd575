// gray-matter calls Buffer.from(text) on every parse only to keep an unused
// copy of the input (`file.orig`). Obsidian mobile has no Buffer, so the
// plugin bundle injects this stand-in; the CLI bundle uses Node's own Buffer.
const BufferShim = {
	from(input: string): string {
		return input;
	},
	isBuffer(): boolean {
		return false;
	},
};

export { BufferShim as Buffer };
