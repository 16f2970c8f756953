/**
 * How the style draws an overlay (overlays.yaml): a tint or a hatch over the country fills, an
 * outline over the borders (dashed when approximate), and its label; and the hatch image, made
 * in code (no sprite).
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { byZoom } from './expressions';
import { FONT } from './fonts';
import { hatchImageId, overlayIds } from './ids';
import { TINT_OPACITY, overlayColour, type OverlayColour, type Palette } from './palette';
import type { OverlayLook } from './data';

/** The halo of every label on the map. */
export const LABEL_HALO = { 'text-halo-width': 1.4, 'text-halo-blur': 0.4 } as const;

/** An overlay's fill, over the country fills and under the lines. */
export function overlayFillLayer(o: OverlayLook, p: Palette): LayerSpecification {
	const ids = overlayIds(o.id);
	return o.style === 'hatch'
		? {
				id: ids.fill,
				type: 'fill',
				source: ids.source,
				metadata: { overlay: o },
				paint: { 'fill-pattern': hatchImageId(o.colour), 'fill-opacity': 0.9 }
			}
		: {
				id: ids.fill,
				type: 'fill',
				source: ids.source,
				metadata: { overlay: o },
				paint: { 'fill-color': overlayColour(p, o.colour), 'fill-opacity': TINT_OPACITY }
			};
}

/** An overlay's outline, over the borders; dashed when it is approximate. */
export function overlayOutlineLayer(o: OverlayLook, p: Palette): LayerSpecification {
	const ids = overlayIds(o.id);
	return {
		id: ids.outline,
		type: 'line',
		source: ids.source,
		layout: { 'line-join': 'round' },
		paint: {
			'line-color': overlayColour(p, o.colour),
			'line-width': byZoom(3, 1.2, 8, 2.2),
			...(o.approximate ? { 'line-dasharray': [3, 2] } : {}),
			'line-opacity': 0.85
		}
	};
}

/** An overlay's label: placed before the cities (it sits above them), moving to find room. */
export function overlayLabelLayer(o: OverlayLook, p: Palette): LayerSpecification {
	return {
		id: overlayIds(o.id).label,
		type: 'symbol',
		source: overlayIds(o.id).labelSource,
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [FONT.italic],
			'text-size': byZoom(3, 11, 8, 15),
			'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
			'text-radial-offset': 1.2,
			'text-max-width': 12,
			'text-line-height': 1.15
		},
		paint: { 'text-color': overlayColour(p, o.colour), 'text-halo-color': p.halo, ...LABEL_HALO }
	};
}

/** The hatch image of an overlay colour (hatchImageId) in the palette, at pixel ratio 2. */
export function hatchImage(
	palette: Palette,
	colour: OverlayColour
): ReturnType<typeof hatchPixels> {
	return hatchPixels(20, overlayColour(palette, colour), 0.5, 10);
}

/**
 * RGBA pixels of the diagonal hatch that fills a hatched overlay: thin lines in `color` on a
 * transparent tile, so the country colours show through. Generated in code, no sprite needed.
 */
export function hatchPixels(
	size: number,
	color: string,
	alpha = 0.45,
	spacing = 6
): { width: number; height: number; data: Uint8ClampedArray } {
	const [r, g, b] = hexToRgb(color);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// Lines run bottom-left to top-right; the tile repeats seamlessly when size % spacing == 0.
			const d = (x + y) % spacing;
			const a = d === 0 ? alpha : d === 1 || d === spacing - 1 ? alpha * 0.35 : 0;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.round(a * 255);
		}
	}
	return { width: size, height: size, data };
}

/** "#rrggbb" to [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Expected a #rrggbb colour, got "${hex}"`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
