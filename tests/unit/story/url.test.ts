import { describe, expect, it } from 'vitest';
import {
	MAX_NOTICES,
	NOTICE_VALUE_MAX,
	VALUE_MAX,
	focusOf,
	panelFor,
	parseUrlState,
	quoteValue,
	sameSelection,
	serializeUrlState,
	urlFor,
	type KnownIds,
	type Selection
} from '../../../src/lib/story/url';
import { formatView, normaliseView, parseView, type ViewState } from '../../../src/lib/story/view';

const known: KnownIds = {
	countries: new Set(['IRN', 'AZE', 'TJK', 'AFG', 'TKM']),
	events: new Set([
		'kerman-bombing-2024',
		'crocus-city-hall-attack',
		'twelve-day-war',
		'2019-uptick'
	]),
	claims: new Set(['thesis', 'epstein-weaponising', 'rebuttal-kerman', 'conclusion']),
	places: new Set(['herat', 'kabul', 'kerman'])
};

/** Control, bidi-override and isolate characters: none may reach a notice. */
const isInvisible = (ch: string) => {
	const c = ch.codePointAt(0) ?? 0;
	return (
		c < 0x20 ||
		(c >= 0x7f && c <= 0x9f) ||
		(c >= 0x202a && c <= 0x202e) ||
		(c >= 0x2066 && c <= 0x2069)
	);
};

const parse = (query: string) => parseUrlState(new URLSearchParams(query), known);

describe('parseUrlState: valid values', () => {
	it('reads nothing from an empty query', () => {
		expect(parse('')).toEqual({ state: {}, notices: [] });
	});

	it('reads each parameter', () => {
		expect(parse('?country=IRN').state).toEqual({ country: 'IRN' });
		expect(parse('event=kerman-bombing-2024').state).toEqual({ event: 'kerman-bombing-2024' });
		expect(parse('claim=thesis').state).toEqual({ claim: 'thesis' });
		expect(parse('view=59.6,36.3,6').state).toEqual({ view: { lon: 59.6, lat: 36.3, zoom: 6 } });
	});

	it('keeps country, event, claim and view together', () => {
		const { state, notices } = parse(
			'country=AFG&event=twelve-day-war&claim=rebuttal-kerman&view=60,35,4.5'
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			country: 'AFG',
			event: 'twelve-day-war',
			claim: 'rebuttal-kerman',
			view: { lon: 60, lat: 35, zoom: 4.5 }
		});
	});

	it('normalises a lower- or mixed-case country code without a notice', () => {
		expect(parse('country=irn')).toEqual({ state: { country: 'IRN' }, notices: [] });
		expect(parse('country=Aze')).toEqual({ state: { country: 'AZE' }, notices: [] });
	});

	it('forgives capitalised ids and padded values', () => {
		expect(parse('event=Kerman-Bombing-2024').state).toEqual({ event: 'kerman-bombing-2024' });
		expect(parse('claim=%20thesis%20').state).toEqual({ claim: 'thesis' });
	});

	it('matches parameter names case-insensitively', () => {
		expect(parse('Country=IRN&EVENT=twelve-day-war').state).toEqual({
			country: 'IRN',
			event: 'twelve-day-war'
		});
	});

	it('ignores unrelated parameters and empty values silently', () => {
		expect(parse('utm_source=x&fbclid=abc&country=&event=&tour=&ref=thesis')).toEqual({
			state: {},
			notices: []
		});
	});

	it('reads ids that look like numbers or prototype keys only when known', () => {
		expect(parse('event=2019-uptick').state).toEqual({ event: '2019-uptick' });
		const { state, notices } = parse('event=__proto__&claim=constructor&country=toString');
		expect(state).toEqual({});
		expect(notices.map((n) => n.param)).toEqual(['country', 'event', 'claim']);
	});
});

