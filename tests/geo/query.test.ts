/**
 * The pure helpers of src/lib/geo on small hand-made shapes, independent of the built data.
 */
import type { MultiLineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	boundsContain,
	boundsOf,
	countryAt,
	countryById,
	parseRegionTopology,
	withoutBoxEdges,
	type Bounds,
	type CountryFeature
} from '../../src/lib/geo';

/** A square country in d3 winding (clockwise in lon/lat), from [w, s] to [w + size, s + size]. */
function square(id: string, w: number, s: number, size = 1): CountryFeature {
	const e = w + size;
	const n = s + size;
	return {
		type: 'Feature',
		id,
		properties: { name: id, iso3: id },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[w, s],
					[w, n],
					[e, n],
					[e, s],
					[w, s]
				]
			]
		}
	};
}

const countries = { features: [square('AAA', 0, 0), square('BBB', 1, 0), square('CCC', 5, 5, 2)] };

describe('countryAt', () => {
	it('finds the country containing a point, from a collection or an array', () => {
		expect(countryAt(countries, [0.5, 0.5])).toBe('AAA');
		expect(countryAt(countries, [1.5, 0.2])).toBe('BBB');
		expect(countryAt(countries.features, [6, 6.5])).toBe('CCC');
	});

	it('returns undefined for a point in no country', () => {
		expect(countryAt(countries, [3, 3])).toBeUndefined();
		expect(countryAt([], [0.5, 0.5])).toBeUndefined();
	});

	it('reads winding as d3 does: an anticlockwise ring covers the rest of the globe', () => {
		const inverted = square('INV', 0, 0);
		const ring = inverted.geometry.coordinates[0] as number[][];
		ring.reverse();
		expect(countryAt([inverted], [0.5, 0.5])).toBeUndefined();
		expect(countryAt([inverted], [50, 50])).toBe('INV');
	});
});

describe('countryById', () => {
	it('finds a country by code or returns undefined', () => {
		expect(countryById(countries, 'BBB')?.id).toBe('BBB');
		expect(countryById(countries, 'ZZZ')).toBeUndefined();
	});
});

describe('bounds', () => {
	it('boundsOf gives [[west, south], [east, north]]', () => {
		const [[w, s], [e, n]] = boundsOf(square('AAA', 10, 20, 2));
		expect(w).toBeCloseTo(10);
		expect(s).toBeCloseTo(20);
		expect(e).toBeCloseTo(12);
		// A great-circle edge along a parallel bulges poleward, so north is at least 22.
		expect(n).toBeGreaterThanOrEqual(22 - 1e-9);
		expect(n).toBeLessThan(22.1);
	});

	it('boundsContain tests points and boxes, edges included', () => {
		const box: Bounds = [
			[0, 0],
			[10, 10]
		];
		expect(boundsContain(box, [10, 0])).toBe(true);
		expect(boundsContain(box, [10.01, 5])).toBe(false);
		expect(
			boundsContain(box, [
				[1, 1],
				[9, 9]
			])
		).toBe(true);
		expect(
			boundsContain(box, [
				[1, 1],
				[9, 11]
			])
		).toBe(false);
	});
});

describe('withoutBoxEdges', () => {
	const box: Bounds = [
		[0, 0],
		[10, 10]
	];

	it('drops segments lying on an edge and splits the line there', () => {
		const lines: MultiLineString = {
			type: 'MultiLineString',
			coordinates: [
				[
					[5, 5],
					[5, 10],
					[2, 10],
					[0, 10],
					[0, 4],
					[3, 3]
				]
			]
		};
		expect(withoutBoxEdges(lines, box).coordinates).toEqual([
			[
				[5, 5],
				[5, 10]
			],
			[
				[0, 4],
				[3, 3]
			]
		]);
	});

	it('keeps segments that only touch an edge or cross the box', () => {
		const lines: MultiLineString = {
			type: 'MultiLineString',
			coordinates: [
				[
					[0, 5],
					[10, 5]
				],
				[
					[0, 0],
					[10, 10]
				]
			]
		};
		expect(withoutBoxEdges(lines, box)).toEqual(lines);
	});
});

describe('parseRegionTopology', () => {
	const good = {
		type: 'Topology',
		arcs: [],
		objects: {
			countries: { type: 'GeometryCollection', geometries: [{ type: null, id: 'IRN' }] },
			overlays: {
				type: 'GeometryCollection',
				geometries: [
					{
						type: 'Polygon',
						arcs: [],
						id: 'area',
						properties: { label: 'Area', approximate: false, style: 'tint', colour: 'overlay-1' }
					}
				]
			},
			waterLabels: { type: 'GeometryCollection', geometries: [] }
		}
	};

	it('accepts the expected shape', () => {
		expect(parseRegionTopology(good)).toBe(good);
	});

	it.each([
		['not a topology', { ...good, type: 'FeatureCollection' }, /not a TopoJSON Topology/],
		['no arcs', { ...good, arcs: undefined }, /"arcs" is not an array/],
		[
			'no waterLabels',
			{ ...good, objects: { ...good.objects, waterLabels: undefined } },
			/"waterLabels" is not a GeometryCollection/
		],
		[
			'a numeric country id',
			{
				...good,
				objects: {
					...good.objects,
					countries: { type: 'GeometryCollection', geometries: [{ type: null, id: '364' }] }
				}
			},
			/three-letter upper-case id/
		],
		[
			'no overlays',
			{ ...good, objects: { ...good.objects, overlays: undefined } },
			/"overlays" is not a GeometryCollection/
		],
		[
			'an overlay without its properties',
			{
				...good,
				objects: {
					...good.objects,
					overlays: {
						type: 'GeometryCollection',
						geometries: [{ type: 'Polygon', arcs: [], id: 'area' }]
					}
				}
			},
			/every overlay needs an id and \{ label, approximate, style, colour \}/
		],
		[
			'an overlay that is a point',
			{
				...good,
				objects: {
					...good.objects,
					overlays: { type: 'GeometryCollection', geometries: [{ type: 'Point', id: 'p' }] }
				}
			},
			/every overlay must be a Polygon or MultiPolygon/
		]
	])('rejects %s', (_, value, message) => {
		expect(() => parseRegionTopology(value)).toThrow(message);
	});
});
