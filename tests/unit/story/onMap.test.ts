import { describe, expect, it } from 'vitest';
import { offMapPlaces, placesOnMap } from '../../../src/lib/story/onMap';
import type { Place } from '../../../src/lib/content/types';

const limits: [[number, number], [number, number]] = [
	[20, 10],
	[80, 50]
];
const at = (id: string, lon: number, lat: number) => ({ id, name: id, lon, lat }) as Place;

describe('placesOnMap', () => {
	it('keeps the places inside the limits, edges included, in order', () => {
		const places = [at('a', 50, 30), at('b', 10, 30), at('c', 80, 50)];
		expect(placesOnMap(places, limits).map((p) => p.id)).toEqual(['a', 'c']);
	});
});

describe('offMapPlaces', () => {
	it('names the side or corner of a place beyond the limits', () => {
		const found = offMapPlaces(
			[at('w', 0, 30), at('ne', 90, 60), at('s', 50, 0), at('inside', 50, 30)],
			limits
		);
		expect(found.map((f) => [f.place.id, f.where, f.direction])).toEqual([
			['w', 'beyond', 'west'],
			['ne', 'beyond', 'north-east'],
			['s', 'beyond', 'south']
		]);
	});

	it('counts a place within the margin of a limit as on the edge', () => {
		expect(offMapPlaces([at('n', 50, 49.8), at('sw', 20.5, 10.5)], limits)).toMatchObject([
			{ where: 'edge', direction: 'north' },
			{ where: 'edge', direction: 'south-west' }
		]);
		expect(offMapPlaces([at('n', 50, 49.8)], limits, 0.1)).toEqual([]);
	});
});
