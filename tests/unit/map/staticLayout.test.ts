import { describe, expect, it } from 'vitest';
import {
	EDGE_MARGIN,
	anchorBox,
	measure,
	placeAt,
	placeLabels,
	type LabelCandidate
} from '../../../src/lib/map/static/layout';
import { LABEL_TIERS, lineSize } from '../../../src/lib/map/static/labelStyle';

const frame = { width: 600, height: 400 };
/** At the first tier (360 px wide) one user unit is 0.6 px. */
const TIER0_SCALE = LABEL_TIERS[0] / frame.width;

function city(name: string, x: number, y: number): LabelCandidate {
	return {
		kind: 'city',
		lines: [{ text: name }, { text: 'محلی', local: true, fromTier: 1 }],
		x,
		y,
		anchors: ['right', 'left'],
		offset: 6,
		placeId: name
	};
}

describe('measure', () => {
	it('grows with the text and the number of lines, and with the tier’s size', () => {
		const [w1, h1] = measure('city', [{ text: 'Herat' }], 0);
		const [w2] = measure('city', [{ text: 'Mazar-i-Sharif' }], 0);
		const [, h2] = measure('city', [{ text: 'Herat' }, { text: 'هرات', local: true }], 0);
		const [w3] = measure('city', [{ text: 'Herat' }], 2);
		expect(w2).toBeGreaterThan(w1 * 2);
		expect(h2).toBeGreaterThan(h1 * 1.8);
		expect(w3).toBeGreaterThan(w1);
	});

	it('counts upper-case labels wider (capitals and letter spacing)', () => {
		const [lower] = measure('city', [{ text: 'Tajikistan' }], 0);
		const [upper] = measure('focus', [{ text: 'Tajikistan' }], 0);
		expect(upper).toBeGreaterThan(lower * 1.2);
	});
});

describe('anchorBox', () => {
	it('puts a right-anchored label after the dot, its middle level with it', () => {
		const { rect, placement } = anchorBox('right', [40, 14], 6, 12);
		expect(rect).toEqual({ x0: 6, y0: -7, x1: 46, y1: 7 });
		expect(placement.anchor).toBe('start');
		expect(placement.dx).toBe(6);
		// The baseline sits inside the box, below its top.
		expect(placement.dy).toBeGreaterThan(-7);
		expect(placement.dy).toBeLessThan(7);
	});

	it('ends a left-anchored label before the dot and centres the others', () => {
		expect(anchorBox('left', [40, 14], 6, 12).rect.x1).toBe(-6);
		expect(anchorBox('left', [40, 14], 6, 12).placement.anchor).toBe('end');
		expect(anchorBox('center', [40, 14], 6, 12).rect.x0).toBe(-20);
		expect(anchorBox('above', [40, 14], 6, 12).rect.y1).toBe(-6);
		expect(anchorBox('below', [40, 14], 6, 12).rect.y0).toBe(6);
	});
});

