import { loadContent } from '$lib/content/load.server';
import type { PageServerLoad } from './$types';

// Runs only while prerendering: the validated content is inlined into the static page.
export const load: PageServerLoad = () => ({ content: loadContent() });
