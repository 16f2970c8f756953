/**
 * Byte sizes of the static build, by asset class, raw and gzip (zlib level 9). Shared by the
 * benchmark (bench/run.js) and the byte-budget test (tests/e2e/budgets.e2e.ts), so both count
 * the same files the same way.
 *
 * Classes (every file of the build falls in exactly one):
 * - html: the page itself (index.html);
 * - jsBeforeMap: the JS the page's HTML asks for up front (modulepreload links, script src, the
 *   inline bootstrap's import() calls) and everything those import statically;
 * - mapLibrary: a lazily loaded JS chunk holding maplibre-gl (recognised by a string only its
 *   worker pool code contains), with whatever app code the bundler put beside it;
 * - mapWorker: MapLibre's worker file (imported with `?url`, named maplibre-gl-worker.*);
 * - jsLater: any other JS that is not needed up front;
 * - cssApp / cssMapLibre: stylesheets; maplibre-gl.css is recognised by its selectors;
 * - geodata: everything under geo/; fonts: font files under fonts/;
 * - other: the rest (favicon, licences, __data.json, other pages, ...).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** 1 KB = 1000 bytes, as Vite prints sizes. */
export const KB = 1000;

/** Found only in maplibre-gl's own code (its worker pool), never in app code that merely uses it. */
const MAPLIBRE_JS_SIGNATURE = 'maplibre_preloaded_worker_pool';
/** Selectors found only in maplibre-gl.css. */
const MAPLIBRE_CSS_SIGNATURES = [
	'maplibregl-ctrl-attrib-button',
	'maplibregl-cooperative-gesture-screen'
];
const MAPLIBRE_WORKER_NAME = /(^|\/)maplibre-gl-worker[^/]*\.m?js$/;
const FONT_FILE = /\.(woff2?|ttf|otf|pbf)$/i;
const JS_FILE = /\.m?js$/;

/**
 * @typedef {'html' | 'jsBeforeMap' | 'mapLibrary' | 'mapWorker' | 'jsLater' | 'cssApp'
 *   | 'cssMapLibre' | 'geodata' | 'fonts' | 'other'} AssetClassId
 */

/**
 * @typedef {object} FileSize
 * @property {string} file path inside the build, with forward slashes
 * @property {number} raw bytes on disk
 * @property {number} gzip bytes after gzip level 9
 * @property {boolean} upfront whether the page's HTML asks for it before any script runs
 */

/**
 * @typedef {object} AssetClass
 * @property {AssetClassId} id
 * @property {string} label
 * @property {FileSize[]} files
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * @typedef {object} BuildSizes
 * @property {string} buildDir
 * @property {string} page the HTML file measured as the page
 * @property {Record<AssetClassId, AssetClass>} classes
 * @property {number} geodataPlusFontsGzip
 * @property {boolean} mapLibraryUpfront true when maplibre-gl is among the up-front JS (a regression)
 */

/** @type {Record<AssetClassId, string>} */
export const CLASS_LABELS = {
	html: 'HTML (the page)',
	jsBeforeMap: 'JS before the map',
	mapLibrary: 'Map library chunk (maplibre-gl)',
	mapWorker: 'Map library worker',
	jsLater: 'Other lazy JS',
	cssApp: 'CSS (app)',
	cssMapLibre: 'CSS (maplibre-gl)',
	geodata: 'Geodata (geo/)',
	fonts: 'Fonts (fonts/)',
	other: 'Other files'
};

/** Size of `data` after gzip at level 9. @param {Uint8Array | string} data */
export function gzipSize(data) {
	return gzipSync(data, { level: 9 }).length;
}

/** @param {string} value */
function decodeEntities(value) {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
}

/**
 * The scripts and stylesheets an HTML page asks for before any of its JS runs, as written in it
 * (relative or absolute URLs).
 * @param {string} html
 * @returns {{ scripts: string[], styles: string[] }}
 */
export function upfrontAssets(html) {
	/** @type {Set<string>} */
	const scripts = new Set();
	/** @type {Set<string>} */
	const styles = new Set();
	for (const [tag] of html.matchAll(/<(?:link|script)\b[^>]*>/gi)) {
		const href = /\b(?:href|src)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
		if (!href) continue;
		const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase() ?? '';
		if (tag.toLowerCase().startsWith('<script') || rel.split(/\s+/).includes('modulepreload')) {
			scripts.add(decodeEntities(href));
		} else if (rel.split(/\s+/).includes('stylesheet')) {
			styles.add(decodeEntities(href));
		}
	}
	// Inline scripts: SvelteKit's bootstrap imports its entry points with import("...").
	for (const [, body = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const [, url = ''] of body.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) {
			scripts.add(url);
		}
	}
	return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Relative specifiers a (minified) ES module imports statically: `import ... from "./x.js"`,
 * `import "./x.js"`, `export ... from "./x.js"`. Dynamic import() is left out: it loads later.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
	/** @type {Set<string>} */
	const found = new Set();
	const pattern =
		/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
	for (const [, specifier = ''] of code.matchAll(pattern)) found.add(specifier);
	return [...found];
}

