import { createHash } from 'node:crypto';
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

/**
 * BUILD_DIR sends the static site elsewhere (default `build`). The content-escaping test builds a
 * second site from a hostile fixture (CONTENT_DIR=tests/fixtures/xss BUILD_DIR=build-xss); kit's
 * own intermediate output moves with it, because `vite preview` serves `.svelte-kit/output`, so
 * that build must not overwrite the main one there.
 */
const buildDir = process.env.BUILD_DIR || 'build';
if (!/^[\w.-]+$/.test(buildDir) || buildDir.startsWith('.')) {
	throw new Error(
		`BUILD_DIR must be a plain folder name in the repository root (got "${buildDir}")`
	);
}
const outDir = buildDir === 'build' ? '.svelte-kit' : `.svelte-kit/${buildDir}`;

/**
 * SvelteKit's route announcer is the one element that carries an inline style attribute
 * (sveltejs/kit#11993). 'unsafe-hashes' with this hash lets exactly this value through
 * style-src-attr and no other style attribute; tests/e2e/security.e2e.ts fails if it drifts.
 */
const announcerStyle =
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';
const announcerHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(announcerStyle).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No `window.__svelte` version registration: a few bytes less before the map, nothing reads it.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir,
		// The story's folder (CONTENT_DIR): the site imports its built region view at compile time.
		alias: { $story: process.env.CONTENT_DIR || 'src/content' },
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		/**
		 * Every stylesheet of the page inlined into its HTML (kit adds their hashes to style-src):
		 * a dozen small render-blocking requests cost round trips before the first paint on a slow
		 * phone network, more than the bytes they add to the page.
		 */
		inlineStyleThreshold: Infinity,
		/**
		 * Content-Security-Policy. Prerendered pages get it as a <meta http-equiv> tag with the
		 * sha256 of kit's inline bootstrap script added to script-src. A meta tag cannot carry
		 * frame-ancestors, report-uri or sandbox (kit drops them): set those as HTTP headers on the host.
		 * - no 'unsafe-inline' for scripts or styles, no 'unsafe-eval'; style attributes only for
		 *   kit's announcer (above); styles set from JS through element.style are not affected;
		 * - img-src data: the icons of MapLibre's controls are data: SVGs in maplibre-gl.css;
		 * - worker-src 'self': MapLibre's worker is a same-origin file (setWorkerUrl), not a blob:.
		 */
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerHash],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
