/**
 * Hard to break, on the built site with the WebGL map running:
 * - ten hostile links, chosen for what only a browser shows: the browser's own URL parsing, the
 *   notice, no page error or injected script, the camera at home; and how a hostile link sits in
 *   history. The parser itself is fuzzed in node (tests/unit/story/url.property.test.ts) and
 *   the full browser fuzz is a long test (tests/e2e/long/fuzz.e2e.ts);
 * - resizing and rotating the window while the camera flies: no errors, the canvas fits its box,
 *   the panel switches between side panel and bottom sheet;
 * - a lost WebGL context hands over to the static SVG map, selection kept, still clickable.
 */
import { expect, test } from './fixtures';
import { frames } from './explore.helpers';
import { camera, expectSaneLink, openReady, settle } from './robustness.helpers';
import { contentIds } from '../shared/urlOracle';
import { panelMode } from '../../src/lib/story/layout';

const ids = contentIds();

// ---------------------------------------------------------------------------------------------
// Hostile links

const HOSTILE = [
	'?event=nope',
	'?country=XXX',
	'?view=abc',
	'?claim=%3Cscript%3E',
	'?claim=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E&country=%22%3E%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
	// Not valid percent-encoding: the browser's URL parsing comes first.
	'?country=%E0%A4%A&event=%zz&view=%',
	'?country=irn&country=AFG&Event=KERMAN-BOMBINGS-2024',
	'?%20CoUnTrY%20=TJK&__proto__=x&constructor=1&view=1e999,0,3',
	`?claim=${'a'.repeat(6_000)}&event=${'9'.repeat(201)}`,
	'?event=kerman-bombings-2024%E2%80%AE%E2%80%8B&country=AZE%00&view=-200,100,50'
];

// Two halves, so that the two workers share them.
for (const [half, links] of [
	['first', HOSTILE.slice(0, 5)],
	['second', HOSTILE.slice(5)]
] as const) {
	test(`hostile links, ${half} half: each ends in the state the oracle expects, with notices`, async ({
		page,
		network
	}) => {
		test.setTimeout(links.length * 20_000);
		// Camera moves jump: the test waits for the map, not for animations.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openReady(page);
		const home = await camera(page);
		for (const query of links) {
			await test.step(query.slice(0, 120), () => expectSaneLink(page, network, query, ids, home));
		}
	});
}

test('a reader leaving a hostile link gets a clean URL; Back brings its notice back', async ({
	page
}) => {
	const hostile = '?country=XXX&event=nope&junk=%3Cb%3E';
	await openReady(page, hostile);
	const notices = page.getByTestId('url-notices');
	await expect(notices.locator('li')).toHaveCount(2);
	await page.getByTestId('country-list').locator('a[data-country="IRN"]').click();
	await expect(page.getByTestId('panel')).toHaveAttribute('data-panel-kind', 'country');
	// The page writes only what it read: the bad values and unrelated parameters are gone.
	await expect.poll(() => new URL(page.url()).search).toBe('?country=IRN');
	await expect(notices).toHaveCount(0);
	await page.goBack();
	await expect.poll(() => new URL(page.url()).search).toBe(hostile);
	await expect(notices.locator('li')).toHaveCount(2);
	await expect(page.getByTestId('panel')).toHaveCount(0);
	await page.goForward();
	await expect(page.getByTestId('panel')).toHaveAttribute('data-panel-kind', 'country');
	await expect(notices).toHaveCount(0);
});

// ---------------------------------------------------------------------------------------------
// Resizing and rotating mid-flight

const SIZES = [
	{ width: 1440, height: 900 },
	{ width: 375, height: 667 },
	{ width: 667, height: 375 },
	{ width: 1024, height: 768 },
	{ width: 375, height: 667 },
	{ width: 1440, height: 900 }
];

