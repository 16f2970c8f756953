/**
 * The permalink pages /claims/<id> and /events/<id> on the built site: one per claim and event of
 * the content, each with its title, description and social-card metadata, the full card, its
 * sources, no JavaScript, prev/next links, and a link back to the map in that state.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './fixtures';

const read = <T>(file: string): T => parse(readFileSync(`src/content/${file}`, 'utf8')) as T;
type Id = { id: string };
const claims =
	read<(Id & { title: string; evidence: string[]; factCheck?: { sources: string[] } })[]>(
		'claims.yaml'
	);
const events = read<(Id & { title: string; sources: string[] })[]>('events.yaml');
const sources = read<(Id & { url: string })[]>('sources.yaml');
const story = read<{ title: string }>('story.yaml');
const sourceUrl = (id: string) => sources.find((s) => s.id === id)!.url;

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The content of `<meta name|property="key" content="...">`, or undefined. */
function metaContent(html: string, key: string): string | undefined {
	const tag = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
	return tag?.[1];
}

const siteUrl = process.env.PUBLIC_SITE_URL;

test.describe('every permalink page, as served', () => {
	const pages = [
		...claims.map((c) => ({ kind: 'claims', id: c.id, title: c.title, item: 'claim' })),
		...events.map((e) => ({ kind: 'events', id: e.id, title: e.title, item: 'event' }))
	];

	test(`all ${claims.length} claims and ${events.length} events have a page with metadata and the way back`, async ({
		request
	}) => {
		expect(claims.length).toBeGreaterThan(10);
		expect(events.length).toBeGreaterThan(10);
		const titles = new Set<string>();
		for (const { kind, id, title, item } of pages) {
			const response = await request.get(`/${kind}/${id}`);
			expect(response.status(), `${kind}/${id}`).toBe(200);
			expect(response.headers()['content-type']).toContain('text/html');
			const html = await response.text();
			const pageTitle = html.match(/<title>([^<]+)<\/title>/)?.[1];
			expect(pageTitle, id).toContain(escapeHtml(title));
			expect(pageTitle, id).toContain(escapeHtml(story.title));
			titles.add(pageTitle!);
			const description = metaContent(html, 'description');
			expect(description?.length, `${id} description`).toBeGreaterThan(40);
			expect(metaContent(html, 'og:type'), id).toBe('article');
			expect(metaContent(html, 'og:title'), id).toContain(escapeHtml(title));
			expect(metaContent(html, 'og:description'), id).toBe(description);
			expect(metaContent(html, 'twitter:card'), id).toBe('summary_large_image');
			// A social card of its own, built at prerender time, same origin, described.
			const image = metaContent(html, 'og:image')!;
			expect(image, id).toMatch(new RegExp(`og/${kind}/${id}\\.png$`));
			expect(metaContent(html, 'og:image:alt'), id).toContain(escapeHtml(title));
			expect(metaContent(html, 'twitter:image'), id).toBe(image);
			expect(metaContent(html, 'twitter:title'), id).toBe(metaContent(html, 'og:title'));
			// og:url must be absolute, so it is there only when the build knew the site's address.
			if (siteUrl) expect(metaContent(html, 'og:url')).toBe(`${siteUrl}/${kind}/${id}`);
			else expect(html).not.toContain('og:url');
			// The full card, with the title as the page's only h1.
			expect(html).toContain(`data-${item}-id="${id}"`);
			expect(html.match(/<h1[\s>]/g)?.length, id).toBe(1);
			// Back to the map in this state, relative so it holds under any BASE_PATH.
			expect(html, id).toContain(`href="../?${item}=${id}#${item}-${id}"`);
			// A document: no script at all.
			expect(html, id).not.toMatch(/<script/);
		}
		expect(titles.size, 'distinct titles').toBe(pages.length);
	});

	test('pages carry their sources with URLs', async ({ request }) => {
		for (const event of events) {
			const html = await (await request.get(`/events/${event.id}`)).text();
			for (const id of event.sources)
				expect(html, `${event.id} ${id}`).toContain(escapeHtml(sourceUrl(id)));
		}
		for (const claim of claims) {
			const html = await (await request.get(`/claims/${claim.id}`)).text();
			for (const id of claim.factCheck?.sources ?? []) {
				expect(html, `${claim.id} ${id}`).toContain(escapeHtml(sourceUrl(id)));
			}
		}
	});

	test('the indexes list every page, in order', async ({ request }) => {
		for (const [kind, items] of [
			['claims', claims],
			['events', events]
		] as const) {
			const html = await (await request.get(`/${kind}`)).text();
			const linked = [...html.matchAll(new RegExp(`href="(?:\\./)?${kind}/([\\w-]+)"`, 'g'))].map(
				(m) => m[1]
			);
			expect(new Set(linked), kind).toEqual(new Set(items.map((i) => i.id)));
			expect(linked.length, kind).toBe(items.length);
		}
		const claimIndex = await (await request.get('/claims')).text();
		const order = claims.map((c) => claimIndex.indexOf(`claims/${c.id}"`));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	test('social cards: every claim and event page’s og:image is a same-origin PNG of 1200 x 630, and the main page, the indexes and the data page have theirs', async ({
		request,
		baseURL
	}) => {
		const origin = new URL(baseURL!).origin;
		const check = async (path: string) => {
			const html = await (await request.get(path)).text();
			const image = metaContent(html, 'og:image');
			expect(image, path).toBeDefined();
			expect(metaContent(html, 'og:image:alt')?.length, path).toBeGreaterThan(20);
			expect(metaContent(html, 'og:title'), path).toBeDefined();
			expect(metaContent(html, 'og:description'), path).toBeDefined();
			expect(metaContent(html, 'twitter:card'), path).toBe('summary_large_image');
			const url = new URL(image!, new URL(path, origin));
			expect(url.origin, path).toBe(origin);
			const png = await request.get(url.href);
			expect(png.status(), url.href).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const body = await png.body();
			expect([body.readUInt32BE(16), body.readUInt32BE(20)], url.href).toEqual([1200, 630]);
		};
		for (const path of ['/', '/claims', '/events', '/data']) await check(path);
		for (const { kind, id } of [pages[0]!, pages.at(-1)!]) await check(`/${kind}/${id}`);
		for (const { kind, id } of pages) {
			expect((await request.head(`/og/${kind}/${id}.png`)).status(), id).toBe(200);
		}
	});

	test('an unknown id is not found', async ({ request }) => {
		expect((await request.get('/claims/no-such-claim')).status()).toBe(404);
		expect((await request.get('/events/no-such-event')).status()).toBe(404);
	});
});

test.describe('dead ends lead back', () => {
	const WAYS = [
		['The map', '/'],
		['The argument, step by step', '/claims'],
		['The events, by date', '/events'],
		['The data', '/data']
	] as const;

	test('404.html, for static hosts, is styled, links home from any depth, and runs nothing', async ({
		page,
		request,
		network
	}) => {
		// The page itself answers 404, as a host serves it.
		network.allowConsoleError(/status of 404/);
		const html = await (await request.get('/404.html')).text();
		expect(html).toContain('There is no page here');
		expect(html).not.toContain('<script');
		expect(html).toContain('<meta name="robots" content="noindex"');
		// As a host serves it for a missing path deep in the site: its links stay absolute.
		await page.route('**/some/deep/missing', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body: html })
		);
		await page.goto('/some/deep/missing');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here');
		const main = page.getByTestId('not-found');
		for (const [name, path] of WAYS) {
			const href = await main.getByRole('link', { name, exact: true }).getAttribute('href');
			expect(new URL(href!, page.url()).pathname, name).toBe(path);
		}
		// Styled: the page's own stylesheet is inlined, so it holds at any depth.
		const font = await page.locator('h1').evaluate((el) => getComputedStyle(el).fontFamily);
		expect(font).toContain('Georgia');
		const result = await new AxeBuilder({ page }).analyze();
		const serious = result.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(serious.map((v) => v.id)).toEqual([]);
		// Nothing else it asks for comes from the depth (the favicon resolves from the root).
		const fromDepth = network
			.paths()
			.filter((p) => p.startsWith('/some/') && !p.endsWith('/missing'));
		expect(fromDepth).toEqual([]);
	});

	test('in-site navigation to an unknown event shows the same way back', async ({ page }) => {
		await page.goto('/');
		// Once hydrated: a link added before would make the server's HTML differ from the client's.
		await expect(page.locator('[data-testid=timeline][data-ready]')).toBeAttached();
		// A link the client router takes (as an outdated link inside the site would be).
		await page.evaluate(() => {
			const a = document.createElement('a');
			a.href = './events/no-such-event';
			a.textContent = 'an old link';
			a.dataset.testid = 'old-link';
			document.querySelector('main')!.prepend(a);
		});
		await page.getByTestId('old-link').click();
		await expect(page).toHaveURL(/\/events\/no-such-event$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here');
		await page.getByTestId('not-found').getByRole('link', { name: 'The map', exact: true }).click();
		await expect(page.getByTestId('tour-start')).toBeVisible();
	});
});

/** The main page in a claim's state: the URL, the readable card, and the claim's panel. */
async function expectClaimOnMap(page: Page, id: string, title: string): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`/\\?claim=${id}(#claim-${id})?$`));
	await expect(page.locator(`#claim-${id}`)).toBeAttached();
	// The WebGL map takes over once it is ready: as long as its first start may take (openExplore).
	await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
	const panel = page.getByTestId('panel');
	await expect(panel).toHaveAttribute('data-panel-kind', 'claim');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
}

