import { afterEach, describe, expect, inject, it } from 'vitest';
import { flushSync } from 'svelte';
import { Explore } from '../../src/lib/story/explore.svelte';
import type { HistoryWriter } from '../../src/lib/story/urlSync.svelte';
import { sameValue } from '../../src/lib/story/equal';
import { createIndex } from '../../src/lib/content/selectors';

const history: HistoryWriter = { pushState: () => {}, replaceState: () => {} };
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A controller inside an effect root, as a page component would hold it. */
function explore(options: { history?: HistoryWriter | null } = {}): Explore {
	let made: Explore | undefined;
	cleanup = $effect.root(() => {
		made = new Explore({
			index: createIndex(inject('fixture')),
			countryBounds: {
				IRN: [
					[44, 25],
					[63.3, 39.8]
				]
			},
			history: options.history === undefined ? history : options.history
		});
	});
	flushSync();
	return made!;
}

/** Effects flushed, then the browser's next frame painted and the task after it run. */
async function painted(): Promise<void> {
	flushSync();
	await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
	flushSync();
}

describe('Explore', () => {
	it('has no history writer and no notices to show when built without history', () => {
		expect(explore({ history: null }).sync).toBeNull();
		expect(explore().sync).not.toBeNull();
	});

	it('a country click closes the popup, opens the panel and selects the country on the map', async () => {
		const e = explore();
		e.openPlace('tehran');
		flushSync();
		expect(e.ui.popup).toEqual({ placeId: 'tehran' });
		expect(e.story.selection.place).toBe('tehran');
		e.selectCountry('IRN');
		flushSync();
		expect(e.ui.popup).toBeNull();
		expect(e.story.panel).toEqual({ kind: 'country', id: 'IRN' });
		// The map follows once the page has painted the panel.
		expect(e.map.selectedCountry).toBeNull();
		await painted();
		expect(e.map.selectedCountry).toBe('IRN');
		expect(e.map.camera).toMatchObject({
			bounds: [
				[44, 25],
				[63.3, 39.8]
			]
		});
		expect(e.map.loadWebGL).toBe('immediately');
	});

	it('waits for the reader before starting the WebGL map when nothing is selected', () => {
		const e = explore();
		expect(e.map.loadWebGL).toBe('interaction');
		expect(e.map.camera).toBeNull();
		expect(e.map.highlightCountries).toEqual([...e.claimCountries]);
	});

	it('keeps the same camera target object while the target stays the same', async () => {
		const e = explore();
		e.selectEvent('kerman-bombings-2024');
		await painted();
		const first = e.map.camera;
		expect(first).not.toBeNull();
		e.story.selectPlace('tehran');
		await painted();
		expect(e.map.camera).toBe(first);
	});

	it("gives the current event's place the popup, and a link to that event reopens it", () => {
		const e = explore();
		e.selectEvent('kerman-bombings-2024');
		flushSync();
		expect(e.ui.popup).toEqual({ placeId: 'kerman', eventId: 'kerman-bombings-2024' });
		e.ui.closePopup();
		expect(e.ui.popup).toBeNull();
		e.selectEvent('kerman-bombings-2024');
		expect(e.ui.popup).toEqual({ placeId: 'kerman', eventId: 'kerman-bombings-2024' });
	});

	it('closes the topmost thing: the popup, then the panel, then nothing', () => {
		const e = explore();
		e.selectCountry('IRN');
		flushSync();
		e.openPlace('tehran');
		flushSync();
		expect(e.closeTopmost()).toBe(true);
		expect(e.ui.popup).toBeNull();
		expect(e.story.panel).not.toBeNull();
		expect(e.closeTopmost()).toBe(true);
		expect(e.story.panel).toBeNull();
		expect(e.closeTopmost()).toBe(false);
	});

	it("a tour step highlights the claim's countries and rings its first place", async () => {
		const e = explore();
		e.story.tourTo('tajik-cooperation');
		await painted();
		expect(e.touring).toBe(true);
		expect(e.map.highlightCountries).toEqual(['IRN', 'TJK']);
	});

	it('a reader’s own pan is a state, and does not move the camera back', async () => {
		const e = explore();
		e.moveEnded({ lon: 55, lat: 33, zoom: 4 }, true);
		await painted();
		expect(e.story.selection.view).toEqual({ lon: 55, lat: 33, zoom: 4 });
		expect(e.map.camera).toBeNull();
		e.moveEnded({ lon: 50, lat: 30, zoom: 3 }, false);
		expect(e.story.selection.view).toEqual({ lon: 55, lat: 33, zoom: 4 });
	});
});

describe('sameValue', () => {
	it('compares plain data by structure, ignoring undefined fields', () => {
		expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
		expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
		expect(sameValue({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
		expect(sameValue([1], { 0: 1 })).toBe(false);
		expect(sameValue(null, {})).toBe(false);
		expect(sameValue(1, 1)).toBe(true);
	});
});
