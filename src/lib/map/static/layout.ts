/**
 * Label placement for the static map, done once at build time. SVG text doesn't collide the way
 * MapLibre's symbols do, so this decides beforehand which labels fit, and where, at two reference
 * sizes of the frame: a phone's and a desktop's. Text widths are estimated from character counts
 * (no font metrics at build time), with a margin. Pure: no DOM, no d3.
 */
import type { OverlayColour } from '../palette';
import {
	LABEL_STYLE,
	LABEL_TIERS,
	LINE_HEIGHT,
	UPPER_LETTER_SPACING,
	lineSize
} from './labelStyle';
import type { LabelKind, LabelLine, LabelPlacement, StaticLabel } from './types';

/**
 * How far labels may reach beyond the frame's top and bottom, in CSS pixels: map panes are
 * taller than the frame's shape on phones and desktops alike, so there is room there.
 */
export const VERTICAL_SLACK = 24;

/**
 * Room kept between a label and the frame's left and right edges, in CSS pixels: the frame is
 * the map's own width on a phone, and a name flush with the screen's edge reads as cut off.
 */
export const EDGE_MARGIN = 6;

/** Where a label may sit around its point. */
export type AnchorName = 'center' | 'right' | 'left' | 'above' | 'below';

export interface LabelCandidate {
	kind: LabelKind;
	/** A region's colour token. */
	colour?: OverlayColour;
	lines: LabelLine[];
	/** Point in user units. */
	x: number;
	y: number;
	/** Tried in order; the first that fits wins. */
	anchors: readonly AnchorName[];
	/** Distance from the point for the non-centred anchors, in CSS pixels. */
	offset?: number;
	/**
	 * Placed even when no anchor is free (the focus countries' names, the overlays'): then at the anchor that collides with the fewest labels and dots.
	 */
	always?: boolean;
	/** Id of the place this label names, so that its own dot is not an obstacle. */
	placeId?: string;
}

/** A dot that labels must not cover, in user units. */
export interface Obstacle {
	x: number;
	y: number;
	/** Radius in CSS pixels. */
	radius: number;
	placeId?: string;
	/**
	 * A lesser place's dot: labels may cover it (MapLibre's do), but of the anchors that are
	 * free, one that covers fewer of these wins.
	 */
	minor?: boolean;
}

