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

/** A compass direction, as a side or a corner of the map. */
export type Direction =
	'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

/** A place the map cannot frame: beyond its limits, or so close to them that it sits on the edge. */
export interface OffMapPlace {
	place: Place;
	where: 'beyond' | 'edge';
	direction: Direction;
}

/**
 * The places that lie beyond the limits or within `margin` degrees of them, with the side or
 * corner they are at, in the order given: a reader is told where they are rather than left
 * with a map that cannot show them (or shows them clamped to its edge).
 */
export function offMapPlaces(
	places: readonly Place[],
	limits: Readonly<Bounds>,
	margin = 1
): OffMapPlace[] {
	const [[w, s], [e, n]] = limits;
	const out: OffMapPlace[] = [];
	for (const place of places) {
		const ns = place.lat > n - margin ? 'north' : place.lat < s + margin ? 'south' : '';
		const ew = place.lon < w + margin ? 'west' : place.lon > e - margin ? 'east' : '';
		if (!ns && !ew) continue;
		const direction = (ns && ew ? `${ns}-${ew}` : ns || ew) as Direction;
		out.push({ place, where: inBounds(limits, pointOf(place)) ? 'edge' : 'beyond', direction });
	}
	return out;
}
