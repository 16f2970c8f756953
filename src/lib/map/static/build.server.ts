/**
 * Node-only entry to the static map: reads the built topology from disk and links the map to the
 * page's readable content, so that without JavaScript a country leads to its first claim and a
 * place to its first event. Used by the route's load while prerendering.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegionTopology, type RegionTopology } from '$lib/geo/topology';
import { GEODATA_FILE } from '$lib/content/load.server';
import { createIndex } from '$lib/content/selectors';
import type { Content } from '$lib/content/types';
import { toCountryLocalNames, toMapPlaces } from '../places';
import { buildStaticMap, type StaticMapOptions } from './build';
import type { StaticMapData } from './types';

/** The story's built topology (geo/ in the content folder) under `root`, the repository root; checked. */
export function readRegionTopology(root: string = process.cwd()): RegionTopology {
	return parseRegionTopology(JSON.parse(readFileSync(join(root, GEODATA_FILE), 'utf8')));
}

/**
 * Links that work without JavaScript and, when JavaScript runs, name the same state as the map:
 * a country in the content -> `?country=ISO` (the JS page selects it) plus its first claim's
 * anchor (where a reader without JS lands); a place -> its first event's anchor, or failing that
 * its first claim's.
 */
export function contentLinks(
	content: Content
): Required<Pick<StaticMapOptions, 'countryHref' | 'placeHref'>> {
	const index = createIndex(content);
	return {
		countryHref(iso3) {
			if (!index.countryById.has(iso3)) return undefined;
			const claim = index.claimsAboutCountry(iso3)[0];
			return `?country=${iso3}` + (claim ? `#claim-${claim.id}` : '');
		},
		placeHref(id) {
			const event = index.eventsAt(id)[0];
			if (event) return `#event-${event.id}`;
			const claim = index.claimsAt(id)[0];
			return claim ? `#claim-${claim.id}` : undefined;
		}
	};
}

/**
 * The static map of the content's places, linked to its claims and events; `links: false` for a
 * view whose map only shows the state (the embed), where those anchors do not exist.
 */
export function staticMapFor(
	content: Content,
	{ root = process.cwd(), links = true }: { root?: string; links?: boolean } = {}
): StaticMapData {
	return buildStaticMap(readRegionTopology(root), toMapPlaces(content.places), {
		...(links ? contentLinks(content) : {}),
		countryLocalNames: toCountryLocalNames(content.countries)
	});
}
