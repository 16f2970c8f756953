import { describe, expect, it } from 'vitest';
import {
	PHONE_MAX_WIDTH,
	SIDE_GAP,
	SIDE_MIN_WIDTH,
	SIDE_WIDTH,
	TEXT_COLUMN_WIDTH,
	POPUP_ROOM,
	cameraPadding,
	panelCssVars,
	panelInsets,
	panelMode,
	popupIsSheet
} from '../../../src/lib/story/layout';

describe('panelMode', () => {
	it('is a phone sheet up to 860 px, over the text column on narrow desktops, beside it on wide ones', () => {
		expect(panelMode(360)).toBe('phone');
		expect(panelMode(PHONE_MAX_WIDTH)).toBe('phone');
		expect(panelMode(PHONE_MAX_WIDTH + 1)).toBe('column');
		expect(panelMode(SIDE_MIN_WIDTH - 1)).toBe('column');
		expect(panelMode(SIDE_MIN_WIDTH)).toBe('side');
		expect(panelMode(2560)).toBe('side');
	});
});

describe('panelInsets', () => {
	const desktop = { viewportWidth: 1440, viewportHeight: 900, mapWidth: 980, mapHeight: 760 };

	it('is zero when the panel is closed or the map has no size yet', () => {
		expect(panelInsets(false, desktop)).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
		expect(panelInsets(true, { ...desktop, mapWidth: 0 }).left).toBe(0);
	});

	it('keeps the side panel (width and gaps) clear on the left, at most half the map', () => {
		expect(panelInsets(true, desktop)).toEqual({
			top: 0,
			right: 0,
			bottom: 0,
			left: SIDE_WIDTH + 2 * SIDE_GAP
		});
		expect(panelInsets(true, { ...desktop, viewportWidth: 1200, mapWidth: 740 }).left).toBe(370);
	});

	it('leaves the map alone when the panel covers the text column', () => {
		expect(panelInsets(true, { ...desktop, viewportWidth: 1000, mapWidth: 540 })).toEqual({
			top: 0,
			right: 0,
			bottom: 0,
			left: 0
		});
	});

	it('on phones, keeps clear only the part of the map the sheet covers', () => {
		const phone = { viewportWidth: 375, viewportHeight: 667, mapWidth: 375, mapHeight: 400 };
		// The sheet starts half way down (333.5 px); the map ends at 400 px.
		expect(panelInsets(true, phone).bottom).toBe(67);
		// Scrolled so the map's top is off screen: more of it is covered, capped at two thirds.
		expect(panelInsets(true, { ...phone, mapTop: 300 }).bottom).toBe(267);
		// Scrolled past the map: nothing of it is under the sheet.
		expect(panelInsets(true, { ...phone, mapTop: -500 }).bottom).toBe(0);
	});
});

describe('panelCssVars', () => {
	it('gives the CSS the same sizes the insets use', () => {
		expect(panelCssVars()).toEqual({
			'--panel-side-width': `${SIDE_WIDTH}px`,
			'--panel-gap': `${SIDE_GAP}px`,
			'--text-column': `${TEXT_COLUMN_WIDTH}px`,
			'--panel-phone-share': '50'
		});
	});
});

describe('cameraPadding', () => {
	const size = { viewportWidth: 1440, viewportHeight: 900, mapWidth: 980, mapHeight: 700 };
	it('adds room above the target when a popup will open there', () => {
		expect(cameraPadding(false, true, size)).toEqual({
			top: 700 * POPUP_ROOM,
			right: 0,
			bottom: 0,
			left: 0
		});
		expect(cameraPadding(true, true, size)).toMatchObject({
			top: 280,
			left: SIDE_WIDTH + 2 * SIDE_GAP
		});
	});
	it('is the panel insets alone without a popup', () => {
		expect(cameraPadding(true, false, size)).toEqual(panelInsets(true, size));
	});
});

describe('popupIsSheet', () => {
	it('is a sheet on phones only', () => {
		expect(popupIsSheet(375)).toBe(true);
		expect(popupIsSheet(PHONE_MAX_WIDTH)).toBe(true);
		expect(popupIsSheet(PHONE_MAX_WIDTH + 1)).toBe(false);
		expect(popupIsSheet(1440)).toBe(false);
	});
});
