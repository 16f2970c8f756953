/**
 * Probes of the live page for the robustness and long tests: JS heap, listeners, and the map's
 * layers, sources and popups.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, startWebGLMap, type PageGuard } from './fixtures';
import { expectedFor, type ContentIds } from '../shared/urlOracle';
import { MAX_BOUNDS } from '../../src/lib/map/region';
// Brings in the type of `window.__storyMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';

/** Forces a full garbage collection and returns the main thread's used JS heap, in bytes. */
export async function usedHeap(cdp: CDPSession): Promise<number> {
	for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
	if (!used) throw new Error('Performance.getMetrics gave no JSHeapUsedSize');
	return used.value;
}

/** Heap snapshot node types that are not objects of the page's JavaScript. */
const NOT_JS_OBJECTS = new Set(['code', 'native', 'synthetic', 'hidden']);

/**
 * Forces a full garbage collection, takes a heap snapshot and returns the bytes of the page's
 * JavaScript objects in it (objects, arrays, closures, strings, numbers...): what a leak grows.
 * Left out: compiled code, which grows while V8 optimises hot functions during a long run (over
 * 216 timeline steps, 0.7 of the 0.76 MB that JSHeapUsedSize grew was code), and the browser's
 * own native objects (DevTools network records, performance timeline buffers).
 */
export async function jsObjectHeap(cdp: CDPSession): Promise<number> {
	for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
	const chunks: string[] = [];
	const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
	cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
	await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
	cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
	const snapshot = JSON.parse(chunks.join('')) as {
		snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
		nodes: number[];
	};
	const fields = snapshot.snapshot.meta.node_fields;
	const types = snapshot.snapshot.meta.node_types[0];
	const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
	let bytes = 0;
	for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
		if (!NOT_JS_OBJECTS.has(types[snapshot.nodes[i + typeAt]!]!))
			bytes += snapshot.nodes[i + sizeAt]!;
	}
	return bytes;
}

/** Listeners registered on an object of the page, as CDP sees them (`expression` names it). */
export async function cdpListeners(cdp: CDPSession, expression: string): Promise<number> {
	const { result } = await cdp.send('Runtime.evaluate', { expression });
	if (!result.objectId) throw new Error(`${expression} is not an object`);
	const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
		objectId: result.objectId
	});
	await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
	return listeners.length;
}

/**
 * An init script that keeps count of the listeners registered through addEventListener on every
 * target (window, document, elements, media queries, workers...), without keeping any target
 * alive: `window.__liveListeners()` sums those on targets still alive and, for nodes, still in
 * the document. Duplicate registrations and removals of unknown listeners count as the browser
 * counts them (not at all).
 */
export function listenerCounterScript(): void {
	type Entry = Map<EventListenerOrEventListenerObject, Set<string>>;
	const registry = new WeakMap<EventTarget, Entry>();
	const targets: WeakRef<EventTarget>[] = [];
	const add = EventTarget.prototype.addEventListener;
	const remove = EventTarget.prototype.removeEventListener;
	const captureOf = (o?: boolean | AddEventListenerOptions | EventListenerOptions) =>
		typeof o === 'boolean' ? o : !!o?.capture;
	EventTarget.prototype.addEventListener = function (type, listener, options) {
		if (listener) {
			let entry = registry.get(this);
			if (!entry) {
				entry = new Map();
				registry.set(this, entry);
				targets.push(new WeakRef(this));
			}
			// A listener with { once } or { signal } goes away on its own: not counted as live.
			if (!(typeof options === 'object' && (options.once || options.signal))) {
				let keys = entry.get(listener);
				if (!keys) entry.set(listener, (keys = new Set()));
				keys.add(`${type}|${captureOf(options)}`);
			}
		}
		return add.call(this, type, listener, options);
	};
	EventTarget.prototype.removeEventListener = function (type, listener, options) {
		if (listener)
			registry
				.get(this)
				?.get(listener)
				?.delete(`${type}|${captureOf(options)}`);
		return remove.call(this, type, listener, options);
	};
	(window as unknown as { __liveListeners: () => number }).__liveListeners = () => {
		let n = 0;
		for (const ref of targets) {
			const target = ref.deref();
			if (!target) continue;
			if (target instanceof Node && !target.isConnected) continue;
			for (const keys of registry.get(target)?.values() ?? []) n += keys.size;
		}
		return n;
	};
}

/** What the soak test compares before and after. */
export interface MapCounts {
	layers: number;
	sources: number;
	popups: number;
	/** Listeners on the MapLibre map object itself (map.on / map.once). */
	mapListeners: number;
	/** Listeners on live targets, from listenerCounterScript. */
	liveListeners: number;
	/** DOM nodes in the document. */
	nodes: number;
}

export function mapCounts(page: Page): Promise<MapCounts> {
	return page.evaluate(() => {
		const map = window.__storyMap!.map;
		const style = map.getStyle();
		// MapLibre's Evented keeps its listeners here; not public API, so read defensively.
		const evented = map as unknown as {
			_listeners?: Record<string, unknown[]>;
			_oneTimeListeners?: Record<string, unknown[]>;
		};
		const count = (o?: Record<string, unknown[]>) =>
			Object.values(o ?? {}).reduce((n, list) => n + list.length, 0);
		return {
			layers: style.layers.length,
			sources: Object.keys(style.sources).length,
			popups: document.querySelectorAll('.maplibregl-popup').length,
			mapListeners: count(evented._listeners) + count(evented._oneTimeListeners),
			liveListeners: (window as unknown as { __liveListeners: () => number }).__liveListeners(),
			nodes: document.getElementsByTagName('*').length
		};
	});
}

