import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentValidation, storyGeodata } from './src/lib/content/vitePlugin.js';
import { designTokens } from './src/lib/styles/vitePlugin.js';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './tests/chromium.js';

export default defineConfig({
	// Content validation first: invalid content in src/content fails the build before anything else.
	plugins: [contentValidation(), storyGeodata(), designTokens(), sveltekit()],
	test: {
		// A test that asserts nothing fails: every test must be able to fail.
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/{unit,geo}/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				// Components rendered on their own in Debian's Chromium (no whole page, no map).
				extends: true,
				test: {
					name: 'component',
					include: ['tests/component/**/*.svelte.test.ts'],
					globalSetup: ['tests/component/globalSetup.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium', viewport: { width: 1440, height: 900 } }],
						screenshotFailures: false
					}
				}
			}
		]
	}
});
