import { describe, expect, it } from 'vitest';
import { validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { FONT } from '../../../src/lib/map/fonts';
import { LABEL_LAYERS, LAYER, SOURCE, hatchImageId, overlayIds } from '../../../src/lib/map/ids';
import { PALETTE } from '../../../src/lib/map/palette';
import { hatchPixels, hexToRgb } from '../../../src/lib/map/overlayStyle';
import { buildStyle } from '../../../src/lib/map/style';
import { realData } from './helpers';

const FOCUS = ['IRN', 'AZE', 'TJK', 'AFG'];
const ASSETS = 'https://example.test/base/';
const style = buildStyle({ assetsUrl: ASSETS, data: realData(), focus: FOCUS });
const layer = (id: string) => style.layers.find((l) => l.id === id) as LayerSpecification;

describe('buildStyle', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('is keyless and self-contained: no glyphs, sprite or tiles, every source inline GeoJSON', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const [id, source] of Object.entries(style.sources)) {
			expect(source.type, id).toBe('geojson');
			expect(typeof (source as { data: unknown }).data, id).toBe('object');
		}
	});

	it('loads fonts only from the assets URL it is given', () => {
		const urls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
			typeof faces === 'string' ? [faces] : faces.map((f) => f.url)
		);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url.startsWith(`${ASSETS}fonts/`)).toBe(true);
	});

	it('declares every font a symbol layer uses', () => {
		const declared = new Set(Object.keys(style['font-faces'] ?? {}));
		const used = JSON.stringify(style.layers).match(/Noto Sans [A-Za-z]+/g) ?? [];
		expect(used.length).toBeGreaterThan(0);
		for (const name of used) expect(declared, name).toContain(name);
		expect(declared).toEqual(new Set(Object.values(FONT)));
	});

	it('draws water as the background and fills below lines below labels', () => {
		expect(style.layers[0]).toMatchObject({
			type: 'background',
			paint: { 'background-color': PALETTE.water }
		});
		const kinds = style.layers.map((l) => l.type);
		const lastFill = kinds.lastIndexOf('fill');
		const firstLine = kinds.indexOf('line');
		const lastLine = kinds.lastIndexOf('line');
		const firstSymbol = kinds.indexOf('symbol');
		expect(lastFill).toBeLessThan(firstLine);
		expect(lastLine).toBeLessThan(firstSymbol);
	});

	it('gives each overlay its own fill, outline and label layers, named after its id', () => {
		const ids = overlayIds('khorasan');
		expect(layer(ids.outline)).toMatchObject({ type: 'line', source: ids.source });
		expect(layer(ids.fill)).toMatchObject({
			type: 'fill',
			source: ids.source,
			paint: { 'fill-pattern': hatchImageId('overlay-1') }
		});
		expect(layer(ids.label)).toMatchObject({ type: 'symbol', source: ids.labelSource });
		expect((layer(ids.outline) as { paint: Record<string, unknown> }).paint).toMatchObject({
			'line-color': PALETTE.overlay1,
			'line-dasharray': [3, 2]
		});
		expect(ids.fill).toBe('overlay-khorasan-fill');
	});

	it('draws no overlay layer or source for a story without overlays', () => {
		const data = { ...realData(), overlays: [] };
		const bare = buildStyle({ assetsUrl: ASSETS, data, focus: FOCUS });
		expect(validateStyleMin(bare)).toEqual([]);
		expect(bare.layers.filter((l) => l.id.startsWith('overlay-'))).toEqual([]);
		expect(Object.keys(bare.sources).filter((id) => id.startsWith('overlay-'))).toEqual([]);
		expect(bare.layers.length).toBe(style.layers.length - 3);
	});

	it('draws a tint as a wash of its colour, and a solid outline when it is not approximate', () => {
		const data = realData();
		const khorasan = data.overlays[0]!;
		const other = {
			...khorasan,
			id: 'second',
			style: 'tint' as const,
			colour: 'overlay-2' as const,
			approximate: false
		};
		const two = buildStyle({
			assetsUrl: ASSETS,
			data: { ...data, overlays: [khorasan, other] },
			focus: FOCUS
		});
		expect(validateStyleMin(two)).toEqual([]);
		const at = (id: string) => two.layers.find((l) => l.id === id) as LayerSpecification;
		const ids = overlayIds('second');
		expect(at(ids.fill)).toMatchObject({
			paint: { 'fill-color': PALETTE.overlay2, 'fill-opacity': 0.18 }
		});
		const paint = (at(ids.outline) as { paint: Record<string, unknown> }).paint;
		expect(paint['line-color']).toBe(PALETTE.overlay2);
		expect(paint['line-dasharray']).toBeUndefined();
		// Drawn in their order: the second over the first, fills under lines under labels.
		const order = two.layers.map((l) => l.id);
		const khorasanIds = overlayIds('khorasan');
		expect(order.indexOf(khorasanIds.fill)).toBeLessThan(order.indexOf(ids.fill));
		expect(order.indexOf(ids.fill)).toBeLessThan(order.indexOf(LAYER.coastline));
		expect(order.indexOf(ids.outline)).toBeGreaterThan(order.indexOf(LAYER.borders));
		expect(order.indexOf(ids.label)).toBeGreaterThan(order.indexOf(LAYER.countryLabels));
		expect(order.indexOf(ids.label)).toBeLessThan(order.indexOf(LAYER.focusLabels));
	});

	it('draws borders from the mesh source, not from the country polygons', () => {
		expect(layer(LAYER.borders)).toMatchObject({ type: 'line', source: SOURCE.borders });
	});

	it('has every label layer the ids module lists', () => {
		for (const id of LABEL_LAYERS) expect(layer(id)?.type, id).toBe('symbol');
	});

	it('places focus-country names above everything else (they win label collisions)', () => {
		expect(style.layers.at(-1)?.id).toBe(LAYER.focusLabels);
	});

	it('starts with nothing highlighted or selected unless asked', () => {
		expect((layer(LAYER.countriesHighlight) as { filter: unknown }).filter).toBe(false);
		const selected = buildStyle({
			assetsUrl: ASSETS,
			data: realData(),
			focus: FOCUS,
			selected: 'IRN'
		});
		expect(
			(selected.layers.find((l) => l.id === LAYER.countriesSelected) as { filter: unknown }).filter
		).toEqual(['==', ['get', 'iso3'], 'IRN']);
	});
});

