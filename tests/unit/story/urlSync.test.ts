import { describe, expect, it } from 'vitest';
import { StoryState } from '../../../src/lib/story/state.svelte';
import { UrlSync, type BrowserWindow } from '../../../src/lib/story/urlSync.svelte';
import type { KnownIds } from '../../../src/lib/story/url';

const eventOrder = ['e1', 'e2', 'e3'];
const known: KnownIds = {
	countries: new Set(['IRN', 'AFG']),
	events: new Set(eventOrder),
	claims: new Set(['c1']),
	places: new Set(['herat', 'kabul'])
};

/**
 * A browser stand-in: a history stack whose push/replace change `location` like the real
 * History API, and back/forward that move in it and fire popstate, as browsers do.
 */
function fakeBrowser(start: string, pathname = '/khorasan') {
	const entries = [start];
	let index = 0;
	const listeners = new Set<() => void>();
	const location = { pathname, search: start };
	const calls: string[] = [];
	const setUrl = (url: string) => {
		const q = url.indexOf('?');
		location.search = q < 0 ? '' : url.slice(q);
		location.pathname = q < 0 ? url : url.slice(0, q);
	};
	const win: BrowserWindow = {
		location,
		addEventListener: (_type, fn) => listeners.add(fn),
		removeEventListener: (_type, fn) => listeners.delete(fn)
	};
	const history = {
		pushState(url: string) {
			calls.push(`push ${url}`);
			entries.splice(index + 1, Infinity, url);
			index += 1;
			setUrl(url);
		},
		replaceState(url: string) {
			calls.push(`replace ${url}`);
			entries[index] = url;
			setUrl(url);
		}
	};
	const go = (delta: number) => {
		index += delta;
		setUrl(entries[index] ?? '');
		for (const fn of listeners) fn();
	};
	return {
		win,
		history,
		calls,
		entries,
		back: () => go(-1),
		forward: () => go(1),
		listenerCount: () => listeners.size
	};
}

function setup(start: string) {
	const browser = fakeBrowser(start);
	const story = new StoryState({ eventOrder, known });
	const sync = new UrlSync({ story, known, history: browser.history, window: browser.win });
	return { browser, story, sync };
}

describe('UrlSync', () => {
	it('applies the URL on start without writing history', () => {
		const { browser, story, sync } = setup('?country=irn&event=e2');
		sync.start();
		expect(story.selection).toEqual({ country: 'IRN', event: 'e2' });
		expect(sync.notices).toEqual([]);
		expect(browser.calls).toEqual([]);
	});

	it('shows notices for bad values and the valid rest of the state', () => {
		const { story, sync } = setup('?country=XXX&event=e1&claim=%3Cb%3E');
		sync.start();
		expect(story.selection).toEqual({ event: 'e1' });
		expect(sync.notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
			'country:unknown',
			'claim:unknown'
		]);
		sync.dismissNotices();
		expect(sync.notices).toEqual([]);
	});

	it('pushes a history entry for each step, under the base path', () => {
		const { browser, story, sync } = setup('');
		sync.start();
		story.selectCountry('IRN');
		story.stepEvent('next');
		story.selectClaim('c1');
		expect(browser.calls).toEqual([
			'push /khorasan?country=IRN',
			'push /khorasan?country=IRN&event=e1',
			'push /khorasan?country=IRN&event=e1&claim=c1'
		]);
	});

	it('replaces the entry for pan and zoom, so Back skips them', () => {
		const { browser, story, sync } = setup('');
		sync.start();
		story.selectCountry('AFG');
		story.setView({ lon: 66, lat: 34, zoom: 5 });
		story.setView({ lon: 67, lat: 34, zoom: 5.5 });
		expect(browser.calls).toEqual([
			'push /khorasan?country=AFG',
			'replace /khorasan?country=AFG&view=66,34,5',
			'replace /khorasan?country=AFG&view=67,34,5.5'
		]);
		expect(browser.entries).toEqual(['', '/khorasan?country=AFG&view=67,34,5.5']);
	});

	it('walks selections with Back and Forward without writing history', () => {
		const { browser, story, sync } = setup('');
		sync.start();
		story.selectCountry('IRN');
		story.selectEvent('e3');
		story.setView({ lon: 57, lat: 30, zoom: 7 });
		const written = browser.calls.length;

		browser.back();
		expect(story.selection).toEqual({ country: 'IRN' });
		browser.back();
		expect(story.selection).toEqual({});
		browser.forward();
		browser.forward();
		expect(story.selection).toEqual({
			country: 'IRN',
			event: 'e3',
			view: { lon: 57, lat: 30, zoom: 7 }
		});
		expect(browser.calls).toHaveLength(written);
	});

	it('a step after Back drops the forward entries, like any browser history', () => {
		const { browser, story, sync } = setup('');
		sync.start();
		story.selectEvent('e1');
		story.selectEvent('e2');
		browser.back();
		story.selectEvent('e3');
		expect(browser.entries).toEqual(['', '/khorasan?event=e1', '/khorasan?event=e3']);
	});

	it('clears the notices when the reader steps away from the bad URL', () => {
		const { story, sync } = setup('?event=nope');
		sync.start();
		expect(sync.notices).toHaveLength(1);
		story.selectEvent('e1');
		expect(sync.notices).toEqual([]);
	});

	it('writes a clean URL on the first step, dropping junk and unrelated parameters', () => {
		const { browser, story, sync } = setup('?utm_source=x&country=irn&event=nope');
		sync.start();
		story.stepEvent('next');
		expect(browser.calls).toEqual(['push /khorasan?country=IRN&event=e1']);
	});

	it('returning to the default state pushes the bare path', () => {
		const { browser, story, sync } = setup('?country=IRN');
		sync.start();
		story.clear();
		expect(browser.calls).toEqual(['push /khorasan']);
	});

	it('does not write when the address bar already says the same', () => {
		const { browser, story, sync } = setup('?country=IRN');
		sync.start();
		story.apply({}); // e.g. state reset elsewhere, then the reader picks the same country
		story.selectCountry('IRN');
		expect(browser.calls).toEqual([]);
	});

	it('stop removes the popstate listener and stops writing; start twice keeps one listener', () => {
		const { browser, story, sync } = setup('');
		sync.start();
		const stop = sync.start();
		expect(browser.listenerCount()).toBe(1);
		stop();
		expect(browser.listenerCount()).toBe(0);
		story.selectCountry('IRN');
		expect(browser.calls).toEqual([]);
		stop(); // idempotent
	});
});
