import { describe, expect, it } from 'vitest';
import { panelInsets } from '../../../src/lib/story/layout';
import { tourInsets } from '../../../src/lib/story/tourLayout';

describe('tourInsets', () => {
	it('keeps the wide card clear on wide screens', () => {
		const size = { viewportWidth: 1440, viewportHeight: 900, mapWidth: 980, mapHeight: 760 };
		const insets = tourInsets(size);
		expect(insets).toMatchObject({ top: 0, right: 0, bottom: 0 });
		// Wider than an ordinary panel's inset.
		expect(insets.left).toBeGreaterThan(panelInsets(true, size).left ?? 0);
	});

	it('never covers more than the share of the map on a narrower wide screen', () => {
		const size = { viewportWidth: 1200, viewportHeight: 800, mapWidth: 740, mapHeight: 700 };
		expect(tourInsets(size).left).toBe(Math.round(740 * 0.6));
	});

	it('is the panel inset on phones and narrow desktops, and zero without a map size', () => {
		const phone = { viewportWidth: 375, viewportHeight: 667, mapWidth: 375, mapHeight: 400 };
		expect(tourInsets(phone)).toEqual(panelInsets(true, phone));
		const narrow = { viewportWidth: 1000, viewportHeight: 800, mapWidth: 540, mapHeight: 700 };
		expect(tourInsets(narrow)).toEqual(panelInsets(true, narrow));
		const none = { viewportWidth: 1440, viewportHeight: 900, mapWidth: 0, mapHeight: 0 };
		expect(tourInsets(none)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});
