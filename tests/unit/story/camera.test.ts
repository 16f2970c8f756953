import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../../src/lib/geo/region';
import {
	FIT_MAX_ZOOM,
	FIT_PADDING,
	PLACE_ZOOM,
	cameraTargetFor,
	claimSubject,
	clip,
	enclose,
	homeCountry,
	inBounds,
	tourTargetFor,
	type CameraContext
} from '../../../src/lib/story/camera';
import { fixtureIndex } from './helpers';

const LIMITS: Bounds = [
	[24, 10],
	[88, 56]
];
const IRN: Bounds = [
	[44, 25],
	[63.4, 39.8]
];
const AZE: Bounds = [
	[44.7, 38.4],
	[50.6, 41.9]
];

function context(): CameraContext {
	return {
		index: fixtureIndex(),
		countryBounds: { IRN, AZE },
		limits: LIMITS,
		defaultBounds: [
			[44, 25],
			[75.5, 42]
		]
	};
}

describe('box helpers', () => {
	it('encloses boxes and points', () => {
		expect(enclose([IRN], [[68.8, 38.5]])).toEqual([
			[44, 25],
			[68.8, 39.8]
		]);
		expect(enclose([])).toBeUndefined();
	});
	it('clips to the limits, or gives undefined outside them', () => {
		expect(
			clip(
				[
					[10, 40],
					[100, 70]
				],
				LIMITS
			)
		).toEqual([
			[24, 40],
			[88, 56]
		]);
		expect(
			clip(
				[
					[-80, 30],
					[-70, 40]
				],
				LIMITS
			)
		).toBeUndefined();
	});
	it('tests points against a box, edges included', () => {
		expect(inBounds(LIMITS, [24, 10])).toBe(true);
		expect(inBounds(LIMITS, [-77, 38.9])).toBe(false);
	});
});

describe('cameraTargetFor', () => {
	it('goes to a view as it is', () => {
		expect(
			cameraTargetFor({ kind: 'view', view: { lon: 59.6, lat: 36.3, zoom: 6 } }, context())
		).toEqual({ center: [59.6, 36.3], zoom: 6 });
	});

	it("centres on an event's single place", () => {
		expect(cameraTargetFor({ kind: 'event', id: 'kerman-bombings-2024' }, context())).toEqual({
			center: [57.0788, 30.2832],
			zoom: PLACE_ZOOM
		});
	});

	it('frames a single place outside the region together with the region', () => {
		// Kerman (lat 30.3) south of a region that starts at lat 32.
		const north: CameraContext = {
			...context(),
			defaultBounds: [
				[44, 32],
				[75.5, 42]
			]
		};
		expect(cameraTargetFor({ kind: 'event', id: 'kerman-bombings-2024' }, north)).toEqual({
			bounds: [
				[44, 30.2832],
				[75.5, 42]
			],
			padding: FIT_PADDING,
			maxZoom: FIT_MAX_ZOOM
		});
	});

	it("fits an event's several places", () => {
		const target = cameraTargetFor(
			{ kind: 'event', id: 'iran-tajikistan-deal-2025-04' },
			context()
		);
		expect(target).toMatchObject({
			bounds: [
				[51.4215, 35.6944],
				[68.7791, 38.5358]
			],
			maxZoom: FIT_MAX_ZOOM
		});
	});

	it('falls back to the countries of an event without places', () => {
		const target = cameraTargetFor({ kind: 'event', id: 'epstein-article-2026-02-11' }, context());
		expect(target).toMatchObject({ bounds: enclose([IRN, AZE]) });
	});

	it("fits a claim's countries and places together", () => {
		// tajik-cooperation: IRN and TJK (no bounds given for TJK), Tehran and Dushanbe.
		const target = cameraTargetFor({ kind: 'claim', id: 'tajik-cooperation' }, context());
		expect(target).toMatchObject({
			bounds: [
				[44, 25],
				[68.7791, 39.8]
			]
		});
	});

	it("fits a country's bounds, and gives null for a country off the map", () => {
		expect(cameraTargetFor({ kind: 'country', id: 'AZE' }, context())).toMatchObject({
			bounds: AZE,
			maxZoom: FIT_MAX_ZOOM
		});
		expect(cameraTargetFor({ kind: 'country', id: 'USA' }, context())).toBeNull();
	});

	it('gives null for unknown ids and goes to the first view by default', () => {
		expect(cameraTargetFor({ kind: 'event', id: 'nope' }, context())).toBeNull();
		expect(cameraTargetFor({ kind: 'claim', id: 'nope' }, context())).toBeNull();
		expect(cameraTargetFor({ kind: 'default' }, context())).toEqual({
			bounds: context().defaultBounds,
			padding: 16
		});
	});
});

