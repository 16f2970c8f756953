import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, PALETTE, VOICE_PALETTES, type Palette } from '../../../src/lib/map/palette';
import { VOICE_COLOURS } from '../../../src/lib/content/frameSchema';
import { panelCssVars } from '../../../src/lib/story/layout';
import { tourCssVars } from '../../../src/lib/story/tourLayout';
import {
	PAGE_COLOURS,
	PAPER_COLOURS,
	schemeProperties,
	tokensCss
} from '../../../src/lib/styles/tokens';
import { TOKENS_MODULE, designTokens } from '../../../src/lib/styles/vitePlugin';
import { contrastRatio } from '../../../src/lib/utils/contrast';

const SRC = new URL('../../../src/', import.meta.url).pathname;
const css = tokensCss();

/** The custom properties of the first rule `selector` opens in `source`, comments dropped. */
function declared(source: string, selector: string): Record<string, string> {
	const at = source.indexOf(`${selector} {`);
	if (at < 0) throw new Error(`no rule ${selector}`);
	const body = source.slice(at, source.indexOf('}', at)).replace(/\/\*[\s\S]*?\*\//g, '');
	return Object.fromEntries(
		[...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
	);
}

const light = declared(css, ':root');
const dark = declared(css.slice(css.indexOf('prefers-color-scheme: dark')), ':root');
const paper = declared(css.slice(css.indexOf('@media print')), 'html:root');

/** Every stylesheet and component under src/. */
function sources(dir = SRC): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(css|svelte)$/.test(name) ? [path] : [];
	});
}

describe('design tokens', () => {
	it('declare every page, voice and map colour in each scheme, and the shared sizes', () => {
		for (const [scheme, props] of [
			['light', light],
			['dark', dark]
		] as const) {
			expect(props['--surface-2'], scheme).toBe(PAGE_COLOURS[scheme].surface2);
			expect(props['--accent-contrast'], scheme).toBe(PAGE_COLOURS[scheme].accentContrast);
			for (const token of VOICE_COLOURS) {
				expect(props[`--${token}`], `${scheme} ${token}`).toBe(VOICE_PALETTES[scheme][token]);
			}
			const palette: Palette = scheme === 'light' ? PALETTE : DARK_PALETTE;
			expect(props['--map-water'], scheme).toBe(palette.water);
			expect(props['--map-focus-highlight'], scheme).toBe(palette.focusHighlight);
			expect(props['--map-overlay-2'], scheme).toBe(palette.overlay2);
			expect(Object.keys(props).filter((n) => n.startsWith('--map-')).length).toBe(
				Object.keys(PALETTE).length
			);
		}
		for (const [name, value] of Object.entries({ ...panelCssVars(), ...tourCssVars() })) {
			expect(light[name], name).toBe(value);
		}
	});

	it('print on light paper whatever the scheme, with the light map and voices', () => {
		expect(paper['--text']).toBe(PAPER_COLOURS.text);
		expect(paper['--bg']).toBe('#ffffff');
		expect(paper['--map-water']).toBe(PALETTE.water);
		expect(paper['--voice-1']).toBe(VOICE_PALETTES.light['voice-1']);
	});

	it('give each voice token a rule that sets --voice', () => {
		for (const token of VOICE_COLOURS) {
			expect(declared(css, `[data-voice-colour='${token}']`)).toEqual({
				'--voice': `var(--${token})`
			});
		}
	});

	it.each([
		['light', PAGE_COLOURS.light, VOICE_PALETTES.light],
		['dark', PAGE_COLOURS.dark, VOICE_PALETTES.dark],
		['paper', PAPER_COLOURS, VOICE_PALETTES.light]
	] as const)('reach WCAG AA for text (4.5:1) on every %s ground', (_scheme, page, voices) => {
		const inks = [page.text, page.muted, page.link, page.accent, page.accurate];
		for (const ink of [...inks, ...Object.values(voices)]) {
			for (const ground of [page.bg, page.surface, page.surface2]) {
				expect(contrastRatio(ink, ground), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
			}
		}
		expect(contrastRatio(page.accentContrast, page.accent)).toBeGreaterThanOrEqual(4.5);
	});

	it('are the only declarations of a colour token: no stylesheet copies one', () => {
		const generated = new Set(Object.keys(schemeProperties(PAGE_COLOURS.light, 'light')));
		for (const file of sources()) {
			const text = readFileSync(file, 'utf8');
			for (const [, name] of text.matchAll(/(--[\w-]+)\s*:/g)) {
				expect(generated.has(name!), `${file.slice(SRC.length)} declares ${name}`).toBe(false);
			}
		}
	});

	it('declare every custom property a stylesheet reads that nothing else declares', () => {
		const known = new Set([...Object.keys(light), '--voice']);
		const texts = sources().map((file) => [file, readFileSync(file, 'utf8')] as const);
		for (const [, text] of texts) {
			for (const [, name] of text.matchAll(/(--[\w-]+)\s*:/g)) known.add(name!);
			// Properties set from script (style directives) are declared where they are set.
			for (const [, name] of text.matchAll(/style:(--[\w-]+)/g)) known.add(name!);
		}
		for (const [file, text] of texts) {
			for (const [, name] of text.matchAll(/var\((--[\w-]+)\)/g)) {
				expect(known.has(name!), `${file.slice(SRC.length)} reads ${name}`).toBe(true);
			}
		}
	});

	it('reach the site through the Vite plugin', () => {
		const plugin = designTokens();
		const resolve = plugin.resolveId as (id: string) => string | undefined;
		const load = plugin.load as (id: string) => string | undefined;
		const id = resolve(TOKENS_MODULE);
		expect(id).toBeDefined();
		expect(load(id!)).toBe(css);
		expect(resolve('./app.css')).toBeUndefined();
	});
});
