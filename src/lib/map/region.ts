/**
 * The map's view limits. The region's boxes and focus countries come from $lib/geo (owned by the
 * geodata build); only what is a matter of the map's own display is decided here.
 */
export { FOCUS_COUNTRIES, INITIAL_BOUNDS, MAX_BOUNDS, REGION_TOPOLOGY_PATH } from '$lib/geo/region';

/**
 * Zoom limits: at 2.5 a phone still sees the four countries whole; beyond 8 the 1:50m
 * Natural Earth lines look coarse.
 */
export const MIN_ZOOM = 2.5;
export const MAX_ZOOM = 8;