describe('parseUrlState: unknown and malformed values', () => {
	it('drops an unknown event with a notice naming it', () => {
		const { state, notices } = parse('event=foo');
		expect(state).toEqual({});
		expect(notices).toEqual([
			{
				param: 'event',
				value: 'foo',
				reason: 'unknown',
				message: 'No event "foo" in this story — showing the map without it.'
			}
		]);
	});

	it('drops an unknown claim and keeps the valid rest', () => {
		const { state, notices } = parse('country=IRN&claim=nope');
		expect(state).toEqual({ country: 'IRN' });
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'claim', value: 'nope', reason: 'unknown' });
	});

	it('tells a malformed country code from an unknown one', () => {
		expect(parse('country=Iran').notices[0]).toMatchObject({
			param: 'country',
			reason: 'malformed',
			message:
				'"Iran" is not a country code (three letters, such as FRA) — showing the map without it.'
		});
		expect(parse('country=IR').notices[0]?.reason).toBe('malformed');
		expect(parse('country=I1N').notices[0]?.reason).toBe('malformed');
		expect(parse('country=USA').notices[0]).toMatchObject({ reason: 'unknown', value: 'USA' });
		expect(parse('country=usa').notices[0]?.message).toBe(
			'No country "usa" in this story — showing the map without it.'
		);
	});

	it.each([
		['no parts', 'view=abc'],
		['two numbers', 'view=59,36'],
		['four numbers', 'view=59,36,5,1'],
		['an empty part', 'view=59,,5'],
		['a trailing comma', 'view=59,36,5,'],
		['an exponent', 'view=1e2,36,5'],
		['hex', 'view=0x10,36,5'],
		['Infinity', 'view=Infinity,36,5'],
		['NaN', 'view=NaN,36,5'],
		['a lone dot', 'view=.,36,5'],
		['text in a part', 'view=59deg,36,5'],
		['a huge number of digits', `view=${'9'.repeat(30)},36,5`]
	])('rejects a view with %s', (_label, query) => {
		const { state, notices } = parse(query);
		expect(state).toEqual({});
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'view', reason: 'malformed' });
		expect(notices[0]?.message).toMatch(/^The map view ".*" in the link could not be read/);
	});

	it('clamps an out-of-range view rather than rejecting it', () => {
		expect(parse('view=500,-100,30').state.view).toEqual({ lon: 180, lat: -85.0511, zoom: 22 });
		expect(parse('view=-181,86,-1').state.view).toEqual({ lon: -180, lat: 85.0511, zoom: 0 });
	});

	it('rounds a view to 4 decimals (2 for zoom) and accepts signs and bare decimals', () => {
		expect(parse('view=59.123456,-36.987654,5.4567').state.view).toEqual({
			lon: 59.1235,
			lat: -36.9877,
			zoom: 5.46
		});
		expect(parse('view=+59.,.5, 6').state.view).toEqual({ lon: 59, lat: 0.5, zoom: 6 });
		expect(parse('view=-0.00001,0,0').state.view).toEqual({ lon: 0, lat: 0, zoom: 0 });
		expect(Object.is(parse('view=-0.00001,0,0').state.view?.lon, 0)).toBe(true);
	});

	it('takes the first valid value of a repeated parameter and reports the others', () => {
		const { state, notices } = parse('country=IRN&country=AFG');
		expect(state).toEqual({ country: 'IRN' });
		expect(notices).toEqual([
			{
				param: 'country',
				value: 'AFG',
				reason: 'repeated',
				message: 'The link names more than one country; showing only "IRN".'
			}
		]);
	});

	it('skips invalid repeats before a valid one', () => {
		const { state, notices } = parse('event=nope&event=twelve-day-war&event=twelve-day-war');
		expect(state).toEqual({ event: 'twelve-day-war' });
		expect(notices.map((n) => n.reason)).toEqual(['unknown', 'repeated']);
	});

	it('reports repeated views and keeps the first', () => {
		const { state, notices } = parse('view=1,2,3&view=4,5,6&view=bad');
		expect(state.view).toEqual({ lon: 1, lat: 2, zoom: 3 });
		expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
			'view:repeated',
			'view:malformed'
		]);
	});

	it('rejects over-long values before looking them up, quoting only a short prefix', () => {
		const long = 'kerman-bombing-2024' + 'x'.repeat(VALUE_MAX);
		const { state, notices } = parse(`event=${long}`);
		expect(state).toEqual({});
		expect(notices[0]?.reason).toBe('unknown');
		expect(Array.from(notices[0]?.value ?? '')).toHaveLength(NOTICE_VALUE_MAX + 1);
		expect(notices[0]?.value.endsWith('…')).toBe(true);
		const longView = parse(`view=${'1'.repeat(VALUE_MAX + 1)},1,1`);
		expect(longView.notices[0]?.reason).toBe('malformed');
	});

	it('never throws on hostile or broken input', () => {
		const queries = [
			'event=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
			'claim=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			'country=%E0%A4%A', // truncated UTF-8
			'event=%FF%FE',
			'%%%=%%%&country=%',
			'event=' + '%00'.repeat(50),
			'view=%00,%00,%00',
			'country=IRN'.repeat(1000),
			Array.from({ length: 500 }, (_, i) => `event=e${i}`).join('&'),
			'event=javascript:alert(1)',
			'claim=' + encodeURIComponent('\u202Eevil\u202C'),
			'=&&&=&country',
			'country[]=IRN&event[0]=x',
			'constructor=x&__proto__=y&toString=z&hasOwnProperty=1&valueOf=2'
		];
		for (const q of queries) {
			const result = parse(q);
			expect(result.state).toEqual({});
			for (const n of result.notices) {
				expect(Array.from(n.value).length).toBeLessThanOrEqual(NOTICE_VALUE_MAX + 1);
				expect(Array.from(n.message).filter(isInvisible)).toEqual([]);
			}
		}
	});

	it('caps the notices of a link full of bad values', () => {
		const query = Array.from({ length: 50 }, (_, i) => `event=bad-${i}`).join('&');
		const { notices } = parse(`${query}&country=XXX`);
		expect(notices).toHaveLength(MAX_NOTICES);
		expect(notices[0]?.param).toBe('country');
		expect(notices.slice(1).map((n) => n.value)).toEqual(['bad-0', 'bad-1', 'bad-2', 'bad-3']);
	});

	it('quotes injection attempts verbatim as text, only cut and cleaned', () => {
		const n = parse('event=%3Cscript%3Ealert(1)%3C%2Fscript%3E').notices[0];
		expect(n?.value).toBe('<script>alert(1)</script>');
		expect(n?.message).toBe(
			'No event "<script>alert(1)</script>" in this story — showing the map without it.'
		);
	});
});

