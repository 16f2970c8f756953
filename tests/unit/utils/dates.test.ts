import { describe, expect, it } from 'vitest';
import {
	compareDates,
	dateSortKey,
	datetimeAttr,
	datetimeParts,
	daysInMonth,
	firstDay,
	formatDate,
	isoInterval,
	lastDay,
	mustParseDate,
	parseDate,
	DateParseError
} from '../../../src/lib/utils/dates';

describe('parseDate', () => {
	it('parses the three precisions', () => {
		expect(mustParseDate('2019')).toEqual({
			source: '2019',
			start: { year: 2019, precision: 'year' },
			precision: 'year'
		});
		expect(mustParseDate('2025-04').start).toEqual({ year: 2025, month: 4, precision: 'month' });
		expect(mustParseDate('2025-04-22').start).toEqual({
			year: 2025,
			month: 4,
			day: 22,
			precision: 'day'
		});
	});

	it('parses closed and open ranges', () => {
		const war = mustParseDate('2025-06-13..2025-06-24');
		expect(war.start).toMatchObject({ year: 2025, month: 6, day: 13 });
		expect(war.end).toMatchObject({ year: 2025, month: 6, day: 24 });
		expect(war.precision).toBe('day');
		const open = mustParseDate('2015-02..present');
		expect(open.end).toBe('present');
		expect(open.precision).toBe('month');
		expect(mustParseDate('2014..2016-03').end).toMatchObject({ year: 2016, month: 3 });
	});

	it('trims surrounding whitespace', () => {
		expect(mustParseDate(' 2019-06 ').source).toBe('2019-06');
	});

	it.each([
		['', 'format'],
		['19', 'format'],
		['2019-6', 'format'],
		['2019-06-1', 'format'],
		['2019/06/01', 'format'],
		['June 2019', 'format'],
		['2019-06-01T10:00', 'format'],
		['2019..', 'format'],
		['..2019', 'format'],
		['2019..2020..2021', 'format'],
		['2019..now', 'format'],
		['present', 'format'],
		['0000', 'impossible'],
		['2019-13', 'impossible'],
		['2019-00', 'impossible'],
		['2025-02-30', 'impossible'],
		['2025-02-29', 'impossible'],
		['2025-04-31', 'impossible'],
		['2025-01-00', 'impossible'],
		['2025-01-32', 'impossible'],
		['2019..2019-13', 'impossible'],
		['2025-06-24..2025-06-13', 'order'],
		['2020..2019', 'order'],
		['2019-05..2019-04', 'order'],
		['2019-05-01..2019-04', 'order']
	] as const)('rejects %j as %s', (input, kind) => {
		const result = parseDate(input);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.kind).toBe(kind);
			expect(result.error).toContain(`"`);
		}
	});

	it('explains what is wrong', () => {
		const bad = parseDate('2025-02-30');
		expect(!bad.ok && bad.error).toBe('"2025-02-30": February 2025 has no day 30 (expected 01-28)');
		const month = parseDate('2019-13');
		expect(!month.ok && month.error).toBe('"2019-13": month 13 does not exist (expected 01-12)');
		const order = parseDate('2025-06-24..2025-06-13');
		expect(!order.ok && order.error).toBe(
			'"2025-06-24..2025-06-13" ends (2025-06-13) before it starts (2025-06-24)'
		);
		expect(() => mustParseDate('2019-13')).toThrow(DateParseError);
	});

	it('accepts leap days only in leap years', () => {
		expect(parseDate('2024-02-29').ok).toBe(true);
		expect(parseDate('2000-02-29').ok).toBe(true);
		expect(parseDate('1900-02-29').ok).toBe(false);
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2023, 2)).toBe(28);
		expect(daysInMonth(2023, 4)).toBe(30);
		expect(daysInMonth(2023, 12)).toBe(31);
	});

	it('accepts vague but not reversed ranges and degenerate ranges', () => {
		expect(parseDate('2019-05..2019').ok).toBe(true);
		expect(parseDate('2019-05-10..2019-05').ok).toBe(true);
		expect(parseDate('2019-05-10..2019-05-10').ok).toBe(true);
	});
});

