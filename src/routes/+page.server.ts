import { mapPageData } from '$lib/content/pageData.server';
import type { PageServerLoad } from './$types';

// Runs only while prerendering: the data is inlined into the static page.
export const load: PageServerLoad = () => mapPageData({ staticMapLinks: true });
