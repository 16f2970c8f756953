/** Every download built from the real content: parses, holds every id, and is reproducible. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/export/csv';
import {
	buildExportFile,
	buildExportFiles,
	CONTENT_TYPES,
	EXPORT_FILES,
	isExportFileName
} from '../../../src/lib/export/files';
import { MAX_BOUNDS } from '../../../src/lib/geo/region';
import { realIndex } from './helpers';

const index = realIndex();
const files = buildExportFiles(index);
const file = (name: string) => files.find((f) => f.name === name)!;
const ids = {
	claims: index.content.claims.map((c) => c.id),
	events: index.content.events.map((e) => e.id),
	places: index.content.places.map((p) => p.id)
};

describe('the downloads of the real content', () => {
	it('are the nine files, each with its content type', () => {
		expect(files.map((f) => f.name)).toEqual([...EXPORT_FILES]);
		expect(file('claims.json').contentType).toBe('application/json');
		expect(file('events.csv').contentType).toBe('text/csv; charset=utf-8');
		expect(file('places.geojson').contentType).toBe('application/geo+json');
		for (const f of files) expect(f.contentType).toBe(CONTENT_TYPES[f.format]);
		expect(isExportFileName('claims.json')).toBe(true);
		expect(isExportFileName('secrets.json')).toBe(false);
	});

	it('are byte-for-byte the same when built again', () => {
		expect(buildExportFiles(realIndex()).map((f) => f.body)).toEqual(files.map((f) => f.body));
	});

	it('hold every id in every format', () => {
		for (const kind of ['claims', 'events', 'places'] as const) {
			const json = JSON.parse(file(`${kind}.json`).body) as Record<string, { id: string }[]>;
			expect(new Set(json[kind]!.map((r) => r.id)), `${kind}.json`).toEqual(new Set(ids[kind]));
			const [header, ...rows] = parseCsv(file(`${kind}.csv`).body);
			const col = header!.indexOf('id');
			expect(new Set(rows.map((r) => r[col])), `${kind}.csv`).toEqual(new Set(ids[kind]));
			for (const row of rows)
				expect(row.length, `${kind}.csv row ${row[col]}`).toBe(header!.length);
		}
		for (const kind of ['events', 'places'] as const) {
			const fc = JSON.parse(file(`${kind}.geojson`).body) as { features: { id: string }[] };
			expect(new Set(fc.features.map((f) => f.id)), `${kind}.geojson`).toEqual(new Set(ids[kind]));
		}
		const all = JSON.parse(file('content.json').body) as Record<string, { id: string }[]>;
		for (const kind of ['claims', 'events', 'places'] as const) {
			expect(all[kind]!.map((r) => r.id)).toEqual(ids[kind]);
		}
	});

	it('put every GeoJSON position at its place, as [lon, lat] inside the map’s bounds', () => {
		type Geometry = { type: string; coordinates: number[] | number[][] } | null;
		type Fc = { features: { id: string; properties: { places?: string[] }; geometry: Geometry }[] };
		const [[west, south], [east, north]] = MAX_BOUNDS;
		const expected = (placeIds: string[]) =>
			placeIds.map((id) => {
				const p = index.placeById.get(id)!;
				return [p.lon, p.lat];
			});
		const onMap = new Set(index.content.countries.filter((c) => c.onMap).map((c) => c.id));
		const places = JSON.parse(file('places.geojson').body) as Fc;
		let mapped = 0;
		for (const f of places.features) {
			expect(f.geometry, f.id).toEqual({ type: 'Point', coordinates: expected([f.id])[0] });
			const [lon, lat] = f.geometry!.coordinates as number[];
			expect(Math.abs(lon!), f.id).toBeLessThanOrEqual(180);
			expect(Math.abs(lat!), f.id).toBeLessThanOrEqual(90);
			// A place in a country drawn on the map is inside the map's box; a swapped pair is not.
			if (!onMap.has(index.placeById.get(f.id)!.country)) continue;
			mapped += 1;
			expect(lon, f.id).toBeGreaterThanOrEqual(west);
			expect(lon, f.id).toBeLessThanOrEqual(east);
			expect(lat, f.id).toBeGreaterThanOrEqual(south);
			expect(lat, f.id).toBeLessThanOrEqual(north);
		}
		expect(mapped).toBeGreaterThan(10);
		const events = JSON.parse(file('events.geojson').body) as Fc;
		let located = 0;
		for (const f of events.features) {
			const placeIds = index.eventById.get(f.id)!.places;
			if (placeIds.length === 0) {
				expect(f.geometry, f.id).toBeNull();
				continue;
			}
			located += 1;
			expect(f.geometry, f.id).toEqual({ type: 'MultiPoint', coordinates: expected(placeIds) });
		}
		expect(located).toBeGreaterThan(events.features.length / 2);
	});

	it('keep the local names in their scripts', () => {
		const csv = file('places.csv').body;
		for (const place of index.content.places) {
			for (const name of place.localNames)
				expect(csv, `${place.id} ${name.lang}`).toContain(name.text);
		}
		expect(csv).toMatch(/[\u0600-\u06ff]/);
		expect(csv).toMatch(/[\u0400-\u04ff]/);
	});

	it('write absolute permalinks when the site URL is known', () => {
		const body = buildExportFile(index, 'claims.csv', { siteUrl: 'https://example.org/k' }).body;
		expect(body).toContain(`https://example.org/k/claims/${ids.claims[0]}`);
	});
});
