/**
 * Exploring the map on the built site, at the phone and desktop sizes of playwright.config.ts:
 * country panels (from the map canvas and from the list), place popups, the camera following the
 * selection, deep links, Back/Forward and reload, keyboard-only use, unknown ids, and axe-core in
 * each state. The shared fixture fails any test that logs an error or requests another origin.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, refuseWebGL, test } from './fixtures';
import {
	camera,
	countryLink,
	frames,
	focused,
	onScreen,
	openExplore,
	openStatic,
	panel,
	panelHeading,
	param,
	pointOnPage,
	popup,
	pressMap,
	settle
} from './explore.helpers';
import { HOVER_LAYER } from '../../src/lib/map/interactions';
import { LAYER } from '../../src/lib/map/ids';

// Points well inside a country, clear of place dots and labels at the first view.
const TAJIKISTAN: [number, number] = [71.6, 38.7]; // the Pamirs
const IRAN: [number, number] = [55.5, 32.5]; // the central desert
const IRAQ: [number, number] = [43.2, 33.3]; // the western desert
const KERMAN: [number, number] = [57.0788, 30.2832];
const DANGHARA: [number, number] = [69.34, 38.0958];

const CLAIM = 'epstein-tajik-accusations-danghara';
const CLAIM_TITLE = 'Tajikistan once linked Iran to the Danghara attack';
const EVENT = 'kerman-bombings-2024';

/**
 * Serious or critical axe violations inside the panel, as "rule: target" lines. The rest of the
 * page has its runs in theme.e2e.ts; the map under it is drawn in software, slow for axe to walk.
 */
async function axeProblems(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).include('[data-testid=panel]').analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test.describe('country panels', () => {
	test(
		'a click or tap on a country in the map opens its panel and highlights it',
		{ tag: '@phone' },
		async ({ page, hasTouch }) => {
			await openExplore(page);
			await pressMap(page, TAJIKISTAN, hasTouch);
			await expect(panelHeading(page)).toHaveText('Tajikistan');
			expect(param(page, 'country')).toBe('TJK');
			await expect(panel(page)).toHaveAttribute('data-panel-kind', 'country');
			// The reader opened it: focus is on its heading.
			await expect(panelHeading(page)).toBeFocused();
			// Selected on the map, and the camera moved to it.
			const filter = await page.evaluate(
				(id) => window.__storyMap!.map.getFilter(id),
				LAYER.countriesSelected
			);
			expect(JSON.stringify(filter)).toContain('TJK');
			await settle(page);
			expect(await onScreen(page, [68.78, 38.54])).toBe(true); // Dushanbe
		}
	);

	test('the country list opens the same panel; its evidence links open the event’s popup', async ({
		page
	}) => {
		await openExplore(page);
		await countryLink(page, 'IRN').click();
		await expect(panelHeading(page)).toHaveText('Iran');
		await expect(countryLink(page, 'IRN')).toHaveAttribute('aria-current', 'true');
		// What the panel shows is tested on the component (tests/component/panels.svelte.test.ts).
		const evidence = panel(page).locator(`article.claim a[href*="event=${EVENT}"]`).first();
		await evidence.click();
		expect(param(page, 'event')).toBe(EVENT);
		await expect(popup(page)).toHaveAttribute('data-place-id', 'kerman');
	});

	test('hovering shows which countries have claims; any country opens its panel', async ({
		page
	}) => {
		await openExplore(page);
		const canvas = page.locator('[data-testid=map] canvas.maplibregl-canvas');
		const hoverAt = async (lngLat: [number, number]) => {
			const box = (await canvas.boundingBox())!;
			const p = await page.evaluate((ll) => window.__storyMap!.map.project(ll), lngLat);
			await page.mouse.move(box.x + p.x, box.y + p.y);
			return page.evaluate(
				(id) => ({
					filter: JSON.stringify(window.__storyMap!.map.getFilter(id)),
					cursor: window.__storyMap!.map.getCanvas().style.cursor
				}),
				HOVER_LAYER
			);
		};
		const iran = await hoverAt(IRAN);
		expect(iran.filter).toContain('IRN');
		expect(iran.cursor).toBe('pointer');
		const iraq = await hoverAt(IRAQ);
		expect(iraq.filter).toBe('false');
		expect(iraq.cursor).toBe('');
		// A country the argument makes no claim about still opens its panel. Iraq lies at the first
		// view's western edge: centre it.
		await page.evaluate((c) => window.__storyMap!.map.jumpTo({ center: c, zoom: 4 }), IRAQ);
		await settle(page);
		await pressMap(page, IRAQ);
		await expect(panelHeading(page)).toHaveText('Iraq');
		await expect(panel(page).getByTestId('no-claims')).toBeVisible();
	});
});

