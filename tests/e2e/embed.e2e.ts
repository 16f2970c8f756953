/**
 * The Share dialog and the embed view on the built site: the dialog opens as a modal with focus
 * inside, Escape closes it (and only it) and focus returns to its button, Copy writes the link
 * and the iframe snippet to the clipboard, the permalink exists; the embed view renders the
 * selected claim with the map, obeys the CSP, links to the full map, and inside an iframe on
 * another page tells its parent its height by postMessage; axe with the dialog open.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, refuseWebGL, test } from './fixtures';
import { openExplore, openStatic } from './explore.helpers';

const CLAIM = 'essay-omission-kerman-bombing';
const claims = parse(readFileSync('src/content/claims.yaml', 'utf8')) as {
	id: string;
	title: string;
}[];
const TITLE = claims.find((c) => c.id === CLAIM)!.title;

const dialog = (page: Page) => page.getByTestId('share-dialog');
const openButton = (page: Page) =>
	page.getByTestId('tour-start').locator('..').getByTestId('share-open');

// The dialog without the map taking part: on the static map (a page that gets no WebGL context),
// which spares each test the software-drawn map.
test.describe('share dialog', () => {
	test.beforeEach(({ page }) => refuseWebGL(page));

	test('opens as a modal with focus inside; Escape closes only it and returns focus', async ({
		page
	}) => {
		await openStatic(page, `?claim=${CLAIM}`);
		await expect(page.getByTestId('panel')).toBeVisible();
		const button = openButton(page);
		await button.click();
		await expect(dialog(page)).toBeVisible();
		expect(await dialog(page).evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
		expect(await dialog(page).evaluate((d) => d.contains(document.activeElement))).toBe(true);
		// Modal: Tab cycles inside the dialog (the page behind is inert).
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const inside = await dialog(page).evaluate(
				(d) => d.contains(document.activeElement) || document.activeElement === document.body
			);
			expect(inside, `focus after ${i + 1} Tab`).toBe(true);
		}

		const origin = new URL(page.url()).origin;
		await expect(page.getByTestId('share-link')).toHaveValue(`${origin}/?claim=${CLAIM}`);
		await expect(page.getByTestId('share-permalink')).toHaveAttribute(
			'href',
			`${origin}/claims/${CLAIM}`
		);
		await expect(page.getByTestId('share-permalink')).toHaveAttribute('data-sveltekit-reload', '');
		await expect(page.getByTestId('share-snippet')).toHaveValue(
			new RegExp(
				`^<iframe src="${origin.replace(/\./g, '\\.')}/embed\\?claim=${CLAIM}" title="[^"]+" width="100%" height="600" loading="lazy" style="border:0"></iframe>\n<script>.+</script>$`
			)
		);

		await page.keyboard.press('Escape');
		await expect(dialog(page)).toBeHidden();
		await expect(button).toBeFocused();
		// The panel behind stays open: the dialog took the Escape.
		await expect(page.getByTestId('panel')).toBeVisible();
		expect(new URL(page.url()).searchParams.get('claim')).toBe(CLAIM);
	});

	test('Copy link and Copy embed code write the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openStatic(page, `?claim=${CLAIM}`);
		await openButton(page).click();
		await dialog(page).getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByTestId('share-status')).toHaveText('Copied the link.');
		await expect(dialog(page).getByRole('button', { name: 'Copied' })).toBeVisible();
		const link = await page.getByTestId('share-link').inputValue();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

		await dialog(page).getByRole('button', { name: 'Copy embed code' }).click();
		await expect(page.getByTestId('share-status')).toHaveText('Copied the embed code.');
		const snippet = await page.evaluate(() => navigator.clipboard.readText());
		expect(snippet).toContain(`/embed?claim=${CLAIM}"`);
		expect(snippet).toBe(await page.getByTestId('share-snippet').inputValue());

		await dialog(page).getByTestId('share-close').click();
		await expect(dialog(page)).toBeHidden();
	});

	test('the permalink and the embed link it offers exist', async ({ page, request }) => {
		await openStatic(page, `?claim=${CLAIM}`);
		await openButton(page).click();
		const href = await page.getByTestId('share-permalink').getAttribute('href');
		expect((await request.get(href!)).status()).toBe(200);
		expect((await request.get(`/embed?claim=${CLAIM}`)).status()).toBe(200);
	});

	test('axe: no serious or critical violation with the dialog open', async ({ page }) => {
		test.setTimeout(120_000);
		await openStatic(page, `?claim=${CLAIM}`);
		await openButton(page).click();
		await expect(dialog(page)).toBeVisible();
		const result = await new AxeBuilder({ page }).include('[data-testid=share-dialog]').analyze();
		const problems = result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
		expect(problems).toEqual([]);
	});
});

test.describe('embed view', () => {
	test('shows the claim and the map, links to the full map, no inline style attribute', async ({
		page,
		request
	}) => {
		const html = await (await request.get('/embed')).text();
		expect(html, 'prerendered without style attributes (CSP)').not.toMatch(/\sstyle="/);
		await page.goto(`/embed?claim=${CLAIM}&tour=1`);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		const link = page.getByTestId('embed-full-map');
		await expect(link).toHaveAttribute('target', '_top');
		await expect(link).toHaveAttribute('href', `/?claim=${CLAIM}`);
		// No page scroll in a 600 px tall frame's worth of window or more.
		const overflow = await page.evaluate(
			() => document.documentElement.scrollHeight - window.innerHeight
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('inside an iframe it posts its height to the parent', async ({ page, baseURL }) => {
		await page.setContent(
			`<!doctype html><title>Host</title>
			<script>window.heights = []; addEventListener('message', (e) => {
				if (e.data && e.data.type === 'story-map:height') window.heights.push(e.data.height);
			});</script>
			<iframe src="${baseURL}/embed?claim=${CLAIM}" title="Map" width="100%" height="600"></iframe>`
		);
		await page.waitForFunction(() =>
			(window as unknown as { heights: number[] }).heights.some((h) => h > 0)
		);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
		const last = heights.at(-1)!;
		const actual = await frame
			.locator('[data-testid=embed]')
			.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		expect(last).toBe(actual);
		expect(last).toBeLessThanOrEqual(600);
	});

	test('the Share dialog’s embed code, pasted as is, sizes its iframe to the embed', async ({
		page,
		baseURL
	}) => {
		await openExplore(page, `?claim=${CLAIM}`);
		await openButton(page).click();
		const snippet = await page.getByTestId('share-snippet').inputValue();
		// A host page on the same origin as the snippet's src (the listener checks the origin).
		await page.route(`${baseURL}/host-page`, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><title>Host</title><h1>Host</h1>${snippet}`
			})
		);
		await page.goto('/host-page');
		const frame = page.frameLocator('iframe');
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		const content = await frame
			.locator('[data-testid=embed]')
			.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		await expect
			.poll(() =>
				page.locator('iframe').evaluate((f) => Math.round(f.getBoundingClientRect().height))
			)
			.toBe(content);
	});
});
