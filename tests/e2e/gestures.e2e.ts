/**
 * The map moves under the reader's first touch: the static map pans and zooms by itself from
 * first paint, the WebGL map takes over at its view (and with its focus) once it is ready, and
 * the URL keeps the view and an opened place. Movements are asserted, never times.
 */
import type { Page } from '@playwright/test';
import { expect, startWebGLMap, test } from './fixtures';
// Brings in the type of `window.__storyMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';

const KABUL: [number, number] = [69.1723, 34.5281];

const stage = (page: Page) => page.getByTestId('map-stage');
const hydrated = (page: Page) =>
	expect(page.locator('[data-testid=timeline][data-ready]')).toBeAttached();

/** The centre of a place's dot on the static map, in page pixels. */
async function dot(page: Page, id: string): Promise<[number, number]> {
	const box = await page
		.locator(`[data-testid="static-map"] a[data-place="${id}"] circle`)
		.last()
		.boundingBox();
	expect(box, `dot of ${id}`).not.toBeNull();
	return [box!.x + box!.width / 2, box!.y + box!.height / 2];
}

/** Where the WebGL map draws a lon/lat, in page pixels. */
function webglPoint(page: Page, lngLat: [number, number]): Promise<[number, number]> {
	return page.evaluate(([lon, lat]) => {
		const map = window.__storyMap!.map;
		const rect = map.getCanvas().getBoundingClientRect();
		const p = map.project([lon, lat]);
		return [rect.left + p.x, rect.top + p.y] as [number, number];
	}, lngLat);
}

/** A point of open sea south of Iran on the map, in page pixels. */
async function sea(page: Page): Promise<[number, number]> {
	const box = (await stage(page).boundingBox())!;
	return [box.x + box.width * 0.55, box.y + box.height * 0.9];
}

const ready = (page: Page) =>
	expect(stage(page)).toHaveAttribute('data-webgl', 'ready', { timeout: 30_000 });

function near(actual: [number, number], expected: [number, number], tolerance: number) {
	expect(Math.abs(actual[0] - expected[0]), `x: ${actual} vs ${expected}`).toBeLessThan(tolerance);
	expect(Math.abs(actual[1] - expected[1]), `y: ${actual} vs ${expected}`).toBeLessThan(tolerance);
}

