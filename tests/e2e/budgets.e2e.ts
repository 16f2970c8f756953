import { expect, test } from '@playwright/test';
import { KB, measureBuild, type AssetClass } from '../../bench/lib/assets.js';
import { BYTE_BUDGETS } from '../../bench/lib/budgets.js';

/**
 * Deterministic facts of the build the end-to-end tests serve. Sizes are deterministic,
 * so they are asserted here; timings are not, and only `npm run bench` reports them. The files
 * are classed by bench/lib/assets.js, the same code the benchmark uses.
 */

const list = (c: AssetClass) =>
	c.files.map((f) => `  ${f.file}: ${(f.gzip / KB).toFixed(1)} KB gzip`).join('\n');

test.describe('byte budgets of build/', () => {
	const measure = () => measureBuild('build', { base: process.env.BASE_PATH ?? '' });

	// The JS before the map is reported by `npm run bench`, not gated here: a byte count is an
	// instrument. What is checked is the behaviour: the map library waits for the reader.
	test('the page loads no maplibre-gl up front', () => {
		const sizes = measure();
		expect(sizes.mapLibraryUpfront, 'maplibre-gl must not load up front').toBe(false);
		expect(
			sizes.classes.jsBeforeMap.files.length,
			'the page asks for no JS: is build/ a SvelteKit build?'
		).toBeGreaterThan(0);
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
