import { resolve } from '$app/paths';
import { createIndex } from '$lib/content/selectors';
import { loadExportedContent } from '$lib/export/fetchContent';
import { EXPORT_FILES, exportFileInfo } from '$lib/export/files';
import { LICENCE_NOTE } from '$lib/export/json';
import { claimsTable, eventsTable, placesTable } from '$lib/export/tables';
import type { PageLoad } from './$types';

// Runs only while prerendering (csr is off). Each file's size is measured on the file the
// /data/[file] route serves, so the page states exactly what a reader downloads.
export const load: PageLoad = async ({ fetch }) => {
	const { content, siteUrl } = await loadExportedContent(fetch);
	const index = createIndex(content);
	const options = { siteUrl };
	const files = await Promise.all(
		EXPORT_FILES.map(async (name) => {
			const response = await fetch(resolve('/data/[file]', { file: name }));
			if (!response.ok) throw new Error(`data/${name}: HTTP ${response.status}`);
			return { ...exportFileInfo(name), bytes: (await response.arrayBuffer()).byteLength };
		})
	);
	return {
		title: content.story.title,
		about: content.story.copy.about,
		counts: {
			claims: content.claims.length,
			events: content.events.length,
			places: content.places.length
		},
		files,
		licence: LICENCE_NOTE,
		columns: {
			claims: claimsTable(index, options).columns,
			events: eventsTable(index, options).columns,
			places: placesTable(index).columns
		}
	};
};
