import { describe, expect, it } from 'vitest';
import { overlayPercent } from '../../../src/lib/map/static/overlay';

describe('overlayPercent', () => {
	it('gives a frame coordinate as a percentage of the extent, to two decimals', () => {
		expect(overlayPercent(0, 600)).toBe('0%');
		expect(overlayPercent(300, 600)).toBe('50%');
		expect(overlayPercent(100, 600)).toBe('16.67%');
		expect(overlayPercent(600, 600)).toBe('100%');
	});
});
