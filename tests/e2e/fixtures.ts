/**
 * The Playwright `test` every end-to-end test imports instead of @playwright/test's: it fails a
 * test on any uncaught page error, console error or Svelte hydration warning, and on any request to an origin other than
 * the page's, and records every request so a test can assert on them (`network.requests`).
 *
 *   import { expect, test } from './fixtures';
 *   test('...', async ({ page, network }) => { ... expect(network.requests).toContain(...) });
 *
 * A test that provokes an error on purpose declares it first: `network.allowConsoleError(/404/)`.
 */
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.js';

export { expect };

/**
 * `test.use(WITHOUT_WEBGL)` at a file's top: Chromium started without WebGL, so the static map
 * stays. `refuseWebGL(page)` does the same for one page, from inside a describe group.
 */
export const WITHOUT_WEBGL = {
	launchOptions: {
		executablePath: chromiumPath,
		args: [...chromiumArgs, '--disable-webgl', '--disable-webgl2']
	}
};

/**
 * Starts the main page's WebGL map as a reader's first press on the map does (without a selection
 * the page waits for one, see story/explore.svelte.ts), once the page is hydrated. Harmless when it started
 * already (a deep link with a selection starts it by itself).
 */
export async function startWebGLMap(page: Page): Promise<void> {
	const stage = page.getByTestId('map-stage');
	await expect(async () => {
		await stage.dispatchEvent('pointerdown');
		await expect(stage).not.toHaveAttribute('data-webgl', 'off', { timeout: 500 });
	}).toPass({ timeout: 20_000 });
}

/** The page gets no WebGL context (an init script), as in a browser that refuses one. */
export async function refuseWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			...args: unknown[]
		) {
			if (typeof args[0] === 'string' && args[0].startsWith('webgl')) return null;
			return (getContext as (...a: unknown[]) => RenderingContext | null).apply(this, args);
		} as typeof getContext;
	});
}

export interface RecordedRequest {
	url: string;
	method: string;
	resourceType: string;
}

export interface PageGuard {
	/** Every request the page (and its workers) made, in order. */
	readonly requests: RecordedRequest[];
	/** Uncaught exceptions and console errors seen so far, as text. */
	readonly errors: string[];
	/** The origin every request must stay on (the page's, i.e. baseURL's). */
	readonly origin: string;
	/** Requests that left the page's origin (data: and blob: URLs stay in the page and are allowed). */
	foreignRequests(): RecordedRequest[];
	/** Paths (without origin) of the same-origin requests, for readable assertions. */
	paths(): string[];
	/** Tolerates console errors matching `pattern` for the rest of this test. */
	allowConsoleError(pattern: RegExp): void;
}

/**
 * Console messages that are not errors of ours. SwiftShader's "GPU stall due to ReadPixels" is a
 * warning (never an error), listed so that it stays harmless if a Chromium ever raises its level.
 */
const HARMLESS: readonly RegExp[] = [/GPU stall due to ReadPixels/];

/** Svelte's hydration warnings (hydration_mismatch, hydration_attribute_changed, ...). */
const HYDRATION_WARNING = /svelte\.dev\/e\/hydration_/;

function isOtherOrigin(url: string, origin: string): boolean {
	if (url.startsWith('data:') || url.startsWith('about:')) return false;
	try {
		// blob: URLs carry their creator's origin, which URL() reports.
		return new URL(url).origin !== origin;
	} catch {
		return true;
	}
}

export const test = base.extend<{ network: PageGuard }>({
	network: [
		async ({ page, context, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const requests: RecordedRequest[] = [];
			const errors: string[] = [];
			const allowed: RegExp[] = [...HARMLESS];

			// The context sees requests from the page, its frames and its workers.
			context.on('request', (r) =>
				requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType() })
			);
			page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
			page.on('console', (m: ConsoleMessage) => {
				const text = m.text();
				// A failed hydration is only a warning, but Svelte then throws the server's HTML away
				// and renders afresh: the page flashes and a reader's focus or scroll is lost.
				if (m.type() === 'warning' && HYDRATION_WARNING.test(text)) {
					errors.push(`hydration warning: ${text}`);
					return;
				}
				if (m.type() !== 'error') return;
				if (allowed.some((p) => p.test(text))) return;
				const where = m.location().url ? ` (${m.location().url})` : '';
				errors.push(`console.error: ${text}${where}`);
			});

			const guard: PageGuard = {
				requests,
				errors,
				origin,
				foreignRequests: () => requests.filter((r) => isOtherOrigin(r.url, origin)),
				paths: () =>
					requests
						.filter((r) => !isOtherOrigin(r.url, origin))
						.map((r) => r.url.slice(origin.length)),
				allowConsoleError: (pattern) => {
					allowed.push(pattern);
				}
			};
			await use(guard);

			expect(errors, 'page errors or console errors').toEqual([]);
			expect(
				guard.foreignRequests().map((r) => r.url),
				`requests to origins other than ${origin}`
			).toEqual([]);
		},
		{ auto: true }
	]
});
