import { describe, expect, it } from 'vitest';
import { regionData } from '../../../src/lib/map/data';
import { readTopology, realData } from './helpers';

describe('regionData (static/geo/region.topo.json)', () => {
	const data = realData();

	it('has the four focus countries with their codes as properties (MapLibre filters read them)', () => {
		const ids = data.countries.features.map((f) => f.properties.iso3);
		for (const iso of ['IRN', 'AZE', 'TJK', 'AFG']) expect(ids).toContain(iso);
	});

	it('has borders and coastlines as lines, and the Khorasan polygon', () => {
		expect(data.borders.type).toBe('MultiLineString');
		expect(data.borders.coordinates.length).toBeGreaterThan(10);
		expect(data.coastline.coordinates.length).toBeGreaterThan(10);
		expect(data.khorasan.geometry.type).toMatch(/Polygon/);
	});

	it('labels Khorasan as historical and approximate', () => {
		expect(data.khorasanLabel.features[0]?.properties.name).toMatch(/historical, approximate/);
	});

	it('has the five water bodies the story needs', () => {
		const names = data.waterLabels.features.map((f) => f.properties.name);
		for (const sea of ['Caspian Sea', 'Black Sea', 'Persian Gulf', 'Gulf of Oman', 'Arabian Sea']) {
			expect(names).toContain(sea);
		}
	});

	it('includes the places it is given', () => {
		expect(data.places.features.map((f) => f.properties.id)).toEqual(['tehran', 'danghara']);
	});

	it('fails with a message naming the file when the topology is malformed', () => {
		const broken = readTopology() as { objects: Record<string, unknown> };
		delete broken.objects.khorasan;
		expect(() => regionData(broken)).toThrow(/region\.topo\.json.*khorasan/);
		expect(() => regionData({ type: 'nope' })).toThrow(/region\.topo\.json/);
	});
});
