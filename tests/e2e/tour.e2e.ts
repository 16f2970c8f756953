/**
 * The argument tour on the built site, at the phone and desktop sizes: starting it, the arrow
 * keys stepping it and not the timeline, a URL per step (?claim=<id>&tour=1),
 * Back/Forward, a reload mid-tour, leaving it (button and Escape) with focus returned, the side
 * by side view of a rebuttal, the camera framing the step's place beside the card,
 * and axe-core with a step open. Stepping by buttons and what each step announces are tested on
 * the component alone (tests/component/tour.svelte.test.ts). Steps are read from claims.yaml.
 * Where the map takes no part (starting, keys, URL, history, leaving) the page gets no WebGL
 * context and keeps the static map.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, refuseWebGL, test } from './fixtures';
import { onScreen, openExplore, openStatic, param, pointOnPage, settle } from './explore.helpers';

interface ClaimRow {
	id: string;
	speaker: string;
	title: string;
	respondsTo: string[];
	evidence: string[];
	places: string[];
	countries: string[];
	factCheck?: unknown;
}
interface PlaceRow {
	id: string;
	lat: number;
	lon: number;
}
const claims = parse(readFileSync('src/content/claims.yaml', 'utf8')) as ClaimRow[];
const order = claims.map((c) => c.id);
const byId = new Map(claims.map((c) => [c.id, c]));
// A rebuttal of Epstein with evidence and a fact-check note: the side-by-side case.
const rebuttal = claims.find(
	(c) =>
		c.speaker === 'essay-author' &&
		c.respondsTo.some((r) => byId.get(r)?.speaker === 'epstein') &&
		c.evidence.length > 0 &&
		c.factCheck
)!;
const rebuttalStep = order.indexOf(rebuttal.id);

const tour = (page: Page) => page.getByTestId('tour');

const stepText = (page: Page) => page.getByTestId('tour-step');

async function expectStep(page: Page, i: number): Promise<void> {
	await expect.poll(() => param(page, 'claim')).toBe(order[i]);
	expect(param(page, 'tour')).toBe('1');
	await expect(stepText(page)).toHaveText(`Step ${i + 1} of ${order.length}`);
	await expect(tour(page).getByRole('heading', { level: 2 })).toHaveText(
		byId.get(order[i]!)!.title
	);
}

test.describe('argument tour', () => {
	test.beforeAll(() => {
		expect(order.length).toBe(25);
		expect(rebuttal, 'a rebuttal step with evidence and a fact-check').toBeDefined();
	});

	// What the tour does to the page, its URL and its history, without the map taking part: on
	// the static map (a page that gets no WebGL context), which spares each test the software-drawn map.
	test.describe('its steps, URL and history', () => {
		test.beforeEach(({ page }) => refuseWebGL(page));

		test('starts at step 1 from "Follow the argument", focus on its heading', async ({ page }) => {
			await openStatic(page);
			await page.getByTestId('tour-start').click();
			await expectStep(page, 0);
			await expect(tour(page).getByRole('heading', { level: 2 })).toBeFocused();
		});

		test('arrow keys step the tour, not the timeline', async ({ page }) => {
			await openStatic(page, `?claim=${order[0]}&tour=1`);
			await expectStep(page, 0);
			// Focus on nothing in particular (not the map, which pans with the arrows).
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			await page.keyboard.press('ArrowRight');
			await expectStep(page, 1);
			await page.keyboard.press('ArrowRight');
			await expectStep(page, 2);
			await page.keyboard.press('ArrowLeft');
			await expectStep(page, 1);
			expect(param(page, 'event'), 'the timeline did not step').toBeNull();
		});

		test('each step is a history entry: Back and Forward walk them; a reload keeps the step', async ({
			page
		}) => {
			await openStatic(page);
			await page.getByTestId('tour-start').click();
			await expectStep(page, 0);
			await page.getByTestId('tour-next').click();
			await expectStep(page, 1);
			await page.getByTestId('tour-next').click();
			await expectStep(page, 2);
			await page.goBack();
			await expectStep(page, 1);
			await page.goBack();
			await expectStep(page, 0);
			await page.goForward();
			await expectStep(page, 1);
			await page.goBack();
			await page.goBack();
			await expect(tour(page)).toHaveCount(0);
			expect(param(page, 'tour')).toBeNull();

			await page.goto(`/?claim=${rebuttal.id}&tour=1`);
			await expectStep(page, rebuttalStep);
			await page.reload();
			await expectStep(page, rebuttalStep);
			await expect(page.getByTestId('tour-compare')).toBeVisible();
		});

		test('the step buttons show words apart, and their names begin with what they show', async ({
			page
		}, info) => {
			await openStatic(page, `?claim=${order[3]}&tour=1`);
			const wide = info.project.name === 'desktop';
			for (const [id, text] of [
				['tour-prev', wide ? 'Previous step' : 'Previous'],
				['tour-next', wide ? 'Next step' : 'Next'],
				['tour-exit', wide ? 'Exit tour' : 'Exit']
			] as const) {
				const button = page.getByTestId(id);
				const shown = (await button.innerText()).replace(/[←→]/g, '').trim();
				expect(shown).toBe(text);
				expect(await button.getAttribute('aria-label')).toMatch(new RegExp(`^${text}`));
			}
		});

		test('Exit tour and Escape leave it and return focus to the start button', async ({ page }) => {
			await openStatic(page);
			const start = page.getByTestId('tour-start');
			await start.click();
			await page.getByTestId('tour-next').click();
			await expectStep(page, 1);
			await page.getByTestId('tour-exit').click();
			await expect(tour(page)).toHaveCount(0);
			expect(param(page, 'claim')).toBeNull();
			expect(param(page, 'tour')).toBeNull();
			await expect(start).toBeFocused();

			await start.click();
			await expectStep(page, 0);
			await page.keyboard.press('Escape');
			await expect(tour(page)).toHaveCount(0);
			expect(param(page, 'tour')).toBeNull();
			await expect(start).toBeFocused();
		});

		test('a bare ?tour=1 starts at step 1; a malformed value shows a notice', async ({ page }) => {
			await openStatic(page, '?tour=1');
			await expectStep(page, 0);
			await openStatic(page, `?claim=${order[3]}&tour=maybe`);
			await expect(page.getByTestId('url-notices')).toContainText('tour');
			await expect(tour(page)).toHaveCount(0);
			await expect(page.getByTestId('panel')).toBeVisible();
		});
	});

	test(
		'a rebuttal is shown side by side with the Epstein claim it answers',
		{ tag: '@phone' },
		async ({ page }, info) => {
			await openExplore(page, `?claim=${rebuttal.id}&tour=1`);
			const compare = page.getByTestId('tour-compare');
			await expect(compare).toBeVisible();
			const [answered, answer] = [
				compare.locator('.side.answered'),
				compare.locator('.side.answer')
			];
			await expect(answered.getByRole('heading', { level: 3 })).toHaveText(/Epstein's claim/);
			const epsteinClaim = byId.get(rebuttal.respondsTo[0]!)!;
			await expect(answered.getByRole('heading', { level: 4 })).toHaveText(epsteinClaim.title);
			await expect(answer.getByRole('heading', { level: 3 })).toHaveText('The essay’s answer');
			await expect(answer.locator('.evidence li')).toHaveCount(rebuttal.evidence.length);
			await expect(answer.getByRole('note', { name: 'Fact-check note' })).toBeVisible();

			const a = (await answered.boundingBox())!;
			const b = (await answer.boundingBox())!;
			if (info.project.name === 'desktop') {
				expect(b.x, 'two columns on wide screens').toBeGreaterThan(a.x + a.width - 2);
				expect(Math.abs(b.y - a.y)).toBeLessThan(4);
			} else {
				expect(b.y, 'stacked on phones').toBeGreaterThanOrEqual(a.y + a.height - 2);
			}

			// "Go to step" on the answered claim goes to that step of the tour.
			await answered
				.getByRole('button', { name: /Go to step/ })
				.first()
				.click();
			await expectStep(page, order.indexOf(epsteinClaim.id));
		}
	);

	test(
		"the camera frames the step's place beside the card",
		{ tag: '@phone' },
		async ({ page }, info) => {
			test.skip(rebuttal.places.length === 0, 'the rebuttal names no place');
			const places = parse(readFileSync('src/content/places.yaml', 'utf8')) as PlaceRow[];
			const place = places.find((p) => p.id === rebuttal.places[0])!;
			await openExplore(page, `?claim=${rebuttal.id}&tour=1`);
			await expect(tour(page)).toBeVisible();
			await settle(page);
			expect(await onScreen(page, [place.lon, place.lat])).toBe(true);
			if (info.project.name === 'desktop') {
				const card = (await tour(page).boundingBox())!;
				const p = await pointOnPage(page, [place.lon, place.lat]);
				expect(p.x, 'not under the tour card').toBeGreaterThan(card.x + card.width);
			}
		}
	);

	test('a step about Iran and Tajikistan frames Tajikistan beside the card, highlighted', async ({
		page
	}, info) => {
		const places = parse(readFileSync('src/content/places.yaml', 'utf8')) as (PlaceRow & {
			country: string;
		})[];
		const tajik = new Set(places.filter((p) => p.country === 'TJK').map((p) => p.id));
		const step = claims.find(
			(c) => c.countries.join() === 'IRN,TJK' && c.places.some((id) => tajik.has(id))
		)!;
		const place = places.find((p) => tajik.has(p.id) && step.places.includes(p.id))!;
		await openExplore(page, `?claim=${step.id}&tour=1`);
		await expect(tour(page)).toBeVisible();
		await settle(page);
		expect(await onScreen(page, [place.lon, place.lat])).toBe(true);
		// The longitudes the reader sees beside the card (phones: the whole width).
		const map = (await page.getByTestId('map').boundingBox())!;
		const card = (await tour(page).boundingBox())!;
		const free = info.project.name === 'desktop' ? card.x + card.width - map.x : 0;
		const view = await page.evaluate((left) => {
			const m = window.__storyMap!.map;
			const c = m.getCanvas();
			const y = c.clientHeight / 2;
			return { west: m.unproject([left, y]).lng, east: m.unproject([c.clientWidth, y]).lng };
		}, free);
		// Tajikistan spans about 8 degrees of longitude, the region's overview about 32.
		expect(view.east - view.west, 'zoomed in on Tajikistan').toBeLessThan(16);
		expect(view.west, 'Tajikistan’s west in view').toBeLessThan(67.5);
		expect(view.east, 'Tajikistan’s east in view').toBeGreaterThan(75);
		const highlighted = await page.evaluate(() =>
			JSON.stringify(window.__storyMap!.map.getFilter('countries-highlight'))
		);
		expect(highlighted).toContain('TJK');
		if (info.project.name === 'desktop') {
			const p = await pointOnPage(page, [place.lon, place.lat]);
			expect(p.x, 'not under the tour card').toBeGreaterThan(card.x + card.width);
		}
	});

	test(
		'on a phone the sheet scrolls as a whole, the buttons stay, and Exit keeps the map in view',
		{ tag: '@phone-only' },
		async ({ page }) => {
			await openExplore(page, `?claim=${rebuttal.id}&tour=1`);
			const sheet = tour(page);
			await expect(sheet).toBeVisible();
			const body = sheet.locator('.tour-body');
			const scroll = await sheet.evaluate((el) => ({
				sheet: el.scrollHeight - el.clientHeight,
				body:
					(el.querySelector('.tour-body') as HTMLElement).scrollHeight -
					(el.querySelector('.tour-body') as HTMLElement).clientHeight
			}));
			expect(scroll.body, 'no scroll window of its own').toBeLessThanOrEqual(1);
			expect(scroll.sheet, 'the sheet scrolls').toBeGreaterThan(0);
			await sheet.evaluate((el) => el.scrollBy(0, 400));
			const top = (await sheet.boundingBox())!.y;
			const next = (await page.getByTestId('tour-next').boundingBox())!;
			expect(next.y - top, 'the buttons stay at the sheet’s top').toBeLessThan(20);
			expect((await body.boundingBox())!.height).toBeGreaterThan(300);

			await page.getByTestId('tour-exit').click();
			await expect(sheet).toHaveCount(0);
			await expect(page.getByTestId('tour-start')).toBeFocused();
			const map = (await page.getByTestId('map').boundingBox())!;
			const viewport = page.viewportSize()!;
			const shown = Math.min(map.y + map.height, viewport.height) - Math.max(map.y, 0);
			expect(shown, 'most of the map stays in view').toBeGreaterThan(map.height / 2);
		}
	);

	test('axe: no serious or critical violation on a side-by-side step', async ({ page }) => {
		test.setTimeout(120_000);
		await openExplore(page, `?claim=${rebuttal.id}&tour=1`);
		await expect(page.getByTestId('tour-compare')).toBeVisible();
		// Voice control matches what a button shows against its name: axe's (opt-in) rule for it.
		// The tour's card only: the page around it has its runs in theme.e2e.ts.
		const result = await new AxeBuilder({ page })
			.include('[data-testid=tour]')
			.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
			.analyze();
		const problems = result.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
		expect(problems).toEqual([]);
	});
});
