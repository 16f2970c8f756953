// The same prerender-time data as the main page: the validated content and its country bounds.
export { load } from '../+page.server';
