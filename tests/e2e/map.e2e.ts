/**
 * The WebGL map on the built site, at the phone and desktop sizes of playwright.config.ts. Tests
 * look inside the live map through the debug handle (`window.__storyMap`, set under automation):
 * its state, its rendered labels and the pixels it drew. The fixture fails any test that logs an
 * error or requests another origin.
 */
import type { Page } from '@playwright/test';
import { expect, startWebGLMap, test } from './fixtures';
// Brings in the type of `window.__storyMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';
import { LAYER } from '../../src/lib/map/ids';
import { PALETTE } from '../../src/lib/map/palette';
import { MAX_BOUNDS } from '../../src/lib/geo/region';

const FOCUS_LABELS = ['IRAN\nایران', 'AZERBAIJAN', 'TAJIKISTAN', 'AFGHANISTAN\nافغانستان'];
const KEY_CITIES = ['Tehran', 'Mashhad', 'Kerman', 'Baku', 'Dushanbe', 'Kabul', 'Herat'];
/** Roughly where they are, to zoom to each. */
const CITY_CENTERS: Record<string, [number, number]> = {
	Tehran: [51.4, 35.7],
	Mashhad: [59.6, 36.3],
	Herat: [62.2, 34.35],
	Kabul: [69.2, 34.55],
	Dushanbe: [68.8, 38.55],
	Baku: [49.87, 40.4],
	Kerman: [57.08, 30.28]
};

/** Opens the page and waits until the map is ready and has drawn everything it has. */
async function openMap(page: Page): Promise<void> {
	await page.goto('/');
	await startWebGLMap(page);
	const map = page.getByTestId('map');
	await expect(map).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
	await page.evaluate(() => window.__storyMap!.idle());
}

/** Labels drawn on the canvas right now (after collision), via queryRenderedFeatures. */
function renderedLabels(page: Page): Promise<string[]> {
	return page.evaluate(() => window.__storyMap!.renderedLabels());
}

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

/**
 * Reads the map canvas (kept by preserveDrawingBuffer in debug mode) and returns, per colour, the
 * share of pixels within `tolerance` of it, and the colour most common around each sampled point.
 */
async function readPixels(
	page: Page,
	colours: Record<string, Rgb>,
	points: Record<string, [number, number]>
): Promise<{ share: Record<string, number>; at: Record<string, Rgb> }> {
	return page.evaluate(
		({ colours, points }) => {
			const map = window.__storyMap!.map;
			const src = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = src.width;
			copy.height = src.height;
			const ctx = copy.getContext('2d')!;
			ctx.drawImage(src, 0, 0);
			const { data, width, height } = ctx.getImageData(0, 0, copy.width, copy.height);
			const near = (i: number, [r, g, b]: number[]) =>
				Math.abs(data[i]! - r!) <= 3 &&
				Math.abs(data[i + 1]! - g!) <= 3 &&
				Math.abs(data[i + 2]! - b!) <= 3;
			const share: Record<string, number> = {};
			for (const [name, c] of Object.entries(colours)) {
				let n = 0;
				for (let i = 0; i < data.length; i += 4) if (near(i, c)) n++;
				share[name] = n / (width * height);
			}
			const at: Record<string, [number, number, number]> = {};
			const ratio = map.getPixelRatio();
			for (const [name, lngLat] of Object.entries(points)) {
				const p = map.project(lngLat);
				const [cx, cy] = [Math.round(p.x * ratio), Math.round(p.y * ratio)];
				const counts = new Map<string, number>();
				for (let dy = -3; dy <= 3; dy++) {
					for (let dx = -3; dx <= 3; dx++) {
						const i = ((cy + dy) * width + (cx + dx)) * 4;
						const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
						counts.set(key, (counts.get(key) ?? 0) + 1);
					}
				}
				const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
				at[name] = top.split(',').map(Number) as [number, number, number];
			}
			return { share, at };
		},
		{ colours, points }
	);
}

