import { error } from '@sveltejs/kit';
import { loadExportedContent } from '$lib/export/fetchContent';
import type { PageLoad } from './$types';

// Runs only while prerendering (csr is off): reads the validated content from data/content.json.
export const load: PageLoad = async ({ fetch, params }) => {
	const { content, siteUrl } = await loadExportedContent(fetch);
	if (!content.events.some((x) => x.id === params.id)) {
		error(404, `No event "${params.id}" in this story`);
	}
	return { content, id: params.id, siteUrl };
};