describe('quoteValue', () => {
	it('removes control, zero-width and bidi characters and collapses whitespace', () => {
		expect(quoteValue('a\u0000b\u200Bc\u202Ed\u2066e\nf\t\tg')).toBe('abcde f g');
	});

	it('cuts by code point, never halving a surrogate pair', () => {
		const emoji = '😀'.repeat(50);
		const q = quoteValue(emoji, 5);
		expect(q).toBe('😀😀😀😀😀…');
	});

	it('keeps short values and right-to-left script intact', () => {
		expect(quoteValue('مشهد')).toBe('مشهد');
		expect(quoteValue('x'.repeat(NOTICE_VALUE_MAX))).toBe('x'.repeat(NOTICE_VALUE_MAX));
	});
});

describe('views', () => {
	it('normaliseView rejects non-finite numbers', () => {
		expect(normaliseView({ lon: NaN, lat: 0, zoom: 1 })).toBeUndefined();
		expect(normaliseView({ lon: 0, lat: Infinity, zoom: 1 })).toBeUndefined();
	});

	it('formatView writes the shortest decimals', () => {
		expect(formatView({ lon: 59.6, lat: 36.3, zoom: 6 })).toBe('59.6,36.3,6');
		expect(formatView({ lon: 0.00001, lat: -0.00004, zoom: 0.001 })).toBe('0,0,0');
		expect(formatView({ lon: 1.23456789, lat: 2, zoom: 3.14159 })).toBe('1.2346,2,3.14');
	});

	it('parseView reads what formatView writes', () => {
		expect(parseView(formatView({ lon: -12.3456, lat: 45.5, zoom: 7.25 }))).toEqual({
			lon: -12.3456,
			lat: 45.5,
			zoom: 7.25
		});
	});
});