test.describe('the static map moves from first paint', () => {
	test('the first drag moves it by the drag distance, and the hand-over waits for its end', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'a mouse drag; the phone test below drags with a finger');
		await page.goto('/');
		await hydrated(page);
		const before = await dot(page, 'kabul');
		const [x, y] = await sea(page);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 80, y - 50, { steps: 5 });
		near(await dot(page, 'kabul'), [before[0] - 80, before[1] - 50], 1);
		// While the button is held the static map keeps the drag (the WebGL map starts after it).
		await page.waitForTimeout(300);
		await expect(stage(page)).not.toHaveAttribute('data-webgl', 'ready');
		await page.mouse.move(x - 120, y - 50, { steps: 2 });
		near(await dot(page, 'kabul'), [before[0] - 120, before[1] - 50], 1);
		await page.mouse.up();
		await ready(page);
		// The WebGL map shows Kabul where the static map had it.
		near(await webglPoint(page, KABUL), [before[0] - 120, before[1] - 50], 3);
	});

	test(
		'a finger drag pans it and does not scroll the page',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await page.goto('/');
			await hydrated(page);
			const before = await dot(page, 'kabul');
			const [x, y] = await sea(page);
			const cdp = await page.context().newCDPSession(page);
			const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', tx: number, ty: number) =>
				cdp.send('Input.dispatchTouchEvent', {
					type,
					touchPoints: type === 'touchEnd' ? [] : [{ x: tx, y: ty }]
				});
			await touch('touchStart', x, y);
			for (let i = 1; i <= 5; i++) await touch('touchMove', x - 10 * i, y - 12 * i);
			// Drawn on a later frame, so wait for it; a lost move would leave the dot short of this.
			await expect(async () =>
				near(await dot(page, 'kabul'), [before[0] - 50, before[1] - 60], 1.5)
			).toPass({ timeout: 5_000 });
			await touch('touchEnd', 0, 0);
			expect(await page.evaluate(() => scrollY)).toBe(0);
		}
	);

	test('the first wheel zooms it around the pointer and does not scroll the page', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'a wheel');
		await page.goto('/');
		await hydrated(page);
		const kabul = await dot(page, 'kabul');
		const herat = await dot(page, 'herat');
		await page.mouse.move(kabul[0], kabul[1]);
		await page.mouse.wheel(0, -300);
		await expect(page.getByTestId('static-map')).toHaveAttribute('data-zoomed', 'true');
		// Zoomed around Kabul: it stays under the pointer, Herat moves away from it.
		near(await dot(page, 'kabul'), kabul, 1.5);
		const herat2 = await dot(page, 'herat');
		expect(Math.abs(herat2[0] - kabul[0])).toBeGreaterThan(Math.abs(herat[0] - kabul[0]) * 1.5);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		// The view settles into the URL.
		await expect(page).toHaveURL(/[?&]view=[\d.-]+,[\d.-]+,[\d.]+/);
	});

	test('its controls are its own until the WebGL map is ready; one attribution at a time', async ({
		page
	}) => {
		await page.goto('/');
		await hydrated(page);
		const zoomIn = page.getByTestId('static-map').getByRole('button', { name: 'Zoom in' });
		const kabul = await dot(page, 'kabul');
		await zoomIn.click();
		await expect(page.getByTestId('static-map')).toHaveAttribute('data-zoomed', 'true');
		expect((await dot(page, 'kabul'))[0]).not.toBeCloseTo(kabul[0], 0);
		// While the WebGL map prepares, none of its controls shows over the static map.
		if ((await stage(page).getAttribute('data-webgl')) === 'loading') {
			await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeHidden();
		}
		await ready(page);
		await expect(page.getByText('Boundaries: Natural Earth').filter({ visible: true })).toHaveCount(
			1
		);
		await expect(page.getByTestId('map-loading')).toHaveText('');
	});
});

test.describe('the hand-over', () => {
	test('the WebGL map shows the static map’s view after a wheel and a drag', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'a wheel');
		await page.goto('/');
		await hydrated(page);
		const [x, y] = await sea(page);
		await page.mouse.move(x, y - 150);
		await page.mouse.wheel(0, -250);
		await page.mouse.down();
		await page.mouse.move(x + 40, y - 120, { steps: 4 });
		await page.mouse.up();
		await expect(page).toHaveURL(/view=/);
		const staticKabul = await dot(page, 'kabul');
		await ready(page);
		near(await webglPoint(page, KABUL), staticKabul, 3);
	});

	test('focus stays on the same country through the swap; Enter selects it', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		const iran = page.locator('[data-testid="static-map"] a[data-iso3="IRN"]');
		await iran.focus();
		// An arrow key moves to the next country (and, as a key on the map, starts the WebGL map).
		await page.keyboard.press('ArrowRight');
		const next = await page.evaluate(() => document.activeElement?.getAttribute('data-iso3'));
		expect(next).toMatch(/^[A-Z]{3}$/);
		await ready(page);
		await expect
			.poll(() =>
				page.evaluate(() => {
					const el = document.activeElement;
					return el?.closest('[data-testid="map"]') ? el.getAttribute('data-iso3') : null;
				})
			)
			.toBe(next);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`\\?country=${next}`));
		await expect(page.getByTestId('panel')).toBeVisible();
	});
});

