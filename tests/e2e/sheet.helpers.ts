/** Shared steps for the phone's place sheet tests (sheet.e2e.ts, sheetStatic.e2e.ts). */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const KERMAN: [number, number] = [57.0788, 30.2832];
export const sheet = (page: Page): Locator => page.getByTestId('place-sheet');

/** The sheet is whole on the screen and reads as a sheet, not as a small scroll window. */
export async function expectReadableSheet(page: Page): Promise<{ y: number; height: number }> {
	const viewport = page.viewportSize()!;
	const box = (await sheet(page).boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 0.5);
	expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 0.5);
	expect(box.width).toBeGreaterThanOrEqual(viewport.width - 1);
	// Kerman's text is long: the sheet takes its share of the window, and what scrolls is a
	// box of many lines under the heading.
	expect(box.height).toBeGreaterThanOrEqual(viewport.height * 0.4);
	const body = await sheet(page)
		.locator('[data-popup-body]')
		.evaluate((el) => ({ lines: el.clientHeight / 24 }));
	expect(body.lines).toBeGreaterThanOrEqual(7);
	// Nothing of the page runs off the side.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		viewport.width
	);
	return { y: box.y, height: box.height };
}

/** Serious or critical axe violations in the sheet, as "rule: target" lines. */
export async function axeProblems(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).include('[data-testid="place-sheet"]').analyze();
	return result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
