import { loadContent } from '$lib/content/load.server';
import type { EntryGenerator } from './$types';

export const prerender = true;
// A document, not an app: the page is complete as HTML and ships no JavaScript.
export const csr = false;

/**
 * One page per claim of the validated content. Only the entries live here: a server load would
 * make kit write a __data.json of the whole content next to every page (for client-side
 * navigation, which these pages do not have). +page.ts reads the content instead.
 */
export const entries: EntryGenerator = () => loadContent().claims.map((x) => ({ id: x.id }));
