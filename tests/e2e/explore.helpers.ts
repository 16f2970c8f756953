/**
 * Shared steps for the explore tests (country panels, place popups, deep links): open the page
 * with the map ready, find a point of the map on the screen, read the camera and the URL.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, startWebGLMap } from './fixtures';
// Brings in the type of `window.__storyMap` (a global declared by the debug module).
import type {} from '../../src/lib/map/debug';

/** Opens the main page with a query and waits until the map is ready and idle. */
export async function openExplore(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await startWebGLMap(page);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
		timeout: 30_000
	});
	await settle(page);
}

/** Opens the page once it is hydrated, in a test that refused WebGL (the static map stays). */
export async function openStatic(page: Page, query = ''): Promise<void> {
	await page.goto(`/${query}`);
	await startWebGLMap(page);
	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'error');
}

/** Waits until the camera has stopped and everything is drawn. */
export async function settle(page: Page): Promise<void> {
	await page.waitForFunction(() => !window.__storyMap?.map.isMoving());
	await page.evaluate(() => window.__storyMap!.idle());
}

/** Where a [lon, lat] is on the page, in CSS pixels (through the live map's projection). */
export async function pointOnPage(
	page: Page,
	lngLat: [number, number]
): Promise<{ x: number; y: number }> {
	const box = (await page.locator('[data-testid=map] canvas.maplibregl-canvas').boundingBox())!;
	const p = await page.evaluate((ll) => window.__storyMap!.map.project(ll), lngLat);
	return { x: box.x + p.x, y: box.y + p.y };
}

/** Clicks (desktop) or taps (`touch`, phone) the map at [lon, lat]. */
export async function pressMap(page: Page, lngLat: [number, number], touch = false): Promise<void> {
	const { x, y } = await pointOnPage(page, lngLat);
	const el = await page.evaluate(
		([px, py]) => {
			const hit = document.elementFromPoint(px, py);
			return hit?.className?.toString() ?? '';
		},
		[x, y] as const
	);
	expect(el, `the map canvas is what lies at ${lngLat}`).toContain('maplibregl-canvas');
	if (touch) await page.touchscreen.tap(x, y);
	else await page.mouse.click(x, y);
}

/** The camera: centre and zoom. */
export function camera(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
	return page.evaluate(() => {
		const map = window.__storyMap!.map;
		const c = map.getCenter();
		return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
	});
}

/** Whether [lon, lat] is drawn inside the map's visible, unpadded area. */
export function onScreen(page: Page, lngLat: [number, number]): Promise<boolean> {
	return page.evaluate((ll) => {
		const map = window.__storyMap!.map;
		const p = map.project(ll);
		const c = map.getCanvas();
		return p.x >= 0 && p.y >= 0 && p.x <= c.clientWidth && p.y <= c.clientHeight;
	}, lngLat);
}

export const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

export const panel = (page: Page): Locator => page.getByTestId('panel');
export const panelHeading = (page: Page): Locator => panel(page).getByRole('heading', { level: 2 });
export const popup = (page: Page): Locator => page.getByTestId('place-popup');
export const countryLink = (page: Page, iso3: string): Locator =>
	page.getByTestId('country-list').locator(`a[data-country="${iso3}"]`);

/** The id of the element that has focus, or its tag and text when it has none. */
export function focused(page: Page): Promise<string> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return '';
		return el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`;
	});
}

/** Waits for `n` animation frames of the page: rendering steps, not wall-clock time. */
export function frames(page: Page, n: number): Promise<void> {
	return page.evaluate(
		(n) =>
			new Promise<void>((done) => {
				const next = (left: number) =>
					left === 0 ? done() : requestAnimationFrame(() => next(left - 1));
				next(n);
			}),
		n
	);
}
