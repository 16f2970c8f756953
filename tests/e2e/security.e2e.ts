import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startWebGLMap } from './fixtures';
import { serve } from './staticServer';

/**
 * Security of the built site (issue 6, point 4):
 * - the Content-Security-Policy that svelte.config.js (kit.csp) puts in every prerendered page;
 * - no violation of it while the page loads, the map gets ready and a popup opens;
 * - content reaches the page as text: a second build from a hostile fixture
 *   (CONTENT_DIR=tests/fixtures/xss BUILD_DIR=build-xss, made by scripts/test.sh) renders its
 *   `<script>` and `<img onerror>` payloads as visible text and never as elements.
 */

const MAP_READY = '[data-testid="map"][data-map-state="ready"]';

/**
 * The policy, directive by directive, hashes aside: kit adds the sha256 of its inline script to
 * script-src; style-src-attr holds the hash of kit's route announcer's style attribute.
 */
const EXPECTED: Record<string, string[]> = {
	'default-src': ["'self'"],
	'script-src': ["'self'"],
	'style-src': ["'self'"],
	'style-src-attr': ["'unsafe-hashes'"],
	'img-src': ["'self'", 'data:'],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'worker-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"]
};
const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;

function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

function metaPolicy(html: string): string | null {
	const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return (
		tag?.[1]
			?.replace(/&#39;/g, "'")
			.replace(/&quot;/g, '"')
			.replace(/&amp;/g, '&') ?? null
	);
}

/** Inline <script> bodies (no src), as the browser hashes them. */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
		(m) => m[1] ?? ''
	);
}

/** The pages' inline <style> blocks (kit.inlineStyleThreshold inlines their stylesheets). */
function inlineStyles(html: string): string[] {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

/** Collects CSP violation events from the first byte of every document the page loads. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener(
			'securitypolicyviolation',
			(e) => {
				const target = e.target instanceof Element ? e.target.outerHTML.slice(0, 120) : '';
				seen.push(
					`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample} ${target}`.trim()
				);
			},
			{ capture: true }
		);
	});
	return () => page.evaluate(() => Reflect.get(window, '__cspViolations') as string[]);
}

function recordErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
	});
	return errors;
}

/** Steps the timeline until a map popup shows; true if one did. */
async function openPopup(page: Page): Promise<boolean> {
	const next = page.getByTestId('timeline-next');
	for (let step = 0; step < 5 && (await next.isEnabled()); step += 1) {
		await next.click();
		try {
			await page.locator('.maplibregl-popup').first().waitFor({ timeout: 3000 });
			return true;
		} catch {
			// this event has no place on the map: step on
		}
	}
	return false;
}

test.describe('Content-Security-Policy', () => {
	test('every prerendered page carries the policy before any script or stylesheet', () => {
		const files = htmlFiles('build');
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) {
			const html = readFileSync(file, 'utf8');
			const policy = metaPolicy(html);
			expect(policy, `${file} has no CSP meta tag`).not.toBeNull();
			const meta = html.search(/<meta\s+http-equiv="content-security-policy"/i);
			const first = html.search(/<script\b|<link[^>]+rel="(?:modulepreload|stylesheet)"/i);
			if (first >= 0) expect(meta, `${file}: the CSP meta must come first`).toBeLessThan(first);

			const directives = parsePolicy(policy ?? '');
			expect([...directives.keys()].sort(), file).toEqual(Object.keys(EXPECTED).sort());
			for (const [name, sources] of Object.entries(EXPECTED)) {
				const actual = directives.get(name) ?? [];
				expect(
					actual.filter((s) => !HASH.test(s)),
					`${file}: ${name}`
				).toEqual(sources);
				expect(actual, `${file}: ${name}`).not.toContain("'unsafe-inline'");
				expect(actual, `${file}: ${name}`).not.toContain("'unsafe-eval'");
				const hashes = actual.filter((s) => HASH.test(s)).length;
				if (name === 'style-src-attr') {
					// kit's announcer, plus the inline style blocks' hashes that kit repeats here (a
					// hash of a whole stylesheet allows no real style attribute).
					const blocks = new Set(inlineStyles(html).map(sha256));
					const own = actual.filter((s) => HASH.test(s) && !blocks.has(s));
					expect(own.length, `${file}: ${name}`).toBe(1);
				} else if (name !== 'script-src' && name !== 'style-src') {
					expect(hashes, `${file}: hashes in ${name}`).toBe(0);
				}
			}
			// Every inline script and style block is allowed by its hash, and only those are listed.
			for (const [name, blocks] of [
				['script-src', inlineScripts(html)],
				['style-src', inlineStyles(html)]
			] as const) {
				expect(
					(directives.get(name) ?? []).filter((s) => HASH.test(s)).sort(),
					`${file}: ${name}`
				).toEqual([...new Set(blocks.map(sha256))].sort());
			}
		}
	});

	test('prerendered HTML has no inline event handlers or style attributes', () => {
		for (const file of htmlFiles('build')) {
			// Script bodies hold the page data as JS, not markup.
			const markup = readFileSync(file, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
			// style="" needs 'unsafe-hashes' or 'unsafe-inline' in style-src: use classes instead.
			expect(markup.match(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi) ?? [], file).toEqual([]);
			expect(markup.match(/<[a-z][^>]*\son[a-z]+\s*=[^>]*>/gi) ?? [], file).toEqual([]);
		}
	});

	test('nothing violates it while the page loads, the map gets ready and a popup opens', async ({
		page,
		baseURL
	}) => {
		const violations = await recordViolations(page);
		const errors = recordErrors(page);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));

		await page.goto('/');
		await startWebGLMap(page);
		await expect(page.locator(MAP_READY)).toBeAttached({ timeout: 30_000 });
		expect(await openPopup(page), 'stepping the timeline opened no map popup').toBe(true);
		// Give late resources (fonts, glyphs, images) their chance to be blocked.
		await page.waitForLoadState('networkidle');

		expect(await violations()).toEqual([]);
		expect(errors).toEqual([]);
		// MapLibre's worker comes from a same-origin file, so worker-src needs no blob:.
		expect(workers.length, 'MapLibre started no worker').toBeGreaterThan(0);
		const origin = new URL(baseURL ?? '').origin;
		for (const url of workers) expect(new URL(url).origin, url).toBe(origin);
	});

	test('it blocks injected inline scripts and style attributes', async ({ page }) => {
		const violations = await recordViolations(page);
		await page.goto('/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.append(script);
			const div = document.createElement('div');
			div.innerHTML = '<p style="color: red">x</p>';
			document.body.append(div);
			// Violation events are queued as tasks.
			await new Promise((r) => setTimeout(r, 100));
			const p = div.querySelector('p');
			const color = p ? getComputedStyle(p).color : '';
			div.remove();
			return { script: Reflect.get(window, '__injected') === true, color };
		});
		expect(ran.script).toBe(false);
		expect(ran.color).not.toBe('rgb(255, 0, 0)');
		const seen = await violations();
		expect(seen.some((v) => v.startsWith('script-src-elem'))).toBe(true);
		expect(seen.some((v) => v.startsWith('style-src-attr'))).toBe(true);
	});
});

