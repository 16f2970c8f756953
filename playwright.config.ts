import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

export { chromiumArgs };

const port = Number(process.env.E2E_PORT ?? 4173);

/** The two screens. `npm test` runs desktop; the phone runs only what differs on a phone. */
export const desktop = {
	...devices['Desktop Chrome'],
	viewport: { width: 1440, height: 900 },
	channel: undefined
};
export const phone = {
	...devices['Desktop Chrome'],
	viewport: { width: 375, height: 667 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2,
	channel: undefined
};

/** What every Playwright run shares: the built site served by vite preview, Debian's Chromium. */
export const shared: PlaywrightTestConfig = {
	fullyParallel: true,
	workers: 2,
	// A test that needs a retry to pass is a bug, in the page or in the test.
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	webServer: {
		// The test command builds first; preview serves that static build.
		command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
};

/**
 * Tags (see the README's test section): untagged tests run on the desktop only; `@phone` runs on
 * both screens, for behaviour that differs on a phone (layout, bottom sheet, touch);
 * `@phone-only` runs on the phone only. The long tests (tests/e2e/long) have their own config.
 */
export default defineConfig({
	...shared,
	testDir: 'tests/e2e',
	testMatch: /.*\.e2e\.ts$/,
	testIgnore: ['long/**'],
	projects: [
		{ name: 'desktop', use: desktop, grepInvert: /@phone-only/ },
		{ name: 'phone', use: phone, grep: /@phone/ }
	]
});
