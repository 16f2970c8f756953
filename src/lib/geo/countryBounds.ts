/**
 * Country bounds for the camera, computed once while prerendering from the built geodata
 * (src/content/geo/region.topo.json) and inlined into the page, so the browser never has to parse the
 * topology twice or wait for the map to know where a country is.
 */
import { boundsOf, loadRegion, parseRegionTopology, type Bounds } from '$lib/geo';

/** Bounds rounded outwards to two decimals (about 1 km): small to inline, never too tight. */
function roundOut([[w, s], [e, n]]: Bounds): Bounds {
	const down = (x: number) => Math.floor(x * 100) / 100;
	const up = (x: number) => Math.ceil(x * 100) / 100;
	return [
		[down(w), down(s)],
		[up(e), up(n)]
	];
}

/**
 * ISO3 -> bounds of that country as drawn, for the requested codes that the topology has
 * (countries off the map are simply absent). Throws, naming the problem, on a malformed topology.
 */
export function countryBoundsFrom(
	topology: unknown,
	codes: readonly string[]
): Record<string, Bounds> {
	const { countries } = loadRegion(parseRegionTopology(topology));
	const wanted = new Set(codes);
	const out: Record<string, Bounds> = {};
	for (const feature of countries.features) {
		if (wanted.has(feature.id)) out[feature.id] = roundOut(boundsOf(feature));
	}
	return out;
}
