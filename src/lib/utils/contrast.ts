/**
 * WCAG 2 contrast between two sRGB colours, for palette checks (map labels against their halos).
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** "#rrggbb" (or "#rgb") to [r, g, b] in 0..255. */
export function parseHex(hex: string): [number, number, number] {
	const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(hex);
	const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	const m = long ?? (short && [short[0], ...short.slice(1).map((c) => c + c)]);
	if (!m) throw new Error(`Expected a #rrggbb or #rgb colour, got "${hex}"`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Relative luminance (0 black .. 1 white) of an sRGB colour. */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio, 1 (same) .. 21 (black on white); symmetric in its arguments. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (hi + 0.05) / (lo + 0.05);
}
