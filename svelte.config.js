import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * BASE_PATH lets the static build live under a sub-path (e.g. BASE_PATH=/khorasan for
 * https://example.org/khorasan/). It must start with a slash and have no trailing slash.
 */
/** @type {'' | `/${string}`} */
const base = /** @type {any} */ (process.env.BASE_PATH ?? '');
if (base && (!base.startsWith('/') || base.endsWith('/'))) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
