// Runs refuse to start until the vault owner is known: otherwise the owner
// would get a person note of their own from every meeting.
import type { CrmSettings } from "../settings";

/** A run that must not start, with the message to show the user. */
export class RunRefusedError extends Error {}

export function assertOwnerSet(settings: CrmSettings): void {
	if (settings.yourName.trim() === "") {
		throw new RunRefusedError("Set your name in Meeting CRM's settings first, so your own meetings do not give you a person note of your own.");
	}
}