test.describe('the URL', () => {
	test('view= after a wheel zoom on the WebGL map reloads to the same zoom', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'a wheel');
		await page.goto('/');
		await hydrated(page);
		await startWebGLMap(page);
		await ready(page);
		const box = (await page.getByTestId('map').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4);
		await page.mouse.wheel(0, -400);
		const zoomOnScreen = () =>
			page.evaluate(() => {
				const map = window.__storyMap!.map;
				return map.isMoving() ? null : map.getZoom();
			});
		await expect.poll(zoomOnScreen).not.toBeNull();
		// On a failure the message shows the URL and the map's zoom last seen.
		await expect
			.poll(async () => {
				const onScreen = await zoomOnScreen();
				const zoom = Number(new URL(page.url()).searchParams.get('view')?.split(',')[2]);
				return Math.abs(zoom - (onScreen ?? NaN)) < 0.011
					? 'in step'
					: `${page.url()} with the map at zoom ${onScreen}`;
			})
			.toBe('in step');
		const zoom = Number(new URL(page.url()).searchParams.get('view')!.split(',')[2]);
		await page.reload();
		await ready(page);
		await expect
			.poll(async () => Math.abs(((await zoomOnScreen()) ?? NaN) - zoom) < 0.011)
			.toBe(true);
	});

	test('a clicked place is ?place=, restored on reload and walked by Back', async ({ page }) => {
		await page.goto('/');
		await hydrated(page);
		await page.locator('[data-testid="static-map"] a[data-place="herat"]').click();
		await expect(page).toHaveURL(/\?place=herat$/);
		await expect(page.getByTestId('place-popup').filter({ visible: true })).toContainText('Herat');
		await page.reload();
		await expect(page.getByTestId('place-popup').filter({ visible: true })).toContainText('Herat');
		await page.goto('/?place=kabul');
		await expect(page.getByTestId('place-popup').filter({ visible: true })).toContainText('Kabul');
		await page.goBack();
		await expect(page).toHaveURL(/\?place=herat$/);
		await expect(page.getByTestId('place-popup').filter({ visible: true })).toContainText('Herat');
	});

	test('an unknown place gets a notice, the rest of the link applies', async ({ page }) => {
		await page.goto('/?place=atlantis&country=IRN');
		await expect(page.getByText('No place "atlantis" in this story')).toBeVisible();
		await expect(page.getByTestId('panel')).toContainText('Iran');
	});
});

test.describe('names on the map', () => {
	test('a place dot shows its name on hover and focus, on both maps', async ({
		page,
		isMobile
	}) => {
		test.skip(isMobile, 'hover');
		await page.goto('/');
		await hydrated(page);
		const place = page.locator(
			'[data-testid="static-map"] a[data-place]:not([data-place="kabul"])'
		);
		const id = (await place.first().getAttribute('data-place'))!;
		const name = (await place.first().getAttribute('aria-label'))!;
		const [x, y] = await dot(page, id);
		await page.mouse.move(x, y);
		await expect(page.getByTestId('static-map-tooltip')).toHaveText(name);
		await page.mouse.move(x + 200, y + 200);
		await expect(page.getByTestId('static-map-tooltip')).toHaveCount(0);
		await place.first().focus();
		await expect(page.getByTestId('static-map-tooltip')).toHaveText(name);

		await startWebGLMap(page);
		await ready(page);
		const at = await page.evaluate((placeId) => {
			const map = window.__storyMap!.map;
			const f = map
				.queryRenderedFeatures({ layers: ['places'] })
				.find((feature) => feature.properties?.id === placeId);
			if (!f || f.geometry.type !== 'Point') return null;
			const rect = map.getCanvas().getBoundingClientRect();
			const p = map.project(f.geometry.coordinates as [number, number]);
			return [rect.left + p.x, rect.top + p.y] as [number, number];
		}, id);
		expect(at).not.toBeNull();
		await page.mouse.move(at![0] + 40, at![1] + 40);
		await page.mouse.move(at![0], at![1], { steps: 4 });
		await expect(page.getByTestId('map-tooltip')).toHaveText(name);
	});
});
