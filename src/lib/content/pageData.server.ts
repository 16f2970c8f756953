import { readFileSync } from 'node:fs';
import { loadContent, GEODATA_FILE } from './load.server';
import { countryBoundsFrom } from '$lib/geo/countryBounds';
import { staticMapFor } from '$lib/map/static/build.server';

/**
 * What the map pages inline while prerendering: the validated content, the bounds of its countries
 * (for the camera) and the static map, linked to the main page's readable content or, for a view
 * that has none (the embed), not linked.
 */
export function mapPageData({ staticMapLinks }: { staticMapLinks: boolean }) {
	const content = loadContent();
	const topology: unknown = JSON.parse(readFileSync(GEODATA_FILE, 'utf8'));
	const countryBounds = countryBoundsFrom(
		topology,
		content.countries.filter((c) => c.onMap).map((c) => c.id)
	);
	return { content, countryBounds, staticMap: staticMapFor(content, { links: staticMapLinks }) };
}
