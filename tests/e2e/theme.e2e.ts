/**
 * Dark mode (issue 5, point 7): the page and the map follow prefers-color-scheme, live, and every
 * state of the page passes axe's WCAG 2 A/AA rules (colour contrast above all) in both schemes.
 * The WebGL map is read through the debug handle (`window.__storyMap`, set under automation).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startWebGLMap, test } from './fixtures';
import type {} from '../../src/lib/map/debug';
import { LAYER } from '../../src/lib/map/ids';
import { HOVER_LAYER } from '../../src/lib/map/interactions';
import { DARK_PALETTE, PALETTE } from '../../src/lib/map/palette';

async function mapReady(page: Page): Promise<void> {
	await startWebGLMap(page);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
	await page.evaluate(() => window.__storyMap!.idle());
}

/** Colour paint properties that show the palette in use. */
function paint(page: Page) {
	return page.evaluate(
		(layers) => {
			const map = window.__storyMap!.map;
			return {
				water: map.getPaintProperty(layers.background, 'background-color'),
				border: map.getPaintProperty(layers.borders, 'line-color'),
				placeLabel: map.getPaintProperty(layers.placeLabels, 'text-color'),
				hover: map.getPaintProperty(layers.hover, 'fill-color'),
				halo: map.getPaintProperty(layers.placeLabels, 'text-halo-color'),
				focusFill: JSON.stringify(map.getPaintProperty(layers.countriesFill, 'fill-color'))
			};
		},
		{
			background: LAYER.background,
			borders: LAYER.borders,
			placeLabels: LAYER.placeLabels,
			countriesFill: LAYER.countriesFill,
			hover: HOVER_LAYER
		}
	);
}

/** The map canvas's colour at a geographic point (the drawing buffer is kept under automation). */
function pixelAt(page: Page, lngLat: [number, number]): Promise<string> {
	return page.evaluate((at) => {
		const map = window.__storyMap!.map;
		const canvas = map.getCanvas();
		const copy = document.createElement('canvas');
		copy.width = canvas.width;
		copy.height = canvas.height;
		const ctx = copy.getContext('2d')!;
		ctx.drawImage(canvas, 0, 0);
		const p = map.project(at);
		const ratio = canvas.width / canvas.clientWidth;
		const [r, g, b] = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
		return '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
	}, lngLat);
}

const CASPIAN: [number, number] = [51.0, 38.8];

