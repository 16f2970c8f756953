#!/usr/bin/env node
// Copies the map's label fonts from the @fontsource packages into static/fonts/ (committed output).
// The list must match FONT_FILES in src/lib/map/fonts.ts; tests/unit/map/fonts.test.ts checks that
// the committed files are byte-identical to these sources. Run: node scripts/copy-fonts.js
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'static', 'fonts');

/** [package, file] pairs: Latin (regular, semibold, italic), Cyrillic, Greek and Arabic-script subsets. */
const FILES = [
	['@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff2'],
	['@fontsource/noto-sans', 'noto-sans-latin-600-normal.woff2'],
	['@fontsource/noto-sans', 'noto-sans-latin-400-italic.woff2'],
	['@fontsource/noto-sans', 'noto-sans-cyrillic-400-normal.woff2'],
	['@fontsource/noto-sans', 'noto-sans-greek-400-normal.woff2'],
	['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff2']
];

mkdirSync(outDir, { recursive: true });
const wanted = new Set(FILES.map(([, file]) => file));
let total = 0;
for (const [pkg, file] of FILES) {
	const src = join(root, 'node_modules', pkg, 'files', file);
	if (!existsSync(src)) {
		console.error(`copy-fonts: ${src} is missing: run npm ci (package ${pkg}).`);
		process.exit(1);
	}
	copyFileSync(src, join(outDir, file));
	const size = statSync(src).size;
	total += size;
	console.log(`${file}  ${size} bytes  (${pkg})`);
}
// Remove font files no longer listed, so the folder holds exactly what the map may load.
for (const file of readdirSync(outDir)) {
	if (file.endsWith('.woff2') && !wanted.has(file)) unlinkSync(join(outDir, file));
}
// The OFL asks that the licence travel with the fonts.
for (const [pkg, name] of [
	['@fontsource/noto-sans', 'OFL-noto-sans.txt'],
	['@fontsource/noto-sans-arabic', 'OFL-noto-sans-arabic.txt']
]) {
	copyFileSync(join(root, 'node_modules', pkg, 'LICENSE'), join(outDir, name));
}
console.log(`total ${total} bytes of fonts in static/fonts`);
