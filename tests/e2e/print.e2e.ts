/**
 * Print (issue 5, point 4): printing gives the argument, the events and every source with its
 * URL, in one readable column, without the interactive chrome; permalink pages print cleanly.
 * Checked under `emulateMedia({ media: 'print' })` (what print CSS shows) and with page.pdf().
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, startWebGLMap, test } from './fixtures';

const read = <T>(file: string): T => parse(readFileSync(`src/content/${file}`, 'utf8')) as T;
const sources = read<{ id: string; url: string }[]>('sources.yaml');
const claims = read<{ id: string; factCheck?: { sources: string[] } }[]>('claims.yaml');

/** Texts of the source addresses that print (visible under print media). */
function printedUrls(page: Page): Promise<string[]> {
	return page
		.locator('.sources .url')
		.evaluateAll((els) =>
			els.filter((el) => el.checkVisibility()).map((el) => el.textContent!.trim())
		);
}

/** Count of elements matching `selector` that are visible (rendered, not display: none). */
function visibleCount(page: Page, selector: string): Promise<number> {
	return page
		.locator(selector)
		.evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
}

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

test.describe('printing the main page', () => {
	test('shows the text and every source with its URL, and none of the interactive chrome', async ({
		page
	}) => {
		// A dark screen must still print dark text on white paper.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		await startWebGLMap(page);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await expect(page.getByRole('button').first()).toBeVisible();
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

		// The chrome is gone: map canvas, timeline, country navigation, skip link, every button.
		await expect(page.getByTestId('map')).toBeHidden();
		await expect(page.locator('.maplibregl-canvas')).toBeHidden();
		await expect(page.getByTestId('timeline')).toBeHidden();
		await expect(page.getByTestId('country-list')).toBeHidden();
		expect(await visibleCount(page, 'button, .skip-link, [role="button"]')).toBe(0);

		// The argument, the events and the sources are there.
		for (const heading of ['argument-heading', 'events-heading', 'sources-heading']) {
			await expect(page.locator(`#${heading}`)).toBeVisible();
		}
		expect(await visibleCount(page, '[data-claim-id]')).toBe(claims.length);

		// Every source's address prints as text, including those inside closed <details>.
		const closed = page.locator('details:not([open]) .sources .url');
		expect(await closed.count()).toBeGreaterThan(0);
		expect(await visibleCount(page, 'details:not([open]) .sources .url')).toBe(
			await closed.count()
		);
		const urls = new Set(await printedUrls(page));
		expect(sources.filter((s) => !urls.has(s.url)).map((s) => s.id)).toEqual([]);

		// Other external links print their address after the text; source links don't repeat it.
		const after = (selector: string) =>
			page
				.locator(selector)
				.first()
				.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(await after('.sources a[href^="http"]')).toBe('none');
		const external = await page.locator('a[href^="http"]:not(.sources a)').count();
		if (external > 0) expect(await after('a[href^="http"]:not(.sources a)')).toContain('attr');

		// Paper colours and type: black on white, about 11pt, headings kept with their cards.
		const look = await page.evaluate(() => {
			const body = getComputedStyle(document.body);
			const claim = document.querySelector('[data-claim-id]')!;
			const title = claim.querySelector('.title')!;
			return {
				background: body.backgroundColor,
				color: body.color,
				fontSize: body.fontSize,
				cardBreak: getComputedStyle(claim).breakInside,
				titleBreak: getComputedStyle(title).breakAfter,
				textPaneWidth: document.querySelector('.text-pane')!.getBoundingClientRect().width,
				bodyWidth: document.body.getBoundingClientRect().width
			};
		});
		expect(look).toMatchObject({
			background: 'rgb(255, 255, 255)',
			color: 'rgb(0, 0, 0)',
			// Cards flow across pages: kept whole, each long one left a page half empty.
			cardBreak: 'auto',
			titleBreak: 'avoid'
		});
		expect(parseFloat(look.fontSize)).toBeCloseTo((11 * 96) / 72, 0);
		// One column: the text takes the page's whole width.
		expect(look.textPaneWidth).toBeGreaterThan(look.bodyWidth * 0.95);
	});

	test('the static map prints small at the top', async ({ page }) => {
		await page.goto('/');
		const stage = page.getByTestId('map-stage');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('static-map')).toBeVisible();
		const [map, intro] = await Promise.all([
			stage.boundingBox(),
			page.locator('h1').first().boundingBox()
		]);
		expect(map!.y).toBeLessThan(intro!.y);
		expect(map!.height).toBeLessThan(400);
	});

	test('page.pdf() gives a multi-page A4 document', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/');
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		// 25 steps, 37 events and their sources: dozens of pages, not one screenful; but about
		// the text's own length (36 pages), not the 47 that cards kept whole on a page made.
		const pages = pdfPages(pdf);
		expect(pages).toBeGreaterThan(20);
		expect(pages).toBeLessThan(40);
	});

	test('prints what the reader selected: the open panel, the current event', async ({ page }) => {
		await page.goto('/?country=IRN');
		await expect(page.getByTestId('panel')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		const panel = page.getByTestId('panel');
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Iran');
		// All of it, not a scroll window: as tall as its content.
		const body = panel.locator('.panel-body');
		const [height, scroll] = await body.evaluate((el) => [el.clientHeight, el.scrollHeight]);
		expect(height).toBeGreaterThanOrEqual(scroll - 1);
		expect(await visibleCount(page, 'button')).toBe(0);

		await page.emulateMedia({ media: 'screen' });
		await page.goto('/?event=kerman-bombings-2024');
		await expect(page.getByTestId('timeline-card')).toHaveAttribute(
			'data-event-id',
			'kerman-bombings-2024'
		);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('timeline-card')).toBeVisible();
		await expect(page.getByTestId('timeline-card').locator('.title')).toContainText('Kerman');
		await expect(page.getByTestId('timeline-scrubber')).toBeHidden();
		expect(await visibleCount(page, 'button, select')).toBe(0);

		// Nothing selected: no timeline on paper.
		await page.emulateMedia({ media: 'screen' });
		await page.goto('/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByTestId('timeline')).toBeHidden();
	});
});

test.describe('printing a permalink page', () => {
	const claim = claims.find((c) => (c.factCheck?.sources.length ?? 0) > 1)!;

	test('prints the card and its sources without the navigation', async ({ page }) => {
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.goto(`/claims/${claim.id}`);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.getByTestId('back-to-map')).toBeHidden();
		await expect(page.locator('nav.neighbours')).toBeHidden();
		expect(await visibleCount(page, 'button')).toBe(0);
		const urls = new Set(await printedUrls(page));
		const wanted = sources.filter((s) => claim.factCheck!.sources.includes(s.id));
		expect(wanted.filter((s) => !urls.has(s.url)).map((s) => s.id)).toEqual([]);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(255, 255, 255)'
		);
		const pages = pdfPages(await page.pdf({ format: 'A4' }));
		expect(pages).toBeGreaterThanOrEqual(1);
		expect(pages).toBeLessThanOrEqual(4);
	});
});
