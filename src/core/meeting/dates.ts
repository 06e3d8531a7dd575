// Meeting dates: every form a tool writes (a plain date, a date-time with or
// without a zone, a Date object from another YAML reader) becomes the
// calendar day the meeting happened on in the user's time zone.
import { describeValue } from "./text";

export type DateRead = { ok: true; date: string } | { ok: false };

// 2025-09-30, 2025-09-30T14:05, 2025-09-30 14:05:00.123Z, …+02:00, …-0500, …+02
const ISO_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const WIKILINK_ONLY = /^\[\[([^\]|]*)(?:\|[^\]]*)?\]\]$/;

const NOT_A_DATE: DateRead = { ok: false };

/** Whether the day exists: 2024-02-29 does, 2025-02-30 does not. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isCalendarDate(year: number, month: number, day: number): boolean {
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, "0");
}

function formatDay(year: number, month: number, day: number): string {
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// One formatter per zone: building an Intl.DateTimeFormat is slow.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
	const key = timeZone ?? "";
	let formatter = formatters.get(key);
	if (!formatter) {
		const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit", hourCycle: "h23" };
		try {
			formatter = new Intl.DateTimeFormat("en-US", { ...options, timeZone: timeZone || undefined });
		} catch {
			// An unknown zone name: fall back to the machine's rather than fail every note.
			formatter = new Intl.DateTimeFormat("en-US", options);
		}
		formatters.set(key, formatter);
	}
	return formatter;
}

/** The calendar day of an instant in a time zone (the machine's when none). */
export function dayInZone(epochMs: number, timeZone: string | undefined): string | null {
	if (!Number.isFinite(epochMs)) return null;
	let year = 0;
	let month = 0;
	let day = 0;
	for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
		if (part.type === "year") year = Number(part.value);
		else if (part.type === "month") month = Number(part.value);
		else if (part.type === "day") day = Number(part.value);
	}
	return isCalendarDate(year, month, day) ? formatDay(year, month, day) : null;
}

function offsetMinutes(zone: string): number {
	if (zone.toUpperCase() === "Z") return 0;
	const sign = zone[0] === "-" ? -1 : 1;
	const digits = zone.slice(1).replace(":", "");
	const hours = Number(digits.slice(0, 2));
	const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
	return sign * (hours * 60 + minutes);
}

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an ISO date or date-time written as text. */
export function parseDateText(text: string, timeZone: string | undefined): DateRead {
	// The usual `2025-09-30`: already in the form returned, once its day is checked.
	if (text.length === 10 && PLAIN_DATE.test(text)) {
		const ok = isCalendarDate(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10)));
		return ok ? { ok: true, date: text } : NOT_A_DATE;
	}
	let value = text.trim();
	const link = WIKILINK_ONLY.exec(value);
	if (link) value = link[1].trim();
	if (value.length > 40) return NOT_A_DATE;
	const match = ISO_DATE_TIME.exec(value);
	if (!match) return NOT_A_DATE;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (!isCalendarDate(year, month, day)) return NOT_A_DATE;
	if (match[4] === undefined) return { ok: true, date: formatDay(year, month, day) };
	const hour = Number(match[4]);
	const minute = Number(match[5]);
	const second = match[6] === undefined ? 0 : Number(match[6]);
	if (hour > 23 || minute > 59 || second > 60) return NOT_A_DATE;
	// Without a zone the time is local already: the day is as written.
	if (match[8] === undefined) return { ok: true, date: formatDay(year, month, day) };
	const zoneMinutes = offsetMinutes(match[8]);
	if (Math.abs(zoneMinutes) > 18 * 60) return NOT_A_DATE;
	const millis = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
	const epoch = Date.UTC(year, month - 1, day, hour, minute, second, millis) - zoneMinutes * 60_000;
	const local = dayInZone(epoch, timeZone);
	return local ? { ok: true, date: local } : NOT_A_DATE;
}

/** Reads a frontmatter date value: text, or a Date object from a YAML reader. */
export function parseDateValue(value: unknown, timeZone: string | undefined): DateRead {
	if (typeof value === "string") return parseDateText(value, timeZone);
	if (value instanceof Date) {
		const epoch = value.getTime();
		if (!Number.isFinite(epoch)) return NOT_A_DATE;
		// A YAML date without a time arrives as UTC midnight: that day, not the zone's.
		if (epoch % 86_400_000 === 0) return dayInZone(epoch, "UTC") ? { ok: true, date: value.toISOString().slice(0, 10) } : NOT_A_DATE;
		const local = dayInZone(epoch, timeZone);
		return local ? { ok: true, date: local } : NOT_A_DATE;
	}
	return NOT_A_DATE;
}

/** A valid `YYYY-MM-DD` at the start of a file name or line. */
export function datePrefix(text: string): string | null {
	const match = DATE_PREFIX.exec(text.trim());
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	return isCalendarDate(year, month, day) ? formatDay(year, month, day) : null;
}

/** Frontmatter keys holding the meeting date, first hit wins. */
export const DATE_KEYS = ["date", "meeting_date", "start_time", "created", "created_at"];

export type MeetingDate = { date: string } | { reason: string };

const NO_DATE_HELP = `add "date: YYYY-MM-DD" to the frontmatter`;

/**
 * The meeting's day: the first date key present in the frontmatter, else a
 * `**Date**:` / `Date::` line of the body, else a date the file name starts
 * with. A frontmatter date that is there but wrong is reported, not skipped
 * over: a later key (often the file's creation time) would give a wrong day.
 */
export function meetingDate(
	frontmatter: Record<string, unknown>,
	bodyDate: string | null,
	basename: string,
	timeZone: string | undefined,
): MeetingDate {
	for (const key of DATE_KEYS) {
		const value = frontmatter[key];
		if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
		const read = parseDateValue(value, timeZone);
		if (read.ok) return { date: read.date };
		return { reason: `meeting date "${describeDate(value)}" in frontmatter "${key}" is not a valid date: write it as YYYY-MM-DD` };
	}
	let unreadBody: string | null = null;
	if (bodyDate !== null) {
		const read = parseDateText(bodyDate, timeZone);
		if (read.ok) return { date: read.date };
		// "2025-09-30, 10:00-11:00" still names its day.
		const prefix = datePrefix(bodyDate.replace(/^\[\[/, ""));
		if (prefix) return { date: prefix };
		unreadBody = bodyDate;
	}
	const fromName = datePrefix(basename);
	if (fromName) return { date: fromName };
	if (unreadBody !== null) {
		return { reason: `meeting date "${describeDate(unreadBody)}" in the note is not a valid date: ${NO_DATE_HELP}` };
	}
	return { reason: `no meeting date: ${NO_DATE_HELP}` };
}

function describeDate(value: unknown): string {
	return value instanceof Date ? String(value) : describeValue(value);
}
