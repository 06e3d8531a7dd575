// Output to a reader that may stop reading early (`meeting-crm … | head`).
// By the time the report is printed the run is done and saved, so a closed
// pipe is no failure: the rest of the output is dropped and the exit status
// stays the run's, instead of Node's "Unhandled 'error' event" crash.
import type { Writable } from "node:stream";

export class QuietPipe {
	private closed = false;

	constructor(private readonly stream: Writable) {
		stream.on("error", (error: unknown) => {
			if (!isClosedPipe(error)) throw error;
			this.closed = true;
		});
	}

	write(text: string): void {
		if (this.closed || this.stream.destroyed) return;
		this.stream.write(text);
	}
}

function isClosedPipe(error: unknown): boolean {
	const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
	return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}
