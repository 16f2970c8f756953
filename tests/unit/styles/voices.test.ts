import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOICE_PALETTES, voiceCssVars } from '../../../src/lib/map/palette';
import { VOICE_COLOURS } from '../../../src/lib/content/frameSchema';
import { contrastRatio } from '../../../src/lib/utils/contrast';

const read = (name: string) =>
	readFileSync(new URL(`../../../src/lib/styles/${name}`, import.meta.url), 'utf8');
const app = read('app.css');
const print = read('print.css');

/** The custom properties declared in the first rule whose selector matches `selector`. */
function declared(source: string, selector: RegExp): Record<string, string> {
	const match = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(source);
	if (!match) throw new Error(`no rule ${selector.source}`);
	const body = match[1]!.replace(/\/\*[\s\S]*?\*\//g, '');
	return Object.fromEntries(
		[...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()])
	);
}

const light = declared(app, /(?:^|\n):root/);
const dark = declared(app, /prefers-color-scheme: dark\)\s*\{\s*:root/);
const paper = declared(print, /html:root/);

describe('voice colours', () => {
	it('are one per palette token, in both schemes', () => {
		for (const scheme of ['light', 'dark'] as const) {
			expect(Object.keys(VOICE_PALETTES[scheme])).toEqual([...VOICE_COLOURS]);
		}
	});

	it('are declared by the stylesheets as the palette module gives them', () => {
		for (const [name, value] of Object.entries(voiceCssVars('light'))) {
			expect(light[name], `app.css ${name}`).toBe(value);
			expect(paper[name], `print.css ${name}`).toBe(value);
		}
		for (const [name, value] of Object.entries(voiceCssVars('dark'))) {
			expect(dark[name], `app.css dark ${name}`).toBe(value);
		}
	});

	it('have a rule each that gives an element marked with the token its colour as --voice', () => {
		for (const token of VOICE_COLOURS) {
			expect(declared(app, new RegExp(`\\[data-voice-colour='${token}'\\]`))).toEqual({
				'--voice': `var(--${token})`
			});
		}
	});

	it.each([
		['light', light],
		['dark', dark]
	] as const)('reach WCAG AA for text (4.5:1) on every %s ground', (scheme, tokens) => {
		for (const colour of Object.values(VOICE_PALETTES[scheme])) {
			for (const ground of ['--bg', '--surface', '--surface-2']) {
				expect(
					contrastRatio(colour, tokens[ground]!),
					`${colour} on ${ground}`
				).toBeGreaterThanOrEqual(4.5);
			}
		}
	});

	it('reads a rule by its selector, without comments', () => {
		expect(declared('a { --x: 1; /* --y: 2; */ } b { --z: 3; }', /a/)).toEqual({ '--x': '1' });
		expect(() => declared('a { --x: 1; }', /b/)).toThrow(/no rule/);
	});
});