describe('first and last day', () => {
	it('covers the whole period of a partial date', () => {
		expect(firstDay('2019')).toBe('2019-01-01');
		expect(lastDay('2019')).toBe('2019-12-31');
		expect(firstDay('2024-02')).toBe('2024-02-01');
		expect(lastDay('2024-02')).toBe('2024-02-29');
		expect(lastDay('2023-02')).toBe('2023-02-28');
		expect(lastDay('2025-06-13..2025-06-24')).toBe('2025-06-24');
		expect(lastDay('2015-02..present')).toBeNull();
	});
});

describe('sorting', () => {
	it('sorts by start, then by end', () => {
		const dates = [
			'2025-06-13..2025-06-24',
			'2019..present',
			'2019',
			'2024-01-03',
			'2019-01',
			'2019..2020',
			'2018-07-29',
			'2019-01-01',
			'2025-06',
			'2024'
		];
		expect([...dates].sort(compareDates)).toEqual([
			'2018-07-29',
			'2019-01-01',
			'2019-01',
			'2019',
			'2019..2020',
			'2019..present',
			'2024',
			'2024-01-03',
			'2025-06',
			'2025-06-13..2025-06-24'
		]);
	});

	it('puts a year-precision date at the start of its year', () => {
		expect(compareDates('2019', '2019-03-05')).toBeLessThan(0);
		expect(compareDates('2019', '2018-12-31')).toBeGreaterThan(0);
		expect(dateSortKey('2019')).toBe('2019-01-01/2019-12-31');
		expect(dateSortKey('2015-02..present')).toBe('2015-02-01/9999-99-99');
	});

	it('is zero for the same date and accepts parsed dates', () => {
		expect(compareDates('2019-06', mustParseDate('2019-06'))).toBe(0);
	});
});

describe('formatDate', () => {
	it.each([
		['2019', '2019'],
		['2025-04', 'April 2025'],
		['2025-04-22', '22 April 2025'],
		['2024-01-03', '3 January 2024'],
		['2025-06-13..2025-06-24', '13–24 June 2025'],
		['2015-12-27..2015-12-29', '27–29 December 2015'],
		['2018-07-31..2018-08-01', '31 July – 1 August 2018'],
		['2018-12-31..2019-01-02', '31 December 2018 – 2 January 2019'],
		['2015-02..2015-04', 'February–April 2015'],
		['2014-11..2015-02', 'November 2014 – February 2015'],
		['2014..2016', '2014–2016'],
		['2015-02..present', 'February 2015 – present'],
		['2015..present', '2015–present'],
		['2015-02-03..present', '3 February 2015 – present'],
		['2019..2021-03', '2019 – March 2021'],
		['2019-05-10..2019-05-10', '10 May 2019']
	])('formats %s as %s', (input, expected) => {
		expect(formatDate(input)).toBe(expected);
	});

	it('throws on invalid input instead of guessing', () => {
		expect(() => formatDate('2019-02-30')).toThrow('February 2019 has no day 30');
	});
});

describe('machine forms', () => {
	it('gives ISO partial dates for <time datetime>', () => {
		expect(datetimeAttr('2019')).toBe('2019');
		expect(datetimeAttr('2025-04')).toBe('2025-04');
		expect(datetimeAttr('2025-04-02')).toBe('2025-04-02');
		expect(datetimeAttr('2025-06-13..2025-06-24')).toBe('2025-06-13');
	});

	it('gives both ends and an ISO interval', () => {
		expect(datetimeParts('2025-06-13..2025-06-24')).toEqual({
			start: '2025-06-13',
			end: '2025-06-24'
		});
		expect(datetimeParts('2019')).toEqual({ start: '2019', end: null });
		expect(datetimeParts('2015-02..present')).toEqual({ start: '2015-02', end: 'present' });
		expect(isoInterval('2025-06-13..2025-06-24')).toBe('2025-06-13/2025-06-24');
		expect(isoInterval('2015-02..present')).toBe('2015-02/..');
		expect(isoInterval('2019-06')).toBe('2019-06');
	});
});