test('resizing and rotating while the camera flies leaves a fitting canvas and the right panel', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	// A country panel is open the whole time, so its placement can be checked at each size.
	await openReady(page, '?country=TJK');
	await expect(page.getByTestId('panel')).toBeVisible();

	let sawFlight = false;
	for (const size of SIZES) {
		// A step of the timeline moves the camera (a flight, without reduced motion)...
		await page.keyboard.press('ArrowRight');
		await frames(page, 3);
		sawFlight ||= await page.evaluate(() => window.__storyMap!.map.isMoving());
		// ...and the window changes under it.
		await page.setViewportSize(size);
		await frames(page, 3);
	}
	expect(sawFlight, 'at least one resize happened during a camera flight').toBe(true);

	for (const size of [SIZES[1]!, SIZES[2]!, SIZES[3]!, SIZES[0]!]) {
		await page.setViewportSize(size);
		await settle(page);
		await expect(page.getByTestId('panel')).toBeVisible();
		const mode = panelMode(size.width);
		await expect(page.locator('.layout')).toHaveAttribute('data-panel-mode', mode);

		// The canvas fills the map's box, at the device pixel ratio.
		const fit = await page.evaluate(() => {
			const map = window.__storyMap!.map;
			const canvas = map.getCanvas();
			const box = map.getContainer();
			return {
				canvas: [canvas.clientWidth, canvas.clientHeight],
				box: [box.clientWidth, box.clientHeight],
				buffer: [canvas.width, canvas.height],
				ratio: map.getPixelRatio()
			};
		});
		const where = `${size.width}x${size.height}: ${JSON.stringify(fit)}`;
		expect(fit.box[0], where).toBeGreaterThan(0);
		expect(Math.abs(fit.canvas[0]! - fit.box[0]!), where).toBeLessThanOrEqual(1);
		expect(Math.abs(fit.canvas[1]! - fit.box[1]!), where).toBeLessThanOrEqual(1);
		expect(Math.abs(fit.buffer[0]! - fit.box[0]! * fit.ratio), where).toBeLessThanOrEqual(2);
		expect(Math.abs(fit.buffer[1]! - fit.box[1]! * fit.ratio), where).toBeLessThanOrEqual(2);

		// Bottom sheet on phones: the window's width, down to its bottom edge. Elsewhere a panel
		// beside or over part of the page, narrower than the window.
		const panel = (await page.getByTestId('panel').boundingBox())!;
		if (mode === 'phone') {
			expect(Math.abs(panel.width - size.width), where).toBeLessThanOrEqual(1);
			expect(Math.abs(panel.y + panel.height - size.height), where).toBeLessThanOrEqual(1);
		} else {
			expect(panel.width, where).toBeLessThan(size.width * 0.6);
		}
	}
});

// ---------------------------------------------------------------------------------------------
// Lost WebGL context

test('a lost WebGL context hands over to the static map, selection kept', async ({ page }) => {
	await openReady(page, '?country=IRN');
	await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'ready');
	await expect(page.getByTestId('static-map')).toBeHidden();

	const lost = await page.evaluate(() => {
		const canvas = window.__storyMap!.map.getCanvas();
		const gl = canvas.getContext('webgl2');
		const ext = gl?.getExtension('WEBGL_lose_context');
		ext?.loseContext();
		return !!ext;
	});
	expect(lost, 'WEBGL_lose_context is available').toBe(true);

	await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'error');
	await expect(page.getByTestId('map-stage')).toHaveAttribute('data-webgl', 'error');
	const staticMap = page.getByTestId('static-map');
	await expect(staticMap).toBeVisible();
	await expect(page.getByTestId('static-map-note')).toBeVisible();
	// No WebGL canvas is left showing (or catching clicks) over the static map.
	await expect(page.getByTestId('map').locator('canvas')).toBeHidden();

	// The selection stays: URL, panel, and the static map's own highlight.
	expect(new URL(page.url()).searchParams.get('country')).toBe('IRN');
	await expect(page.getByTestId('panel')).toHaveAttribute('data-panel-kind', 'country');
	await expect(staticMap.locator('a[data-iso3="IRN"]')).toHaveAttribute('aria-current', 'true');

	// And the static map works: another country (the panel closed first, as it covers part of
	// the map), then a timeline step.
	await page.getByTestId('panel-close').click();
	await expect(page.getByTestId('panel')).toHaveCount(0);
	const azerbaijan = staticMap.locator('a[data-iso3="AZE"]');
	await azerbaijan.click();
	await expect(page).toHaveURL(/[?&]country=AZE(&|$)/);
	await expect(azerbaijan).toHaveAttribute('aria-current', 'true');
	await expect(page.getByTestId('panel')).toContainText('Azerbaijan');
	await page.getByTestId('timeline-next').click();
	await expect(page).toHaveURL(/[?&]event=/);
	expect(await page.evaluate(() => window.__storyMap)).toBeUndefined();
});