/** @param {string} dir @returns {string[]} paths relative to dir, forward slashes, sorted */
function listFiles(dir) {
	/** @type {string[]} */
	const out = [];
	/** @param {string} current */
	const walk = (current) => {
		for (const name of readdirSync(current)) {
			const path = join(current, name);
			if (statSync(path).isDirectory()) walk(path);
			else out.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/**
 * Resolves a URL written in `fromFile` (a build-relative path) to a build-relative path, or null
 * when it points elsewhere (another origin, a data: URL).
 * @param {string} fromFile
 * @param {string} url
 * @param {string} base the site's base path ('' or '/sub'), for root-relative URLs
 */
function resolveUrl(fromFile, url, base) {
	if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//')) return null;
	const path = url.split(/[?#]/)[0] ?? '';
	if (path.startsWith('/')) {
		const inside = base && path.startsWith(`${base}/`) ? path.slice(base.length) : path;
		return posix.normalize(inside.slice(1));
	}
	return posix.normalize(posix.join(posix.dirname(fromFile), path));
}

/**
 * Measures a static build. Throws when the page is missing (there is nothing to measure).
 * @param {string} buildDir
 * @param {{ page?: string, base?: string }} [options] page: the HTML file whose up-front JS
 *   counts (default index.html); base: the site's base path when built with BASE_PATH
 * @returns {BuildSizes}
 */
export function measureBuild(buildDir, options = {}) {
	const page = options.page ?? 'index.html';
	const base = options.base ?? '';
	const files = listFiles(buildDir);
	if (!files.includes(page)) throw new Error(`${join(buildDir, page)} not found: build first`);
	const read = (/** @type {string} */ file) => readFileSync(join(buildDir, file));
	const html = read(page).toString('utf8');

	const wanted = upfrontAssets(html);
	/** @type {Set<string>} */
	const upfrontJs = new Set();
	const queue = wanted.scripts
		.map((url) => resolveUrl(page, url, base))
		.filter((path) => path !== null);
	while (queue.length > 0) {
		const file = /** @type {string} */ (queue.shift());
		if (upfrontJs.has(file) || !files.includes(file)) continue;
		upfrontJs.add(file);
		for (const specifier of staticImports(read(file).toString('utf8'))) {
			const next = resolveUrl(file, specifier, base);
			if (next) queue.push(next);
		}
	}
	const upfrontCss = new Set(
		wanted.styles.map((url) => resolveUrl(page, url, base)).filter((path) => path !== null)
	);

	/** @param {AssetClassId} id @returns {AssetClass} */
	const empty = (id) => ({ id, label: CLASS_LABELS[id], files: [], raw: 0, gzip: 0 });
	/** @type {Record<AssetClassId, AssetClass>} */
	const classes = {
		html: empty('html'),
		jsBeforeMap: empty('jsBeforeMap'),
		mapLibrary: empty('mapLibrary'),
		mapWorker: empty('mapWorker'),
		jsLater: empty('jsLater'),
		cssApp: empty('cssApp'),
		cssMapLibre: empty('cssMapLibre'),
		geodata: empty('geodata'),
		fonts: empty('fonts'),
		other: empty('other')
	};
	let mapLibraryUpfront = false;
	for (const file of files) {
		const data = read(file);
		const upfront = upfrontJs.has(file) || upfrontCss.has(file);
		/** @type {AssetClassId} */
		let id = 'other';
		if (file === page) id = 'html';
		else if (upfrontJs.has(file)) {
			id = 'jsBeforeMap';
			if (data.includes(MAPLIBRE_JS_SIGNATURE)) mapLibraryUpfront = true;
		} else if (MAPLIBRE_WORKER_NAME.test(file)) id = 'mapWorker';
		else if (JS_FILE.test(file)) {
			id = data.includes(MAPLIBRE_JS_SIGNATURE) ? 'mapLibrary' : 'jsLater';
		} else if (file.endsWith('.css')) {
			const text = data.toString('utf8');
			id = MAPLIBRE_CSS_SIGNATURES.every((s) => text.includes(s)) ? 'cssMapLibre' : 'cssApp';
		} else if (file.startsWith('geo/')) id = 'geodata';
		else if (file.startsWith('fonts/') && FONT_FILE.test(file)) id = 'fonts';
		const size = { file, raw: data.length, gzip: gzipSize(data), upfront };
		const target = classes[id];
		target.files.push(size);
		target.raw += size.raw;
		target.gzip += size.gzip;
	}
	return {
		buildDir,
		page,
		classes,
		geodataPlusFontsGzip: classes.geodata.gzip + classes.fonts.gzip,
		mapLibraryUpfront
	};
}
