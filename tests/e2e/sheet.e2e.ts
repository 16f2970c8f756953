/**
 * On a phone a place the reader opens shows in a bottom sheet fixed to the window, like the
 * panels, on the WebGL map and on the static map alike: all of it on screen, its text in a box
 * tall enough to read, where it stays when the map pans; the place stays in view above it, its
 * `?place=` in the URL, and Close or Escape hand focus back to what opened it. The static map's
 * case is sheetStatic.e2e.ts (a browser without WebGL).
 */
import { expect, test } from './fixtures';
import { openExplore, param, pointOnPage, pressMap, settle } from './explore.helpers';
import { KERMAN, axeProblems, expectReadableSheet, sheet } from './sheet.helpers';

test.describe('the WebGL map', () => {
	test(
		'a tapped place opens in a sheet that stays on screen when the map pans',
		{ tag: '@phone-only' },
		async ({ page }) => {
			// The map, a pan and an axe run: longer than most.
			test.setTimeout(120_000);
			await openExplore(page);
			await pressMap(page, KERMAN, true);
			await expect(sheet(page).getByTestId('place-popup')).toHaveAttribute(
				'data-place-id',
				'kerman'
			);
			expect(param(page, 'place')).toBe('kerman');
			// No popup on the map besides it.
			await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
			await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
			const before = await expectReadableSheet(page);
			await settle(page);
			// The place is in view above the sheet.
			const at = await pointOnPage(page, KERMAN);
			expect(at.y).toBeGreaterThan(0);
			expect(at.y).toBeLessThan(before.y);
			expect(await axeProblems(page), 'the place sheet').toEqual([]);

			// The reader pans the map (in the part above the sheet): the sheet stays where it is.
			const map = (await page.getByTestId('map').boundingBox())!;
			const y = Math.max(map.y, 0) + (before.y - Math.max(map.y, 0)) / 2;
			await page.mouse.move(map.x + 300, y);
			await page.mouse.down();
			await page.mouse.move(map.x + 40, y + 60, { steps: 8 });
			await page.mouse.up();
			await settle(page);
			expect((await pointOnPage(page, KERMAN)).x).toBeLessThan(at.x - 100);
			const after = await expectReadableSheet(page);
			expect(after).toEqual(before);

			// Its close button closes it and takes ?place= out of the URL.
			await sheet(page).getByTestId('popup-close').click();
			await expect(sheet(page)).toHaveCount(0);
			await expect.poll(() => param(page, 'place')).toBeNull();
		}
	);

	test(
		'a place opened from the keyboard gets focus back on Escape',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await openExplore(page);
			const button = page.locator('[data-testid=map] button[data-place="kerman"]');
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
			await expectReadableSheet(page);
			await page.keyboard.press('Escape');
			await expect(sheet(page)).toHaveCount(0);
			await expect(button).toBeFocused();
		}
	);

	test(
		'opened on the static map and closed once the WebGL map took over, focus goes to the same place',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await page.goto('/');
			const link = page.locator('[data-testid="static-map"] a[data-place="herat"]');
			// Hydrated: the link opens the sheet rather than following its href.
			await expect(page.getByTestId('static-map')).toHaveAttribute('data-pan-zoom', 'true');
			await link.tap();
			await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
			// The place selected starts the WebGL map, which replaces the static one.
			await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'ready', {
				timeout: 30_000
			});
			await expect(link).toBeHidden();
			// The WebGL map's keyboard controls render a few frames after it.
			const button = page.locator('[data-testid=map] button[data-place="herat"]');
			await expect(button).toHaveCount(1);
			await page.keyboard.press('Escape');
			await expect(sheet(page)).toHaveCount(0);
			await expect(button).toBeFocused();
		}
	);

	test(
		'?place= opens the sheet from the URL, without taking focus',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await openExplore(page, '?place=kerman');
			await expect(sheet(page).getByTestId('place-popup')).toHaveAttribute(
				'data-place-id',
				'kerman'
			);
			await expect(sheet(page).getByRole('heading', { level: 2 })).not.toBeFocused();
			await expectReadableSheet(page);
		}
	);
});

test('on a desktop a place still opens in a popup on the map', async ({ page }) => {
	await openExplore(page);
	await pressMap(page, KERMAN);
	await expect(page.locator('.maplibregl-popup [data-testid=place-popup]')).toHaveAttribute(
		'data-place-id',
		'kerman'
	);
	await expect(sheet(page)).toHaveCount(0);
});
