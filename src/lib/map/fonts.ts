/**
 * Map label fonts, served from our own origin (static/fonts/, copied from the @fontsource packages by
 * scripts/copy-fonts.js). MapLibre draws text with them through the style's `font-faces`
 * (https://maplibre.org/maplibre-style-spec/root/#font-faces): no glyph server, and the browser's own
 * text engine shapes Persian. A file is downloaded only when a label needs a codepoint it covers.
 */
import type { FontFacesSpecification } from '@maplibre/maplibre-gl-style-spec';

/** Folder under the site's assets path that holds the font files. */
export const FONT_DIR = 'fonts';

/** Font names used in `text-font`; each maps to the files below. */
export const FONT = {
	regular: 'Noto Sans Regular',
	semibold: 'Noto Sans SemiBold',
	italic: 'Noto Sans Italic'
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** One font file: where it comes from in node_modules and which codepoints it may draw. */
export interface FontFile {
	file: string;
	/** npm package it is copied from (its `files/` folder). */
	pkg: '@fontsource/noto-sans' | '@fontsource/noto-sans-arabic';
	/** CSS-style ranges, as the @fontsource CSS declares them for this subset. */
	unicodeRange: string[];
}

// Ranges copied from the packages' CSS so MapLibre picks the file that really has the glyph.
const LATIN = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];
const GREEK = ['U+0370-0377', 'U+037A-037F', 'U+0384-038A', 'U+038C', 'U+038E-03A1', 'U+03A3-03FF'];
// Persian letters, Arabic presentation forms and the joiners / direction marks Persian text uses.
const ARABIC = [
	'U+0600-06FF',
	'U+0750-077F',
	'U+0870-088E',
	'U+0890-0891',
	'U+0897-08E1',
	'U+08E3-08FF',
	'U+200C-200E',
	'U+2010-2011',
	'U+204F',
	'U+2E41',
	'U+FB50-FDFF',
	'U+FE70-FE74',
	'U+FE76-FEFC'
];

export const FONT_FILES = {
	latinRegular: {
		file: 'noto-sans-latin-400-normal.woff2',
		pkg: '@fontsource/noto-sans',
		unicodeRange: LATIN
	},
	latinSemibold: {
		file: 'noto-sans-latin-600-normal.woff2',
		pkg: '@fontsource/noto-sans',
		unicodeRange: LATIN
	},
	latinItalic: {
		file: 'noto-sans-latin-400-italic.woff2',
		pkg: '@fontsource/noto-sans',
		unicodeRange: LATIN
	},
	cyrillicRegular: {
		file: 'noto-sans-cyrillic-400-normal.woff2',
		pkg: '@fontsource/noto-sans',
		unicodeRange: CYRILLIC
	},
	greekRegular: {
		file: 'noto-sans-greek-400-normal.woff2',
		pkg: '@fontsource/noto-sans',
		unicodeRange: GREEK
	},
	arabicRegular: {
		file: 'noto-sans-arabic-arabic-400-normal.woff2',
		pkg: '@fontsource/noto-sans-arabic',
		unicodeRange: ARABIC
	}
} as const satisfies Record<string, FontFile>;

/**
 * Which files draw each font name, in lookup order. Arabic comes first so that the joiners and
 * direction marks (U+200C-200E, also inside the Latin subset's range) come from the Persian font.
 * Local names in other scripts are drawn at one weight only, to keep the bytes down (see fonts.md).
 */
export const FONT_STACKS: Record<FontName, FontFile[]> = {
	[FONT.regular]: [
		FONT_FILES.arabicRegular,
		FONT_FILES.latinRegular,
		FONT_FILES.cyrillicRegular,
		FONT_FILES.greekRegular
	],
	[FONT.semibold]: [
		FONT_FILES.arabicRegular,
		FONT_FILES.latinSemibold,
		FONT_FILES.cyrillicRegular,
		FONT_FILES.greekRegular
	],
	[FONT.italic]: [FONT_FILES.latinItalic]
};

/** Every file the map may load; scripts/copy-fonts.js must copy exactly these. */
export const ALL_FONT_FILES: readonly FontFile[] = Object.values(FONT_FILES);

/**
 * The style's `font-faces`, with URLs under `assetsUrl` (an absolute URL ending in "/", e.g. the
 * page's assets folder), so the fonts come from the same origin whatever the base path.
 */
export function fontFaces(assetsUrl: string): FontFacesSpecification {
	const base = assetsUrl.endsWith('/') ? assetsUrl : `${assetsUrl}/`;
	const faces: FontFacesSpecification = {};
	for (const [name, files] of Object.entries(FONT_STACKS)) {
		faces[name] = files.map((f) => ({
			url: `${base}${FONT_DIR}/${f.file}`,
			'unicode-range': [...f.unicodeRange]
		}));
	}
	return faces;
}
