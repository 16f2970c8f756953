import { describe, expect, it } from 'vitest';
import {
	DARK_PALETTE,
	PALETTE,
	PALETTES,
	overlayColour,
	type Palette
} from '../../../src/lib/map/palette';
import { hatchImage } from '../../../src/lib/map/overlayStyle';
import { buildStyle, paletteUpdates } from '../../../src/lib/map/style';
import { contrastRatio, parseHex, relativeLuminance } from '../../../src/lib/utils/contrast';
import { LAYER } from '../../../src/lib/map/ids';
import { realData } from './helpers';

const FOCUS = ['AFG', 'AZE', 'IRN', 'TJK'];

/** Each label colour against the halo MapLibre draws round it (style.ts) and the ground under it. */
const LABEL_PAIRS: readonly [keyof Palette, keyof Palette][] = [
	['focusLabel', 'focus'],
	['countryLabel', 'land'],
	['placeLabel', 'halo'],
	['placeLabel', 'focus'],
	['placeLabel', 'land'],
	['waterLabel', 'water'],
	// Overlay labels, on their halo and over any country; the focus countries are highlighted by
	// default, and a region's label may sit over them.
	...(['overlay1', 'overlay2', 'overlay3'] as const).flatMap(
		(overlay) =>
			[
				[overlay, 'halo'],
				[overlay, 'focus'],
				[overlay, 'land'],
				[overlay, 'focusHighlight']
			] as [keyof Palette, keyof Palette][]
	)
];

describe.each([
	['light', PALETTE as Palette],
	['dark', DARK_PALETTE]
])('%s palette', (scheme, p) => {
	it.each(LABEL_PAIRS)('%s on %s reaches WCAG AA for text (4.5:1)', (text, ground) => {
		expect(contrastRatio(p[text], p[ground])).toBeGreaterThanOrEqual(4.5);
	});

	it('has the same keys as the light palette, all #rrggbb', () => {
		expect(Object.keys(p).sort()).toEqual(Object.keys(PALETTE).sort());
		for (const value of Object.values(p)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('keeps water, neighbours and focus countries apart: focus warmer, water bluer', () => {
		expect(new Set([p.water, p.land, p.focus]).size).toBe(3);
		const [fr, , fb] = parseHex(p.focus);
		const [lr, , lb] = parseHex(p.land);
		const [wr, , wb] = parseHex(p.water);
		expect(fr - fb).toBeGreaterThan(lr - lb + 20);
		expect(wb - wr).toBeGreaterThan(15);
		expect(contrastRatio(p.focus, p.land)).toBeGreaterThan(1.1);
	});

	it('draws place dots that stand out from every country fill', () => {
		for (const ground of [p.land, p.focus, p.highlight, p.focusHighlight]) {
			expect(contrastRatio(p.placeDot, ground), ground).toBeGreaterThanOrEqual(4.5);
			expect(contrastRatio(p.placeActive, ground), ground).toBeGreaterThanOrEqual(3);
		}
	});

	it(`is what PALETTES.${scheme} gives`, () => {
		expect(PALETTES[scheme as 'light' | 'dark']).toBe(p);
	});
});

describe('dark palette', () => {
	it('is dark: land and water darker than any label, water darker than land', () => {
		const dark = DARK_PALETTE;
		expect(relativeLuminance(dark.land)).toBeLessThan(0.05);
		expect(relativeLuminance(dark.water)).toBeLessThan(relativeLuminance(dark.land));
		expect(relativeLuminance(dark.focusLabel)).toBeGreaterThan(0.5);
	});

	it('lifts highlights a half-step above their own colour (the light palette lowers them)', () => {
		const d = DARK_PALETTE;
		expect(relativeLuminance(d.highlight)).toBeGreaterThan(relativeLuminance(d.land));
		expect(relativeLuminance(d.focusHighlight)).toBeGreaterThan(relativeLuminance(d.focus));
		const l = PALETTE;
		expect(relativeLuminance(l.highlight)).toBeLessThan(relativeLuminance(l.land));
	});
});

describe('paletteUpdates', () => {
	const data = realData();
	/** Every colour paint property of a built style, as layer -> property -> value. */
	function colours(palette: Palette) {
		const style = buildStyle({ assetsUrl: '/', data, focus: FOCUS, palette });
		const out: Record<string, Record<string, unknown>> = {};
		for (const layer of style.layers) {
			const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
			for (const [k, v] of Object.entries(paint)) {
				if (k.endsWith('-color')) (out[layer.id] ??= {})[k] = v;
			}
		}
		return out;
	}

	it.each([
		['light', 'dark'],
		['dark', 'light']
	] as const)('turns a %s map into the %s style, property for property', (from, to) => {
		const patched = colours(PALETTES[from]);
		for (const { layer, property, value } of paletteUpdates(PALETTES[to], FOCUS, data.overlays)) {
			(patched[layer] ??= {})[property] = value;
		}
		expect(patched).toEqual(colours(PALETTES[to]));
		expect(patched).not.toEqual(colours(PALETTES[from]));
	});

	it('covers fills, lines, dots and every label layer', () => {
		const updates = paletteUpdates(DARK_PALETTE, FOCUS, data.overlays);
		const at = (layer: string, property: string) =>
			updates.find((u) => u.layer === layer && u.property === property)?.value;
		expect(at(LAYER.background, 'background-color')).toBe(DARK_PALETTE.water);
		expect(JSON.stringify(at(LAYER.countriesFill, 'fill-color'))).toContain(DARK_PALETTE.focus);
		expect(at(LAYER.borders, 'line-color')).toBe(DARK_PALETTE.border);
		expect(at(LAYER.placeLabels, 'text-color')).toBe(DARK_PALETTE.placeLabel);
		expect(at(LAYER.placeLabels, 'text-halo-color')).toBe(DARK_PALETTE.halo);
		expect(at(LAYER.focusLabels, 'text-halo-color')).toBe(DARK_PALETTE.focus);
		expect(at(LAYER.waterLabels, 'text-color')).toBe(DARK_PALETTE.waterLabel);
		// Only colours: never a width, an opacity or a pattern.
		expect(updates.every((u) => u.property.endsWith('-color'))).toBe(true);
	});
});

describe('hatchImage', () => {
	it.each(['overlay-1', 'overlay-2', 'overlay-3'] as const)(
		'draws the hatch in the palette’s %s colour',
		(colour) => {
			for (const p of [PALETTE, DARK_PALETTE]) {
				const { data } = hatchImage(p, colour);
				const [r, g, b] = parseHex(overlayColour(p, colour));
				const i = data.findIndex((_, k) => k % 4 === 3 && data[k]! > 0) - 3;
				expect([data[i], data[i + 1], data[i + 2]]).toEqual([r, g, b]);
			}
		}
	);
});
