/**
 * JavaScript runs but WebGL does not (Chromium started without WebGL): the WebGL map reports its
 * error state and the static SVG map stays, interactive. Its countries and places select the same
 * states the WebGL map would, and show the selection.
 */
import { PALETTE } from '../../src/lib/map/palette';
import { WITHOUT_WEBGL, expect, startWebGLMap, test } from './fixtures';

test.use(WITHOUT_WEBGL);

test.describe('without WebGL', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('/');
		await startWebGLMap(page);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'error');
	});

	test('keeps the static map, says why, and never runs the WebGL map', async ({ page }) => {
		expect(
			await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))
		).toBeNull();
		await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'error');
		await expect(page.getByTestId('static-map')).toBeVisible();
		await expect(page.getByTestId('static-map-note')).toBeVisible();
		await expect(page.getByTestId('map').locator('canvas')).toHaveCount(0);
		// The idle prefetch may have fetched the map's files (the browser knows WebGL2, it only
		// refuses a context); they never run: no maplibre worker starts.
		await page.waitForLoadState('networkidle');
		expect(page.workers()).toHaveLength(0);
	});

	test('a click on a country selects it, as on the WebGL map', async ({ page }) => {
		const iran = page.locator('[data-testid="static-map"] a[data-iso3="IRN"]');
		await iran.click();
		await expect(page).toHaveURL(/\?country=IRN$/);
		await expect(iran.locator('path')).toHaveAttribute('fill', PALETTE.selected);
		await expect(iran).toHaveAttribute('aria-current', 'true');
		await expect(page.getByTestId('static-map-selected')).toHaveCount(1);
		await expect(page.getByTestId('panel')).toBeVisible();
		await expect(page.getByTestId('panel')).toContainText('Iran');

		// Back undoes it, as with any step of the reader's.
		await page.goBack();
		await expect(page).not.toHaveURL(/country=/);
		await expect(iran.locator('path')).not.toHaveAttribute('fill', PALETTE.selected);
		await expect(page.getByTestId('static-map-selected')).toHaveCount(0);
	});

	test('the keyboard selects a country too', async ({ page }) => {
		const azerbaijan = page.locator('[data-testid="static-map"] a[data-iso3="AZE"]');
		await azerbaijan.focus();
		await expect(azerbaijan).toBeFocused();
		// A visible focus ring, drawn over the neighbours (a stroke on the shape is half covered).
		await expect(page.locator('[data-testid="static-map"] path.focus-ring')).toHaveCount(1);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?country=AZE$/);
		await expect(azerbaijan.locator('path')).toHaveAttribute('fill', PALETTE.selected);
	});

	test('Escape closes the panel and focus returns to the country link that opened it', async ({
		page
	}) => {
		const azerbaijan = page.locator('[data-testid="static-map"] a[data-iso3="AZE"]');
		await azerbaijan.focus();
		await page.keyboard.press('Enter');
		const heading = page.getByTestId('panel').getByRole('heading', { level: 2 });
		await expect(heading).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByTestId('panel')).toHaveCount(0);
		await expect(azerbaijan).toBeFocused();
	});

	test('the embed view keeps a static map showing its selection', async ({ page }) => {
		await page.goto('/embed?country=TJK');
		await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'error');
		await expect(page.getByTestId('static-map')).toBeVisible();
		// Shapes, not links: the embed has none of the main page's anchors to link to.
		await expect(page.locator('[data-testid="static-map"] path[data-iso3="TJK"]')).toHaveAttribute(
			'fill',
			PALETTE.selected
		);
		await expect(page.locator('[data-testid="static-map"] a')).toHaveCount(0);
		const box = await page.getByTestId('map-stage').boundingBox();
		expect(box?.height ?? 0).toBeGreaterThan(150);
	});

	test('a deep link shows its selection on the static map', async ({ page }) => {
		await page.goto('/?country=TJK');
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'error');
		await expect(
			page.locator('[data-testid="static-map"] a[data-iso3="TJK"] path')
		).toHaveAttribute('fill', PALETTE.selected);
	});

	test('a click on a place opens its popup, as on the WebGL map', async ({ page }) => {
		const kerman = page.locator('[data-testid="static-map"] a[data-place="kerman"]');
		await kerman.click();
		// The place is ringed, as the WebGL map rings it; the link did not navigate.
		const ring = page.getByTestId('static-map-active-place');
		await expect(ring).toHaveCount(1);
		const [ringBox, dotBox] = [await ring.boundingBox(), await kerman.boundingBox()];
		const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
		expect(Math.abs(centre(ringBox!) - centre(dotBox!))).toBeLessThan(2);
		expect(page.url()).not.toMatch(/#event-/);
		// Its popup: the same content as on the WebGL map, with focus in it; Escape closes it.
		const popup = page.getByTestId('static-map-popup');
		await expect(popup).toBeVisible();
		await expect(popup.getByTestId('place-popup')).toContainText('Kerman');
		await expect(popup.locator(':focus')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(popup).toHaveCount(0);
		await expect(ring).toHaveCount(0);
	});
});
