/**
 * How the static map's labels and dots look: each kind's sizes at each size tier of the frame,
 * line height and letter spacing, the dot and the active ring. The build's placement (layout.ts)
 * and the components that draw (StaticMapLabels, StaticMapPlaces) share these numbers.
 */
import type { LabelKind, LabelLine } from './types';

/**
 * How each kind of label is drawn, with its size in CSS pixels at each size tier (LABEL_TIERS):
 * the WebGL style's zoom-dependent sizes at the zoom its first view has on a phone, a tablet and
 * a desktop. StaticMap.svelte draws with these numbers.
 */
export const LABEL_STYLE: Readonly<
	Record<
		LabelKind,
		{
			sizes: readonly [number, number, number];
			localSizes: readonly [number, number, number];
			upper: boolean;
			italic: boolean;
			weight: number;
		}
	>
> = {
	focus: {
		sizes: [12, 13, 14],
		localSizes: [11.5, 12.5, 13.5],
		upper: true,
		italic: false,
		weight: 600
	},
	country: {
		sizes: [10, 10.5, 11.5],
		localSizes: [10, 10.5, 11.5],
		upper: true,
		italic: false,
		weight: 600
	},
	city: {
		sizes: [11, 11.5, 12],
		localSizes: [10.5, 11, 11.5],
		upper: false,
		italic: false,
		weight: 400
	},
	water: {
		sizes: [11.5, 12, 12.5],
		localSizes: [11, 11.5, 12],
		upper: false,
		italic: true,
		weight: 400
	},
	region: {
		sizes: [11, 11.5, 12],
		localSizes: [11, 11.5, 12],
		upper: false,
		italic: true,
		weight: 400
	}
};

/** Font size of a line at a tier, in CSS pixels. */
export function lineSize(kind: LabelKind, line: LabelLine, tier: number): number {
	const style = LABEL_STYLE[kind];
	const sizes = line.local ? style.localSizes : style.sizes;
	return sizes[Math.min(tier, sizes.length - 1)]!;
}

/** Radius of a key city's dot, in CSS pixels, for label offsets (dots.ts draws the dots). */
export const DOT_RADIUS = 3.6;

/** The ring around the active place, in CSS pixels (StaticMap.svelte draws it). */
export const ACTIVE_RING = { radius: 6.5, width: 2.5 } as const;

/**
 * How far other labels keep from a key city's dot: the active ring's outer edge, since
 * any key city may be ringed once a reader opens it, and the labels are placed before that.
 */
export const KEY_CITY_CLEARANCE = ACTIVE_RING.radius + ACTIVE_RING.width / 2;

/** Line height, in ems of each line's own size. */
export const LINE_HEIGHT = 1.2;
/** Letter spacing of upper-case labels, in ems (as the WebGL style's text-letter-spacing). */
export const UPPER_LETTER_SPACING = 0.08;

/**
 * Size tiers of the frame (the largest box of the viewBox's shape that fits the map's container),
 * by the least frame width in CSS pixels: a phone, a tablet or small window, a desktop. Labels are
 * placed at each tier's least width (wider frames only spread the points further apart), and
 * StaticMap.svelte switches tiers with container queries on the same widths.
 */
export const LABEL_TIERS = [360, 640, 900] as const;
