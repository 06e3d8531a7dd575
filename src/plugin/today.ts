import { format } from "date-fns";

/** Today in the local time zone as yyyy-MM-dd (the injected clock of a run). */
export function today(now: Date = new Date()): string {
	return format(now, "yyyy-MM-dd");
}
