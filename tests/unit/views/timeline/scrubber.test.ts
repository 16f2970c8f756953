import { describe, expect, it } from 'vitest';
import {
	blendWithRank,
	dayNumber,
	nearestIndex,
	positionOf,
	scrubberKey,
	spreadPositions,
	startDay,
	timeFractions,
	yearMarks,
	yearOfDay
} from '../../../../src/lib/views/timeline/scrubber';

describe('dayNumber / yearOfDay', () => {
	it('counts days from 1970-01-01 across leap years', () => {
		expect(dayNumber(1970, 1, 1)).toBe(0);
		expect(dayNumber(1970, 1, 2)).toBe(1);
		expect(dayNumber(1969, 12, 31)).toBe(-1);
		expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2); // 2000 is a leap year
		expect(dayNumber(1900, 3, 1) - dayNumber(1900, 2, 28)).toBe(1); // 1900 is not
		expect(dayNumber(2025, 1, 1) - dayNumber(2024, 1, 1)).toBe(366);
		expect(dayNumber(2024, 1, 3)).toBe(19725);
	});

	it('finds the year of a day, including 1 January and 31 December', () => {
		expect(yearOfDay(dayNumber(2024, 1, 1))).toBe(2024);
		expect(yearOfDay(dayNumber(2024, 12, 31))).toBe(2024);
		expect(yearOfDay(dayNumber(2025, 1, 1))).toBe(2025);
		expect(yearOfDay(dayNumber(1969, 12, 31))).toBe(1969);
	});

	it('places partial dates and ranges at their first day', () => {
		expect(startDay('2019')).toBe(dayNumber(2019, 1, 1));
		expect(startDay('2024-12')).toBe(dayNumber(2024, 12, 1));
		expect(startDay('2025-06-13..2025-06-24')).toBe(dayNumber(2025, 6, 13));
		expect(startDay('2015-02..present')).toBe(dayNumber(2015, 2, 1));
	});
});

describe('timeFractions', () => {
	it('spans 0 to 1 in proportion to time', () => {
		expect(timeFractions([10, 20, 30, 110])).toEqual([0, 0.1, 0.2, 1]);
	});

	it('puts a lone day, or all-equal days, in the middle', () => {
		expect(timeFractions([5])).toEqual([0.5]);
		expect(timeFractions([5, 5])).toEqual([0.5, 0.5]);
		expect(timeFractions([])).toEqual([]);
	});
});

describe('blendWithRank', () => {
	it('is pure date at weight 1 and pure rank at weight 0', () => {
		expect(blendWithRank([0, 0.9, 1], 1)).toEqual([0, 0.9, 1]);
		expect(blendWithRank([0, 0.9, 1], 0)).toEqual([0, 0.5, 1]);
	});

	it('mixes the two halfway and keeps the order', () => {
		expect(blendWithRank([0, 0.9, 0.9, 1], 0.5)).toEqual([
			0,
			(0.9 + 1 / 3) / 2,
			(0.9 + 2 / 3) / 2,
			1
		]);
		expect(blendWithRank([0.2], 0.5)).toEqual([0.35]);
	});
});

describe('spreadPositions', () => {
	it('keeps date positions when ticks are far enough apart', () => {
		expect(spreadPositions([0, 0.5, 1], 100, 10)).toEqual([0, 50, 100]);
	});

	it('pushes a crowded run apart by the minimum gap', () => {
		expect(spreadPositions([0, 0.5, 0.5, 0.5, 1], 100, 10)).toEqual([0, 50, 60, 70, 100]);
	});

	it('pushes ticks back from the end when the run would overflow', () => {
		expect(spreadPositions([0, 1, 1, 1], 100, 10)).toEqual([0, 80, 90, 100]);
	});

	it('spreads evenly when the track is too short for the gap', () => {
		expect(spreadPositions([0, 0.1, 0.1, 1], 30, 20)).toEqual([0, 10, 20, 30]);
	});

	it('stays ordered, within the track and at least the gap apart on real-looking data', () => {
		const days = [0, 10, 10, 11, 12, 300, 301, 302, 1500, 3000, 3001, 3002, 3003, 3004];
		const xs = spreadPositions(timeFractions(days), 300, 8);
		for (let i = 1; i < xs.length; i++)
			expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(8 - 1e-9);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(300);
		expect(xs[0]).toBe(0);
		expect(xs[xs.length - 1]).toBe(300);
	});

	it('handles empty input, one tick and a zero-width track', () => {
		expect(spreadPositions([], 100, 10)).toEqual([]);
		expect(spreadPositions([0.5], 100, 10)).toEqual([50]);
		expect(spreadPositions([0, 1], 0, 10)).toEqual([0, 0]);
	});
});

