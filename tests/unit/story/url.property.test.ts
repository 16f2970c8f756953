/**
 * parseUrlState against an independent reading of the URL scheme (tests/shared/urlOracle.ts),
 * over thousands of generated and malformed query strings: the hostile links the browser fuzz
 * opens (tests/e2e/long/fuzz.e2e.ts), and links fast-check builds from valid ids, near misses,
 * odd characters, broken percent-encoding and arbitrary text. fast-check prints the seed and
 * the smallest failing query; FC_SEED=<n> replays a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	MAX_NOTICES,
	NOTICE_VALUE_MAX,
	parseUrlState,
	serializeUrlState,
	type KnownIds
} from '../../../src/lib/story/url';
import { VIEW_LIMITS } from '../../../src/lib/story/view';
import {
	ODD,
	PAYLOADS,
	RAW_GARBAGE,
	VIEW_BAD,
	VIEW_ODD_BUT_VALID,
	contentIds,
	expectedFor,
	prng,
	randomQuery
} from '../../shared/urlOracle';

const ids = contentIds();
const known: KnownIds = {
	countries: new Set(ids.countries),
	events: new Set(ids.events),
	claims: new Set(ids.claims),
	places: new Set(ids.places)
};
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const RUNS = 4_000;

// C0/C1 controls, zero-width and bidi characters: none may reach a notice.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const PARAM_NAMES = ['country', 'event', 'claim', 'view', 'tour'];
const id = fc.constantFrom(...ids.countries, ...ids.events, ...ids.claims);
const randomCase = (s: string) =>
	fc
		.array(fc.boolean(), { minLength: s.length, maxLength: s.length })
		.map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

const key = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...PARAM_NAMES) },
	{ weight: 2, arbitrary: fc.constantFrom(...PARAM_NAMES).chain(randomCase) },
	{ weight: 1, arbitrary: fc.constantFrom(...PARAM_NAMES).map((p) => ` ${p}\t`) },
	{
		weight: 1,
		arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'x', '', 'country[]')
	},
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);

const decimal = fc.oneof(
	fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
	fc.integer({ min: -400, max: 400 }).map(String),
	fc.constantFrom('', '.', '-', '+1', '1.', '.5', '1e3', '0x1f', 'NaN', 'Infinity', '٣')
);
const view = fc.oneof(
	fc.constantFrom(...VIEW_BAD, ...VIEW_ODD_BUT_VALID),
	fc.tuple(decimal, decimal, decimal).map((parts) => parts.join(',')),
	fc.array(decimal, { maxLength: 5 }).map((parts) => parts.join(','))
);

const value = fc.oneof(
	{ weight: 4, arbitrary: id },
	{ weight: 2, arbitrary: id.chain(randomCase) },
	{ weight: 2, arbitrary: view },
	{
		weight: 1,
		arbitrary: fc.constantFrom('1', '0', 'true', 'FALSE', 'Yes', 'off', 'maybe', '2', 'tru')
	},
	{ weight: 1, arbitrary: fc.tuple(id, fc.constantFrom(...ODD)).map(([v, odd]) => v + odd) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(id, fc.nat(), fc.constantFrom('x', '-', '_', '\u200b', ' '))
			.map(([v, at, c]) => v.slice(0, at % (v.length + 1)) + c + v.slice(at % (v.length + 1)))
	},
	{ weight: 1, arbitrary: fc.constantFrom('', ' ', '\t', '\u00a0', '\ufeff') },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom('a', 'IRN', '-'), fc.constantFrom(66, 67, 199, 200, 201, 3_000))
			.map(([s, n]) => s.repeat(n).slice(0, n))
	},
	{ weight: 1, arbitrary: fc.constantFrom(...PAYLOADS) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) }
);

/** One part of a query: encoded as a browser would, raw as typed, or not valid encoding at all. */
const part = fc.oneof(
	{
		weight: 6,
		arbitrary: fc
			.tuple(key, value)
			.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
	},
	{
		weight: 2,
		arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}=${v}`.replace(/[#&]/g, ''))
	},
	{
		weight: 1,
		arbitrary: fc
			.tuple(key, fc.constantFrom(...RAW_GARBAGE))
			.map(([k, g]) => `${encodeURIComponent(k)}=${g}`)
	},
	{ weight: 1, arbitrary: fc.constantFrom(...RAW_GARBAGE) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 12 }) }
);
const generated = fc
	.tuple(fc.constantFrom('', '?'), fc.array(part, { maxLength: 8 }))
	.map(([mark, parts]) => mark + parts.join('&'));
/** The browser fuzz's own hostile links, one per seed. */
const fuzzLinks = fc.integer({ min: 0, max: 2 ** 32 - 1 }).map((s) => randomQuery(prng(s), ids));

function checkAgainstOracle(query: string): void {
	const want = expectedFor(query, ids);
	const { state, notices } = parseUrlState(new URLSearchParams(query), known);
	expect(state.country).toBe(want.country);
	expect(state.event).toBe(want.event);
	expect(state.claim).toBe(want.claim);
	expect(state.view !== undefined).toBe(want.view);
	expect(state.tour === true).toBe(want.tour);
	expect(notices.length).toBe(want.noticeCount);
	expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
	if (state.view) {
		for (const axis of ['lon', 'lat', 'zoom'] as const) {
			const [lo, hi] = VIEW_LIMITS[axis];
			expect(state.view[axis]).toBeGreaterThanOrEqual(lo);
			expect(state.view[axis]).toBeLessThanOrEqual(hi);
		}
	}
	for (const n of notices) {
		expect(n.value).not.toMatch(UNSAFE);
		expect(n.message).not.toMatch(UNSAFE);
		// The quoted value is cut to NOTICE_VALUE_MAX code points, plus the ellipsis.
		expect(Array.from(n.value).length).toBeLessThanOrEqual(NOTICE_VALUE_MAX + 1);
	}
}

describe('parseUrlState, fuzzed against the independent oracle', () => {
	it('reads generated and malformed queries as the oracle does', () => {
		fc.assert(
			fc.property(generated, (q) => checkAgainstOracle(q)),
			{ numRuns: RUNS, seed }
		);
	});

	it('reads the browser fuzz links as the oracle does', () => {
		fc.assert(
			fc.property(fuzzLinks, (q) => checkAgainstOracle(q)),
			{ numRuns: RUNS, seed }
		);
	});

	it('writes back a query that reads as the same state, without notices', () => {
		fc.assert(
			fc.property(fc.oneof(generated, fuzzLinks), (q) => {
				const { state } = parseUrlState(new URLSearchParams(q), known);
				const again = parseUrlState(serializeUrlState(state), known);
				expect(again.notices).toEqual([]);
				expect(again.state).toEqual(state);
			}),
			{ numRuns: RUNS, seed }
		);
	});
});
