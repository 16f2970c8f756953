import { loadExportedContent } from '$lib/export/fetchContent';
import type { PageLoad } from './$types';

// Runs only while prerendering (csr is off); see fetchContent.ts for why not a server load.
export const load: PageLoad = async ({ fetch }) => loadExportedContent(fetch);