describe('the tour parameter', () => {
	it('reads tour=1 (and true/yes/on, any case) as on, next to a claim', () => {
		expect(parse('claim=thesis&tour=1')).toEqual({
			state: { claim: 'thesis', tour: true },
			notices: []
		});
		for (const v of ['true', 'TRUE', 'yes', 'On', ' 1 ']) {
			expect(parse(`tour=${v}`).state, v).toEqual({ tour: true });
		}
	});

	it('reads tour=0 (and false/no/off) as off, without a notice', () => {
		for (const v of ['0', 'false', 'No', 'off']) {
			expect(parse(`claim=thesis&tour=${v}`), v).toEqual({
				state: { claim: 'thesis' },
				notices: []
			});
		}
	});

	it('drops a malformed value with a notice and keeps the claim', () => {
		const { state, notices } = parse('claim=thesis&tour=2');
		expect(state).toEqual({ claim: 'thesis' });
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'tour', value: '2', reason: 'malformed' });
		expect(notices[0]?.message).toContain('tour=1');
		const long = parse(`tour=${'1'.repeat(VALUE_MAX + 1)}`);
		expect(long.state).toEqual({});
		expect(long.notices[0]?.reason).toBe('malformed');
	});

	it('takes the first of repeated tour values and reports the rest', () => {
		const { state, notices } = parse('tour=1&tour=0');
		expect(state).toEqual({ tour: true });
		expect(notices.map((n) => [n.param, n.reason])).toEqual([['tour', 'repeated']]);
	});

	it('is written as tour=1 after the claim, and left out when off', () => {
		expect(urlFor('/', { tour: true, claim: 'thesis', country: 'IRN' })).toBe(
			'/?country=IRN&claim=thesis&tour=1'
		);
		expect(urlFor('/', { claim: 'thesis', tour: false })).toBe('/?claim=thesis');
		expect(urlFor('/', { tour: true, view: { lon: 1, lat: 2, zoom: 3 } })).toBe(
			'/?tour=1&view=1,2,3'
		);
	});

	it('counts in sameSelection', () => {
		expect(sameSelection({ claim: 'thesis', tour: true }, { claim: 'thesis' })).toBe(false);
		expect(sameSelection({ claim: 'thesis', tour: false }, { claim: 'thesis' })).toBe(true);
	});

	it('panelFor: the tour wins, with its claim or none yet; focusOf goes to the claim', () => {
		expect(panelFor({ claim: 'thesis', tour: true, country: 'IRN' })).toEqual({
			kind: 'tour',
			id: 'thesis'
		});
		expect(panelFor({ tour: true })).toEqual({ kind: 'tour', id: null });
		expect(focusOf({ claim: 'thesis', tour: true })).toEqual({ kind: 'claim', id: 'thesis' });
	});
});

describe('the place parameter', () => {
	it('reads a known place, forgiving capitals, and writes it after the tour, before the view', () => {
		const { state, notices } = parseUrlState(
			new URLSearchParams('view=60,33,5&place=Herat&claim=thesis'),
			known
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({ claim: 'thesis', place: 'herat', view: { lon: 60, lat: 33, zoom: 5 } });
		expect(urlFor('/', { ...state, tour: true })).toBe(
			'/?claim=thesis&tour=1&place=herat&view=60,33,5'
		);
	});

	it('drops an unknown place with a notice, keeping the rest', () => {
		const { state, notices } = parseUrlState(
			new URLSearchParams('place=atlantis&country=IRN'),
			known
		);
		expect(state).toEqual({ country: 'IRN' });
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'place', value: 'atlantis', reason: 'unknown' });
		expect(notices[0]!.message).toBe(
			'No place "atlantis" in this story — showing the map without it.'
		);
	});

	it('counts in sameSelection', () => {
		expect(sameSelection({ place: 'herat' }, { place: 'kabul' })).toBe(false);
		expect(sameSelection({ place: 'herat' }, { place: 'herat' })).toBe(true);
	});
});

describe('serializeUrlState and urlFor', () => {
	it('writes parameters in a stable order whatever the object order', () => {
		const a = serializeUrlState({
			view: { lon: 1, lat: 2, zoom: 3 },
			claim: 'thesis',
			event: 'twelve-day-war',
			country: 'IRN'
		}).toString();
		expect(a).toBe('country=IRN&event=twelve-day-war&claim=thesis&view=1%2C2%2C3');
	});

	it('omits unset fields and upper-cases the country', () => {
		expect(serializeUrlState({}).toString()).toBe('');
		expect(serializeUrlState({ country: 'afg' }).toString()).toBe('country=AFG');
		expect(serializeUrlState({ event: undefined, claim: '' }).toString()).toBe('');
	});

	it('urlFor keeps commas readable and returns the bare base for the default state', () => {
		expect(urlFor('/', {})).toBe('/');
		expect(urlFor('/khorasan', { country: 'IRN', view: { lon: 59.6, lat: 36.3, zoom: 6 } })).toBe(
			'/khorasan?country=IRN&view=59.6,36.3,6'
		);
		expect(parse(urlFor('', { view: { lon: 59.6, lat: 36.3, zoom: 6 } }).slice(1)).state).toEqual({
			view: { lon: 59.6, lat: 36.3, zoom: 6 }
		});
	});
});

