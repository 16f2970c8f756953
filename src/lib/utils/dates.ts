/**
 * Partial dates and ranges as the content writes them (see `DateString` in content/types.ts):
 * "YYYY" | "YYYY-MM" | "YYYY-MM-DD" | "A..B" | "A..present", where A and B are single dates.
 *
 * Pure string and integer arithmetic only: `new Date('2019-06')` is parsed as UTC midnight and
 * then shown in local time, so it can land in the previous month. Nothing here touches `Date`.
 */
import type { DatePrecision, DateString } from '../content/types.js';

/** A single date known to the year, the month or the day. */
export interface PartialDate {
	year: number;
	/** 1-12, present when precision is 'month' or 'day'. */
	month?: number;
	/** 1-31, present when precision is 'day'. */
	day?: number;
	precision: DatePrecision;
}

export interface ParsedDate {
	/** The text as written (trimmed). */
	source: string;
	start: PartialDate;
	/** Absent for a single date; 'present' for an open range ("2015-02..present"). */
	end?: PartialDate | 'present';
	/** The precision of the start, which is how precisely the event is placed in time. */
	precision: DatePrecision;
}

/** Why a date string was rejected: malformed text, an impossible calendar date, or a reversed range. */
export type DateErrorKind = 'format' | 'impossible' | 'order';

export type DateParseResult =
	{ ok: true; date: ParsedDate } | { ok: false; kind: DateErrorKind; error: string };

export class DateParseError extends Error {
	constructor(
		readonly kind: DateErrorKind,
		message: string
	) {
		super(message);
		this.name = 'DateParseError';
	}
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const EXPECTED = 'expected YYYY, YYYY-MM, YYYY-MM-DD, A..B or A..present';

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseSingle(
	text: string
): { ok: true; date: PartialDate } | { ok: false; kind: DateErrorKind; error: string } {
	const m = SINGLE.exec(text);
	if (!m) return { ok: false, kind: 'format', error: `"${text}" is not a date (${EXPECTED})` };
	const year = Number(m[1]);
	if (year < 1) return { ok: false, kind: 'impossible', error: `"${text}": there is no year 0` };
	if (m[2] === undefined) return { ok: true, date: { year, precision: 'year' } };
	const month = Number(m[2]);
	if (month < 1 || month > 12) {
		return {
			ok: false,
			kind: 'impossible',
			error: `"${text}": month ${m[2]} does not exist (expected 01-12)`
		};
	}
	if (m[3] === undefined) return { ok: true, date: { year, month, precision: 'month' } };
	const day = Number(m[3]);
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) {
		return {
			ok: false,
			kind: 'impossible',
			error: `"${text}": ${MONTHS[month - 1]} ${year} has no day ${m[3]} (expected 01-${last})`
		};
	}
	return { ok: true, date: { year, month, day, precision: 'day' } };
}

/** Parses a DateString; never throws. Rejects impossible dates and ranges that end before they start. */
export function parseDate(input: string): DateParseResult {
	const source = input.trim();
	const parts = source.split('..');
	if (parts.length > 2)
		return { ok: false, kind: 'format', error: `"${source}" has more than one ".." (${EXPECTED})` };
	const first = parseSingle(parts[0] ?? '');
	if (!first.ok) return first;
	const start = first.date;
	if (parts.length === 1) return { ok: true, date: { source, start, precision: start.precision } };

	const endText = parts[1] ?? '';
	if (endText === 'present') {
		return { ok: true, date: { source, start, end: 'present', precision: start.precision } };
	}
	const second = parseSingle(endText);
	if (!second.ok) return second;
	const end = second.date;
	// A range is reversed only when its end is over before its start begins: "2019-05..2019"
	// (some time in 2019, from May) is vague but not reversed.
	if (dayKey(lastDayOf(end)) < dayKey(firstDayOf(start))) {
		return {
			ok: false,
			kind: 'order',
			error: `"${source}" ends (${endText}) before it starts (${parts[0]})`
		};
	}
	return { ok: true, date: { source, start, end, precision: start.precision } };
}

/** Like parseDate, but throws a DateParseError. For content that has already been validated. */
export function mustParseDate(input: string): ParsedDate {
	const result = parseDate(input);
	if (!result.ok) throw new DateParseError(result.kind, result.error);
	return result.date;
}

function toParsed(d: ParsedDate | DateString): ParsedDate {
	return typeof d === 'string' ? mustParseDate(d) : d;
}

interface Ymd {
	year: number;
	month: number;
	day: number;
}

function firstDayOf(d: PartialDate): Ymd {
	return { year: d.year, month: d.month ?? 1, day: d.day ?? 1 };
}