describe('the tour frames what a step concerns', () => {
	const TJK: Bounds = [
		[67.3, 36.7],
		[75.2, 41.0]
	];
	const withTajikistan = (): CameraContext => ({
		...context(),
		countryBounds: { IRN, AZE, TJK }
	});

	it('takes the country most claims concern as the story’s home, if more than half do', () => {
		expect(homeCountry(fixtureIndex())).toBe('IRN');
		const spread = fixtureIndex((c) => ({
			...c,
			claims: c.claims.map((claim, i) => ({ ...claim, countries: i < 2 ? ['IRN'] : ['AZE'] }))
		}));
		// IRN 2 of 5, AZE 3 of 5: AZE; with no majority, none.
		expect(homeCountry(spread)).toBe('AZE');
		const split = fixtureIndex((c) => ({
			...c,
			claims: c.claims.map((claim, i) => ({ ...claim, countries: [i % 2 ? 'IRN' : 'AZE'] }))
		}));
		expect(homeCountry(split)).toBe('AZE');
		const none = fixtureIndex((c) => ({
			...c,
			claims: c.claims.map((claim, i) => ({ ...claim, countries: [['IRN', 'AZE', 'TJK'][i % 3]!] }))
		}));
		expect(homeCountry(none)).toBeUndefined();
	});

	it('frames Tajikistan and Dushanbe for a step on Iran and Tajikistan, not both countries', () => {
		// tajik-cooperation: IRN and TJK, Tehran and Dushanbe.
		expect(claimSubject('tajik-cooperation', withTajikistan())).toEqual({
			countries: ['TJK'],
			places: [[68.7791, 38.5358]]
		});
		expect(tourTargetFor('tajik-cooperation', withTajikistan())).toMatchObject({
			bounds: TJK,
			maxZoom: FIT_MAX_ZOOM
		});
		// The panel's own camera still fits the whole claim.
		expect(
			cameraTargetFor({ kind: 'claim', id: 'tajik-cooperation' }, withTajikistan())
		).toMatchObject({
			bounds: [
				[44, 25],
				[75.2, 41.0]
			]
		});
	});

	it('frames the home country and its places when a step concerns nothing else', () => {
		// kerman-omission: IRN only, Kerman.
		expect(claimSubject('kerman-omission', context())).toEqual({
			countries: ['IRN'],
			places: [[57.0788, 30.2832]]
		});
		expect(tourTargetFor('kerman-omission', context())).toMatchObject({ bounds: IRN });
	});

	it('falls back to the home country when the others are not drawn', () => {
		// tajik-cooperation without Tajikistan's bounds: Iran and both places.
		expect(claimSubject('tajik-cooperation', context())).toEqual({
			countries: ['IRN'],
			places: [
				[51.4215, 35.6944],
				[68.7791, 38.5358]
			]
		});
	});

	it('gives null for an unknown step or one with nothing on the map', () => {
		expect(tourTargetFor('nope', context())).toBeNull();
		const offMap = { ...context(), countryBounds: {} };
		expect(tourTargetFor('thesis', offMap)).toBeNull();
	});
});
