/**
 * Which places the map can show, apart from cameraTarget.ts: the page needs this on every load
 * (the current event's popup place), the camera's logic only once the WebGL map runs.
 */
import type { Place } from '$lib/content/types';
import type { Bounds, LngLat } from '$lib/geo/region';

/** Whether a point lies inside a box (edges included). */
export function inBounds(
	[[w, s], [e, n]]: Readonly<Bounds>,
	[lon, lat]: Readonly<LngLat>
): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

export function pointOf(place: Place): LngLat {
	return [place.lon, place.lat];
}

/** The places the map can show, in the order given. */
export function placesOnMap(places: readonly Place[], limits: Readonly<Bounds>): Place[] {
	return places.filter((p) => inBounds(limits, pointOf(p)));
}
