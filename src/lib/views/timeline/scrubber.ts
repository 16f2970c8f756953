/**
 * Geometry of the timeline scrubber: where each event's tick sits on a horizontal track, which
 * year labels fit under it, and which tick a pointer is nearest to. Pure (numbers in, numbers
 * out) so the layout is tested without a DOM.
 *
 * Ticks are placed by date (the first day each date covers, so "2019" sits at 1 January 2019 and
 * a range at its start), optionally mixed with their rank (blendWithRank), and never closer than a
 * minimum gap: six events in one January week would otherwise be one blot. The gap shrinks to an
 * even spread when the track is too short for it. Year labels are placed through the same mapping.
 */
import { firstDay, type ParsedDate } from '../../utils/dates.js';
import type { DateString } from '../../content/types.js';
import type { StepAction } from '../../story/stepping.js';

/** One event as the scrubber draws it. */
export interface ScrubberTick {
	id: string;
	/** Formatted date, honest to its precision. */
	date: string;
	title: string;
	/** Day number of the first day the date covers (startDay). */
	day: number;
}

/** Days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil; no `Date`). */
export function dayNumber(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Day number of the first day a date covers. */
export function startDay(d: ParsedDate | DateString): number {
	const [y, m, day] = firstDay(d).split('-').map(Number) as [number, number, number];
	return dayNumber(y, m, day);
}

/**
 * Each day's share of the span from the first to the last day, in [0, 1]. Equal days give equal
 * fractions; a single day (or all days equal) gives 0.5 so a lone tick sits in the middle.
 */
export function timeFractions(days: readonly number[]): number[] {
	if (days.length === 0) return [];
	const lo = Math.min(...days);
	const hi = Math.max(...days);
	if (hi === lo) return days.map(() => 0.5);
	return days.map((d) => (d - lo) / (hi - lo));
}

/**
 * Mixes date fractions with an even spread by rank: `weight` 1 is pure date, 0 pure rank. The
 * events crowd into a few years (most of them after 2023), so a partly even spread gives those
 * years room while the year labels (placed through positionOf) still show where time is squeezed.
 * Order is kept: both parts are non-decreasing.
 */
export function blendWithRank(fractions: readonly number[], weight: number): number[] {
	const n = fractions.length;
	const w = Math.min(Math.max(weight, 0), 1);
	return fractions.map((f, i) => w * f + (1 - w) * (n > 1 ? i / (n - 1) : 0.5));
}

/**
 * Pixel positions on a track `width` wide for fractions sorted ascending, at least `minGap` apart
 * (less when the track is too short: then the gap is width / (n - 1), an even spread). Ticks keep
 * their date position where they can; a crowded run is pushed right, and whatever would run off
 * the end is pushed back left. The result is non-decreasing and within [0, width].
 */
export function spreadPositions(
	fractions: readonly number[],
	width: number,
	minGap: number
): number[] {
	const n = fractions.length;
	if (n === 0) return [];
	const w = Math.max(0, width);
	const gap = n > 1 ? Math.max(0, Math.min(minGap, w / (n - 1))) : 0;
	const out = fractions.map((f) => Math.min(Math.max(f, 0), 1) * w);
	for (let i = 1; i < n; i++) out[i] = Math.max(out[i]!, out[i - 1]! + gap);
	out[n - 1] = Math.min(out[n - 1]!, w);
	for (let i = n - 2; i >= 0; i--) out[i] = Math.min(out[i]!, out[i + 1]! - gap);
	// Floating-point residue must not put a tick a hair outside the track.
	return out.map((x) => Math.min(Math.max(x, 0), w));
}

/**
 * Maps a time fraction to a track position by straight lines between the ticks (and the track
 * ends), so marks that are not events (1 January of each year) line up with the spread ticks.
 * `fractions` sorted ascending, `positions` from spreadPositions of the same fractions.
 */
export function positionOf(
	fraction: number,
	fractions: readonly number[],
	positions: readonly number[],
	width: number
): number {
	const xs = [0, ...fractions, 1];
	const ps = [0, ...positions, width];
	if (fraction <= 0) return 0;
	if (fraction >= 1) return width;
	for (let i = 1; i < xs.length; i++) {
		const x0 = xs[i - 1]!;
		const x1 = xs[i]!;
		if (fraction <= x1) {
			// Equal fractions (same-day ticks) have no width between them: take the later one.
			if (x1 === x0) return ps[i]!;
			const t = (fraction - x0) / (x1 - x0);
			return ps[i - 1]! + t * (ps[i]! - ps[i - 1]!);
		}
	}
	return width;
}

/** A year label under the track. */
export interface YearMark {
	year: number;
	/** Pixels from the track's start, where 1 January falls. */
	x: number;
	/** 'start': the label runs right from x; 'end': it ends at x (no room to its right). */
	anchor: 'start' | 'end';
}

/**
 * Labels for 1 January of each year the events span (the first year's usually falls before the
 * first event: it sits at the track start). Labels are `labelWidth` px wide and must not overlap
 * or run off the track: left to right, a year is kept if it clears the previous label; near the
 * end, where a label cannot run right, it is anchored to end at its line instead.
 */
export function yearMarks(
	days: readonly number[],
	positions: readonly number[],
	width: number,
	labelWidth: number
): YearMark[] {
	if (days.length === 0) return [];
	const lo = Math.min(...days);
	const hi = Math.max(...days);
	// Map real time to pixels through the ticks, however their positions were spread.
	const fractions = timeFractions(days);
	const marks: YearMark[] = [];
	let free = 0; // first pixel not covered by a kept label
	for (let year = yearOfDay(lo); year <= yearOfDay(hi); year++) {
		const jan1 = dayNumber(year, 1, 1);
		const x = positionOf(hi === lo ? 0.5 : (jan1 - lo) / (hi - lo), fractions, positions, width);
		if (x >= free && x + labelWidth <= width) {
			marks.push({ year, x, anchor: 'start' });
			free = x + labelWidth;
		} else if (x - labelWidth >= free && x <= width) {
			marks.push({ year, x, anchor: 'end' });
			free = x;
		}
	}
	return marks;
}

/** The proleptic Gregorian year of a day number. */
export function yearOfDay(day: number): number {
	// Start from an estimate and correct it: exact without any Date arithmetic.
	let year = Math.floor(day / 365.2425) + 1970;
	while (dayNumber(year, 1, 1) > day) year--;
	while (dayNumber(year + 1, 1, 1) <= day) year++;
	return year;
}

/** Index of the position nearest to x (the earlier one on a tie); -1 when there are none. */
export function nearestIndex(positions: readonly number[], x: number): number {
	let best = -1;
	let bestDistance = Infinity;
	positions.forEach((p, i) => {
		const d = Math.abs(p - x);
		if (d < bestDistance) {
			best = i;
			bestDistance = d;
		}
	});
	return best;
}

/** Events PageUp and PageDown move by. */
export const PAGE = 5;

/**
 * What a key on the scrubber asks for, as an ARIA slider's keys do: a step (arrows, Home, End)
 * or a jump to an index (PageUp five events on, PageDown five back); null for any other key.
 */
export function scrubberKey(
	key: string,
	currentIndex: number
): { step: StepAction } | { jump: number } | null {
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return { step: 'prev' };
		case 'ArrowRight':
		case 'ArrowUp':
			return { step: 'next' };
		case 'Home':
			return { step: 'first' };
		case 'End':
			return { step: 'last' };
		case 'PageUp':
			return { jump: Math.max(currentIndex, 0) + PAGE };
		case 'PageDown':
			return { jump: Math.max(currentIndex - PAGE, 0) };
		default:
			return null;
	}
}