describe('placeAt', () => {
	it('moves a label to its next anchor when the first collides, and drops it when none fit', () => {
		const a = city('Alpha', 200, 200);
		// 20 px to the left: its label on the right would run into Alpha's, so it goes left.
		const b = city('Beta', 200 - 20 / TIER0_SCALE, 200);
		// 20 px to the right: on Alpha's label either way.
		const c = city('Gamma', 200 + 20 / TIER0_SCALE, 200);
		const placed = placeAt([a, b, c], frame, LABEL_TIERS[0], [], 0);
		expect(placed[0]?.anchor).toBe('start');
		expect(placed[1]?.anchor).toBe('end');
		expect(placed[2]).toBeNull();
		// Alone, Beta and Gamma take their first choice.
		expect(placeAt([b], frame, LABEL_TIERS[0], [], 0)[0]?.anchor).toBe('start');
		expect(placeAt([c], frame, LABEL_TIERS[0], [], 0)[0]?.anchor).toBe('start');
	});

	it('keeps labels off other key cities’ dots but not off their own', () => {
		const label = city('Alpha', 200, 200);
		const ownDot = { x: 200, y: 200, radius: 4, placeId: 'Alpha' };
		expect(placeAt([label], frame, LABEL_TIERS[0], [ownDot], 0)[0]?.anchor).toBe('start');
		const dotOnTheRight = { x: 200 + 15 / TIER0_SCALE, y: 200, radius: 4, placeId: 'Beta' };
		expect(placeAt([label], frame, LABEL_TIERS[0], [dotOnTheRight], 0)[0]?.anchor).toBe('end');
	});

	it('drops labels that leave the frame, but moves a must-show label back in sideways', () => {
		const edge = city('Edge', 599, 200);
		const atLeft: LabelCandidate = {
			kind: 'focus',
			lines: [{ text: 'Azerbaijan' }],
			x: 5,
			y: 100,
			anchors: ['center'],
			always: true
		};
		const [edgePlaced] = placeAt([{ ...edge, anchors: ['right'] }], frame, 360, [], 0);
		expect(edgePlaced).toBeNull();
		const [forced] = placeAt([atLeft], frame, 360, [], 0);
		const [width] = measure('focus', atLeft.lines, 0);
		// Its left edge, x * scale + dx - width / 2, is back on the frame, clear of its edge.
		expect(5 * TIER0_SCALE + forced!.dx - width / 2).toBeCloseTo(EDGE_MARGIN, 0);
	});

	it('keeps every label clear of the frame’s side edges', () => {
		const [width] = measure('city', [{ text: 'Edge' }], 0);
		// Its right edge would be EDGE_MARGIN / 2 from the frame's: too close.
		const x = (360 - EDGE_MARGIN / 2 - width - 6) / TIER0_SCALE;
		const [placed] = placeAt([{ ...city('Edge', x, 200), anchors: ['right'] }], frame, 360, [], 0);
		expect(placed).toBeNull();
		const [inside] = placeAt(
			[{ ...city('Edge', x - EDGE_MARGIN / TIER0_SCALE, 200), anchors: ['right'] }],
			frame,
			360,
			[],
			0
		);
		expect(inside).not.toBeNull();
	});

	it('may cover a lesser place’s dot, but takes a free anchor that covers none first', () => {
		const label = city('Alpha', 200, 200);
		const minorOnTheRight = {
			x: 200 + 15 / TIER0_SCALE,
			y: 200,
			radius: 3,
			placeId: 'small',
			minor: true
		};
		const minorOnTheLeft = { ...minorOnTheRight, x: 200 - 15 / TIER0_SCALE };
		const place = (obstacles: (typeof minorOnTheRight)[]) =>
			placeAt([label], frame, LABEL_TIERS[0], obstacles, 0)[0];
		expect(place([minorOnTheRight])?.anchor).toBe('end');
		// Covered on both sides: still placed, at its first anchor.
		expect(place([minorOnTheRight, minorOnTheLeft])?.anchor).toBe('start');
	});

	it('moves a must-show label off a key city’s dot to the next anchor that is free', () => {
		const name: LabelCandidate = {
			kind: 'focus',
			lines: [{ text: 'Afghanistan' }, { text: 'افغانستان', local: true }],
			x: 300,
			y: 200,
			anchors: ['center', 'below', 'above'],
			offset: 8,
			always: true
		};
		const onTheCentre = { x: 300 - 20 / TIER0_SCALE, y: 200, radius: 4.6, placeId: 'herat' };
		const [placed] = placeAt([name], frame, LABEL_TIERS[0], [onTheCentre], 0);
		// Under its point: the first baseline is more than the offset below it.
		expect(placed!.anchor).toBe('middle');
		expect(placed!.dy).toBeGreaterThan(8);
		// With dots under and over it too, it takes the anchor with the fewest of them.
		const under = { ...onTheCentre, y: 200 + 20 / TIER0_SCALE };
		const over = { ...onTheCentre, y: 200 - 20 / TIER0_SCALE };
		const alsoOver = { ...over, x: 300 + 20 / TIER0_SCALE };
		const [crowded] = placeAt(
			[name],
			frame,
			LABEL_TIERS[0],
			[onTheCentre, under, over, alsoOver],
			0
		);
		expect(crowded).toEqual(placeAt([name], frame, LABEL_TIERS[0], [], 0)[0]);
	});

	it('steps a must-show label farther out before it covers a key city’s dot', () => {
		const region: LabelCandidate = {
			kind: 'region',
			lines: [{ text: 'Khorasan' }],
			x: 300,
			y: 200,
			anchors: ['center', 'above'],
			offset: 10,
			always: true
		};
		const [alone] = placeAt([region], frame, LABEL_TIERS[0], [], 0);
		expect(alone!.dy).toBeGreaterThan(0);
		// Dots on the point and just over it: the label goes over both, twice the offset out.
		const dot = (dy: number) => ({ x: 300, y: 200 + dy / TIER0_SCALE, radius: 4, placeId: 'x' });
		const [moved] = placeAt([region], frame, LABEL_TIERS[0], [dot(0), dot(-14)], 0);
		const above = (offset: number) =>
			anchorBox(
				'above',
				measure('region', region.lines, 0),
				offset,
				lineSize('region', region.lines[0]!, 0)
			).placement.dy;
		expect(moved!.dy).toBeCloseTo(above(20), 1);
		expect(moved!.dy).toBeLessThan(above(10));
	});

	it('places a must-show label even over another', () => {
		const first = city('Alpha', 200, 200);
		const region: LabelCandidate = {
			kind: 'region',
			lines: [{ text: 'Khorasan (approximate)' }],
			x: 200 + 30 / TIER0_SCALE,
			y: 200,
			anchors: ['center'],
			always: true
		};
		const placed = placeAt([first, region], frame, LABEL_TIERS[0], [], 0);
		expect(placed[1]).not.toBeNull();
	});
});

describe('placeLabels', () => {
	it('places at every tier, drops labels placed at none, and shows local names from tier 1', () => {
		const a = city('Alpha', 300, 200);
		const b = city('Beta', 300 + 40 / TIER0_SCALE, 200);
		const nowhere = { ...city('Outside', 900, 200), anchors: ['right' as const] };
		const labels = placeLabels([a, b, nowhere], frame);
		expect(labels.map((l) => l.lines[0]!.text)).toEqual(['Alpha', 'Beta']);
		for (const label of labels) expect(label.placements).toHaveLength(LABEL_TIERS.length);
		// With its local line (tier 1 on), Alpha's label is two lines tall: its baseline moves up.
		const [tier0, tier1] = labels[0]!.placements;
		expect(tier1!.dy).toBeLessThan(tier0!.dy);
	});
});
