import type { KnipConfig } from 'knip';

// The dead-code check of `npm run lint`: unused files, exports and dependencies.
const config: KnipConfig = {
	entry: ['scripts/*.js', 'tests/e2e/**/*.e2e.ts'],
	project: [
		'src/**/*.{ts,svelte,js}',
		'tests/**/*.ts',
		'bench/**/*.js',
		'geo/**/*.js',
		'scripts/*.js'
	],
	// Font packages are read as files (scripts/copy-fonts.js, the social cards); the bench runs
	// Lighthouse's CLI by its path.
	ignoreDependencies: [
		'@fontsource/noto-sans',
		'@fontsource/noto-sans-arabic',
		'@expo-google-fonts/noto-sans',
		'lighthouse'
	],
	ignoreExportsUsedInFile: true,
	compilers: {
		// The scripts of a component are what imports: its markup imports nothing. A function its
		// instance script exports is a method of the component (reached through bind:this), not an
		// export of the module.
		svelte: (text: string) =>
			[...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
				.map((m) => m[1]?.replace(/^\texport (?=(async )?function )/gm, '\t'))
				.join('\n')
	}
};

export default config;