describe('PALETTE', () => {
	const lum = (hex: string) => {
		const [r, g, b] = hexToRgb(hex).map((c) => {
			const s = c / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const contrast = (a: string, b: string) => {
		const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
		return (x + 0.05) / (y + 0.05);
	};

	it('keeps water, neighbours and focus countries distinguishable', () => {
		const colours = new Set([PALETTE.water, PALETTE.land, PALETTE.focus]);
		expect(colours.size).toBe(3);
		// Focus countries are warmer (more red than blue) than the neighbours.
		const [fr, , fb] = hexToRgb(PALETTE.focus);
		const [lr, , lb] = hexToRgb(PALETTE.land);
		expect(fr - fb).toBeGreaterThan(lr - lb + 30);
		// Water is bluer than land.
		const [wr, , wb] = hexToRgb(PALETTE.water);
		expect(wb - wr).toBeGreaterThan(15);
	});

	it('keeps label text readable on its background (WCAG AA for text)', () => {
		expect(contrast(PALETTE.focusLabel, PALETTE.focus)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(PALETTE.placeLabel, PALETTE.focus)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(PALETTE.countryLabel, PALETTE.land)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.waterLabel, PALETTE.water)).toBeGreaterThanOrEqual(3);
		expect(contrast(PALETTE.overlay1, PALETTE.focus)).toBeGreaterThanOrEqual(4.5);
	});
});

describe('hatchPixels', () => {
	it('draws diagonal lines of the given colour on a transparent tile', () => {
		const { width, height, data } = hatchPixels(20, '#8a3b12', 0.5, 10);
		expect([width, height, data.length]).toEqual([20, 20, 20 * 20 * 4]);
		const alphaAt = (x: number, y: number) => data[(y * width + x) * 4 + 3];
		expect(alphaAt(0, 0)).toBe(128);
		expect(alphaAt(3, 7)).toBe(128); // 3 + 7 = 10: on the next line
		expect(alphaAt(5, 0)).toBe(0);
		expect([data[0], data[1], data[2]]).toEqual([0x8a, 0x3b, 0x12]);
	});
	it('tiles seamlessly: each line leaving the right edge comes back in at the left', () => {
		const alpha = (tile: ReturnType<typeof hatchPixels>, x: number, y: number) =>
			tile.data[(y * tile.width + x) * 4 + 3];
		const seamless = (tile: ReturnType<typeof hatchPixels>) => {
			const w = tile.width;
			for (let y = 1; y < w; y++) if (alpha(tile, w - 1, y) !== alpha(tile, 0, y - 1)) return false;
			return true;
		};
		expect(seamless(hatchPixels(20, '#000000', 0.5, 10))).toBe(true);
		expect(seamless(hatchPixels(21, '#000000', 0.5, 10))).toBe(false);
	});
	it('rejects colours that are not #rrggbb', () => {
		expect(() => hexToRgb('red')).toThrow(/#rrggbb/);
	});
});