const XSS_BUILD = 'build-xss';
const SCRIPT_PAYLOAD = '<script>alert(1)</script>';
const IMG_PAYLOAD = '<img src=x onerror=alert(1)>';

test.describe('content is rendered as text, never as markup', () => {
	test.skip(
		!existsSync(join(XSS_BUILD, 'index.html')),
		`no ${XSS_BUILD}/: run CONTENT_DIR=tests/fixtures/xss BUILD_DIR=${XSS_BUILD} npm run build (scripts/test.sh does)`
	);

	let site: Awaited<ReturnType<typeof serve>>;
	test.beforeAll(async () => {
		site = await serve(XSS_BUILD);
	});
	test.afterAll(async () => {
		await site.close();
	});

	test('the hostile fixture really holds the payloads', () => {
		const fixture = readdirSync('tests/fixtures/xss')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => readFileSync(join('tests/fixtures/xss', f), 'utf8'))
			.join('\n');
		expect(fixture).toContain(SCRIPT_PAYLOAD);
		expect(fixture).toContain(IMG_PAYLOAD);
	});

	/** Each state, and where it must show which payload as text (besides the readable lists). */
	const STATES: { query: string; within?: string; texts: string[] }[] = [
		{ query: '', texts: [] },
		{
			query: '?country=IRN',
			within: '[data-testid="panel"][data-panel-kind="country"]',
			texts: [`${SCRIPT_PAYLOAD} claim title`]
		},
		{
			query: '?event=kerman-bombings-2024',
			within: '.maplibregl-popup',
			texts: [`Kerman ${SCRIPT_PAYLOAD}`, `Kerman ${IMG_PAYLOAD} bombings`]
		},
		{
			query: '?claim=thesis',
			within: '[data-testid="panel"][data-panel-kind="claim"]',
			texts: [`${SCRIPT_PAYLOAD} claim title`, `Claim summary ${IMG_PAYLOAD} ends here.`]
		}
	];

	for (const { query, within, texts } of STATES) {
		test(`payloads stay text on /${query}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const violations = await recordViolations(page);
			const errors = recordErrors(page);

			await page.goto(`${site.url}/${query}`);
			await startWebGLMap(page);
			await expect(page.locator(MAP_READY)).toBeAttached({ timeout: 30_000 });
			await page.waitForLoadState('networkidle');

			// As text, where a reader sees it: the readable lists (claim title and summary, event
			// summary, source title, place name), then the panel or popup of the state.
			await expect(page.getByText(`${SCRIPT_PAYLOAD} claim title`).first()).toBeVisible();
			await expect(
				page.getByText(`Event summary ${SCRIPT_PAYLOAD} ends here.`).first()
			).toBeVisible();
			await expect(page.getByText(`Source title ${SCRIPT_PAYLOAD}`).first()).toBeVisible();
			await expect(page.getByText(`Claim summary ${IMG_PAYLOAD} ends here.`).first()).toBeVisible();
			await expect(page.getByText(`Kerman ${SCRIPT_PAYLOAD}`).first()).toBeAttached();
			if (within) {
				for (const text of texts) await expect(page.locator(within).first()).toContainText(text);
			}

			// Never as elements. (The CSP would also stop them running, so a missing dialog alone
			// would prove nothing: these checks look at the DOM itself.)
			expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0);
			const scripts = await page.evaluate(
				() =>
					[...document.querySelectorAll('script')].filter(
						(s) => s.textContent?.trim() === 'alert(1)'
					).length
			);
			expect(scripts).toBe(0);
			expect(dialogs).toEqual([]);
			expect(await violations()).toEqual([]);
			expect(errors).toEqual([]);
		});
	}
});
