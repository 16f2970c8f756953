/**
 * Rasterises a social card's SVG (socialCard.ts) to PNG at build time, with resvg (a Rust SVG
 * renderer shipped as a prebuilt npm binary) and Noto Sans from an npm font package: no system
 * fonts, so every machine renders the same card.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT_FILES = [
	'@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
	'@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
].map((file) => require.resolve(file));

/** The PNG of an SVG document. */
export function rasterise(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
		fitTo: { mode: 'original' }
	});
	return resvg.render().asPng();
}
