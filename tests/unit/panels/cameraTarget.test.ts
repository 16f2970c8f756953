import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../../src/lib/geo/region';
import {
	FIT_MAX_ZOOM,
	PLACE_ZOOM,
	cameraTargetFor,
	clip,
	enclose,
	inBounds,
	type CameraContext
} from '../../../src/lib/panels/cameraTarget';
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
