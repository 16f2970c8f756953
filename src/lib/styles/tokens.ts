/**
 * The design's colours and shared sizes, in one place. The page's stylesheets do not declare them:
 * `tokensCss()` turns this module (with the map's palette and the voices' colours from
 * map/palette.ts, and the panel and tour sizes the camera's insets are computed from) into CSS
 * custom properties, served to the site as `virtual:design-tokens.css` by `designTokens()` in
 * vitePlugin.ts. So the WebGL style, the static map, the page and the social cards read the same
 * values, and the no-JavaScript page follows prefers-color-scheme like the rest.
 */
import { PALETTES, VOICE_PALETTES, type ColorScheme, type Palette } from '../map/palette.js';
import { panelCssVars } from '../story/layout.js';
import { tourCssVars } from '../story/tourLayout.js';

/** The page's colours in a scheme. */
export interface PageColours {
	bg: string;
	surface: string;
	surface2: string;
	text: string;
	muted: string;
	border: string;
	accent: string;
	accentContrast: string;
	link: string;
	focus: string;
	accurate: string;
	warnBg: string;
	warnBorder: string;
}

/**
 * Light: warm paper, dark ink. Dark: near-black grounds, light text; accents lightened to keep
 * WCAG AA on their grounds (tests/unit/styles/tokens.test.ts).
 */
export const PAGE_COLOURS: Readonly<Record<ColorScheme, PageColours>> = {
	light: {
		bg: '#fbf8f3',
		surface: '#ffffff',
		surface2: '#f3eee6',
		text: '#1d1a16',
		muted: '#5b544b',
		border: '#d9d0c3',
		accent: '#8a3b12',
		accentContrast: '#ffffff',
		link: '#0b5394',
		focus: '#0b57d0',
		accurate: '#0b5e4a',
		warnBg: '#fff4d6',
		warnBorder: '#c99a1b'
	},
	dark: {
		bg: '#15171a',
		surface: '#1d2024',
		surface2: '#262a30',
		text: '#ece8e1',
		muted: '#b3ada4',
		border: '#3a3f46',
		accent: '#f0a06a',
		accentContrast: '#15171a',
		link: '#8cc4ff',
		focus: '#8cc4ff',
		accurate: '#6fd3b5',
		warnBg: '#3a3015',
		warnBorder: '#c99a1b'
	}
};

/**
 * Paper is light whatever the screen's scheme: the light colours, with black text, white grounds
 * and a darker link and warning border that survive a greyscale printer.
 */
export const PAPER_COLOURS: PageColours = {
	...PAGE_COLOURS.light,
	bg: '#ffffff',
	surface: '#ffffff',
	surface2: '#f3f3f3',
	text: '#000000',
	muted: '#3d3d3d',
	border: '#bbbbbb',
	link: '#0b3d6e',
	warnBg: '#ffffff',
	warnBorder: '#9a7413'
};

const kebab = (key: string) => key.replace(/[A-Z]|\d+/g, (c) => `-${c.toLowerCase()}`);

/** A set of colours as custom properties: `surface2` → `--surface-2`, with an optional prefix. */
function properties(colours: object, prefix = ''): Record<string, string> {
	return Object.fromEntries(
		Object.entries(colours).map(([key, value]) => [`--${prefix}${kebab(key)}`, String(value)])
	);
}

/**
 * Every custom property of a scheme: the page's colours, the voices' (`--voice-1` ...), the map's
 * palette as `--map-<key>` (for the static map and the WebGL map's loading ground).
 */
export function schemeProperties(
	page: PageColours,
	scheme: ColorScheme,
	map: Palette = PALETTES[scheme]
): Record<string, string> {
	return {
		...properties(page),
		...Object.fromEntries(Object.entries(VOICE_PALETTES[scheme]).map(([k, v]) => [`--${k}`, v])),
		...properties(map, 'map-')
	};
}

/** The sizes the panel and tour styles share with the map's insets. */
export function sizeProperties(): Record<string, string> {
	return { ...panelCssVars(), ...tourCssVars() };
}

function rule(selector: string, props: Record<string, string>, indent = ''): string {
	const body = Object.entries(props)
		.map(([name, value]) => `${indent}\t${name}: ${value};`)
		.join('\n');
	return `${indent}${selector} {\n${body}\n${indent}}`;
}

/**
 * The stylesheet: light values on :root, dark ones under prefers-color-scheme, paper's under
 * print (as `html:root`, which outranks the dark rule whatever the scheme).
 */
export function tokensCss(): string {
	// A voice's colour as --voice, for the element marked with the voice's colour token
	// (voices.yaml `colour`) and everything inside it: a data attribute, since the CSP blocks
	// style attributes.
	const voices = Object.keys(VOICE_PALETTES.light).map((token) =>
		rule(`[data-voice-colour='${token}']`, { '--voice': `var(--${token})` })
	);
	return [
		'/* Generated from src/lib/styles/tokens.ts and src/lib/map/palette.ts: edit those. */',
		rule(':root', { ...schemeProperties(PAGE_COLOURS.light, 'light'), ...sizeProperties() }),
		`@media (prefers-color-scheme: dark) {\n${rule(':root', schemeProperties(PAGE_COLOURS.dark, 'dark'), '\t')}\n}`,
		`@media print {\n${rule('html:root', schemeProperties(PAPER_COLOURS, 'light'), '\t')}\n}`,
		...voices,
		''
	].join('\n');
}