interface Rect {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Average advance of a character, in ems, by style: Noto Sans with a safety margin. */
function charWidth(kind: LabelKind, line: LabelLine): number {
	if (line.local) return 0.52;
	const style = LABEL_STYLE[kind];
	if (style.upper) return 0.64 + UPPER_LETTER_SPACING;
	return style.italic ? 0.55 : 0.57;
}

/** Estimated width and height of the lines at a tier, in CSS pixels. */
export function measure(
	kind: LabelKind,
	lines: readonly LabelLine[],
	tier: number
): [number, number] {
	let width = 0;
	let height = 0;
	for (const line of lines) {
		const size = lineSize(kind, line, tier);
		width = Math.max(width, [...line.text].length * charWidth(kind, line) * size);
		height += LINE_HEIGHT * size;
	}
	return [width, height];
}

/**
 * The box of the label around its point (in pixels relative to the point) and the placement that
 * draws it there: the first baseline sits one ascent (0.8 em) plus half the leading below the top.
 */
export function anchorBox(
	anchor: AnchorName,
	[width, height]: [number, number],
	offset: number,
	firstSize: number
): { rect: Rect; placement: LabelPlacement } {
	let left: number;
	let top: number;
	let textAnchor: LabelPlacement['anchor'];
	let dx: number;
	switch (anchor) {
		case 'right':
			[left, top, textAnchor, dx] = [offset, -height / 2, 'start', offset];
			break;
		case 'left':
			[left, top, textAnchor, dx] = [-offset - width, -height / 2, 'end', -offset];
			break;
		case 'above':
			[left, top, textAnchor, dx] = [-width / 2, -offset - height, 'middle', 0];
			break;
		case 'below':
			[left, top, textAnchor, dx] = [-width / 2, offset, 'middle', 0];
			break;
		default:
			[left, top, textAnchor, dx] = [-width / 2, -height / 2, 'middle', 0];
	}
	const baseline = top + (0.8 + (LINE_HEIGHT - 1) / 2) * firstSize;
	return {
		rect: { x0: left, y0: top, x1: left + width, y1: top + height },
		placement: { dx: round1(dx), dy: round1(baseline), anchor: textAnchor }
	};
}

function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

function overlaps(a: Rect, b: Rect, gap: number): boolean {
	return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
}

/** Greedy placement at one frame width (in CSS pixels); one placement (or null) per label. */
export function placeAt(
	candidates: readonly LabelCandidate[],
	frame: { width: number; height: number },
	frameWidthPx: number,
	obstacles: readonly Obstacle[],
	tier: number
): (LabelPlacement | null)[] {
	const scale = frameWidthPx / frame.width;
	const bounds: Rect = {
		x0: EDGE_MARGIN,
		y0: -VERTICAL_SLACK,
		x1: frame.width * scale - EDGE_MARGIN,
		y1: frame.height * scale + VERTICAL_SLACK
	};
	const placed: Rect[] = [];
	return candidates.map((candidate) => {
		const lines = candidate.lines.filter((l) => (l.fromTier ?? 0) <= tier);
		const size = measure(candidate.kind, lines, tier);
		const px = candidate.x * scale;
		const py = candidate.y * scale;
		const around = obstacles.filter(
			(o) => o.placeId === undefined || o.placeId !== candidate.placeId
		);
		const toRect = (o: Obstacle): Rect => ({
			x0: o.x * scale - o.radius,
			y0: o.y * scale - o.radius,
			x1: o.x * scale + o.radius,
			y1: o.y * scale + o.radius
		});
		const blockers = around.filter((o) => !o.minor).map(toRect);
		const lesser = around.filter((o) => o.minor).map(toRect);
		const optionsAt = (offset: number, anchors: readonly AnchorName[]) =>
			anchors.map((anchor) => {
				const { rect, placement } = anchorBox(
					anchor,
					size,
					offset,
					lineSize(candidate.kind, lines[0] ?? { text: '' }, tier)
				);
				const at = { x0: rect.x0 + px, y0: rect.y0 + py, x1: rect.x1 + px, y1: rect.y1 + py };
				// A label that must show but sticks out sideways is moved in, as MapLibre keeps it in
				// view; its collisions are those of where it is drawn.
				const shift = candidate.always
					? Math.max(bounds.x0 - at.x0, 0) - Math.max(at.x1 - bounds.x1, 0)
					: 0;
				const box = { ...at, x0: at.x0 + shift, x1: at.x1 + shift };
				const inside =
					box.x0 >= bounds.x0 - 0.01 &&
					box.y0 >= bounds.y0 &&
					box.x1 <= bounds.x1 + 0.01 &&
					box.y1 <= bounds.y1;
				const conflicts =
					placed.filter((r) => overlaps(r, box, 2)).length +
					blockers.filter((r) => overlaps(r, box, 0)).length;
				const drawn = shift ? { ...placement, dx: round1(placement.dx + shift) } : placement;
				const covered = lesser.filter((r) => overlaps(r, box, 0)).length;
				return { box, placement: drawn, inside, free: conflicts === 0, conflicts, covered };
			});
		const free = (options: ReturnType<typeof optionsAt>) =>
			fewest(options.filter((o) => o.inside && o.free));
		const options = optionsAt(candidate.offset ?? 0, candidate.anchors);
		let chosen = free(options);
		// A label that must show steps farther out from its point before it covers another.
		const aside = candidate.anchors.filter((a) => a !== 'center');
		for (const step of [2, 3]) {
			if (chosen || !candidate.always || !candidate.offset || !aside.length) break;
			const farther = optionsAt(candidate.offset * step, aside);
			chosen = free(farther);
			options.push(...farther);
		}
		chosen ??= candidate.always ? leastConflicts(options) : undefined;
		if (!chosen) return null;
		placed.push(chosen.box);
		return chosen.placement;
	});
}

interface Scored {
	inside: boolean;
	conflicts: number;
	covered: number;
}

/** The option that covers the fewest lesser dots, the earliest of equals. */
function fewest<T extends Scored>(options: T[]): T | undefined {
	return options.reduce<T | undefined>(
		(best, o) => (best === undefined || o.covered < best.covered ? o : best),
		undefined
	);
}

/** The option inside the bounds with the fewest conflicts (then lesser dots), else the first. */
function leastConflicts<T extends Scored>(options: T[]): T | undefined {
	const inside = options.filter((o) => o.inside);
	if (!inside.length) return options[0];
	const least = Math.min(...inside.map((o) => o.conflicts));
	return fewest(inside.filter((o) => o.conflicts === least));
}

/**
 * Places the labels at every size tier, in priority order (earlier wins), and keeps those shown
 * at one tier at least.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	frame: { width: number; height: number },
	obstacles: readonly Obstacle[] = []
): StaticLabel[] {
	const byTier = LABEL_TIERS.map((width, tier) =>
		placeAt(candidates, frame, width, obstacles, tier)
	);
	const labels: StaticLabel[] = [];
	candidates.forEach((c, i) => {
		const placements = byTier.map((placed) => placed[i] ?? null);
		if (placements.some(Boolean)) {
			const label: StaticLabel = { kind: c.kind, lines: c.lines, x: c.x, y: c.y, placements };
			if (c.colour) label.colour = c.colour;
			labels.push(label);
		}
	});
	return labels;
}
