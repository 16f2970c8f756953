/**
 * The page with JavaScript disabled, at the phone and desktop sizes: the prerendered static SVG
 * map stands where the WebGL map would be, its countries and places link to the readable content,
 * and every claim and event (date, places, sources) is there as HTML.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ACTIVE_RING } from '../../src/lib/map/static/labelStyle';

test.use({ javaScriptEnabled: false });

const read = <T>(file: string): T => parse(readFileSync(`src/content/${file}`, 'utf8')) as T;
const claims = read<{ id: string; title: string }[]>('claims.yaml');
const events =
	read<{ id: string; title: string; places: string[]; sources: string[] }[]>('events.yaml');
const places = read<{ id: string; name: string }[]>('places.yaml');
const sources = read<{ id: string; url: string }[]>('sources.yaml');

const FOCUS = ['IRN', 'AZE', 'TJK', 'AFG'];
const KEY_CITIES = ['Tehran', 'Mashhad', 'Kerman', 'Baku', 'Dushanbe', 'Kabul', 'Herat'];

/** The static map's labels that are displayed at this size (CSS container queries pick a tier). */
async function visibleLabels(page: Page): Promise<string[]> {
	return page
		.getByTestId('static-map')
		.locator('text.label')
		.evaluateAll((nodes) =>
			nodes
				.filter((n) => getComputedStyle(n).display !== 'none')
				.map((n) => n.querySelector('tspan')?.textContent ?? '')
		);
}

async function box(locator: Locator) {
	const b = await locator.boundingBox();
	expect(b).not.toBeNull();
	return b!;
}