test.describe('reading a permalink page', () => {
	const claim = claims.find((c) => c.factCheck && c.evidence.length > 0)!;
	const event = events.find((e) => e.sources.length > 1) ?? events[0]!;

	test('a claim page shows the claim, links its evidence and leads back to the map', async ({
		page,
		network
	}) => {
		await page.goto(`/claims/${claim.id}`);
		await expect(page).toHaveTitle(new RegExp(claim.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.title);
		await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
		// Links inside the card go to other permalink pages, never to a query on this page.
		const inCard = page.locator(`article[data-claim-id="${claim.id}"] a[href^="../"]`);
		expect(await inCard.count()).toBeGreaterThan(0);
		for (const href of await inCard.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(/^\.\.\/(claims|events)\/[\w-]+$/);
		}
		expect(network.paths().filter((p) => p.endsWith('.js'))).toEqual([]);

		const back = page.getByTestId('back-to-map');
		await expect(back).toBeVisible();
		await back.click();
		await expectClaimOnMap(page, claim.id, claim.title);
	});

	test('an event page shows the event and its places and leads back to the map', async ({
		page
	}) => {
		await page.goto(`/events/${event.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.locator('details.source-block')).toHaveAttribute('open', '');
		await page.getByTestId('back-to-map').click();
		await expect(page).toHaveURL(new RegExp(`/\\?event=${event.id}(#event-${event.id})?$`));
		await expect(page.locator(`#event-${event.id}`)).toBeAttached();
	});

	test('previous and next walk the claims in essay order', async ({ page }) => {
		await page.goto(`/claims/${claims[0]!.id}`);
		await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(new RegExp(`/claims/${claims[1]!.id}$`));
		await page.locator('a[rel="prev"]').click();
		await expect(page).toHaveURL(new RegExp(`/claims/${claims[0]!.id}$`));
		await page.goto(`/claims/${claims.at(-1)!.id}`);
		await expect(page.locator('a[rel="next"]')).toHaveCount(0);
	});

	test('an evidence link opens the event’s own page', async ({ page }) => {
		await page.goto(`/claims/${claim.id}`);
		const link = page.locator(`article[data-claim-id="${claim.id}"] a[href^="../events/"]`).first();
		const href = (await link.getAttribute('href'))!;
		await link.click();
		await expect(page).toHaveURL(new RegExp(`/events/${href.split('/').pop()}$`));
		await expect(page.getByTestId('back-to-map')).toBeVisible();
	});
});

test.describe('accessibility', () => {
	test('permalink pages, their indexes and the data page have no serious axe violation, light or dark', async ({
		page
	}) => {
		const paths = [
			`/claims/${claims.find((c) => c.factCheck)!.id}`,
			`/events/${events.find((e) => e.sources.length > 1)!.id}`,
			'/claims',
			'/events',
			'/data'
		];
		for (const [path, colorScheme] of paths.flatMap((p) =>
			(['light', 'dark'] as const).map((scheme) => [p, scheme] as const)
		)) {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			const result = await new AxeBuilder({ page }).analyze();
			const problems = result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
			expect(problems, `${path} (${colorScheme})`).toEqual([]);
		}
	});
});