describe('positionOf', () => {
	const fractions = [0, 0.5, 0.5, 1];
	const positions = [0, 40, 60, 100];

	it('interpolates between ticks', () => {
		expect(positionOf(0.25, fractions, positions, 100)).toBe(20);
		expect(positionOf(0.75, fractions, positions, 100)).toBe(80);
	});

	it('clamps to the track ends', () => {
		expect(positionOf(-1, fractions, positions, 100)).toBe(0);
		expect(positionOf(2, fractions, positions, 100)).toBe(100);
	});
});

describe('yearMarks', () => {
	it('labels 1 January of each spanned year, in step with the ticks', () => {
		const days = [dayNumber(2020, 7, 1), dayNumber(2022, 7, 1)];
		const positions = spreadPositions(timeFractions(days), 730, 10);
		const marks = yearMarks(days, positions, 730, 20);
		expect(marks.map((m) => m.year)).toEqual([2020, 2021, 2022]);
		expect(marks[0]!.x).toBe(0);
		// 1 January 2021 is 184 days after 1 July 2020, of the 730 spanned.
		expect(marks[1]!.x).toBeCloseTo(184, 5);
		expect(marks.every((m) => m.anchor === 'start')).toBe(true);
	});

	it('drops labels that would overlap the previous one', () => {
		const days = [dayNumber(2015, 1, 1), dayNumber(2025, 1, 1)];
		const positions = spreadPositions(timeFractions(days), 100, 1);
		const marks = yearMarks(days, positions, 100, 25);
		// About 10 px a year; 2024 (at ~90) would run off the track and cannot end at its line
		// without covering 2021's label.
		expect(marks.map((m) => m.year)).toEqual([2015, 2018, 2021]);
		for (let i = 1; i < marks.length; i++) {
			expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(25 - 1e-9);
		}
	});

	it('anchors a label near the end to end at its line, and only if it clears the one before', () => {
		// Years at 0, 50 and 95 of 100; labels 30 wide: 2026 cannot run right from 95.
		const days = [dayNumber(2024, 1, 1), dayNumber(2026, 1, 20)];
		const fractions = timeFractions(days);
		const marks = yearMarks(days, [0, 100], 100, 30);
		expect(fractions).toEqual([0, 1]);
		expect(marks.map((m) => [m.year, m.anchor])).toEqual([
			[2024, 'start'],
			[2025, 'start']
		]);
		// With narrower labels the last one fits, ending at its line.
		const narrow = yearMarks(days, [0, 100], 100, 20);
		expect(narrow.map((m) => [m.year, m.anchor])).toEqual([
			[2024, 'start'],
			[2025, 'start'],
			[2026, 'end']
		]);
	});

	it('gives nothing without days', () => {
		expect(yearMarks([], [], 100, 10)).toEqual([]);
	});
});

describe('nearestIndex', () => {
	it('picks the nearest position, the earlier on a tie', () => {
		expect(nearestIndex([0, 10, 20], 14)).toBe(1);
		expect(nearestIndex([0, 10, 20], 16)).toBe(2);
		expect(nearestIndex([0, 10, 20], 5)).toBe(0);
		expect(nearestIndex([0, 10, 20], -50)).toBe(0);
		expect(nearestIndex([], 5)).toBe(-1);
	});
});

describe('scrubberKey', () => {
	it('steps with the arrows, Home and End, and jumps five events with PageUp and PageDown', () => {
		expect(
			['ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowUp', 'Home', 'End'].map((k) =>
				scrubberKey(k, 3)
			)
		).toEqual([
			{ step: 'prev' },
			{ step: 'prev' },
			{ step: 'next' },
			{ step: 'next' },
			{ step: 'first' },
			{ step: 'last' }
		]);
		expect(scrubberKey('PageUp', 3)).toEqual({ jump: 8 });
		expect(scrubberKey('PageDown', 3)).toEqual({ jump: 0 });
		expect(scrubberKey('PageDown', 12)).toEqual({ jump: 7 });
	});

	it('starts from the first event when none is current, and leaves other keys alone', () => {
		expect(scrubberKey('PageUp', -1)).toEqual({ jump: 5 });
		expect(scrubberKey('PageDown', -1)).toEqual({ jump: 0 });
		expect(scrubberKey('Enter', 3)).toBeNull();
		expect(scrubberKey('a', 3)).toBeNull();
	});
});
