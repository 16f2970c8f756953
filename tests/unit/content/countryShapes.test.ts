import { describe, expect, it } from 'vitest';
import { createCountryShapes } from '../../../src/lib/content/countryShapes';
import { fixtureCountries } from './helpers';

const shapes = createCountryShapes(fixtureCountries);

describe('createCountryShapes', () => {
	it('indexes features by their ISO3 id', () => {
		expect(shapes.has('IRN')).toBe(true);
		expect(shapes.has('USA')).toBe(false);
	});

	it('tests points in polygons and multipolygons', () => {
		expect(shapes.contains('IRN', 51.42, 35.69)).toBe(true);
		expect(shapes.contains('AZE', 47, 40)).toBe(true);
		expect(shapes.contains('IRN', 47, 40)).toBe(false);
		expect(shapes.countriesAt(51.42, 35.69)).toEqual(['IRN']);
		expect(shapes.countriesAt(0, 0)).toEqual([]);
	});

	it('flips polygons wound the RFC 7946 way instead of covering the globe', () => {
		expect(shapes.contains('AFG', 62.2, 34.35)).toBe(true);
		expect(shapes.contains('AFG', 0, 0)).toBe(false);
	});

	it('measures the distance to the nearest border in km', () => {
		expect(shapes.distanceKm('IRN', 51.42, 35.69)).toBe(0);
		// Baku is 0.0671° of longitude east of the fixture's Azerbaijan edge at 49.8°E, lat 40.41.
		const expected = 0.0671 * Math.cos((40.4093 * Math.PI) / 180) * 111.195;
		expect(shapes.distanceKm('AZE', 49.8671, 40.4093)).toBeCloseTo(expected, 1);
		// One degree of latitude north of Iran's top edge at 38°N.
		expect(shapes.distanceKm('IRN', 50, 39)).toBeCloseTo(111.195, 0);
		expect(shapes.distanceKm('USA', 0, 0)).toBe(Infinity);
	});

	it('reads ids from properties when features have none, and merges repeated ids', () => {
		const square = (x: number) => [
			[
				[x, 0],
				[x, 1],
				[x + 1, 1],
				[x + 1, 0],
				[x, 0]
			]
		];
		const merged = createCountryShapes({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { iso3: 'AAA' },
					geometry: { type: 'Polygon', coordinates: square(0) }
				},
				{
					type: 'Feature',
					properties: { id: 'AAA' },
					geometry: { type: 'Polygon', coordinates: square(5) }
				},
				{
					type: 'Feature',
					properties: { name: 'no id' },
					geometry: { type: 'Polygon', coordinates: square(9) }
				},
				{ type: 'Feature', id: 'BBB', properties: {}, geometry: null }
			]
		});
		expect(merged.contains('AAA', 0.5, 0.5)).toBe(true);
		expect(merged.contains('AAA', 5.5, 0.5)).toBe(true);
		expect(merged.countriesAt(9.5, 0.5)).toEqual([]);
		expect(merged.has('BBB')).toBe(true);
		expect(merged.contains('BBB', 0.5, 0.5)).toBe(false);
	});
});
