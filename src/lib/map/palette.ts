/**
 * The map's colours, shared by the WebGL style (style.ts) and the static SVG map. Kept apart from
 * the style builder so that the static map, which paints before maplibre-gl loads, does not pull
 * the style code into the page's first JavaScript.
 */
import type { VoiceColour } from '../content/types.js';

/** Light-theme colours: muted neighbours, warm focus countries, soft blue water. */
export const PALETTE = {
	water: '#d3e3ec',
	coastline: '#a7c2d2',
	waterLabel: '#3b6580',
	land: '#ecebe6',
	focus: '#f3dcb4',
	highlight: '#e2dbcf',
	focusHighlight: '#f0d09c',
	selected: '#dd9a4c',
	selectedOutline: '#8a3b12',
	border: '#ffffff',
	focusBorder: '#c9a77a',
	overlay1: '#8a3b12',
	overlay2: '#5b3f8c',
	overlay3: '#195a4d',
	site: '#8a3b12',
	countryLabel: '#625d55',
	focusLabel: '#3a2d1f',
	placeDot: '#2a2520',
	minorPlaceDot: '#6f655a',
	placeActive: '#c0392b',
	placeLabel: '#1f1b17',
	halo: '#ffffff'
} as const;

export type Palette = { [K in keyof typeof PALETTE]: string };

/**
 * Dark-theme colours (prefers-color-scheme: dark): dark desaturated land, the focus countries a
 * dark warm brown, water darker and bluer than land, light labels on dark halos. Highlights are a
 * half-step lighter here, as they are a half-step darker in the light palette. Label colours keep
 * WCAG AA (4.5:1) against their halos (tests/unit/map/palette.test.ts).
 */
export const DARK_PALETTE: Palette = {
	water: '#0f1c26',
	coastline: '#2b4456',
	waterLabel: '#8fb1c7',
	land: '#2b2e33',
	focus: '#4a3b2b',
	highlight: '#363a40',
	focusHighlight: '#5a4833',
	selected: '#9a5a26',
	selectedOutline: '#f3b27a',
	border: '#4a4f57',
	focusBorder: '#7a6246',
	overlay1: '#f6b88a',
	overlay2: '#c9b3f0',
	overlay3: '#8fd8c4',
	site: '#f6b88a',
	countryLabel: '#aaa59d',
	focusLabel: '#f4e6cf',
	placeDot: '#efe9df',
	minorPlaceDot: '#b3ab9f',
	placeActive: '#ff7b6b',
	placeLabel: '#f2eee8',
	halo: '#121417'
};

/**
 * The colour tokens an overlay (overlays.yaml) may name, and the palette colour each stands for:
 * its outline, hatch or tint and label.
 */
export const OVERLAY_COLOURS = {
	'overlay-1': 'overlay1',
	'overlay-2': 'overlay2',
	'overlay-3': 'overlay3'
} as const satisfies Record<string, keyof typeof PALETTE>;

export type OverlayColour = keyof typeof OVERLAY_COLOURS;

/** The colour of an overlay's token in `palette`. */
export function overlayColour(palette: Palette, token: OverlayColour): string {
	return palette[OVERLAY_COLOURS[token]];
}

/** Opacity of a tint overlay's wash: the country colours stay readable under it. */
export const TINT_OPACITY = 0.18;

export type ColorScheme = 'light' | 'dark';

/** The map's palette for each colour scheme. */
export const PALETTES: Readonly<Record<ColorScheme, Palette>> = {
	light: PALETTE,
	dark: DARK_PALETTE
};

/**
 * The voices' colours (voices.yaml `colour`), for the page's text: each voice's name, group
 * headings and tour columns. styles/app.css and styles/print.css declare them as --voice-1 ...
 * --voice-6 (a unit test keeps them equal to this table); an element marked
 * data-voice-colour="voice-N" gets its voice's colour as --voice. Each reaches WCAG AA (4.5:1) on
 * the page's grounds in its scheme; print uses the light colours.
 */
export const VOICE_PALETTES: Readonly<Record<ColorScheme, Readonly<Record<VoiceColour, string>>>> =
	{
		light: {
			'voice-1': '#8a3b12',
			'voice-2': '#0b5e4a',
			'voice-3': '#1f4e8c',
			'voice-4': '#6b3fa0',
			'voice-5': '#6e5600',
			'voice-6': '#a3224a'
		},
		dark: {
			'voice-1': '#f0a06a',
			'voice-2': '#6fd3b5',
			'voice-3': '#8cb8ff',
			'voice-4': '#c9a2f2',
			'voice-5': '#e8c75a',
			'voice-6': '#ff8fab'
		}
	};

/** The voice colours as the CSS custom properties the stylesheets declare for a scheme. */
export function voiceCssVars(scheme: ColorScheme): Record<`--${VoiceColour}`, string> {
	const colours = VOICE_PALETTES[scheme];
	return Object.fromEntries(
		Object.entries(colours).map(([token, colour]) => [`--${token}`, colour])
	) as Record<`--${VoiceColour}`, string>;
}
