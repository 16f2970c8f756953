/**
 * Dot sizes by place kind, shared by the WebGL style (placeKinds.ts) and the static SVG map (which
 * must not import the MapLibre expressions).
 */

/** Radius at zoom 3 and at zoom 8, by kind. */
export const KIND_RADIUS: Readonly<Record<string, readonly [number, number]>> = {
	capital: [3.4, 5.6],
	city: [2.8, 4.8],
	town: [2.1, 3.6],
	site: [2.4, 4.2],
	district: [2.8, 4.8],
	corridor: [2.8, 4.8]
};

/** Kinds drawn as hollow rings: areas stood in for by a point. */
export const HOLLOW_KINDS: readonly string[] = ['district', 'corridor'];
