/**
 * Progressive map loading (issue 6): the prerendered static map serves first and is interactive;
 * the WebGL map's files are fetched (not run) when the page is idle; the WebGL map starts on the
 * reader's first press on the map, or as soon as there is a selection for its camera to frame,
 * and then takes over the same state.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
// Brings in the type of `window.__storyMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';

const stage = (page: Page) => page.getByTestId('map-stage');
const hydrated = (page: Page) =>
	expect(page.locator('[data-testid=timeline][data-ready]')).toBeAttached();

test.describe('progressive map loading', () => {
	test('without a selection the static map serves; the map’s files are fetched at idle, not run', async ({
		page,
		network
	}) => {
		await page.goto('/');
		await hydrated(page);
		// Fetched, not run: prefetched into the cache while the WebGL map stays off.
		await expect
			.poll(() => network.paths().some((p) => /maplibre-gl-worker.*\.mjs$/.test(p)))
			.toBe(true);
		expect(network.paths().some((p) => /maplibre-gl\.[\w-]+\.mjs$/.test(p))).toBe(true);
		expect(network.paths().some((p) => p.endsWith('/geo/region.topo.json'))).toBe(true);
		await page.waitForLoadState('networkidle');
		await expect(stage(page)).toHaveAttribute('data-webgl', 'off');
		await expect(page.getByTestId('static-map')).toBeVisible();
		await expect(page.getByTestId('map')).toHaveCount(0);
		await expect(page.locator('link[rel="prefetch"][href*="maplibre-gl."]')).toHaveCount(1);
	});

	test(
		'a press on the map starts the WebGL map, which takes over',
		{ tag: '@phone' },
		async ({ page }) => {
			await page.goto('/');
			await hydrated(page);
			const box = await stage(page).boundingBox();
			// The sea south of Iran: no country or place there.
			await page.mouse.move(box!.x + box!.width * 0.55, box!.y + box!.height * 0.93);
			await page.mouse.down();
			await page.mouse.up();
			await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
				timeout: 30_000
			});
			await expect(stage(page)).toHaveAttribute('data-webgl', 'ready');
			await expect(page.getByTestId('static-map')).toBeHidden();
		}
	);

	test('a deep link with a selection starts it by itself, on that selection', async ({ page }) => {
		await page.goto('/?country=TJK');
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await expect(page.getByTestId('panel')).toContainText('Tajikistan');
	});

	test('the reader’s first step starts it: the selection carries over', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		// The static map's own link: the state it selects is the WebGL map's first.
		await page.locator('[data-testid="static-map"] a[data-iso3="AZE"]').click();
		await expect(page).toHaveURL(/\?country=AZE$/);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await expect(stage(page)).toHaveAttribute('data-webgl', 'ready');
		await expect(page.getByTestId('panel')).toContainText('Azerbaijan');
		// The camera frames Azerbaijan (Baku in view, zoomed in from the whole region).
		await expect
			.poll(() =>
				page.evaluate(() => {
					const map = window.__storyMap?.map;
					return !!map && map.getBounds().contains([49.87, 40.41]) && map.getZoom() > 4.5;
				})
			)
			.toBe(true);
	});
});

test.describe('server-rendered reading content', () => {
	test('the lists stay as prerendered, and their links select in place without a reload', async ({
		page
	}) => {
		await page.goto('/');
		await hydrated(page);
		const claims = page.locator('main article.claim');
		const count = await claims.count();
		expect(count).toBeGreaterThan(5);
		await expect(page.locator('h1')).toBeVisible();
		// A marker that a reload or a client-side re-render of the page would lose.
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

		const evidence = claims.locator('a[data-state-link^="event:"]').first();
		const event = (await evidence.getAttribute('data-state-link'))!.slice('event:'.length);
		await evidence.click();
		await expect(page).toHaveURL(new RegExp(`\\?event=${event}$`));
		await expect(page.getByTestId('timeline-card')).toHaveAttribute('data-event-id', event);

		const answer = claims.locator('a[data-state-link^="claim:"]').first();
		const claim = (await answer.getAttribute('data-state-link'))!.slice('claim:'.length);
		await answer.click();
		// Selecting a claim keeps the current event (see StoryState.selectClaim).
		await expect(page).toHaveURL(new RegExp(`[?&]claim=${claim}(&|$)`));
		await expect(page.getByTestId('panel')).toBeVisible();

		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
		await expect(claims).toHaveCount(count);
		// Back walks the steps the list's links made.
		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`\\?event=${event}$`));
	});
});

test.describe('server-rendered static map labels', () => {
	test('are the prerendered nodes, kept through hydration and a selection', async ({ page }) => {
		const response = await page.goto('/');
		const prerendered = (await response!.text()).match(/<text class="label /g)?.length ?? 0;
		expect(prerendered).toBeGreaterThan(20);
		await hydrated(page);
		const labels = page.getByTestId('static-map').locator('.labels text.label');
		await expect(labels).toHaveCount(prerendered);
		// Tag the nodes: a client-side re-render would replace them with untagged ones.
		await labels.evaluateAll((els) => els.forEach((el) => el.setAttribute('data-kept', '')));
		await expect(labels.filter({ visible: true }).first()).toBeVisible();

		await page.locator('[data-testid="country-list"] [data-country="IRN"]').first().click();
		await expect(page.getByTestId('panel')).toBeVisible();
		await expect(page.locator('.labels text.label[data-kept]')).toHaveCount(prerendered);
	});
});
