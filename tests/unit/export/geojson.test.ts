import { describe, expect, it } from 'vitest';
import { eventsGeoJson, placesGeoJson, position } from '../../../src/lib/export/geojson';
import { fixtureIndex } from './helpers';

const index = fixtureIndex();

describe('GeoJSON', () => {
	it('puts longitude first', () => {
		expect(position({ lat: 30.2832, lon: 57.0788 })).toEqual([57.0788, 30.2832]);
	});

	it('places: one Point per place at [lon, lat], id and properties kept', () => {
		const fc = placesGeoJson(index);
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.meta.dataset).toBe('places');
		expect(fc.features.map((f) => f.id)).toEqual(index.content.places.map((p) => p.id));
		for (const f of fc.features) {
			const place = index.placeById.get(String(f.id))!;
			expect(f.type).toBe('Feature');
			expect(f.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
			expect(f.properties.name).toBe(place.name);
		}
		const tehran = fc.features.find((f) => f.id === 'tehran')!;
		expect(tehran.properties.name_fa).toBe('تهران');
		expect(tehran.properties.countryName).toBe('Iran');
	});

	it('events: a MultiPoint of the event’s places, null geometry when it has none', () => {
		const fc = eventsGeoJson(index);
		expect(fc.features.map((f) => f.id)).toEqual(index.eventsInDateOrder().map((e) => e.id));
		const deal = fc.features.find((f) => f.id === 'iran-tajikistan-deal-2025-04')!;
		const tehran = index.placeById.get('tehran')!;
		const dushanbe = index.placeById.get('dushanbe')!;
		expect(deal.geometry).toEqual({
			type: 'MultiPoint',
			coordinates: [
				[tehran.lon, tehran.lat],
				[dushanbe.lon, dushanbe.lat]
			]
		});
		expect(deal.properties).toMatchObject({ datePrecision: 'month', basis: 'essay' });
		const article = fc.features.find((f) => f.id === 'epstein-article-2026-02-11')!;
		expect(article.geometry).toBeNull();
		expect(article.properties.placeNote).toBe('Published online.');
	});

	it('survives a JSON round trip unchanged (no undefined properties)', () => {
		const fc = eventsGeoJson(index);
		expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
		for (const f of fc.features) {
			for (const [key, value] of Object.entries(f.properties)) {
				expect(value, `${String(f.id)}.${key}`).not.toBeUndefined();
			}
		}
	});
});
