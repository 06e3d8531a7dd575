// `{{date:FORMAT}}` in a user's person template. Templates are shared with
// Obsidian's core Templates plugin, which reads FORMAT as a Moment.js format
// (`YYYY-MM-DD`), while the spec writes dates in date-fns style
// (`yyyy-MM-dd`); both are accepted. Tokens become date-fns tokens, and every
// other letter is kept as literal text so date-fns never throws.
import { format, isValid, parse } from "date-fns";

/** Moment (and date-fns look-alike) tokens, longest first, with their date-fns form. */
const TOKENS: [string, string][] = [
	["YYYY", "yyyy"], ["yyyy", "yyyy"], ["MMMM", "MMMM"], ["dddd", "EEEE"],
	["MMM", "MMM"], ["ddd", "EEE"], ["YY", "yy"], ["yy", "yy"], ["MM", "MM"],
	["Do", "do"], ["DD", "dd"], ["dd", "dd"], ["HH", "HH"], ["hh", "hh"],
	["mm", "mm"], ["ss", "ss"], ["M", "M"], ["D", "d"], ["d", "d"], ["H", "H"],
	["h", "h"], ["m", "m"], ["s", "s"], ["A", "a"], ["a", "aaa"], ["Q", "Q"],
];

/** Formats a `yyyy-MM-dd` day with a Moment-style format; the day itself when it does not parse. */
export function formatTemplateDate(day: string, pattern: string): string {
	const date = parse(day, "yyyy-MM-dd", new Date(2000, 0, 1));
	if (!isValid(date)) return day;
	return format(date, toDateFns(pattern));
}

function toDateFns(pattern: string): string {
	let out = "";
	let i = 0;
	while (i < pattern.length) {
		if (pattern[i] === "[") {
			const close = pattern.indexOf("]", i + 1);
			if (close !== -1) {
				out += literal(pattern.slice(i + 1, close));
				i = close + 1;
				continue;
			}
		}
		const token = TOKENS.find(([moment]) => pattern.startsWith(moment, i));
		if (token) {
			out += token[1];
			i += token[0].length;
		} else {
			out += literal(pattern[i]);
			i++;
		}
	}
	return out;
}

/** Literal text for date-fns: letters and quotes inside single quotes. */
function literal(text: string): string {
	if (text === "") return "";
	if (!/[A-Za-z']/.test(text)) return text;
	return `'${text.replace(/'/g, "''")}'`;
}
