import { expect, test } from '@playwright/test';
import { KB, measureBuild, type AssetClass } from '../../bench/lib/assets.js';
import { BYTE_BUDGETS } from '../../bench/lib/budgets.js';

/**
 * The byte budgets of issue 6, on the build the end-to-end tests serve. Sizes are deterministic,
 * so they are asserted here; timings are not, and only `npm run bench` reports them. The files
 * are classed by bench/lib/assets.js, the same code the benchmark uses.
 */

const list = (c: AssetClass) =>
	c.files.map((f) => `  ${f.file}: ${(f.gzip / KB).toFixed(1)} KB gzip`).join('\n');

test.describe('byte budgets of build/', () => {
	const measure = () => measureBuild('build', { base: process.env.BASE_PATH ?? '' });

	test(`JS before the map is at most ${BYTE_BUDGETS.jsBeforeMapGzip / KB} KB gzip`, () => {
		const sizes = measure();
		const js = sizes.classes.jsBeforeMap;
		expect(sizes.mapLibraryUpfront, 'maplibre-gl must not load up front').toBe(false);
		expect(
			js.files.length,
			'the page asks for no JS: is build/ a SvelteKit build?'
		).toBeGreaterThan(0);
		expect(js.gzip, `JS before the map, gzip:\n${list(js)}`).toBeLessThanOrEqual(
			BYTE_BUDGETS.jsBeforeMapGzip
		);
	});

	test(`geodata and fonts are at most ${BYTE_BUDGETS.geodataPlusFontsGzip / KB} KB gzip`, () => {
		const { classes, geodataPlusFontsGzip } = measure();
		expect(classes.geodata.files.length, 'no geodata in build/geo').toBeGreaterThan(0);
		expect(
			geodataPlusFontsGzip,
			`geodata and fonts, gzip:\n${list(classes.geodata)}\n${list(classes.fonts)}`
		).toBeLessThanOrEqual(BYTE_BUDGETS.geodataPlusFontsGzip);
	});
});
