/**
 * The timeline on the built site: the URL (?event=) and history, a reload, the map keeping its
 * own arrow keys, the 44 px targets on each screen, and Play/Pause driven by Playwright's fake
 * clock (no test waits real seconds, none depends on timing). Stepping by buttons, keys, the
 * scrubber and the jump select, and what the live region says, are tested on the component
 * alone (tests/component/timeline.svelte.test.ts). The event order is read from the jump
 * select, which lists story.eventOrder, so the tests follow the content instead of copying it.
 * Where the map takes no part (URL, history, playback) the page gets no WebGL context and keeps
 * the static map; the camera's part in a step is tested in explore.e2e.ts.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, refuseWebGL, startWebGLMap, test } from './fixtures';

/** Where the timeline is mounted: the main page, at the bottom of the map pane. */
const PATH = '/';

async function openTimeline(page: Page, query = ''): Promise<void> {
	await page.goto(PATH + query);
	// data-ready: hydrated and past the initial read of the URL.
	await expect(page.locator('[data-testid=timeline][data-ready]')).toBeVisible();
}

/** Event ids in date order, as the jump select lists them. */
function eventOrder(page: Page): Promise<string[]> {
	return page
		.getByTestId('timeline-jump')
		.locator('option')
		.evaluateAll((options) =>
			options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '')
		);
}

/** The option text for an event: "<date> — <title>", the same words the live region uses. */
function labelOf(page: Page, id: string): Promise<string> {
	return page
		.getByTestId('timeline-jump')
		.locator(`option[value="${id}"]`)
		.evaluate((o) => o.textContent ?? '');
}

const eventParam = (page: Page) => new URL(page.url()).searchParams.get('event');

/** Asserts the URL, the card and the live region all show event `i` of `order`. */
async function expectAt(page: Page, order: string[], i: number, announced = true): Promise<void> {
	const id = order[i]!;
	await expect.poll(() => eventParam(page)).toBe(id);
	await expect(page.getByTestId('timeline-card')).toHaveAttribute('data-event-id', id);
	if (announced) {
		await expect(page.getByTestId('timeline-announcer')).toHaveText(
			`Event ${i + 1} of ${order.length}: ${await labelOf(page, id)}`
		);
	}
}

const timeline = (page: Page): Locator => page.getByTestId('timeline');
const nextButton = (page: Page) => page.getByTestId('timeline-next');
const prevButton = (page: Page) => page.getByTestId('timeline-prev');
const playButton = (page: Page) => page.getByTestId('timeline-play');

