/**
 * The main page's URL scheme read again, independently of src/lib/story/url.ts, so that a fault in
 * the page's parser cannot hide behind a test that uses that same parser; and a seeded generator
 * of hostile query strings. Used by the node property test (tests/unit/story/url.property.test.ts)
 * and by the browser fuzz (tests/e2e/long/fuzz.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Ids of the content, read from the authored YAML (src/content). */
export interface ContentIds {
	countries: string[];
	events: string[];
	claims: string[];
	places: string[];
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
		claims: idsOf('claims.yaml'),
		places: idsOf('places.yaml')
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
export const ODD = [
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
export const RAW_GARBAGE = [
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

export const VIEW_BAD = [
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
export const VIEW_ODD_BUT_VALID = [
	'-200,100,50',
	'0,0,0',
	'+59.6,36.3,6',
	'59.6,36.3,6',
	'.5,-.5,3.'
];

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
	/** ?tour= read as on. */
	tour: boolean;
	notices: boolean;
	/** How many notices the page lists (it shows at most five). */
	noticeCount: number;
}

const PLAIN_DECIMAL = /^[+-]?(\d{1,12}(\.\d{0,12})?|\.\d{1,12})$/;
/** Every parameter the page reads; the generator above leaves out `tour`. */
const READ = [...PARAMS, 'tour'] as const;
const TOUR_WORDS: Record<string, string> = {
	'1': 'on',
	true: 'on',
	yes: 'on',
	on: 'on',
	'0': 'off',
	false: 'off',
	no: 'off',
	off: 'off'
};

/**
 * The URL scheme, read independently of src/lib/story/url.ts: parameter names case-insensitive
 * and trimmed, values trimmed, empty values absent, the first valid value of each parameter
 * wins, anything invalid or any further valid value raises a notice; countries are three letters
 * in any case; event and claim ids exact or in lower case; views three plain decimals (clamped,
 * so "-200,100,50" is valid); tour one of 1/true/yes/on or 0/false/no/off in any case; nothing
 * over 200 characters is valid.
 */
export function expectedFor(query: string, ids: ContentIds): Expected {
	const known = {
		country: new Set(ids.countries),
		event: new Set(ids.events),
		claim: new Set(ids.claims)
	};
	const chosen: Partial<Record<(typeof READ)[number], string>> = {};
	let noticeCount = 0;
	for (const [rawKey, rawValue] of new URLSearchParams(query)) {
		const param = READ.find((p) => p === rawKey.trim().toLowerCase());
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
			} else if (param === 'tour') {
				ok = Object.hasOwn(TOUR_WORDS, value.toLowerCase())
					? TOUR_WORDS[value.toLowerCase()]
					: undefined;
			} else {
				const set = known[param];
				ok = set.has(value)
					? value
					: set.has(value.toLowerCase())
						? value.toLowerCase()
						: undefined;
			}
		}
		if (ok === undefined || chosen[param] !== undefined) noticeCount++;
		else chosen[param] = ok;
	}
	return {
		country: chosen.country,
		event: chosen.event,
		claim: chosen.claim,
		view: chosen.view !== undefined,
		tour: chosen.tour === 'on',
		notices: noticeCount > 0,
		noticeCount: Math.min(noticeCount, 5)
	};
}