// The panel and the country list without the map taking part: on the static map (a page that
// gets no WebGL context), which spares the test the software-drawn map.
test.describe('country panels, from the list', () => {
	test.beforeEach(({ page }) => refuseWebGL(page));

	test('the close button and Escape close the panel and return focus to the list', async ({
		page
	}) => {
		await openStatic(page);
		await countryLink(page, 'AFG').click();
		await expect(panelHeading(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		expect(param(page, 'country')).toBeNull();
		await expect(countryLink(page, 'AFG')).toBeFocused();

		await countryLink(page, 'AZE').click();
		await panel(page).getByTestId('panel-close').click();
		await expect(panel(page)).toHaveCount(0);
		await expect(countryLink(page, 'AZE')).toBeFocused();
	});
});

test.describe('place popups', () => {
	test('a click on a place opens its popup with its names; Escape closes it', async ({
		page,
		hasTouch
	}) => {
		await openExplore(page);
		await page.evaluate((c) => window.__storyMap!.map.jumpTo({ center: c, zoom: 5 }), KERMAN);
		await settle(page);
		await pressMap(page, KERMAN, hasTouch);
		await expect(popup(page)).toHaveAttribute('data-place-id', 'kerman');
		await expect(popup(page).getByRole('heading', { level: 2 })).toHaveText('Kerman');
		await expect(popup(page).getByRole('heading', { level: 2 })).toBeFocused();
		await expect(popup(page).locator('bdi[lang="fa"]')).toHaveAttribute('dir', 'rtl');
		// The events there, with their dates and sources, and the claims citing them.
		await expect(popup(page).locator(`article[data-event-id="${EVENT}"]`)).toBeVisible();
		await expect(popup(page).locator(`article[data-event-id="${EVENT}"] time`)).toHaveText(
			'3 January 2024'
		);
		await expect(
			popup(page)
				.getByText(/^Sources \(\d+\)$/)
				.first()
		).toBeVisible();
		// One popup at a time.
		await expect(page.locator('.maplibregl-popup')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(popup(page)).toHaveCount(0);
		// The URL never held the popup.
		expect(param(page, 'event')).toBeNull();
	});

	test('a place button opens the popup by keyboard; Escape returns focus to it', async ({
		page
	}) => {
		await openExplore(page, '?country=IRN');
		const button = panel(page).locator('button[data-place-id="kerman"]');
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(popup(page)).toHaveAttribute('data-place-id', 'kerman');
		await expect(popup(page).getByRole('heading', { level: 2 })).toBeFocused();
		// Tab goes on into the popup: its close button first.
		await page.keyboard.press('Tab');
		await expect(popup(page).getByTestId('popup-close')).toBeFocused();
		// Escape closes the popup first (the panel stays), then the panel.
		await page.keyboard.press('Escape');
		await expect(popup(page)).toHaveCount(0);
		await expect(panel(page)).toBeVisible();
		await expect(button).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
	});

	test(
		'a popup opened beside an open panel is moved into view, clear of the panel',
		{ tag: '@phone' },
		async ({ page }) => {
			await openExplore(page, '?country=TJK');
			const button = panel(page).locator('button[data-place-id="danghara"]');
			await button.click();
			await expect(popup(page)).toHaveAttribute('data-place-id', 'danghara');
			await settle(page);
			const map = (await page.getByTestId('map').boundingBox())!;
			const sheet = (await panel(page).boundingBox())!;
			const mode = await page.locator('.layout').getAttribute('data-panel-mode');
			if (mode === 'phone') {
				// A phone shows the place in its own sheet over the panel's (sheet.e2e.ts); the
				// place stays in view above them, and Escape goes back to the panel.
				await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
				const own = (await page.getByTestId('place-sheet').boundingBox())!;
				expect(own.y + own.height).toBeLessThanOrEqual(page.viewportSize()!.height + 0.5);
				const at = await pointOnPage(page, DANGHARA);
				expect(at.y).toBeGreaterThan(Math.max(map.y, 0));
				expect(at.y).toBeLessThan(Math.min(own.y, sheet.y));
				await page.keyboard.press('Escape');
				await expect(popup(page)).toHaveCount(0);
				await expect(button).toBeFocused();
				return;
			}
			const box = (await page.locator('.maplibregl-popup').boundingBox())!;
			// A side panel covers the map from the left.
			const visible = {
				left: mode === 'side' ? sheet.x + sheet.width : map.x,
				right: map.x + map.width,
				top: map.y,
				bottom: map.y + map.height
			};
			expect(box.x).toBeGreaterThanOrEqual(visible.left - 1);
			expect(box.x + box.width).toBeLessThanOrEqual(visible.right + 1);
			expect(box.y).toBeGreaterThanOrEqual(visible.top - 1);
			expect(box.y + box.height).toBeLessThanOrEqual(visible.bottom + 1);
		}
	);

	test('the popup close button closes it; a link to the same event brings it back', async ({
		page
	}) => {
		await openExplore(page, `?event=${EVENT}&country=IRN`);
		await expect(popup(page)).toBeVisible();
		await popup(page).getByTestId('popup-close').click();
		await expect(popup(page)).toHaveCount(0);
		await panel(page).locator(`a[href*="event=${EVENT}"]`).first().click();
		await expect(popup(page)).toHaveAttribute('data-place-id', 'kerman');
		expect(param(page, 'event')).toBe(EVENT);
	});
});

test.describe('deep links, history and reload', () => {
	test('?country=TJK opens the panel and frames the country, without taking focus', async ({
		page
	}) => {
		await openExplore(page, '?country=TJK');
		await expect(panelHeading(page)).toHaveText('Tajikistan');
		await expect(panelHeading(page)).not.toBeFocused();
		expect(await onScreen(page, [68.78, 38.54])).toBe(true);
		expect((await camera(page)).zoom).toBeGreaterThan(4);
	});

	test(`?claim= opens the claim's panel`, async ({ page }) => {
		await openExplore(page, `?claim=${CLAIM}`);
		await expect(panelHeading(page)).toHaveText(CLAIM_TITLE);
		// Its places are in view: Danghara and Dushanbe.
		expect(await onScreen(page, [69.34, 38.1])).toBe(true);
	});

	test(
		`?event= moves the camera to the event's place and shows the event (a popup, or on a phone the timeline's card)`,
		{ tag: '@phone' },
		async ({ page }) => {
			await openExplore(page, `?event=${EVENT}`);
			expect(await onScreen(page, KERMAN)).toBe(true);
			expect((await camera(page)).zoom).toBeGreaterThanOrEqual(4.5);
			const ringed = await page.evaluate(
				(id) => window.__storyMap!.map.getFilter(id),
				LAYER.placeActive
			);
			expect(JSON.stringify(ringed)).toContain('kerman');
			if ((await page.locator('.layout').getAttribute('data-panel-mode')) === 'phone') {
				// On a phone the timeline's card under the map is the event's form: a sheet at each
				// step would cover the timeline's buttons.
				await expect(page.getByTestId('timeline-card')).toContainText('Twin suicide bombings');
				await expect(popup(page)).toHaveCount(0);
				return;
			}
			await expect(popup(page)).toHaveAttribute('data-place-id', 'kerman');
			await expect(popup(page).locator('[data-current="true"]')).toContainText(
				'Twin suicide bombings'
			);
			// The popup fits inside the map.
			const map = (await page.getByTestId('map').boundingBox())!;
			const box = (await page.locator('.maplibregl-popup').boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(map.y - 1);
			expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height + 1);
		}
	);

	test('Back and Forward walk the reader’s steps; reload restores the state', async ({ page }) => {
		await openExplore(page);
		await countryLink(page, 'TJK').click();
		await expect(panelHeading(page)).toHaveText('Tajikistan');
		await panel(page).locator(`a[href*="claim=${CLAIM}"]`).first().click();
		await expect(panelHeading(page)).toHaveText(CLAIM_TITLE);

		await page.goBack();
		await expect(panelHeading(page)).toHaveText('Tajikistan');
		expect(param(page, 'claim')).toBeNull();
		await page.goBack();
		await expect(panel(page)).toHaveCount(0);
		expect(new URL(page.url()).search).toBe('');
		await page.goForward();
		await expect(panelHeading(page)).toHaveText('Tajikistan');
		await settle(page);
		expect(await onScreen(page, [68.78, 38.54])).toBe(true);

		await page.reload();
		// As long as the first start may take (openExplore): SwiftShader under a loaded machine.
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await expect(panelHeading(page)).toHaveText('Tajikistan');
	});

	test('a reader’s pan is kept in the URL and survives a reload', async ({ page }) => {
		await openExplore(page, '?country=IRN');
		await page.locator('[data-testid=map] canvas.maplibregl-canvas').focus();
		// North: away from the region's southern bound, which would clamp the view.
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await settle(page);
		await expect.poll(() => param(page, 'view')).not.toBeNull();
		const view = param(page, 'view')!;
		const before = await camera(page);
		// The camera stays where the reader put it: the selection does not pull it back (a camera
		// move the page defers waits one frame after the paint).
		await frames(page, 3);
		await settle(page);
		expect(await camera(page)).toEqual(before);

		await page.reload();
		// As long as the first start may take (openExplore): SwiftShader under a loaded machine.
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await settle(page);
		await expect(panelHeading(page)).toHaveText('Iran');
		expect(param(page, 'view')).toBe(view);
		const after = await camera(page);
		expect(after.lon).toBeCloseTo(before.lon, 2);
		expect(after.lat).toBeCloseTo(before.lat, 2);
		expect(after.zoom).toBeCloseTo(before.zoom, 1);
	});
});

test.describe('keyboard and screen readers', () => {
	test('keyboard only: Tab to the country list, Enter opens, Escape closes', async ({ page }) => {
		await openExplore(page);
		let reached = false;
		for (let i = 0; i < 40 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(
				() => document.activeElement?.closest('[data-testid=country-list]') !== null
			);
		}
		expect(reached, 'the country list is reachable with Tab').toBe(true);
		const link = page.locator(':focus');
		const iso = await link.getAttribute('data-country');
		// Focus is visible.
		const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect(panelHeading(page)).toBeFocused();
		expect(param(page, 'country')).toBe(iso);
		// Tab moves on inside the panel: the close button comes next.
		await page.keyboard.press('Tab');
		await expect(panel(page).getByTestId('panel-close')).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		expect(await focused(page)).toContain('a:');
		await expect(page.locator(`[data-testid=country-list] a[data-country="${iso}"]`)).toBeFocused();
	});
});

test.describe('any screen', () => {
	// The phone's own layout, and the one axe run of the bottom sheet.
	test(
		'at 360 x 640 the panel leaves the map visible, pannable and zoomable',
		{ tag: '@phone-only' },
		async ({ page }) => {
			test.setTimeout(120_000);
			await page.setViewportSize({ width: 360, height: 640 });
			await openExplore(page, '?country=AFG');
			await expect(panelHeading(page)).toHaveText('Afghanistan');
			const map = (await page.getByTestId('map').boundingBox())!;
			const sheet = (await panel(page).boundingBox())!;
			// The sheet covers no more than the lower part of the map.
			expect(sheet.y).toBeGreaterThan(map.y + map.height * 0.5);
			expect(sheet.y + sheet.height).toBeLessThanOrEqual(640 + 1);
			// Nothing runs off the side.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				360
			);
			// Drag the visible part of the map: it pans.
			const before = await camera(page);
			const y = map.y + (sheet.y - map.y) / 2;
			await page.mouse.move(map.x + 180, y);
			await page.mouse.down();
			await page.mouse.move(map.x + 100, y + 40, { steps: 8 });
			await page.mouse.up();
			await settle(page);
			const after = await camera(page);
			expect(Math.abs(after.lon - before.lon) + Math.abs(after.lat - before.lat)).toBeGreaterThan(
				0.1
			);
			// And zooms.
			await page.getByRole('button', { name: 'Zoom in' }).click();
			await settle(page);
			expect((await camera(page)).zoom).toBeGreaterThan(after.zoom);
			expect(await axeProblems(page), 'phone-size panel').toEqual([]);
		}
	);

	test('on a narrow desktop the panel covers the text column and leaves the map whole', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await openExplore(page);
		const link = countryLink(page, 'AFG');
		await link.click();
		await expect(panelHeading(page)).toBeFocused();
		const text = (await page.locator('.text-pane').boundingBox())!;
		const sheet = (await panel(page).boundingBox())!;
		const map = (await page.getByTestId('map').boundingBox())!;
		expect(sheet.x).toBeLessThanOrEqual(text.x + 1);
		expect(sheet.width).toBeGreaterThanOrEqual(text.width - 1);
		expect(sheet.x + sheet.width).toBeLessThanOrEqual(map.x + 1);
		// What the panel covers cannot take focus.
		await expect(page.locator('.text-pane')).toHaveAttribute('inert', '');
		expect(await onScreen(page, [69.2, 34.5])).toBe(true); // Kabul
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await expect(link).toBeFocused();
	});

	test('under reduced motion the camera jumps instead of flying', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openExplore(page);
		await countryLink(page, 'TJK').click();
		await expect(panelHeading(page)).toHaveText('Tajikistan');
		// A jump lands at once: a few frames on (a flight takes hundreds), the map stands still.
		await frames(page, 3);
		expect(await page.evaluate(() => window.__storyMap!.map.isMoving())).toBe(false);
		expect(await onScreen(page, [68.78, 38.54])).toBe(true);
	});
});
