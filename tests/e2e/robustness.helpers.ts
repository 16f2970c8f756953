/**
 * Helpers for the robustness tests (robustness.e2e.ts): a seeded random generator of hostile
 * query strings for the main page, an independent reading of what each one should select (the
 * URL scheme as documented in src/lib/state/url.ts, written again here so that a fault in the
 * page's parser cannot hide behind the test using that same parser), and probes of the live
 * page: JS heap, listeners, and the map's layers, sources and popups.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { parse } from 'yaml';
// Brings in the type of `window.__khorasanMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';

/** Ids of the content, read from the authored YAML (src/content). */
export interface ContentIds {
	countries: string[];
	events: string[];
	claims: string[];
}

function idsOf(file: string): string[] {
	const entries = parse(
		readFileSync(new URL(`../../src/content/${file}`, import.meta.url), 'utf8')
	);
	if (!Array.isArray(entries)) throw new Error(`src/content/${file}: expected a list of entries`);
	return entries.map((e: { id: unknown }) => String(e.id));
}

export function contentIds(): ContentIds {
	return {
		countries: idsOf('countries.yaml'),
		events: idsOf('events.yaml'),
		claims: idsOf('claims.yaml')
	};
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rand, p: number) => r() < p;

const PARAMS = ['country', 'event', 'claim', 'view'] as const;
type Param = (typeof PARAMS)[number];

/** Payloads that must stay text: each would set window.__pwned if it ever ran. */
export const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'<svg onload=window.__pwned=1>',
	'javascript:window.__pwned=1'
];

/** Odd characters: RTL, zero-width, controls, astral, combining marks, NUL, BOM. */
const ODD = [
	'\u202e',
	'\u200b',
	'\u200f',
	'\u2066',
	'\ufeff',
	'\u0000',
	'\u0007',
	'\u001b[31m',
	'\r\n',
	'\t',
	'ایران',
	'Тоҷикистон',
	'😀',
	'e\u0301'
];

/** Raw (already encoded) query fragments that are not valid percent-encoding or are odd forms. */
const RAW_GARBAGE = [
	'%',
	'%%',
	'%zz',
	'%E0%A4%A',
	'%C0%AF',
	'%FF%FE',
	'%ED%A0%80',
	'%25%32%35',
	'%00',
	'+',
	'&&&',
	'==',
	'a=b=c',
	';',
	'#frag'
];

const VIEW_BAD = [
	'NaN,1,2',
	'1e999,0,3',
	'Infinity,0,1',
	'0x10,20,3',
	'1,2',
	'1,2,3,4',
	',,',
	'59.6,,6',
	'59.6;36.3;6',
	'1_000,2,3',
	' , , ',
	'--1,2,3',
	'1.2.3,4,5',
	'9999999999999,1,1'
];
const VIEW_ODD_BUT_VALID = ['-200,100,50', '0,0,0', '+59.6,36.3,6', '59.6,36.3,6', '.5,-.5,3.'];

function nearMiss(r: Rand, id: string): string {
	const i = Math.floor(r() * Math.max(1, id.length));
	switch (Math.floor(r() * 5)) {
		case 0:
			return id + pick(r, ['x', '-', '0', ' 1']);
		case 1:
			return id.slice(0, i) + id.slice(i + 1);
		case 2:
			return id.slice(0, i) + pick(r, ['_', '.', 'Z', '\u200b']) + id.slice(i);
		case 3:
			return id.replace(/-/g, '_');
		default:
			return ` ${id}?`;
	}
}

function wrongCase(r: Rand, id: string): string {
	return chance(r, 0.5)
		? id.toUpperCase()
		: [...id].map((c) => (chance(r, 0.5) ? c.toUpperCase() : c.toLowerCase())).join('');
}

/** A value for `param`: valid, near-miss, wrong case, empty, huge, odd characters, payloads. */
function valueFor(r: Rand, param: Param, ids: ContentIds): string {
	const pool = param === 'country' ? ids.countries : param === 'event' ? ids.events : ids.claims;
	const kind = Math.floor(r() * 10);
	if (param === 'view') {
		if (kind < 3) return pick(r, VIEW_ODD_BUT_VALID);
		if (kind < 7) return pick(r, VIEW_BAD);
	}
	switch (kind) {
		case 0:
		case 1:
		case 2:
			return param === 'view' ? pick(r, VIEW_BAD) : pick(r, pool);
		case 3:
			return nearMiss(r, pick(r, pool));
		case 4:
			return wrongCase(r, pick(r, pool));
		case 5:
			return chance(r, 0.5) ? '' : pick(r, ['  ', '\t', '\u00a0']);
		case 6:
			return pick(r, ['a', 'IRN', '9', '-']).repeat(pick(r, [199, 200, 201, 2_000, 6_000]));
		case 7:
			return pick(r, pool).slice(0, 3) + pick(r, ODD) + pick(r, ODD);
		case 8:
			return pick(r, PAYLOADS);
		default:
			return pick(r, [
				'__proto__',
				'constructor',
				'toString',
				'hasOwnProperty',
				'null',
				'undefined'
			]);
	}
}

