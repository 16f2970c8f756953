import { describe, expect, it } from 'vitest';
import { KIND_RADIUS } from '../../../src/lib/map/placeKindSizes';
import { dotStyle } from '../../../src/lib/map/static/dots';
import { PALETTE } from '../../../src/lib/map/palette';

describe('dotStyle', () => {
	it('draws capitals largest and solid, towns smaller and lighter, as the WebGL map', () => {
		const capital = dotStyle('capital', true);
		const town = dotStyle('town', false);
		expect(capital.fill).toBe(PALETTE.placeDot);
		expect(town.fill).toBe(PALETTE.minorPlaceDot);
		expect(capital.r).toBeGreaterThan(town.r);
		// Between the WebGL radii at zoom 3 and zoom 8.
		expect(capital.r).toBeGreaterThanOrEqual(KIND_RADIUS.capital![0]);
		expect(capital.r).toBeLessThan(KIND_RADIUS.capital![1]);
	});

	it('draws areas as hollow rings and sites in the accent colour', () => {
		for (const kind of ['district', 'corridor']) {
			expect(dotStyle(kind, false).fill).toBe('none');
			expect(dotStyle(kind, false).stroke).toBe(PALETTE.placeDot);
		}
		expect(dotStyle('site', false).fill).toBe(PALETTE.site);
	});

	it('falls back to the key-city and other sizes for places without a kind', () => {
		expect(dotStyle(undefined, true).r).toBeGreaterThan(dotStyle(undefined, false).r);
		expect(dotStyle(undefined, true).fill).toBe(PALETTE.placeDot);
	});
});
