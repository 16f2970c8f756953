/**
 * The region's constants for the site: where the reader may go, where the map starts, which
 * countries are the story's. They come from region.yaml in the content folder, through the view
 * file `npm run geo` writes next to the topology (the content validation checks that the two
 * agree); they are re-exported here with types so the site never duplicates them.
 */
import { MIN_CLIP_MARGIN as minClipMargin, TOPOLOGY_PATH } from '../../../geo/config.js';
import view from '$story/geo/region.view.json' with { type: 'json' };

/** [longitude, latitude] in degrees. */
export type LngLat = [lon: number, lat: number];

/** [[west, south], [east, north]] in degrees: MapLibre's LngLatBoundsLike and d3's geoBounds order. */
export type Bounds = [sw: LngLat, ne: LngLat];

/** One of the story's focus countries, by ISO 3166-1 alpha-3 code. */
export type FocusCountry = string;

/** The story's focus countries, in its order of attention (region.yaml `focus`). */
export const FOCUS_COUNTRIES: readonly FocusCountry[] = view.focus;

/** The map's `maxBounds`: the viewport never leaves this box, so the clip edges are never seen. */
export const MAX_BOUNDS: Readonly<Bounds> = view.maxBounds as Bounds;

/**
 * The box the countries were cut to (wider than MAX_BOUNDS by at least MIN_CLIP_MARGIN degrees).
 * Anything drawn beyond MAX_BOUNDS, e.g. by a static SVG map, must clip to it, or it shows the
 * straight cut edges of Russia, China, India and the African countries.
 */
export const CLIP_BOX: Readonly<Bounds> = view.clipBox as Bounds;

/** The least margin, in degrees, between MAX_BOUNDS and CLIP_BOX on any side. */
export const MIN_CLIP_MARGIN: number = minClipMargin;

/**
 * The first view (region.yaml `initialView`), for `fitBounds` (or MapLibre's `bounds` option) so
 * that it works at any screen size. A test checks that it holds every focus country and stays
 * inside MAX_BOUNDS.
 */
export const INITIAL_BOUNDS: Readonly<Bounds> = view.initialView as Bounds;

/** What the static map draws around the first view (region.yaml `staticBounds`, default MAX_BOUNDS). */
export const STATIC_BOUNDS: Readonly<Bounds> = view.staticBounds as Bounds;

/** Zoom limits of the map (region.yaml `zoom`). */
export const ZOOM_LIMITS: Readonly<{ min: number; max: number }> = view.zoom;

/**
 * How the map names countries (region.yaml `countryLabels`): which show their local name, which
 * are drawn unnamed, and hand-placed label points.
 */
export const COUNTRY_LABELS: Readonly<{
	localNames: readonly string[];
	hidden: readonly string[];
	at: Readonly<Record<string, LngLat>>;
}> = view.countryLabels as unknown as {
	localNames: string[];
	hidden: string[];
	at: Record<string, LngLat>;
};

/** Path of the built topology under the site's base path (prefix it with `base` from $app/paths). */
export const REGION_TOPOLOGY_PATH: string = TOPOLOGY_PATH;