test.describe('WebGL map', () => {
	// One start of the WebGL map for what its first view shows: each start is drawn in software.
	test(
		'reaches ready with its controls, labels its first view and loads only from its own origin',
		{ tag: '@phone' },
		async ({ page, network }) => {
			await openMap(page);
			await test.step('fills its area and shows its controls', async () => {
				const container = page.getByTestId('map');
				const canvas = container.locator('canvas.maplibregl-canvas');
				const box = (await container.boundingBox())!;
				const canvasBox = (await canvas.boundingBox())!;
				const viewport = page.viewportSize()!;

				expect(box.width).toBeGreaterThan(viewport.width * 0.5);
				expect(box.height).toBeGreaterThanOrEqual(300);
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
				for (const k of ['x', 'y', 'width', 'height'] as const) {
					expect(Math.abs(canvasBox[k] - box[k]), `canvas ${k}`).toBeLessThanOrEqual(1);
				}

				const zoomIn = container.getByRole('button', { name: 'Zoom in' });
				const zoomOut = container.getByRole('button', { name: 'Zoom out' });
				await expect(zoomIn).toBeVisible();
				await expect(zoomOut).toBeVisible();
				await expect(container.locator('.maplibregl-ctrl-scale')).toBeVisible();
				await expect(container.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s(km|m)$/);
				await expect(container.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
				// Controls sit inside the map, on screen.
				for (const control of [zoomIn, container.locator('.maplibregl-ctrl-scale')]) {
					const b = (await control.boundingBox())!;
					expect(b.x >= box.x && b.x + b.width <= box.x + box.width + 1).toBe(true);
				}
			});
			await test.step('labels the focus countries (with Persian names), Khorasan, seas and key cities', async () => {
				const labels = await renderedLabels(page);
				for (const label of FOCUS_LABELS) expect(labels).toContain(label);
				expect(labels).toContain('Khorasan\n(historical, approximate)');
				expect(labels).toContain('Caspian Sea');
				// Tehran is labelled at every size; with a local name once zoomed in far enough.
				expect(labels.some((l) => l === 'Tehran' || l.startsWith('Tehran\n'))).toBe(true);
				const cities = KEY_CITIES.filter((c) =>
					labels.some((l) => l === c || l.startsWith(`${c}\n`))
				);
				if (page.viewportSize()!.width >= 1024) expect(cities).toEqual(KEY_CITIES);
				else expect(cities.length).toBeGreaterThanOrEqual(3);
				// The label fonts, Persian included, came from our own origin.
				const fonts = network.paths().filter((p) => p.endsWith('.woff2'));
				expect(fonts).toContain('/fonts/noto-sans-arabic-arabic-400-normal.woff2');
				expect(fonts).toContain('/fonts/noto-sans-latin-600-normal.woff2');
			});
			await test.step('loads everything from its own origin', async () => {
				const paths = network.paths();
				// The recorder saw the map's own resources, so "no other origin" below is not vacuous.
				expect(paths).toContain('/geo/region.topo.json');
				expect(paths.some((p) => /maplibre-gl-worker.*\.mjs$/.test(p))).toBe(true);
				expect(paths.some((p) => p.startsWith('/fonts/'))).toBe(true);
				expect(network.foreignRequests()).toEqual([]);
			});
		}
	);

	test('draws focus countries, neighbours and water in their colours', async ({ page }) => {
		await openMap(page);
		// The page may highlight countries (those with claims); look at the base style first.
		const setHighlight = async (isoList: string[]) => {
			await page.evaluate(
				([id, list]) =>
					window.__storyMap!.map.setFilter(
						id as string,
						(list as string[]).length ? ['in', ['get', 'iso3'], ['literal', list]] : false
					),
				[LAYER.countriesHighlight, isoList] as const
			);
			await page.evaluate(() => window.__storyMap!.idle());
		};
		await setHighlight([]);
		const points: Record<string, [number, number]> = {
			iran: [58.5, 28.6], // south-east Iran, clear of labels and of Khorasan
			pakistan: [64.5, 26.5], // a neighbour
			caspian: [51.0, 38.8] // the southern Caspian
		};
		const colours = {
			focus: rgb(PALETTE.focus),
			land: rgb(PALETTE.land),
			water: rgb(PALETTE.water)
		};
		const { share, at } = await readPixels(page, colours, points);
		expect(share.focus, 'share of focus-country pixels').toBeGreaterThan(0.05);
		expect(share.land, 'share of neighbour pixels').toBeGreaterThan(0.05);
		expect(share.water, 'share of water pixels').toBeGreaterThan(0.02);
		expect(at.iran).toEqual(rgb(PALETTE.focus));
		expect(at.pakistan).toEqual(rgb(PALETTE.land));
		expect(at.caspian).toEqual(rgb(PALETTE.water));

		// A highlight darkens each country a half-step, keeping focus and neighbours apart.
		await setHighlight(['IRN', 'PAK']);
		const highlighted = await readPixels(page, {}, points);
		expect(highlighted.at.iran).toEqual(rgb(PALETTE.focusHighlight));
		expect(highlighted.at.pakistan).toEqual(rgb(PALETTE.highlight));
		expect(highlighted.at.caspian).toEqual(rgb(PALETTE.water));
	});

	test('shows each key city with its local name once zoomed in', async ({ page }) => {
		await openMap(page);
		const shows = (labels: string[], city: string) => labels.some((l) => l.startsWith(`${city}\n`));
		// One view at that zoom holds most of them; a city hidden there (at the edge, or yielding to
		// another label) is looked at on its own. Each view is rendered in software, so few of them.
		const cities = Object.keys(CITY_CENTERS);
		const lngs = Object.values(CITY_CENTERS).map((c) => c[0]);
		const lats = Object.values(CITY_CENTERS).map((c) => c[1]);
		const middle: [number, number] = [
			(Math.min(...lngs) + Math.max(...lngs)) / 2,
			(Math.min(...lats) + Math.max(...lats)) / 2
		];
		const labelsAt = async (center: [number, number]) => {
			await page.evaluate((c) => window.__storyMap!.map.jumpTo({ center: c, zoom: 5.5 }), center);
			await page.evaluate(() => window.__storyMap!.idle());
			return renderedLabels(page);
		};
		const overview = await labelsAt(middle);
		for (const city of cities.filter((c) => !shows(overview, c))) {
			expect(shows(await labelsAt(CITY_CENTERS[city]!), city), city).toBe(true);
		}
	});

	test('pans and zooms with the keyboard, with visible focus', async ({ page }) => {
		await openMap(page);
		const canvas = page.getByTestId('map').locator('canvas.maplibregl-canvas');
		await expect(canvas).toHaveAttribute('tabindex', '0');
		await expect(canvas).toHaveAttribute(
			'aria-label',
			/Map of Iran, Azerbaijan, Tajikistan, Afghanistan/
		);
		await canvas.focus();
		const camera = () =>
			page.evaluate(() => {
				const m = window.__storyMap!.map;
				return { lng: m.getCenter().lng, zoom: m.getZoom() };
			});
		// Zoom in first: at the first view the region's edge may already stop a pan.
		const before = await camera();
		await page.keyboard.press('Equal');
		await page.evaluate(() => window.__storyMap!.idle());
		const zoomed = await camera();
		expect(zoomed.zoom).toBeGreaterThan(before.zoom);
		await page.keyboard.press('ArrowRight');
		await page.evaluate(() => window.__storyMap!.idle());
		expect((await camera()).lng).toBeGreaterThan(zoomed.lng);

		// The zoom buttons are reachable by Tab, show a focus ring, and work with Enter.
		const zoomIn = page.getByTestId('map').getByRole('button', { name: 'Zoom in' });
		for (
			let i = 0;
			i < 10 && !(await zoomIn.evaluate((el) => el === document.activeElement));
			i++
		) {
			await page.keyboard.press('Tab');
		}
		await expect(zoomIn).toBeFocused();
		const outline = await zoomIn.evaluate((el) => {
			const s = getComputedStyle(el);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		expect(outline.style).not.toBe('none');
		expect(outline.width).toBeGreaterThanOrEqual(2);
		const zoomBefore = (await camera()).zoom;
		await page.keyboard.press('Enter');
		await page.evaluate(() => window.__storyMap!.idle());
		expect((await camera()).zoom).toBeGreaterThan(zoomBefore);
	});

	test(
		'keeps the reader in the region and stays pannable on phones',
		{ tag: '@phone' },
		async ({ page }) => {
			await openMap(page);
			const state = await page.evaluate(() => {
				const m = window.__storyMap!.map;
				m.jumpTo({ center: [0, 0], zoom: 5 });
				const b = m.getBounds();
				return {
					bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()],
					cooperative: m.cooperativeGestures.isEnabled(),
					dragPan: m.dragPan.isEnabled(),
					touchZoom: m.touchZoomRotate.isEnabled(),
					minZoom: m.getMinZoom(),
					maxZoom: m.getMaxZoom()
				};
			});
			const [[w, s], [e, n]] = MAX_BOUNDS;
			const [west, south, east, north] = state.bounds as [number, number, number, number];
			expect(west).toBeGreaterThanOrEqual(w - 1e-6);
			expect(south).toBeGreaterThanOrEqual(s - 1e-6);
			expect(east).toBeLessThanOrEqual(e + 1e-6);
			expect(north).toBeLessThanOrEqual(n + 1e-6);
			expect(state.cooperative).toBe(false);
			expect(state.dragPan).toBe(true);
			expect(state.touchZoom).toBe(true);
			expect(state.minZoom).toBeGreaterThan(0);
			expect(state.maxZoom).toBeLessThanOrEqual(10);
		}
	);

	test('has the style layers later features build on', async ({ page }) => {
		await openMap(page);
		const ids = await page.evaluate(() =>
			window.__storyMap!.map.getStyle().layers.map((l) => l.id)
		);
		for (const id of Object.values(LAYER)) expect(ids).toContain(id);
		// Nothing is selected on the default view.
		const selected = await page.evaluate(
			(id) => window.__storyMap!.map.getFilter(id),
			LAYER.countriesSelected
		);
		expect(selected).toBe(false);
	});

	test('without WebGL2 it reports an error state and leaves no broken map', async ({ page }) => {
		await page.addInitScript(() => {
			const original = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (
				this: HTMLCanvasElement,
				type: string,
				...rest: unknown[]
			) {
				if (type === 'webgl2') return null;
				return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
			} as typeof original;
		});
		await page.goto('/');
		await startWebGLMap(page);
		const map = page.getByTestId('map');
		await expect(map).toHaveAttribute('data-map-state', 'error');
		await expect(map.locator('canvas')).toHaveCount(0);
		// The idle prefetch may have fetched the map's files (the browser knows WebGL2 and only
		// refuses a context); they never run: no maplibre worker starts.
		await page.waitForLoadState('networkidle');
		expect(page.workers()).toHaveLength(0);
	});
});
