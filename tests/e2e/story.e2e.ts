import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { parse } from 'yaml';
import { startWebGLMap } from './fixtures';
import { serve } from './staticServer';
import type {} from '../../src/lib/map/debug';
import { overlayIds } from '../../src/lib/map/ids';

/**
 * A second story, built from its folder alone (CONTENT_DIR=tests/fixtures/stories/stork-count
 * BUILD_DIR=build-stork, made by scripts/test.sh): its countries are drawn and select, its events
 * step, its tour walks its three voices, its overlay shows on both maps, and nothing of the
 * Khorasan story reaches its build.
 */
const BUILD = 'build-stork';
const STORY = 'tests/fixtures/stories/stork-count';
const read = <T>(file: string): T => parse(readFileSync(join(STORY, file), 'utf8')) as T;

/** Words of the Khorasan story; none may appear in any file of the second story's build. */
const KHORASAN =
	/epstein|essay-author|khorasan|kerman|isis|\biran\b|azerbaijan|tajikistan|afghanistan|taliban|tehran|persian|\b(?:IRN|AZE|TJK|AFG)\b/gi;

function filesBelow(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesBelow(path) : [path];
	});
}

test.describe('a second story, from content alone', () => {
	test.skip(
		!existsSync(join(BUILD, 'index.html')),
		`no ${BUILD}/: run CONTENT_DIR=${STORY} npm run geo, then CONTENT_DIR=${STORY} BUILD_DIR=${BUILD} npm run build (scripts/test.sh does)`
	);

	let site: Awaited<ReturnType<typeof serve>>;
	test.beforeAll(async () => {
		site = await serve(BUILD);
	});
	test.afterAll(async () => {
		await site.close();
	});

	test('has no word of the Khorasan story anywhere in its build', () => {
		// Images are binary: a run of bytes can spell anything.
		const files = filesBelow(BUILD).filter((f) => !f.endsWith('.png'));
		expect(files.length).toBeGreaterThan(20);
		const found = files.flatMap((file) =>
			[...readFileSync(file, 'latin1').matchAll(KHORASAN)].map((m) => `${file}: ${m[0]}`)
		);
		expect(found).toEqual([]);
	});

	test('draws its countries and overlay on both maps, and selects a country', async ({ page }) => {
		const region = read<{ focus: string[] }>('region.yaml');
		const [overlay] = read<{ id: string; label: string }[]>('overlays.yaml');
		const countries = read<{ id: string; name: string }[]>('countries.yaml');
		await page.goto(`${site.url}/`);
		const staticMap = page.getByTestId('static-map');
		for (const iso of region.focus) {
			await expect(staticMap.locator(`[data-iso3="${iso}"]`).first()).toBeAttached();
		}
		await expect(staticMap.locator(`[data-overlay="${overlay!.id}"]`).first()).toBeAttached();
		// Its label, maybe broken over lines.
		const squeeze = (text: string) => text.replace(/\s+/g, '');
		expect(squeeze((await staticMap.textContent()) ?? '')).toContain(squeeze(overlay!.label));

		const first = countries.find((c) => c.id === region.focus[0])!;
		await startWebGLMap(page);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await page.evaluate(() => window.__storyMap!.idle());
		const labels = await page.evaluate(() => window.__storyMap!.renderedLabels());
		const focusNames = countries.filter((c) => region.focus.includes(c.id)).map((c) => c.name);
		expect(labels.filter((l) => focusNames.some((n) => l.startsWith(n.toUpperCase())))).not.toEqual(
			[]
		);

		// The overlay: its wash in the first view, and its label where the label sits (on a wide
		// screen the first view may stop short of it).
		const ids = overlayIds(overlay!.id);
		const drawn = await page.evaluate(
			(fill) => window.__storyMap!.map.queryRenderedFeatures({ layers: [fill] }).length,
			ids.fill
		);
		expect(drawn, 'overlay fill features in the first view').toBeGreaterThan(0);
		await page.evaluate(async (source) => {
			const map = window.__storyMap!.map;
			const data = (await map
				.getSource<GeoJSONSource>(source)!
				.getData()) as FeatureCollection<Point>;
			map.jumpTo({ center: data.features[0]!.geometry.coordinates as [number, number] });
		}, ids.labelSource);
		await page.evaluate(() => window.__storyMap!.idle());
		const overlayLabels = await page.evaluate(
			(layer) => window.__storyMap!.renderedLabels([layer]),
			ids.label
		);
		expect(overlayLabels.map((l) => l.replace(/\s+/g, ' '))).toEqual([overlay!.label]);

		await page.goto(`${site.url}/?country=${first.id}`);
		await expect(
			page.getByRole('heading', { name: first.name, exact: true }).first()
		).toBeVisible();
	});

	test('steps through its events', async ({ page }) => {
		const events = read<{ id: string }[]>('events.yaml');
		await page.goto(`${site.url}/?event=${events[0]!.id}`);
		const before = new URL(page.url()).searchParams.get('event');
		await page.getByTestId('timeline-next').click();
		await expect(page).not.toHaveURL(new RegExp(`event=${before}(&|$)`));
		const after = new URL(page.url()).searchParams.get('event');
		expect(events.map((e) => e.id)).toContain(after);
	});

	test('walks its tour through all three voices', async ({ page }) => {
		const voices = read<{ attribution: string }[]>('voices.yaml');
		const claims = read<{ id: string }[]>('claims.yaml');
		expect(voices).toHaveLength(3);
		await page.goto(`${site.url}/?claim=${claims[0]!.id}&tour=1`);
		const seen = new Set<string>();
		for (let step = 0; step < claims.length; step++) {
			const text = await page.getByTestId('tour').innerText();
			for (const v of voices) if (text.includes(v.attribution)) seen.add(v.attribution);
			if (seen.size === voices.length) break;
			const next = page.getByTestId('tour-next');
			if (!(await next.isEnabled())) break;
			const url = page.url();
			await next.click();
			await expect(page).not.toHaveURL(url);
		}
		expect([...seen].sort()).toEqual(voices.map((v) => v.attribution).sort());
	});
});
