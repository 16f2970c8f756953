import { describe, expect, it } from 'vitest';
import { dateFields } from '../../../src/lib/export/dates';

describe('dateFields', () => {
	it('gives a day its own day', () => {
		expect(dateFields('2024-01-03')).toEqual({
			date: '2024-01-03',
			dateText: '3 January 2024',
			dateIso: '2024-01-03',
			dateStart: '2024-01-03',
			dateEnd: '2024-01-03',
			datePrecision: 'day',
			dateEndPrecision: 'day'
		});
	});

	it('spans a month or a year, keeping the precision', () => {
		expect(dateFields('2025-02')).toMatchObject({
			dateStart: '2025-02-01',
			dateEnd: '2025-02-28',
			datePrecision: 'month',
			dateText: 'February 2025'
		});
		expect(dateFields('2019')).toMatchObject({
			dateStart: '2019-01-01',
			dateEnd: '2019-12-31',
			datePrecision: 'year'
		});
	});

	it('writes ranges as ISO intervals, open ones with no end', () => {
		expect(dateFields('2025-06-13..2025-06-24')).toMatchObject({
			dateIso: '2025-06-13/2025-06-24',
			dateEnd: '2025-06-24',
			dateText: '13–24 June 2025'
		});
		expect(dateFields('2015-02..present')).toMatchObject({
			dateIso: '2015-02/..',
			dateStart: '2015-02-01',
			dateEnd: null,
			datePrecision: 'month',
			dateEndPrecision: 'present'
		});
		expect(dateFields('2014..2016-05')).toMatchObject({
			datePrecision: 'year',
			dateEndPrecision: 'month',
			dateEnd: '2016-05-31'
		});
	});
});
