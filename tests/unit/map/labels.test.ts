import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { countryAt } from '../../../src/lib/geo/query';
import { COUNTRY_LABELS } from '../../../src/lib/geo/region';
import {
	countryLabelPoints,
	labelPoint,
	placesCollection,
	regionLabel
} from '../../../src/lib/map/labels';
import { realData } from './helpers';

describe('labelPoint', () => {
	it('puts the label inside a concave shape, not at its empty centre', () => {
		// A U open to the north: its bounding-box centre (5, 5) lies in the gap.
		const u: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[7, 10],
					[7, 3],
					[3, 3],
					[3, 10],
					[0, 10],
					[0, 0]
				]
			]
		};
		const [x, y] = labelPoint(u);
		const inGap = x > 3 && x < 7 && y > 3;
		expect(inGap).toBe(false);
		expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
	});

	it('uses the largest part of a multipolygon', () => {
		const [x] = labelPoint({
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[0, 0],
						[1, 0],
						[1, 1],
						[0, 1],
						[0, 0]
					]
				],
				[
					[
						[20, 0],
						[30, 0],
						[30, 10],
						[20, 10],
						[20, 0]
					]
				]
			]
		});
		expect(x).toBeGreaterThan(20);
	});
});

describe('countryLabelPoints (real geodata)', () => {
	const data = realData();
	const labels = countryLabelPoints(data.countries);
	const byIso = new Map(labels.features.map((f) => [f.properties.iso3, f]));

	it("puts each focus country's label inside that country", () => {
		for (const iso of ['IRN', 'AZE', 'TJK', 'AFG']) {
			const label = byIso.get(iso);
			expect(label, iso).toBeDefined();
			const [lon, lat] = label!.geometry.coordinates as [number, number];
			expect(countryAt(data.countries, [lon, lat]), iso).toBe(iso);
		}
	});

	it("keeps the region's hand-placed anchors inside their country, and uses them", () => {
		expect(Object.keys(COUNTRY_LABELS.at).length).toBeGreaterThan(0);
		for (const [iso, at] of Object.entries(COUNTRY_LABELS.at)) {
			expect(countryAt(data.countries, at), iso).toBe(iso);
			expect(byIso.get(iso)?.geometry.coordinates, iso).toEqual(at);
		}
	});

	it('adds no local names unless given', () => {
		expect(labels.features.every((f) => f.properties.localName === undefined)).toBe(true);
	});

	it('takes local names from the caller when given', () => {
		const custom = countryLabelPoints(data.countries, { TJK: 'Тоҷикистон' });
		const tjk = custom.features.find((f) => f.properties.iso3 === 'TJK');
		expect(tjk?.properties.localName).toBe('Тоҷикистон');
		expect(
			custom.features.find((f) => f.properties.iso3 === 'IRN')?.properties.localName
		).toBeUndefined();
	});

	it("leaves the region's hidden units out", () => {
		for (const iso of COUNTRY_LABELS.hidden) expect(byIso.has(iso)).toBe(false);
		const labelled = data.countries.features.filter(
			(f) => !COUNTRY_LABELS.hidden.includes(f.properties.iso3)
		);
		expect(labels.features.length).toBe(labelled.length);
	});

	it('takes hidden units and anchors from the caller when given', () => {
		const custom = countryLabelPoints(data.countries, {}, { hidden: ['TUR'], at: {} });
		const isos = custom.features.map((f) => f.properties.iso3);
		expect(isos).not.toContain('TUR');
		expect(isos).toContain(COUNTRY_LABELS.hidden[0]);
	});
});

describe('regionLabel', () => {
	it('breaks the qualifier onto its own line and keeps the word "approximate"', () => {
		const label = regionLabel(realData().overlays[0]!.shape, 'Khorasan (historical, approximate)');
		expect(label.features[0]?.properties.name).toBe('Khorasan\n(historical, approximate)');
	});
});

describe('placesCollection', () => {
	it('turns places into points with their label flag and optional local name', () => {
		const fc = placesCollection([
			{ id: 'kabul', name: 'Kabul', localName: 'کابل', lon: 69.2, lat: 34.5, label: true },
			{ id: 'danghara', name: 'Danghara', lon: 69.3, lat: 38.1, label: false }
		]);
		expect(fc.features).toHaveLength(2);
		expect(fc.features[0]).toMatchObject({
			geometry: { type: 'Point', coordinates: [69.2, 34.5] },
			properties: { id: 'kabul', name: 'Kabul', localName: 'کابل', label: true }
		});
		expect('localName' in fc.features[1]!.properties).toBe(false);
	});
	it('drops places with impossible coordinates instead of breaking the source', () => {
		const fc = placesCollection([
			{ id: 'a', name: 'A', lon: Number.NaN, lat: 10, label: true },
			{ id: 'b', name: 'B', lon: 10, lat: 95, label: true }
		]);
		expect(fc.features).toHaveLength(0);
	});
});