test.describe('map colours follow the colour scheme', () => {
	test('the WebGL map starts in the reader’s scheme and switches live, in place', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await mapReady(page);
		expect(await paint(page)).toMatchObject({
			water: DARK_PALETTE.water,
			border: DARK_PALETTE.border,
			placeLabel: DARK_PALETTE.placeLabel,
			halo: DARK_PALETTE.halo,
			hover: DARK_PALETTE.selectedOutline
		});
		expect((await paint(page)).focusFill).toContain(DARK_PALETTE.focus);
		expect(await pixelAt(page, CASPIAN)).toBe(DARK_PALETTE.water);

		// Watch for a style rebuild (it would reset fonts, data and camera) and note the camera.
		await page.evaluate(() => {
			const map = window.__storyMap!.map;
			(window as unknown as { styleLoads: number }).styleLoads = 0;
			map.on('style.load', () => (window as unknown as { styleLoads: number }).styleLoads++);
		});
		const camera = () =>
			page.evaluate(() => {
				const map = window.__storyMap!.map;
				return { center: map.getCenter().toArray(), zoom: map.getZoom() };
			});
		const before = await camera();

		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(async () => (await paint(page)).water).toBe(PALETTE.water);
		expect(await paint(page)).toMatchObject({
			border: PALETTE.border,
			placeLabel: PALETTE.placeLabel,
			halo: PALETTE.halo,
			hover: PALETTE.selectedOutline
		});
		await page.evaluate(() => window.__storyMap!.idle());
		expect(await pixelAt(page, CASPIAN)).toBe(PALETTE.water);

		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(async () => (await paint(page)).water).toBe(DARK_PALETTE.water);
		await page.evaluate(() => window.__storyMap!.idle());
		expect(await pixelAt(page, CASPIAN)).toBe(DARK_PALETTE.water);

		expect(
			await page.evaluate(() => (window as unknown as { styleLoads: number }).styleLoads)
		).toBe(0);
		expect(await camera()).toEqual(before);
		// Labels are still placed after the switch (fonts and sources survived).
		const labels = await page.evaluate(() => window.__storyMap!.renderedLabels());
		expect(labels.some((l) => l.startsWith('IRAN'))).toBe(true);
	});

	test('the page chrome and the loading backdrop are dark in dark mode', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		// MapView mounts once the WebGL map starts (loaded lazily with it): start it, wait for it.
		await startWebGLMap(page);
		await page.getByTestId('map').waitFor({ state: 'attached' });
		const colours = await page.evaluate(() => ({
			body: getComputedStyle(document.body).backgroundColor,
			map: getComputedStyle(document.querySelector('[data-testid="map"]')!).backgroundColor
		}));
		expect(colours.body).toBe('rgb(21, 23, 26)');
		expect(colours.map).toBe('rgb(15, 28, 38)');
	});

	test('the static SVG map takes the dark palette from CSS alone', async ({ browser, baseURL }) => {
		// Without JavaScript the static map is all there is; its colours come from CSS.
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
		const noJs = await context.newPage();
		await noJs.goto(new URL('/', baseURL).href);
		const staticMap = noJs.getByTestId('static-map');
		await expect(staticMap).toBeVisible();
		const fill = (selector: string) =>
			staticMap
				.locator(selector)
				.first()
				.evaluate((el) => getComputedStyle(el).fill);
		const rgb = (hex: string) =>
			`rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
		expect(await fill('.sea')).toBe(rgb(DARK_PALETTE.water));
		expect(await fill('.fill-land')).toBe(rgb(DARK_PALETTE.land));
		expect(await fill('.label.city')).toBe(rgb(DARK_PALETTE.placeLabel));
		await noJs.emulateMedia({ colorScheme: 'light' });
		expect(await fill('.sea')).toBe(rgb(PALETTE.water));
		expect(await fill('.label.city')).toBe(rgb(PALETTE.placeLabel));
		await context.close();
	});
});

/**
 * The states of the main page that axe checks, in both schemes: any serious or critical violation
 * and any contrast failure fails (and, where a state names them, moderate ones). The whole page is
 * checked with nothing selected; another state is checked where it differs from that page
 * (`scope`: the map stage, the panel, the popup and the timeline card), since axe's contrast rule
 * walks every text node it is given while SwiftShader draws the map. The permalink pages have
 * their own run (permalinks.e2e.ts), the tour's side-by-side step its own (tour.e2e.ts), the
 * phone's bottom sheet its own (explore.e2e.ts, at 360 x 640).
 */
const STATES: {
	name: string;
	path: string;
	scope?: string[];
	ready: (page: Page) => Promise<void>;
	/** Moderate rules that must pass too in this state. */
	rules?: string[];
	/**
	 * Its text (the scale, the credit) sits over the canvas, where axe cannot tell the background:
	 * the contrast rule runs and leaves it undecided rather than passed.
	 */
	textOnCanvas?: boolean;
}[] = [
	{
		// What a reader sees first: the static map, before any intent starts WebGL. Every piece of
		// content is in a landmark here, and the landmarks' names tell them apart.
		name: 'main page, static map',
		path: '/',
		rules: ['region', 'landmark-unique', 'landmark-one-main', 'landmark-no-duplicate-banner'],
		ready: async (page) => {
			await expect(page.getByTestId('static-map')).toBeVisible();
			await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'off');
		}
	},
	// With the WebGL map running, only its stage differs from the page above.
	{
		name: 'main page, WebGL map',
		path: '/',
		scope: ['[data-testid=map-stage]'],
		textOnCanvas: true,
		ready: mapReady
	},
	{
		name: 'country panel',
		path: '/?country=IRN',
		scope: ['[data-testid=panel]'],
		ready: async (page) => {
			await mapReady(page);
			await expect(page.getByTestId('panel')).toBeVisible();
		}
	},
	{
		name: 'claim panel',
		path: '/?claim=essay-omission-kerman-bombing',
		scope: ['[data-testid=panel]'],
		ready: async (page) => {
			await mapReady(page);
			await expect(page.getByTestId('panel')).toBeVisible();
		}
	},
	{
		name: 'event popup',
		path: '/?event=kerman-bombings-2024',
		scope: ['[data-testid=place-popup]', '[data-testid=timeline]'],
		ready: async (page) => {
			await mapReady(page);
			await expect(page.getByTestId('place-popup')).toBeVisible();
		}
	}
];

/** What axe found in the given result that fails a state: contrast, serious or critical, listed rules. */
function failures(result: Awaited<ReturnType<AxeBuilder['analyze']>>, rules: string[] = []) {
	const list = (filter: (v: (typeof result.violations)[number]) => boolean) =>
		result.violations
			.filter(filter)
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary}`));
	return {
		contrast: list((v) => v.id === 'color-contrast'),
		serious: list((v) => v.impact === 'serious' || v.impact === 'critical'),
		listed: list((v) => rules.includes(v.id))
	};
}

/**
 * Only colours change between the schemes, and the page follows the scheme live, so each state is
 * loaded once: every rule in the light scheme, then the colour rules again in the dark one.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('WCAG 2 AA in both schemes (axe)', () => {
	for (const state of STATES) {
		test(`${state.name}, light and dark`, async ({ page }) => {
			test.setTimeout(150_000);
			await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
			await page.goto(state.path);
			await state.ready(page);
			const axe = () => {
				const builder = new AxeBuilder({ page });
				for (const selector of state.scope ?? []) builder.include(selector);
				return builder;
			};
			const light = await axe().analyze();
			const found = failures(light, state.rules);
			expect(found.contrast, 'colour-contrast violations, light').toEqual([]);
			expect(found.serious, 'serious or critical violations, light').toEqual([]);
			expect(found.listed, 'landmark violations').toEqual([]);
			// The check really ran on the page's text.
			const ran = (result: typeof light) =>
				[...result.passes, ...(state.textOnCanvas ? result.incomplete : [])].some(
					(p) => p.id === 'color-contrast'
				);
			expect(ran(light)).toBe(true);

			const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
			const lightBackground = await background();
			await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
			await expect.poll(background).not.toBe(lightBackground);
			const dark = await axe().withRules(COLOUR_RULES).analyze();
			const darkFound = failures(dark);
			expect(darkFound.contrast, 'colour-contrast violations, dark').toEqual([]);
			expect(darkFound.serious, 'serious or critical violations, dark').toEqual([]);
			expect(ran(dark)).toBe(true);
		});
	}
});
