import { describe, expect, it } from 'vitest';
import { regionData } from '../../../src/lib/map/data';
import { readTopology, realData } from './helpers';

describe('regionData (src/content/geo/region.topo.json)', () => {
	const data = realData();

	it('has the four focus countries with their codes as properties (MapLibre filters read them)', () => {
		const ids = data.countries.features.map((f) => f.properties.iso3);
		for (const iso of ['IRN', 'AZE', 'TJK', 'AFG']) expect(ids).toContain(iso);
	});

	it('has borders and coastlines as lines, and the story’s one overlay as a polygon', () => {
		expect(data.borders.type).toBe('MultiLineString');
		expect(data.borders.coordinates.length).toBeGreaterThan(10);
		expect(data.coastline.coordinates.length).toBeGreaterThan(10);
		expect(data.overlays.map((o) => o.id)).toEqual(['khorasan']);
		expect(data.overlays[0]?.shape.geometry.type).toMatch(/Polygon/);
		expect(data.overlays[0]).toMatchObject({
			style: 'hatch',
			colour: 'overlay-1',
			approximate: true
		});
	});

	it('labels the overlay with its label from overlays.yaml, which says approximate', () => {
		expect(data.overlays[0]?.label.features[0]?.properties.name).toMatch(/historical, approximate/);
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
		delete broken.objects.overlays;
		expect(() => regionData(broken)).toThrow(/region\.topo\.json.*overlays/);
		expect(() => regionData({ type: 'nope' })).toThrow(/region\.topo\.json/);
	});

	type TopoOverlay = { properties: Record<string, unknown> };
	const overlayWith = (edit: (o: TopoOverlay) => void) => {
		const topology = readTopology() as {
			objects: { overlays: { geometries: TopoOverlay[] } };
		};
		edit(topology.objects.overlays.geometries[0]!);
		return topology;
	};

	it.each([
		['an unknown style', (o: TopoOverlay) => (o.properties.style = 'stripes'), /style/],
		['an unknown colour', (o: TopoOverlay) => (o.properties.colour = 'red'), /colour/],
		[
			'an approximate overlay whose label does not say so',
			(o: TopoOverlay) => (o.properties.label = 'Khorasan'),
			/approximate/
		],
		['no label', (o: TopoOverlay) => delete o.properties.label, /label/]
	])('refuses an overlay with %s', (_, edit, problem) => {
		expect(() => regionData(overlayWith(edit))).toThrow(problem);
	});

	it('draws no overlay when the story has none', () => {
		const topology = readTopology() as { objects: { overlays: { geometries: unknown[] } } };
		topology.objects.overlays.geometries = [];
		expect(regionData(topology).overlays).toEqual([]);
	});
});