function keyFor(r: Rand): string {
	const k = Math.floor(r() * 12);
	if (k < 7) return pick(r, PARAMS);
	if (k < 9) return wrongCase(r, pick(r, PARAMS));
	if (k < 10) return ` ${pick(r, PARAMS)} `;
	return pick(r, ['__proto__', 'constructor', 'debug', 'x', '', 'country[]', 'view.x']);
}

/** Longest query built: room for one huge value (6,000 characters) and some more. */
const QUERY_MAX = 8_000;

/** One query string ("?..." or ""), built from 0-7 parts, some raw and unencoded. */
export function randomQuery(r: Rand, ids: ContentIds): string {
	const parts: string[] = [];
	const n = Math.floor(r() * 8);
	for (let i = 0; i < n; i++) {
		const roll = r();
		if (roll < 0.12) parts.push(pick(r, RAW_GARBAGE));
		else if (roll < 0.2) parts.push(`${encodeURIComponent(keyFor(r))}=${pick(r, RAW_GARBAGE)}`);
		else if (roll < 0.25) parts.push(encodeURIComponent(keyFor(r)));
		else {
			const key = keyFor(r);
			const param = PARAMS.find((p) => p === key.trim().toLowerCase()) ?? pick(r, PARAMS);
			const value = valueFor(r, param, ids);
			// Mostly encoded as a browser would; sometimes raw, as a careless hand-written link.
			const enc = chance(r, 0.8) ? encodeURIComponent(value) : value.replace(/[#&]/g, '');
			parts.push(`${encodeURIComponent(key)}=${enc}`);
		}
		// Servers refuse request lines past 8-16 KB (Node's limit is 16 KB for all headers): a
		// part that would pass QUERY_MAX is dropped, so every case reaches the page.
		if (parts.join('&').length > QUERY_MAX) parts.pop();
	}
	return parts.length ? `?${parts.join('&')}` : '';
}

/** What a query should select and whether it should raise notices. */
export interface Expected {
	country?: string;
	event?: string;
	claim?: string;
	view?: boolean;
	notices: boolean;
}

const PLAIN_DECIMAL = /^[+-]?(\d{1,12}(\.\d{0,12})?|\.\d{1,12})$/;

/**
 * The URL scheme, read independently of src/lib/state/url.ts: parameter names case-insensitive
 * and trimmed, values trimmed, empty values absent, the first valid value of each parameter
 * wins, anything invalid or any further valid value raises a notice; countries are three letters
 * in any case; event and claim ids exact or in lower case; views three plain decimals (clamped,
 * so "-200,100,50" is valid); nothing over 200 characters is valid.
 */
export function expectedFor(query: string, ids: ContentIds): Expected {
	const known = {
		country: new Set(ids.countries),
		event: new Set(ids.events),
		claim: new Set(ids.claims)
	};
	const chosen: Partial<Record<Param, string>> = {};
	let notices = false;
	for (const [rawKey, rawValue] of new URLSearchParams(query)) {
		const param = PARAMS.find((p) => p === rawKey.trim().toLowerCase());
		const value = rawValue.trim();
		if (!param || value === '') continue;
		let ok: string | undefined;
		if (value.length <= 200) {
			if (param === 'country') {
				if (/^[A-Za-z]{3}$/.test(value) && known.country.has(value.toUpperCase()))
					ok = value.toUpperCase();
			} else if (param === 'view') {
				const parts = value.split(',').map((p) => p.trim());
				if (parts.length === 3 && parts.every((p) => PLAIN_DECIMAL.test(p))) ok = value;
			} else {
				const set = known[param];
				ok = set.has(value)
					? value
					: set.has(value.toLowerCase())
						? value.toLowerCase()
						: undefined;
			}
		}
		if (ok === undefined || chosen[param] !== undefined) notices = true;
		else chosen[param] = ok;
	}
	return {
		country: chosen.country,
		event: chosen.event,
		claim: chosen.claim,
		view: chosen.view !== undefined,
		notices
	};
}

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
		const map = window.__khorasanMap!.map;
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
	await page.waitForFunction(
		() => !!window.__khorasanMap && !window.__khorasanMap.map.isMoving(),
		null,
		{
			timeout: ms
		}
	);
	await page.evaluate(
		(ms) =>
			Promise.race([
				window.__khorasanMap!.idle(),
				new Promise((_, reject) =>
					setTimeout(() => reject(new Error(`the map was not idle after ${ms} ms`)), ms)
				)
			]),
		ms
	);
}
