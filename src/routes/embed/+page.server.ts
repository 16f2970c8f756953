import { mapPageData } from '$lib/content/pageData.server';
import type { PageServerLoad } from './$types';

// As the main page, but the embed's static map only shows the state: the main page's anchors,
// where its links would lead, are not on this page.
export const load: PageServerLoad = () => mapPageData({ staticMapLinks: false });
