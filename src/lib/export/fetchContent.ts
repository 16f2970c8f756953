/**
 * The validated content as the pages outside the map read it while prerendering: from the
 * prerendered data/content.json (the /data/[file] route), through SvelteKit's fetch, which calls
 * the route in process. Going through a universal load keeps kit from writing a __data.json copy
 * of the content next to every page, as it does for server loads.
 */
import { resolve } from '$app/paths';
import type { Content } from '../content/types.js';
import type { ContentDocument } from './json.js';

export interface ExportedContent {
	content: Content;
	/** PUBLIC_SITE_URL as the build read it, if set. */
	siteUrl?: string;
}

/** Fetches data/content.json; throws when the route does not answer (which fails the build). */
export async function loadExportedContent(
	fetch: typeof globalThis.fetch
): Promise<ExportedContent> {
	const response = await fetch(resolve('/data/[file]', { file: 'content.json' }));
	if (!response.ok) throw new Error(`data/content.json: HTTP ${response.status}`);
	const { meta, ...content } = (await response.json()) as ContentDocument;
	return { content, siteUrl: meta.site };
}