function lastDayOf(d: PartialDate): Ymd {
	const month = d.month ?? 12;
	return { year: d.year, month, day: d.day ?? daysInMonth(d.year, month) };
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

function ymdString(d: Ymd): string {
	return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Comparable integer for a calendar day (not a day count; only its order matters). */
function dayKey(d: Ymd): number {
	return d.year * 10000 + d.month * 100 + d.day;
}

/** The first calendar day a date covers, as YYYY-MM-DD ("2019" -> "2019-01-01"). */
export function firstDay(d: ParsedDate | DateString): string {
	return ymdString(firstDayOf(toParsed(d).start));
}

/**
 * The last calendar day a date covers, as YYYY-MM-DD ("2019-02" -> "2019-02-28";
 * "2025-06-13..2025-06-24" -> "2025-06-24"), or null for a range open to the present.
 */
export function lastDay(d: ParsedDate | DateString): string | null {
	const p = toParsed(d);
	if (p.end === 'present') return null;
	return ymdString(lastDayOf(p.end ?? p.start));
}

/**
 * A string key that sorts dates by start, then by end, with plain string comparison.
 * A date sorts at the first day it covers ("2019" at 2019-01-01) and, on ties, the one that is over
 * sooner comes first ("2019-01-01" < "2019-01" < "2019" < "2019..2020" < "2019..present").
 */
export function dateSortKey(d: ParsedDate | DateString): string {
	const p = toParsed(d);
	return `${firstDay(p)}/${lastDay(p) ?? '9999-99-99'}`;
}

/** Comparator for Array.prototype.sort (stable, so equal dates keep file order). */
export function compareDates(a: ParsedDate | DateString, b: ParsedDate | DateString): number {
	const ka = dateSortKey(a);
	const kb = dateSortKey(b);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** "2019", "April 2025" or "22 April 2025". */
export function formatPartialDate(d: PartialDate): string {
	if (d.month === undefined) return String(d.year);
	const month = monthName(d);
	return d.day === undefined ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** Joins two range ends: a closed en dash between single words ("2014–2016"), spaced otherwise. */
function joinRange(a: string, b: string): string {
	return a.includes(' ') || b.includes(' ') ? `${a} – ${b}` : `${a}–${b}`;
}

function monthName(d: PartialDate): string {
	return MONTHS[(d.month ?? 1) - 1] ?? '';
}

/**
 * English text honest to the precision: "2019", "April 2025", "22 April 2025", "13–24 June 2025",
 * "31 July – 1 August 2018", "February–April 2015", "2014–2016", "February 2015 – present".
 * The shared month and year of a range are written once; mixed precisions are written in full.
 */
export function formatDate(d: ParsedDate | DateString): string {
	const { start, end } = toParsed(d);
	if (end === undefined) return formatPartialDate(start);
	if (end === 'present') return joinRange(formatPartialDate(start), 'present');
	if (formatIso(start) === formatIso(end)) return formatPartialDate(start);
	if (start.precision === end.precision && start.year === end.year) {
		if (start.precision === 'month')
			return `${joinRange(monthName(start), monthName(end))} ${end.year}`;
		if (start.precision === 'day') {
			if (start.month === end.month) return `${start.day}–${end.day} ${monthName(end)} ${end.year}`;
			return `${start.day} ${monthName(start)} – ${formatPartialDate(end)}`;
		}
	}
	return joinRange(formatPartialDate(start), formatPartialDate(end));
}

/** ISO 8601 partial form of one date: "2019", "2019-06" or "2019-06-01". */
export function formatIso(d: PartialDate): string {
	if (d.month === undefined) return pad(d.year, 4);
	if (d.day === undefined) return `${pad(d.year, 4)}-${pad(d.month, 2)}`;
	return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/**
 * The value for `<time datetime>`: the ISO partial date of the start ("2019", "2025-04",
 * "2025-06-13"). HTML has no interval syntax, so a range gives its start; a view that shows both
 * ends renders two `<time>` elements from `datetimeParts`.
 */
export function datetimeAttr(d: ParsedDate | DateString): string {
	return formatIso(toParsed(d).start);
}

/** Both ends as `<time datetime>` values; `end` is null for a single date, 'present' for open ranges. */
export function datetimeParts(d: ParsedDate | DateString): {
	start: string;
	end: string | 'present' | null;
} {
	const p = toParsed(d);
	return {
		start: formatIso(p.start),
		end: p.end === undefined ? null : p.end === 'present' ? 'present' : formatIso(p.end)
	};
}

/** ISO 8601 interval for exports: "2025-06-13/2025-06-24", "2015-02/.." (open end), or the single date. */
export function isoInterval(d: ParsedDate | DateString): string {
	const { start, end } = datetimeParts(d);
	if (end === null) return start;
	return `${start}/${end === 'present' ? '..' : end}`;
}
