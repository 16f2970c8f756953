import { describe, expect, it } from 'vitest';
import {
	placeColor,
	placeRadius,
	placeStrokeColor,
	placeStrokeWidth
} from '../../../src/lib/map/placeKinds';
import { KIND_RADIUS } from '../../../src/lib/map/placeKindSizes';
import { evaluate } from './helpers';

const colours = { placeDot: '#111111', minorPlaceDot: '#666666', site: '#aa3300', halo: '#ffffff' };
const colour = (kind: string | undefined, label = false) =>
	evaluate('paint_circle', 'circle-color', placeColor(colours), { kind, label });
const hex = (c: unknown) => {
	const { r, g, b, a } = c as { r: number; g: number; b: number; a: number };
	return a === 0
		? 'transparent'
		: `#${[r, g, b]
				.map((x) =>
					Math.round(x * 255)
						.toString(16)
						.padStart(2, '0')
				)
				.join('')}`;
};

describe('place dots by kind', () => {
	it('sizes capitals over cities over towns, at both ends of the zoom range', () => {
		const r = (kind: string, zoom: number) =>
			evaluate('paint_circle', 'circle-radius', placeRadius(), { kind }, zoom) as number;
		expect(r('capital', 3)).toBe(KIND_RADIUS.capital![0]);
		expect(r('capital', 8)).toBe(KIND_RADIUS.capital![1]);
		expect(r('capital', 5)).toBeGreaterThan(r('city', 5));
		expect(r('city', 5)).toBeGreaterThan(r('town', 5));
	});

	it('falls back to the labelled/unlabelled sizes for places without a kind', () => {
		const r = (label: boolean) =>
			evaluate('paint_circle', 'circle-radius', placeRadius(), { label }, 8) as number;
		expect(r(true)).toBe(4.8);
		expect(r(false)).toBe(3.6);
	});

	it('colours solid kinds and leaves areas hollow, outlined', () => {
		expect(hex(colour('capital'))).toBe('#111111');
		expect(hex(colour('town'))).toBe('#666666');
		expect(hex(colour('site'))).toBe('#aa3300');
		expect(hex(colour('corridor'))).toBe('transparent');
		expect(hex(colour(undefined, true))).toBe('#111111');
		const stroke = (kind: string) =>
			hex(evaluate('paint_circle', 'circle-stroke-color', placeStrokeColor(colours), { kind }));
		expect(stroke('district')).toBe('#111111');
		expect(stroke('city')).toBe('#ffffff');
		expect(
			evaluate('paint_circle', 'circle-stroke-width', placeStrokeWidth(), { kind: 'corridor' })
		).toBeGreaterThan(
			evaluate('paint_circle', 'circle-stroke-width', placeStrokeWidth(), {
				kind: 'city'
			}) as number
		);
	});
});
