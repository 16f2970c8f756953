/**
 * The region's constants for the site: where the reader may go, where the map starts, which
 * countries are the essay's. The geodata build owns the boxes (geo/config.js); they are
 * re-exported here with types so the site never duplicates them.
 */
import {
	CLIP_BOX as clipBox,
	FOCUS_COUNTRIES as focusCountries,
	MAX_BOUNDS as maxBounds,
	MIN_CLIP_MARGIN as minClipMargin
} from '../../../geo/config.js';

/** [longitude, latitude] in degrees. */
export type LngLat = [lon: number, lat: number];

/** [[west, south], [east, north]] in degrees: MapLibre's LngLatBoundsLike and d3's geoBounds order. */
export type Bounds = [sw: LngLat, ne: LngLat];

/** One of the essay's four countries, by ISO 3166-1 alpha-3 code. */
export type FocusCountry = (typeof focusCountries)[number];

/** Iran, Azerbaijan, Tajikistan, Afghanistan, in the essay's order of attention. */
export const FOCUS_COUNTRIES: readonly FocusCountry[] = focusCountries;

/** The map's `maxBounds`: the viewport never leaves this box, so the clip edges are never seen. */
export const MAX_BOUNDS: Readonly<Bounds> = maxBounds;

/**
 * The box the countries were cut to (wider than MAX_BOUNDS by at least MIN_CLIP_MARGIN degrees).
 * Anything drawn beyond MAX_BOUNDS, e.g. by a static SVG map, must clip to it, or it shows the
 * straight cut edges of Russia, China, India and the African countries.
 */
export const CLIP_BOX: Readonly<Bounds> = clipBox;

/** The least margin, in degrees, between MAX_BOUNDS and CLIP_BOX on any side. */
export const MIN_CLIP_MARGIN: number = minClipMargin;

/**
 * The first view: the four focus countries and the Khorasan outline, for `fitBounds` (or
 * MapLibre's `bounds` option) so that it works at any screen size. A test checks that it holds
 * every focus country and stays inside MAX_BOUNDS.
 */
export const INITIAL_BOUNDS: Readonly<Bounds> = [
	[44, 25],
	[75.5, 42]
];

/** Path of the built topology under the site's base path (prefix it with `base` from $app/paths). */
export const REGION_TOPOLOGY_PATH = 'geo/region.topo.json';

/** Whether an ISO 3166-1 alpha-3 code is one of the four focus countries. */
export function isFocusCountry(id: string): id is FocusCountry {
	return (FOCUS_COUNTRIES as readonly string[]).includes(id);
}

/** All the constants in one object, for callers that prefer `REGION.maxBounds`. */
export const REGION = {
	maxBounds: MAX_BOUNDS,
	clipBox: CLIP_BOX,
	initialBounds: INITIAL_BOUNDS,
	focusCountries: FOCUS_COUNTRIES,
	topologyPath: REGION_TOPOLOGY_PATH
} as const;
