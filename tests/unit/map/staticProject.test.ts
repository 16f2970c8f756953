import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import type { Polygon } from 'geojson';
import { INITIAL_BOUNDS } from '../../../src/lib/geo/region';
import {
	CompactPath,
	FRAME_PADDING,
	FRAME_WIDTH,
	pathText,
	staticProjection
} from '../../../src/lib/map/static/project';
import { parsePath } from './staticPaths';

describe('CompactPath', () => {
	function draw(path: CompactPath, rings: [number, number][][], close = true) {
		for (const ring of rings) {
			ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
			if (close) path.closePath();
		}
		return path.result();
	}

	it('writes the first point absolute, the rest relative, without needless separators', () => {
		const d = draw(new CompactPath(0.1), [
			[
				[10, 20],
				[11.5, 18],
				[11.55, 18.04],
				[10, 20]
			]
		]);
		expect(d).toBe('M10 20l1.5-2 .1 0-1.6 2z');
	});

	it('starts later rings with a relative move from where the last one closed', () => {
		const d = draw(new CompactPath(0.1), [
			[
				[0, 0],
				[1, 0],
				[1, 1]
			],
			[
				[5, 5],
				[6, 5],
				[6, 6]
			]
		]);
		expect(d).toBe('M0 0l1 0 0 1zm5 5 1 0 0 1z');
	});

	it('drops points that round onto the previous one, without drift', () => {
		const points: [number, number][] = [[0, 0]];
		for (let i = 1; i <= 100; i++) points.push([i * 0.033, 0]);
		const d = draw(new CompactPath(0.1), [points], false);
		const [ring] = parsePath(d);
		const last = ring!.at(-1)!;
		expect(last[0]).toBeCloseTo(3.3, 6);
		expect(ring!.length).toBeLessThan(40);
	});

	it('matches d3-geo’s own path within the rounding step', () => {
		const projection = geoMercator().fitSize([600, 400], {
			type: 'MultiPoint',
			coordinates: [
				[40, 20],
				[80, 50]
			]
		});
		const polygon: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[50, 30],
					[60, 30.3],
					[61.234, 40.5],
					[52.01, 41.9],
					[50, 30]
				]
			]
		};
		const ours = parsePath(pathText(polygon, projection, 0.1))[0]!;
		const theirs = parsePath(geoPath(projection).digits(6)(polygon)!)[0]!;
		expect(ours.length).toBe(theirs.length);
		ours.forEach(([x, y], i) => {
			expect(Math.abs(x - theirs[i]![0])).toBeLessThanOrEqual(0.051);
			expect(Math.abs(y - theirs[i]![1])).toBeLessThanOrEqual(0.051);
		});
	});

	it('refuses points (d3 would draw them as circles)', () => {
		expect(() => new CompactPath().arc()).toThrow(/lines and polygons/);
	});
});

describe('staticProjection', () => {
	const draw: [[number, number], [number, number]] = [
		[34, 12],
		[86, 54]
	];
	const { projection, width, height, extent } = staticProjection(INITIAL_BOUNDS, draw);

	it('fits the first view into the frame with the padding, like fitBounds', () => {
		expect(width).toBe(FRAME_WIDTH);
		const [[w, s], [e, n]] = INITIAL_BOUNDS;
		const [x0, y0] = projection([w, n])!;
		const [x1, y1] = projection([e, s])!;
		expect(x0).toBeCloseTo(FRAME_PADDING, 0);
		expect(x1).toBeCloseTo(FRAME_WIDTH - FRAME_PADDING, 0);
		expect(y0).toBeGreaterThanOrEqual(FRAME_PADDING - 1);
		expect(y1).toBeLessThanOrEqual(height - FRAME_PADDING + 1);
		// Mercator: the frame's shape is that of the bounds, about 3:2 here.
		expect(width / height).toBeGreaterThan(1.4);
		expect(width / height).toBeLessThan(1.6);
	});

	it('draws a wider extent than the frame, and clips to it with straight edges', () => {
		const [x0, y0, x1, y1] = extent;
		expect(x0).toBeLessThan(0);
		expect(y0).toBeLessThan(0);
		expect(x1).toBeGreaterThan(width);
		expect(y1).toBeGreaterThan(height);
		const huge: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[20, 0],
					[20, 70],
					[100, 70],
					[100, 0],
					[20, 0]
				]
			]
		};
		const points = parsePath(pathText(huge, projection)).flat();
		expect(points.length).toBeGreaterThan(3);
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(x0 - 0.1);
			expect(x).toBeLessThanOrEqual(x1 + 0.1);
			expect(y).toBeGreaterThanOrEqual(y0 - 0.1);
			expect(y).toBeLessThanOrEqual(y1 + 0.1);
		}
	});

	it('gives nothing for a shape outside the extent', () => {
		// Rings run clockwise (d3-geo's spherical winding): this is a small square, not the globe minus one.
		const far: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0, 5],
					[5, 5],
					[5, 0],
					[0, 0]
				]
			]
		};
		expect(pathText(far, projection)).toBe('');
	});
});
