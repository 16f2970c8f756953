import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipSize, measureBuild, staticImports, upfrontAssets } from '../../../bench/lib/assets.js';

let dir: string;

function write(path: string, text: string | Buffer) {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
}

const INDEX = `<!doctype html><html><head>
<link rel="icon" href="./favicon.svg">
<link href="./_app/immutable/entry/start.js" rel="modulepreload">
<link href="./_app/immutable/nodes/2.js" rel="modulepreload">
<link href="./_app/immutable/assets/app.css" rel="stylesheet">
</head><body><div class="app-root"><script>
Promise.all([import("./_app/immutable/entry/start.js"), import("./_app/immutable/entry/app.js")]);
</script></div></body></html>`;

/** A small build shaped like SvelteKit's: entries, shared chunks, a lazy map chunk. */
function makeBuild(index = INDEX) {
	write('index.html', index);
	write('_app/immutable/entry/start.js', 'export{a as start}from"../chunks/shared.js";');
	write(
		'_app/immutable/entry/app.js',
		'import{t}from"../chunks/shared.js";const n=[()=>import(`../nodes/2.js`)];export{n};'
	);
	write(
		'_app/immutable/nodes/2.js',
		'import"../chunks/deep.js";import{x as y}from"../chunks/ui.js";const m=()=>import(`../chunks/map.js`);'
	);
	write('_app/immutable/chunks/shared.js', 'var a=1;export{a};');
	write('_app/immutable/chunks/deep.js', 'console.log("deep")');
	write('_app/immutable/chunks/ui.js', 'var x=2;export{x};');
	write(
		'_app/immutable/chunks/map.js',
		'var Sl="maplibre_preloaded_worker_pool";new URL("../assets/maplibre-gl-worker.abc.mjs",import.meta.url);'
	);
	write('_app/immutable/chunks/lazy.js', 'export const lazy = 1;');
	write('_app/immutable/assets/maplibre-gl-worker.abc.mjs', 'self.onmessage=()=>{}');
	write('_app/immutable/assets/app.css', 'body{margin:0}');
	write(
		'_app/immutable/assets/runtime.css',
		'.maplibregl-ctrl-attrib-button{x:y}.maplibregl-cooperative-gesture-screen{x:y}'
	);
	write('geo/region.topo.json', '{"type":"Topology"}');
	write('fonts/noto.woff2', Buffer.from([1, 2, 3, 4]));
	write('fonts/OFL.txt', 'licence');
	write('favicon.svg', '<svg/>');
}

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'bench-assets-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('upfrontAssets', () => {
	it('collects modulepreload links, script src, inline import() calls and stylesheets', () => {
		const html = `${INDEX}<script type="module" src="/x/main.js"></script>`;
		const { scripts, styles } = upfrontAssets(html);
		expect(scripts).toEqual([
			'./_app/immutable/entry/start.js',
			'./_app/immutable/nodes/2.js',
			'/x/main.js',
			'./_app/immutable/entry/app.js'
		]);
		expect(styles).toEqual(['./_app/immutable/assets/app.css']);
	});
});

describe('staticImports', () => {
	it('finds import/export ... from and bare imports, not dynamic import()', () => {
		const code =
			'import"./a.js";import{b as c}from"../b.js";export{d}from"./d.js";import*as e from"./e.js";const f=()=>import("./f.js");import(`./g.js`)';
		expect(staticImports(code).sort()).toEqual(['../b.js', './a.js', './d.js', './e.js']);
	});

	it('ignores bare package specifiers and other origins', () => {
		expect(staticImports('import x from"maplibre-gl";import"https://cdn.example/x.js"')).toEqual(
			[]
		);
	});
});

describe('gzipSize', () => {
	it('is the length of a level-9 gzip stream of the data', () => {
		const text = 'map '.repeat(1000);
		expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
		expect(gunzipSync(gzipSync(text, { level: 9 })).toString()).toBe(text);
		expect(gzipSize(text)).toBeLessThan(text.length);
	});
});

describe('measureBuild', () => {
	it('puts every file in one class', () => {
		makeBuild();
		const { classes, geodataPlusFontsGzip, mapLibraryUpfront } = measureBuild(dir);
		const files = (id: keyof typeof classes) => classes[id].files.map((f) => f.file);
		expect(files('html')).toEqual(['index.html']);
		expect(files('jsBeforeMap')).toEqual([
			'_app/immutable/chunks/deep.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/ui.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.js',
			'_app/immutable/nodes/2.js'
		]);
		expect(files('mapLibrary')).toEqual(['_app/immutable/chunks/map.js']);
		expect(files('mapWorker')).toEqual(['_app/immutable/assets/maplibre-gl-worker.abc.mjs']);
		expect(files('jsLater')).toEqual(['_app/immutable/chunks/lazy.js']);
		expect(files('cssApp')).toEqual(['_app/immutable/assets/app.css']);
		expect(files('cssMapLibre')).toEqual(['_app/immutable/assets/runtime.css']);
		expect(files('geodata')).toEqual(['geo/region.topo.json']);
		expect(files('fonts')).toEqual(['fonts/noto.woff2']);
		expect(files('other')).toEqual(['favicon.svg', 'fonts/OFL.txt']);
		expect(mapLibraryUpfront).toBe(false);
		expect(geodataPlusFontsGzip).toBe(classes.geodata.gzip + classes.fonts.gzip);
		expect(classes.cssApp.files[0]?.upfront).toBe(true);
		expect(classes.cssMapLibre.files[0]?.upfront).toBe(false);
	});

	it('sums raw and gzip sizes per class', () => {
		makeBuild();
		const { classes } = measureBuild(dir);
		const js = classes.jsBeforeMap;
		expect(js.raw).toBe(js.files.reduce((sum, f) => sum + f.raw, 0));
		expect(js.gzip).toBe(js.files.reduce((sum, f) => sum + f.gzip, 0));
		expect(classes.fonts.raw).toBe(4);
	});

	it('flags maplibre-gl among the up-front JS', () => {
		makeBuild(
			INDEX.replace(
				'<link href="./_app/immutable/nodes/2.js"',
				'<link href="./_app/immutable/chunks/map.js" rel="modulepreload"><link href="./_app/immutable/nodes/2.js"'
			)
		);
		const { classes, mapLibraryUpfront } = measureBuild(dir);
		expect(mapLibraryUpfront).toBe(true);
		expect(classes.mapLibrary.files).toEqual([]);
		expect(classes.jsBeforeMap.files.map((f) => f.file)).toContain('_app/immutable/chunks/map.js');
	});

	it('resolves root-relative URLs under a base path', () => {
		makeBuild(
			'<link href="/sub/_app/immutable/entry/start.js" rel="modulepreload"><script>import("/sub/_app/immutable/entry/app.js")</script>'
		);
		const { classes } = measureBuild(dir, { base: '/sub' });
		expect(classes.jsBeforeMap.files.map((f) => f.file)).toEqual([
			'_app/immutable/chunks/shared.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/entry/start.js'
		]);
	});

	it('fails when the page is missing', () => {
		expect(() => measureBuild(dir)).toThrow(/index\.html not found/);
	});
});
