// Every page is prerendered to static HTML; the map itself only ever runs in the browser.
export const prerender = true;
export const trailingSlash = 'never';