/** mulberry32: a tiny seeded PRNG, so a failing random case can be replayed. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(r: () => number, items: readonly T[]): T | undefined {
	return r() < 0.35 ? undefined : items[Math.floor(r() * items.length)];
}

function randomView(r: () => number): ViewState | undefined {
	if (r() < 0.4) return undefined;
	// Wider than valid ranges, with many decimals: normalising is part of what is checked.
	return {
		lon: (r() - 0.5) * 400,
		lat: (r() - 0.5) * 200,
		zoom: r() * 25 - 1
	};
}

describe('round trip', () => {
	it('parse(serialize(s)) == normalised s for 2000 random states, without notices', () => {
		const r = rng(20260211);
		for (let i = 0; i < 2000; i++) {
			const raw: Selection = {
				country: pick(r, [...known.countries]),
				event: pick(r, [...known.events]),
				claim: pick(r, [...known.claims]),
				tour: r() < 0.3 ? true : undefined,
				place: pick(r, [...known.places]),
				view: randomView(r)
			};
			const expected: Selection = {};
			if (raw.country) expected.country = raw.country;
			if (raw.event) expected.event = raw.event;
			if (raw.claim) expected.claim = raw.claim;
			if (raw.tour) expected.tour = true;
			if (raw.place) expected.place = raw.place;
			if (raw.view) expected.view = normaliseView(raw.view);

			const viaParams = parseUrlState(serializeUrlState(raw), known);
			expect(viaParams.notices, JSON.stringify(raw)).toEqual([]);
			expect(viaParams.state, JSON.stringify(raw)).toEqual(expected);

			const href = urlFor('/base', raw);
			const viaHref = parseUrlState(new URL(href, 'https://example.org').searchParams, known);
			expect(viaHref.state).toEqual(expected);
			// Serialising the parsed state again gives the same URL: one canonical form per state.
			expect(urlFor('/base', viaHref.state)).toBe(href);
		}
	});
});

describe('selection helpers', () => {
	it('sameSelection compares views after rounding', () => {
		const a: Selection = { country: 'IRN', view: { lon: 1.00001, lat: 2, zoom: 3 } };
		const b: Selection = { country: 'IRN', view: { lon: 1, lat: 2, zoom: 3.001 } };
		expect(sameSelection(a, b)).toBe(true);
		expect(sameSelection(a, { country: 'IRN' })).toBe(false);
		expect(sameSelection({}, {})).toBe(true);
	});

	it('panelFor: a claim wins over a country; an event alone opens no panel', () => {
		expect(panelFor({ country: 'IRN', claim: 'thesis' })).toEqual({ kind: 'claim', id: 'thesis' });
		expect(panelFor({ country: 'IRN', event: 'x' })).toEqual({ kind: 'country', id: 'IRN' });
		expect(panelFor({ event: 'x' })).toBeNull();
		expect(panelFor({})).toBeNull();
	});

	it('focusOf: view > event > claim > country > default', () => {
		const view = { lon: 1, lat: 2, zoom: 3 };
		const all: Selection = { country: 'IRN', event: 'e', claim: 'c', view };
		expect(focusOf(all)).toEqual({ kind: 'view', view });
		expect(focusOf({ ...all, view: undefined })).toEqual({ kind: 'event', id: 'e' });
		expect(focusOf({ country: 'IRN', claim: 'c' })).toEqual({ kind: 'claim', id: 'c' });
		expect(focusOf({ country: 'IRN' })).toEqual({ kind: 'country', id: 'IRN' });
		expect(focusOf({})).toEqual({ kind: 'default' });
	});
});
