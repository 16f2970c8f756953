import { defineConfig } from '@playwright/test';
import { desktop, shared } from './playwright.config';

/**
 * The long tests, apart from `npm test` (`npm run test:long`, before a release): the full browser
 * fuzz of hostile links and the timeline soak. Desktop only: neither depends on the screen.
 */
export default defineConfig({
	...shared,
	testDir: 'tests/e2e/long',
	testMatch: /.*\.e2e\.ts$/,
	projects: [{ name: 'desktop', use: desktop }]
});