test.describe('without JavaScript', () => {
	test('shows the static map where the WebGL map would be', { tag: '@phone' }, async ({ page }) => {
		await page.goto('/');
		const map = page.getByTestId('static-map');
		await expect(map).toBeVisible();
		// No WebGL map at all: it only ever mounts from JavaScript.
		await expect(page.getByTestId('map')).toHaveCount(0);
		const area = await box(map);
		expect(area.width).toBeGreaterThan(300);
		expect(area.height).toBeGreaterThan(250);
		for (const iso3 of FOCUS) {
			const country = map.locator(`a[data-iso3="${iso3}"] path`);
			const shape = await box(country);
			expect(shape.width, iso3).toBeGreaterThan(20);
			// Inside the map's area: the first view holds the four countries whole.
			expect(shape.x, iso3).toBeGreaterThanOrEqual(area.x - 1);
			expect(shape.x + shape.width, iso3).toBeLessThanOrEqual(area.x + area.width + 1);
		}
		const labels = await visibleLabels(page);
		for (const name of ['IRAN', 'AZERBAIJAN', 'TAJIKISTAN', 'AFGHANISTAN', 'Khorasan']) {
			expect(labels, name).toContain(name);
		}
		// The WebGL map's first view on a phone shows these three; a desktop shows all seven.
		const expected = page.viewportSize()!.width < 500 ? KEY_CITIES.slice(0, 3) : KEY_CITIES;
		for (const city of expected) expect(labels, city).toContain(city);
		await expect(map.getByText('Boundaries: Natural Earth')).toBeVisible();
		const region = map.locator('text.region:visible');
		await expect(region).toHaveCount(1);
		expect((await region.textContent())?.replace(/\s+/g, ' ')).toMatch(/approximate/);
	});

	test(
		'shows only controls that work: none that need JavaScript, no overprinted years',
		{ tag: '@phone' },
		async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			for (const name of [
				/^Play/,
				/^Next/,
				/^Previous/,
				'Start the timeline',
				'Follow the argument',
				/^Share/
			]) {
				await expect(page.getByRole('button', { name }), String(name)).toHaveCount(0);
			}
			await expect(page.getByRole('combobox', { name: 'Jump to event' })).toHaveCount(0);
			await expect(page.getByRole('slider')).toHaveCount(0);
			// The timeline's card still says what it holds, and the text links to every event.
			await expect(page.getByTestId('timeline-card')).toContainText('Follow the story by date');
			await expect(page.getByTestId('timeline').locator('text.year:visible')).toHaveCount(0);
		}
	);

	test(
		'draws no label over another, over a key city’s dot or the ring it may get, over the credit, or off the map’s sides',
		{ tag: '@phone' },
		async ({ page }) => {
			await page.goto('/');
			const map = page.getByTestId('static-map');
			type Box = { text: string; x0: number; y0: number; x1: number; y1: number };
			const labels: Box[] = await map.locator('text.label').evaluateAll((nodes) =>
				nodes
					.filter((n) => getComputedStyle(n).display !== 'none')
					.map((n) => {
						const r = n.getBoundingClientRect();
						const text = n.textContent ?? '';
						return { text, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
					})
			);
			expect(labels.length).toBeGreaterThan(8);
			const keyCities = read<{ id: string; name: string; label: boolean }[]>('places.yaml').filter(
				(p) => p.label
			);
			// Each key city's dot as far out as the ring it gets when a reader opens it: other labels
			// keep clear of that, its own name only of the dot.
			const ring = ACTIVE_RING.radius + ACTIVE_RING.width / 2;
			const dots: (Box & { name: string })[] = [];
			for (const { id, name } of keyCities) {
				const dot = map.locator(`[data-place="${id}"] circle.dot, circle.dot[data-place="${id}"]`);
				if ((await dot.count()) === 0) continue;
				const b = await box(dot.first());
				const [cx, cy] = [b.x + b.width / 2, b.y + b.height / 2];
				const r = Math.max(ring, b.width / 2);
				dots.push({ text: `${id}'s ring`, name, x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r });
			}
			expect(dots.length).toBeGreaterThanOrEqual(5);
			const credit = await box(map.getByText('Boundaries: Natural Earth'));
			const area = await box(map);
			// A pixel of slack: halos may touch.
			const meet = (a: Box, b: Box) =>
				a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
			const problems: string[] = [];
			labels.forEach((a, i) => {
				for (const b of labels.slice(i + 1)) {
					if (meet(a, b)) problems.push(`${a.text} / ${b.text}`);
				}
				for (const d of dots) {
					if (!a.text.startsWith(d.name) && meet(a, d)) problems.push(`${a.text} / ${d.text}`);
				}
				const c = { text: 'credit', x0: credit.x, x1: credit.x + credit.width };
				if (meet(a, { ...c, y0: credit.y, y1: credit.y + credit.height }))
					problems.push(`${a.text} / credit`);
				// Inside the map, not flush with its sides (where it reads as cut off).
				if (a.x0 < area.x + 2 || a.x1 > area.x + area.width - 2) problems.push(`${a.text}: side`);
				if (a.y0 < area.y || a.y1 > area.y + area.height) problems.push(`${a.text}: outside`);
			});
			expect(problems).toEqual([]);
		}
	);

	test('links countries to their claims and places to their events', async ({ page }) => {
		await page.goto('/');
		const iran = page.locator('[data-testid="static-map"] a[data-iso3="IRN"]');
		await expect(iran).toHaveAccessibleName('Iran');
		await iran.click();
		await expect(page).toHaveURL(/\?country=IRN#claim-[a-z0-9-]+$/);
		const claimId = new URL(page.url()).hash.slice(1);
		await expect(page.locator(`[id="${claimId}"]`)).toBeVisible();

		const kerman = page.locator('[data-testid="static-map"] a[data-place="kerman"]');
		await expect(kerman).toHaveAccessibleName('Kerman');
		await kerman.click();
		await expect(page).toHaveURL(/#event-[a-z0-9-]+$/);
		const eventId = new URL(page.url()).hash.slice(1);
		const card = page.locator(`[id="${eventId}"]`);
		await expect(card).toBeVisible();
		await expect(card).toContainText('Kerman');
	});

	test('reaches the countries and places with the keyboard', async ({ page }) => {
		await page.goto('/');
		const links = page.getByTestId('static-map').locator('a[href]');
		expect(await links.count()).toBeGreaterThan(10);
		// The focus countries come first among the map's links.
		const first = await links.evaluateAll((nodes) =>
			nodes.slice(0, 4).map((n) => n.getAttribute('data-iso3'))
		);
		expect(first).toEqual(FOCUS);
		await links.first().focus();
		await expect(links.first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\?country=IRN/);
	});

	test('carries every claim and every event with its date, places and sources', async ({
		page
	}) => {
		await page.goto('/');
		for (const claim of claims) {
			await expect(page.locator(`[id="claim-${claim.id}"]`), claim.id).toHaveCount(1);
		}
		await expect(page.locator('main [id^="claim-"]')).toHaveCount(claims.length);
		await expect(page.locator('main article[id^="event-"]')).toHaveCount(events.length);
		const cards = await page.locator('main article[id^="event-"]').evaluateAll((nodes) =>
			nodes.map((n) => ({
				id: n.id.replace(/^event-/, ''),
				text: n.textContent ?? '',
				time: n.querySelector('time')?.getAttribute('datetime') ?? '',
				links: [...n.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')
			}))
		);
		for (const event of events) {
			const card = cards.find((c) => c.id === event.id);
			expect(card, event.id).toBeDefined();
			expect(card!.time, event.id).toMatch(/^\d{4}/);
			for (const placeId of event.places) {
				const name = places.find((p) => p.id === placeId)!.name;
				expect(card!.text, `${event.id} place ${placeId}`).toContain(name);
			}
			for (const sourceId of event.sources) {
				const url = sources.find((s) => s.id === sourceId)!.url;
				expect(card!.links, `${event.id} source ${sourceId}`).toContain(url);
			}
		}
	});
});
