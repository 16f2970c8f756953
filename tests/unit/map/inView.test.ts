import { describe, expect, it } from 'vitest';
import { panToShow } from '../../../src/lib/map/inView';

describe('panToShow', () => {
	const size = { width: 375, height: 400 };
	const sheet = { top: 0, right: 0, bottom: 67, left: 0 };

	it('leaves a point in the free part where it is', () => {
		expect(panToShow([180, 200], size, sheet, 16)).toBeNull();
		expect(panToShow([16, 317], size, sheet, 16)).toBeNull();
	});

	it('brings a point under the sheet up to the middle of the free part, and only vertically', () => {
		// Free part: y 16..317, its middle 166.5; the view moves down by the difference.
		expect(panToShow([180, 380], size, sheet, 16)).toEqual([0, 214]);
		const [dx, dy] = panToShow([180, 380], size, sheet, 16)!;
		expect(380 - dy).toBeGreaterThanOrEqual(16);
		expect(380 - dy).toBeLessThanOrEqual(400 - 67 - 16);
		expect(dx).toBe(0);
	});

	it('brings a point beyond a side back, and points above the map down', () => {
		expect(panToShow([-37.5, 100], size, sheet)).toEqual([-225, 0]);
		expect(panToShow([412.5, -13.5], size, sheet)).toEqual([225, -180]);
	});

	it('does nothing when the insets leave no free part', () => {
		expect(panToShow([180, 380], size, { top: 200, bottom: 200 })).toBeNull();
	});
});
