import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { contentValidation } from './src/lib/content/vitePlugin.js';

export default defineConfig({
	// Content validation first: invalid content in src/content fails the build before anything else.
	plugins: [contentValidation(), sveltekit()],
	test: {
		include: ['tests/{unit,geo}/**/*.test.ts'],
		environment: 'node'
	}
});