/** Waits until the camera has stopped and everything is drawn (fails after `ms`). */
export async function settle(page: Page, ms = 15_000): Promise<void> {
	await page.waitForFunction(() => !!window.__storyMap && !window.__storyMap.map.isMoving(), null, {
		timeout: ms
	});
	await page.evaluate(
		(ms) =>
			Promise.race([
				window.__storyMap!.idle(),
				new Promise((_, reject) =>
					setTimeout(() => reject(new Error(`the map was not idle after ${ms} ms`)), ms)
				)
			]),
		ms
	);
}

/** Opens the main page and waits for hydration, the WebGL map and an idle camera. */
export async function openReady(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await expect(page.locator('[data-testid=timeline][data-ready]')).toBeAttached();
	await startWebGLMap(page);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
	await settle(page);
}

/** The camera: centre and zoom. */
export function camera(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
	return page.evaluate(() => {
		const map = window.__storyMap!.map;
		const c = map.getCenter();
		return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
	});
}

/**
 * Opens a hostile link on a page whose WebGL map already runs, and checks that it ends in the
 * state the independent oracle (tests/shared/urlOracle.ts) says: panel, timeline card and notices
 * as expected, no page error, nothing injected, the camera inside the region (at `home` when
 * nothing is selected). Camera moves must jump (reduced motion) for the camera check.
 */
export async function expectSaneLink(
	page: Page,
	network: PageGuard,
	query: string,
	ids: ContentIds,
	home: { lon: number; lat: number; zoom: number },
	where = `/${query.slice(0, 300)}`
): Promise<void> {
	const response = await page.goto(`/${query}`);
	expect(response?.status(), where).toBe(200);
	// What the browser actually sent (after its own URL parsing) is what the page reads.
	const sent = new URL(response!.request().url());
	const want = expectedFor(sent.search, ids);

	await expect(page.locator('[data-testid=timeline][data-ready]'), where).toBeAttached();
	await startWebGLMap(page);
	await expect(page.getByTestId('map'), where).toHaveAttribute('data-map-state', 'ready', {
		timeout: 60_000
	});
	// Camera moves jump (reduced motion), so a map that stands still is where it goes.
	await page.waitForFunction(() => window.__storyMap?.map.isMoving() === false);

	expect(network.errors, where).toEqual([]);
	await expect(page.locator('h1'), where).toHaveCount(1);
	await expect(page.locator('h1'), where).toBeVisible();
	expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window), where).toBe(false);

	const panel = page.getByTestId('panel');
	if (want.claim) {
		await expect(panel, where).toHaveAttribute('data-panel-kind', 'claim');
	} else if (want.country) {
		await expect(panel, where).toHaveAttribute('data-panel-kind', 'country');
		// The country list offers only countries with claims or events; those show it too.
		const link = page.locator(`[data-testid=country-list] a[data-country="${want.country}"]`);
		if (await link.count()) await expect(link, where).toHaveAttribute('aria-current', 'true');
	} else {
		await expect(panel, where).toHaveCount(0);
	}

	const card = page.getByTestId('timeline-card');
	if (want.event) await expect(card, where).toHaveAttribute('data-event-id', want.event);
	else await expect(card, where).not.toHaveAttribute('data-event-id', /.*/);

	const notices = page.getByTestId('url-notices');
	if (want.notices) {
		await expect(notices, where).toBeVisible();
		await expect(notices.locator('li'), where).toHaveCount(want.noticeCount);
		// Quoted values are cleaned: no control, zero-width or bidi characters reach the text.
		for (const text of await notices.locator('li').allTextContents()) {
			// eslint-disable-next-line no-control-regex
			expect(text, where).not.toMatch(/[\u0000-\u001f\u200b-\u200f\u202a-\u202e]/);
		}
	} else {
		await expect(notices, where).toHaveCount(0);
	}

	// The camera is somewhere sane, inside the region; with nothing selected, at home.
	const cam = await camera(page);
	expect([cam.lon, cam.lat, cam.zoom].every(Number.isFinite), where).toBe(true);
	const [[w, s], [e, n]] = MAX_BOUNDS;
	expect(cam.lon, where).toBeGreaterThanOrEqual(w);
	expect(cam.lon, where).toBeLessThanOrEqual(e);
	expect(cam.lat, where).toBeGreaterThanOrEqual(s);
	expect(cam.lat, where).toBeLessThanOrEqual(n);
	if (!want.claim && !want.country && !want.event && !want.view) {
		expect(Math.abs(cam.lon - home.lon), where).toBeLessThan(0.01);
		expect(Math.abs(cam.lat - home.lat), where).toBeLessThan(0.01);
		expect(Math.abs(cam.zoom - home.zoom), where).toBeLessThan(0.01);
	}
}
