/**
 * Questions asked of the region's geometry: which country is at a point, what box holds a
 * feature. Spherical maths from d3-geo, so polygons must be in d3's winding (the built file is).
 */
import { geoBounds, geoContains, type GeoPermissibleObjects } from 'd3-geo';
import type { CountryFeature } from './topology';
import type { Bounds, LngLat } from './region';

/** Anything that holds countries: a FeatureCollection or a plain array of features. */
export type Countries = { features: readonly CountryFeature[] } | readonly CountryFeature[];

function list(countries: Countries): readonly CountryFeature[] {
	return 'features' in countries ? countries.features : countries;
}

/**
 * The ISO 3166-1 alpha-3 code of the country containing [lon, lat], or undefined for water and
 * for places outside the built region. A point exactly on a border goes to the first country
 * in the list (loadRegion sorts them by id).
 */
export function countryAt(countries: Countries, point: Readonly<LngLat>): string | undefined {
	const p: [number, number] = [point[0], point[1]];
	return list(countries).find((f) => geoContains(f, p))?.id;
}

/** The country with this code, if the region has it. */
export function countryById(countries: Countries, id: string): CountryFeature | undefined {
	return list(countries).find((f) => f.id === id);
}

/**
 * The bounding box of a feature or geometry, [[west, south], [east, north]] (d3 `geoBounds`).
 * Nothing in the region crosses the antimeridian, so west < east always holds here.
 */
export function boundsOf(object: GeoPermissibleObjects): Bounds {
	const [[w, s], [e, n]] = geoBounds(object);
	return [
		[w, s],
		[e, n]
	];
}

/** Whether `inner` (a box or a point) lies within `outer`, edges included. */
export function boundsContain(
	outer: Readonly<Bounds>,
	inner: Readonly<Bounds> | Readonly<LngLat>
): boolean {
	const [[w, s], [e, n]] = outer;
	const corners: ReadonlyArray<Readonly<LngLat>> =
		typeof inner[0] === 'number' ? [inner as Readonly<LngLat>] : (inner as Readonly<Bounds>);
	return corners.every(([lon, lat]) => lon >= w && lon <= e && lat >= s && lat <= n);
}