test.describe('timeline', () => {
	test('the arrow keys are the map’s while the map has focus', async ({ page }) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		await startWebGLMap(page);
		await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready', {
			timeout: 30_000
		});
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, 0);
		await page.locator('.maplibregl-canvas').focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.maplibregl-canvas')).toBeFocused();
		await expectAt(page, order, 0);
	});

	// Its URL, history and playback, without the map taking part: on the static map (a page that
	// gets no WebGL context), which spares each test the software-drawn map.
	test.describe('its steps, URL, history and playback', () => {
		test.beforeEach(({ page }) => refuseWebGL(page));

		test('back and forward walk the steps', async ({ page }) => {
			await openTimeline(page);
			const order = await eventOrder(page);
			for (let i = 0; i < 3; i++) await nextButton(page).click();
			await expectAt(page, order, 2);
			await page.goBack();
			await expectAt(page, order, 1);
			await page.goBack();
			await expectAt(page, order, 0);
			await page.goBack();
			await expect.poll(() => eventParam(page)).toBeNull();
			await expect(page.getByRole('button', { name: 'Start the timeline' })).toBeVisible();
			await page.goForward();
			await expectAt(page, order, 0);
			await page.goForward();
			await expectAt(page, order, 1);
		});

		test('a deep link shows its event without announcing it; a reload keeps it', async ({
			page
		}) => {
			await openTimeline(page);
			const order = await eventOrder(page);
			const i = 10;
			await openTimeline(page, `?event=${order[i]}`);
			await expectAt(page, order, i, false);
			await expect(page.getByTestId('timeline-announcer')).toHaveText('');
			await expect(prevButton(page)).toHaveAccessibleName(
				`Previous event: ${await labelOf(page, order[i - 1]!)}`
			);
			await expect(nextButton(page)).toHaveAccessibleName(
				`Next event: ${await labelOf(page, order[i + 1]!)}`
			);
			await page.reload();
			await expect(page.locator('[data-testid=timeline][data-ready]')).toBeVisible();
			await expectAt(page, order, i, false);
			await expect(page.getByTestId('timeline-announcer')).toHaveText('');
			await nextButton(page).click();
			await expectAt(page, order, i + 1);
		});

		test('Play steps on a fake clock, Pause and any step stop it, Back leaves the session', async ({
			page
		}) => {
			await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
			await openTimeline(page);
			// Freeze time: from here on only fastForward moves it, so nothing depends on the machine's
			// speed. fastForward, not runFor: runFor would also run every animation frame in between,
			// and each is a software-rendered map frame.
			await page.clock.pauseAt(new Date('2026-03-01T08:01:00Z'));
			const order = await eventOrder(page);

			await expect(playButton(page)).toHaveAccessibleName('Play');
			await playButton(page).click();
			// From nothing, Play shows the first event at once.
			await expectAt(page, order, 0);
			await expect(playButton(page)).toHaveAccessibleName('Pause');
			await page.clock.fastForward(3_900);
			await expectAt(page, order, 0);
			await page.clock.fastForward(200);
			await expectAt(page, order, 1);
			await page.clock.fastForward(4_000);
			await expectAt(page, order, 2);

			await playButton(page).click();
			await expect(playButton(page)).toHaveAccessibleName('Play');
			await page.clock.fastForward(12_000);
			await expectAt(page, order, 2);

			// A whole play session is one history entry: Back returns to where Play was pressed.
			await page.goBack();
			await expect.poll(() => eventParam(page)).toBeNull();
			await page.goForward();
			await expectAt(page, order, 2);

			// Playing again, then a reader's step pauses it.
			await playButton(page).click();
			await page.clock.fastForward(4_000);
			await expectAt(page, order, 3);
			await nextButton(page).click();
			await expectAt(page, order, 4);
			await expect(playButton(page)).toHaveAccessibleName('Play');
			await page.clock.fastForward(8_000);
			await expectAt(page, order, 4);

			// So does an arrow key.
			await playButton(page).click();
			await page.keyboard.press('ArrowLeft');
			await expectAt(page, order, 3);
			await expect(playButton(page)).toHaveAccessibleName('Play');
			await page.clock.fastForward(8_000);
			await expectAt(page, order, 3);
		});

		test('a selection made elsewhere on the page pauses playback', async ({ page }) => {
			await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
			await openTimeline(page);
			await page.clock.pauseAt(new Date('2026-03-01T08:01:00Z'));
			const order = await eventOrder(page);
			await playButton(page).click();
			await expectAt(page, order, 0);
			// An evidence link in the argument selects its event (a StateLink, not the timeline).
			const link = page
				.locator(`main a[href^="?event="]:not([href^="?event=${order[0]}#"])`)
				.first();
			const href = (await link.getAttribute('href'))!;
			const id = new URLSearchParams(href.slice(1, href.indexOf('#'))).get('event')!;
			await link.click();
			await expect.poll(() => eventParam(page)).toBe(id);
			await expect(playButton(page)).toHaveAccessibleName('Play');
			await page.clock.fastForward(8_000);
			await expect.poll(() => eventParam(page)).toBe(id);
		});

		test('Play runs to the last event and stops there; reduced motion still plays', async ({
			page
		}) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.clock.install({ time: new Date('2026-03-01T08:00:00Z') });
			await openTimeline(page);
			await page.clock.pauseAt(new Date('2026-03-01T08:01:00Z'));
			const order = await eventOrder(page);
			const last = order.length - 1;
			await page.getByTestId('timeline-jump').selectOption(order[last - 2]!);
			await playButton(page).click();
			await page.clock.fastForward(4_000);
			await expectAt(page, order, last - 1);
			await page.clock.fastForward(4_000);
			await expectAt(page, order, last);
			await expect(playButton(page)).toHaveAccessibleName('Play');
			await page.clock.fastForward(8_000);
			await expectAt(page, order, last);
		});
	});

	test('fits the screen with 44 px targets', { tag: '@phone' }, async ({ page }) => {
		// Its layout is the page's, whichever map is drawn above it.
		await refuseWebGL(page);
		await openTimeline(page);
		await nextButton(page).click();
		const controls = [
			prevButton(page),
			playButton(page),
			nextButton(page),
			page.getByTestId('timeline-jump'),
			page.getByTestId('timeline-scrubber')
		];
		for (const control of controls) {
			const box = await control.boundingBox();
			expect(box, 'control is laid out').not.toBeNull();
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(box!.width).toBeGreaterThanOrEqual(44);
		}
		const overflow = await timeline(page).evaluate((el) => el.scrollWidth - el.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const viewport = page.viewportSize()!;
		const box = await timeline(page).boundingBox();
		expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width + 0.5);
	});
});
