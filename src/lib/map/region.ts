/**
 * The map's view limits. The region's boxes, focus countries and zoom limits come from $lib/geo
 * (region.yaml in the content folder, through the geodata build).
 */
import { ZOOM_LIMITS } from '$lib/geo/region';

export { FOCUS_COUNTRIES, INITIAL_BOUNDS, MAX_BOUNDS, REGION_TOPOLOGY_PATH } from '$lib/geo/region';

/** Zoom limits (region.yaml `zoom`). */
export const MIN_ZOOM = ZOOM_LIMITS.min;
export const MAX_ZOOM = ZOOM_LIMITS.max;
