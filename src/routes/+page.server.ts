import { readFileSync } from 'node:fs';
import { loadContent, GEODATA_FILE } from '$lib/content/load.server';
import { countryBoundsFrom } from '$lib/panels/countryBounds';
import { staticMapFor } from '$lib/map/static/build.server';
import type { PageServerLoad } from './$types';

// Runs only while prerendering: the validated content (and the bounds of its countries, for the
// camera) are inlined into the static page.
export const load: PageServerLoad = () => {
	const content = loadContent();
	const topology: unknown = JSON.parse(readFileSync(GEODATA_FILE, 'utf8'));
	const countryBounds = countryBoundsFrom(
		topology,
		content.countries.filter((c) => c.onMap).map((c) => c.id)
	);
	return { content, countryBounds, staticMap: staticMapFor(content) };
};
