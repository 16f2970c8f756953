/**
 * The timeline on the built site, at the phone and desktop sizes of playwright.config.ts: stepping
 * by buttons, keys, the scrubber and the jump select; the URL (?event=) and history; Play/Pause
 * driven by Playwright's fake clock (no test waits real seconds, none depends on timing); what is announced to screen
 * readers; layout and accessibility. The event order is read from the jump select, which lists
 * story.eventOrder, so the tests follow the content instead of copying it.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, startWebGLMap, test } from './fixtures';

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
	test('starts with nothing selected and steps forward and back with the buttons', async ({
		page
	}) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		expect(order.length).toBeGreaterThan(3);
		expect(eventParam(page)).toBeNull();
		await expect(page.getByRole('button', { name: 'Start the timeline' })).toBeVisible();
		await expect(prevButton(page)).toHaveAttribute('aria-disabled', 'true');
		// Next names where it leads: the first event.
		await expect(nextButton(page)).toHaveAccessibleName(
			`Next event: ${await labelOf(page, order[0]!)}`
		);

		await nextButton(page).click();
		await expectAt(page, order, 0);
		await expect(prevButton(page)).toHaveAttribute('aria-disabled', 'true');
		await nextButton(page).click();
		await expectAt(page, order, 1);
		await expect(prevButton(page)).toHaveAttribute('aria-disabled', 'false');
		await expect(prevButton(page)).toHaveAccessibleName(
			`Previous event: ${await labelOf(page, order[0]!)}`
		);
		await prevButton(page).click();
		await expectAt(page, order, 0);
		// A disabled Previous does nothing (and keeps focus, being aria-disabled). Playwright will
		// not click an aria-disabled element by itself, hence force.
		await prevButton(page).click({ force: true });
		await expectAt(page, order, 0);
		await expect(prevButton(page)).toBeFocused();
	});

	test('Next stops at the last event', async ({ page }) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		const last = order.length - 1;
		await page.getByTestId('timeline-jump').selectOption(order[last - 1]!);
		await nextButton(page).click();
		await expectAt(page, order, last);
		await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
		await nextButton(page).click({ force: true });
		await expectAt(page, order, last);
	});

	test('the arrow keys step anywhere on the page; Home and End work inside the timeline', async ({
		page
	}) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, 0);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, 1);
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, 2);
		await page.keyboard.press('ArrowLeft');
		await expectAt(page, order, 1);
		// Alt+Left is the browser's Back, Shift+Right selects text: never a step.
		await page.keyboard.press('Shift+ArrowRight');
		await expectAt(page, order, 1);

		// Outside the timeline Home and End scroll the page; inside they go to the ends.
		await page.keyboard.press('End');
		await expectAt(page, order, 1);
		await nextButton(page).focus();
		await page.keyboard.press('End');
		await expectAt(page, order, order.length - 1);
		await page.keyboard.press('Home');
		await expectAt(page, order, 0);
	});

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

	test('keys typed in the jump select are the select’s own', async ({ page }) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		const select = page.getByTestId('timeline-jump');
		await select.selectOption(order[2]!);
		await expectAt(page, order, 2);
		await select.focus();
		// The select moves itself by one; the page-wide listener must not add a second step.
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, 3);
		await expect(select).toBeFocused();
		await expect(select).toHaveValue(order[3]!);
	});

	test('the jump select selects an event, with its date shown to its precision', async ({
		page
	}) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		const war = order.indexOf('twelve-day-war-2025');
		expect(war).toBeGreaterThan(0);
		await page.getByTestId('timeline-jump').selectOption('twelve-day-war-2025');
		await expectAt(page, order, war);
		const card = page.getByTestId('timeline-card');
		// A range is shown as a range, not as its first day.
		await expect(card.locator('time')).toHaveText('13–24 June 2025');
		await expect(card.locator('time')).toHaveAttribute('datetime', '2025-06-13');
		await expect(card.getByRole('heading')).toHaveText('The Twelve-Day War');
		await expect(card.getByRole('link', { name: /Read more/ })).toHaveAttribute(
			'href',
			'#event-twelve-day-war-2025'
		);
	});

	test('the scrubber jumps by click and steps once per arrow key', async ({ page }) => {
		await openTimeline(page);
		const order = await eventOrder(page);
		const scrubber = page.getByTestId('timeline-scrubber');
		await expect(scrubber).toHaveAttribute('role', 'slider');
		const target = 5;
		const tick = scrubber.locator(`[data-event-id="${order[target]}"]`);
		const box = await tick.boundingBox();
		expect(box).not.toBeNull();
		await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
		await expectAt(page, order, target);
		await expect(scrubber).toBeFocused();
		await expect(scrubber).toHaveAttribute('aria-valuenow', String(target + 1));

		// The slider handles its own arrows; the page listener must leave them alone.
		await page.keyboard.press('ArrowRight');
		await expectAt(page, order, target + 1);
		await page.keyboard.press('ArrowLeft');
		await expectAt(page, order, target);
		await page.keyboard.press('End');
		await expectAt(page, order, order.length - 1);

		// Past ticks solid, future ones faded: the phase of each event.
		await page.keyboard.press('Home');
		await page.keyboard.press('PageUp');
		await expectAt(page, order, 5);
		await expect(scrubber.locator(`[data-event-id="${order[4]}"]`)).toHaveAttribute(
			'data-phase',
			'past'
		);
		await expect(scrubber.locator(`[data-event-id="${order[5]}"]`)).toHaveAttribute(
			'data-phase',
			'current'
		);
		await expect(scrubber.locator(`[data-event-id="${order[6]}"]`)).toHaveAttribute(
			'data-phase',
			'future'
		);
	});

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

	test('a deep link shows its event without announcing it; a reload keeps it', async ({ page }) => {
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
		const link = page.locator(`main a[href^="?event="]:not([href^="?event=${order[0]}#"])`).first();
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

	test('fits the screen with 44 px targets', { tag: '@phone' }, async ({ page }) => {
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
