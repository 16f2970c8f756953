/**
 * The WebGL map's files, by URL: maplibre-gl, its worker, the region's topology and the label
 * fonts. maplibre-gl is its own prebuilt ES module file, copied as an asset and imported by URL
 * rather than bundled (it is the same file the bundler would have taken), so that the page knows
 * its address before running it: `prefetchMapFiles` has the browser fetch all of them into its
 * cache when it is idle, running nothing, and the map's start then loads them at once, side by
 * side, instead of one after another.
 */
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { ALL_FONT_FILES, FONT_DIR } from './fonts';

export { workerUrl as MAPLIBRE_WORKER_URL };

/** The module maplibre-gl's package exports (its types: the bundled file is the same code). */
export type MapLibre = typeof import('maplibre-gl');

/** Runs maplibre-gl (downloading it unless it is cached). */
export function loadMapLibrary(): Promise<MapLibre> {
	return import(/* @vite-ignore */ maplibreUrl) as Promise<MapLibre>;
}

const topologies = new Map<string, Promise<unknown>>();

/**
 * The topology at `url`, fetched once per page: the idle prefetch and the map's start share the
 * request. The message names the URL and status so a broken deploy is obvious; a failed request
 * is forgotten, so a later start tries again.
 */
export function fetchTopology(url: string): Promise<unknown> {
	let pending = topologies.get(url);
	if (!pending) {
		pending = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
			return response.json() as Promise<unknown>;
		});
		pending.catch(() => topologies.delete(url));
		topologies.set(url, pending);
	}
	return pending;
}

/**
 * Whether this browser can give the map the WebGL2 context maplibre-gl 6 needs: checked before
 * anything is downloaded for it. The test context is released at once.
 */
export function hasWebGL2(doc: Document = document): boolean {
	try {
		const gl = doc.createElement('canvas').getContext('webgl2');
		gl?.getExtension('WEBGL_lose_context')?.loseContext();
		return gl !== null;
	} catch {
		return false;
	}
}

/**
 * Whether the browser knows WebGL2 at all: the check before the idle prefetch. Unlike hasWebGL2 it
 * makes no context, which blocks the main thread while the GPU process sets one up; a browser
 * that knows WebGL2 but refuses a context fetches the files and never runs them.
 */
export function knowsWebGL2(win: Window = window): boolean {
	return 'WebGL2RenderingContext' in win;
}

/**
 * The files to fetch ahead: the library (unless it is being imported already), its worker, the
 * fonts (under `assetsUrl`, ending "/").
 */
export function mapFileUrls(assetsUrl: string, library: boolean): string[] {
	return [
		...(library ? [maplibreUrl] : []),
		workerUrl,
		...ALL_FONT_FILES.map((font) => `${assetsUrl}${FONT_DIR}/${font.file}`)
	];
}

/**
 * Asks the browser to fetch the map's files into its cache at low priority, without running
 * them (`<link rel="prefetch">`), and starts the topology's request. `library`: the library too
 * (at idle; when the map starts, it imports the library itself). Skipped when the reader asked to
 * save data. Returns at once; safe to call more than once.
 */
export function prefetchMapFiles(
	assetsUrl: string,
	topologyUrl: string,
	{ library = false, doc = document }: { library?: boolean; doc?: Document } = {}
) {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	if (connection?.saveData) return;
	for (const href of mapFileUrls(assetsUrl, library)) {
		const absolute = new URL(href, doc.baseURI).href;
		const known = [...doc.head.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]')].some(
			(link) => link.href === absolute
		);
		if (known) continue;
		const link = doc.createElement('link');
		link.rel = 'prefetch';
		link.href = absolute;
		doc.head.append(link);
	}
	fetchTopology(topologyUrl).catch(() => {});
}
