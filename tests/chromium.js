/**
 * Flags for Debian's Chromium, shared by Playwright (playwright.config.ts) and vitest's browser
 * mode (vite.config.ts): quiet on a closed network, WebGL2 through SwiftShader.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
