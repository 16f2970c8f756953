/**
 * Build-time glue for the /data routes: the validated content, indexed, and the options read from
 * the environment. Node only (reads src/content and PUBLIC_SITE_URL).
 */
import { loadContent } from '../content/load.server.js';
import { createIndex, type ContentIndex } from '../content/selectors.js';
import { parseSiteUrl } from './links.js';
import type { ExportOptions } from './columns.js';

/** The validated content, indexed (loadContent caches the validation per build). */
export function exportIndex(): ContentIndex {
	return createIndex(loadContent());
}

/** PUBLIC_SITE_URL, checked (throws on a malformed one, failing the build). */
export function exportOptions(): ExportOptions {
	return { siteUrl: parseSiteUrl(process.env.PUBLIC_SITE_URL) };
}
