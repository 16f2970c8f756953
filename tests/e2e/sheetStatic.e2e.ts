/**
 * The phone's place sheet (see sheet.e2e.ts) where the static map stays: a browser without
 * WebGL. The same sheet, on screen while the static map pans; Escape hands focus back to the
 * place's link on the map.
 */
import { WITHOUT_WEBGL, expect, startWebGLMap, test } from './fixtures';
import { param } from './explore.helpers';
import { axeProblems, expectReadableSheet, sheet } from './sheet.helpers';

test.use(WITHOUT_WEBGL);

test.describe('the static map', () => {
	test(
		'a tapped place opens the same sheet, which stays on screen when the map pans',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await page.goto('/');
			await startWebGLMap(page);
			await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'error');
			const link = page.locator('[data-testid="static-map"] a[data-place="kerman"]');
			await link.tap();
			await expect(sheet(page).getByTestId('place-popup')).toHaveAttribute(
				'data-place-id',
				'kerman'
			);
			await expect(page.getByTestId('static-map-popup')).toHaveCount(0);
			expect(param(page, 'place')).toBe('kerman');
			await expect(sheet(page).getByRole('heading', { level: 2 })).toBeFocused();
			const before = await expectReadableSheet(page);
			const dot = async () => (await link.locator('circle').last().boundingBox())!;
			expect((await dot()).y).toBeLessThan(before.y);

			// A drag pans the static map; the sheet stays.
			const x0 = (await dot()).x;
			const map = (await page.getByTestId('static-map').boundingBox())!;
			const y = Math.max(map.y, 0) + 40;
			await page.mouse.move(map.x + 300, y);
			await page.mouse.down();
			await page.mouse.move(map.x + 60, y + 30, { steps: 8 });
			await page.mouse.up();
			await expect.poll(async () => (await dot()).x).toBeLessThan(x0 - 100);
			expect(await expectReadableSheet(page)).toEqual(before);
			expect(await axeProblems(page), 'the place sheet on the static map').toEqual([]);

			await page.keyboard.press('Escape');
			await expect(sheet(page)).toHaveCount(0);
			await expect(link).toBeFocused();
			await expect.poll(() => param(page, 'place')).toBeNull();
		}
	);
});
