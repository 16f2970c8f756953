import { describe, expect, it } from 'vitest';
import { INITIAL_BOUNDS } from '../../../src/lib/geo/region';
import { DRAW_BOUNDS } from '../../../src/lib/map/static/build';
import { staticProjection } from '../../../src/lib/map/static/project';
import {
	IDENTITY,
	constrain,
	frameBox,
	project,
	scaleRange,
	screenPoint,
	transformFromView,
	unproject,
	viewFromTransform,
	zoomAround,
	type StaticFrame,
	type ZoomTransform
} from '../../../src/lib/map/static/view';

const built = staticProjection(INITIAL_BOUNDS, DRAW_BOUNDS);
const frame: StaticFrame = {
	width: built.width,
	height: built.height,
	extent: built.extent,
	scale: built.projection.scale(),
	translate: built.projection.translate() as [number, number]
};
const DESKTOP = { width: 980, height: 820 };
const PHONE = { width: 375, height: 400 };

/**
 * Where MapLibre draws a lon/lat for a center and zoom (Web Mercator, 512 px tiles), written
 * from its definition, independently of view.ts.
 */
function maplibrePoint(
	view: { lon: number; lat: number; zoom: number },
	size: { width: number; height: number },
	lon: number,
	lat: number
): [number, number] {
	const world = 512 * 2 ** view.zoom;
	const mx = (l: number) => ((l + 180) / 360) * world;
	const my = (l: number) =>
		((1 - Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) / Math.PI) / 2) * world;
	return [size.width / 2 + mx(lon) - mx(view.lon), size.height / 2 + my(lat) - my(view.lat)];
}

const KABUL: [number, number] = [69.18, 34.53];
const BAKU: [number, number] = [49.87, 40.41];

describe('the static map projection in the browser', () => {
	it('projects and unprojects as the build’s d3 geoMercator does', () => {
		for (const [lon, lat] of [KABUL, BAKU, [60, 20] as [number, number]]) {
			const [x, y] = built.projection([lon, lat])!;
			const [px, py] = project(frame, lon, lat);
			expect(px).toBeCloseTo(x, 6);
			expect(py).toBeCloseTo(y, 6);
			const [l, b] = unproject(frame, x, y);
			expect(l).toBeCloseTo(lon, 6);
			expect(b).toBeCloseTo(lat, 6);
		}
	});

	it('fits the frame "meet" into the container, centred', () => {
		const box = frameBox(frame, PHONE);
		expect(box.width).toBeCloseTo(375, 6);
		expect(box.left).toBe(0);
		expect(box.top).toBeCloseTo((400 - box.height) / 2, 6);
		const wide = frameBox(frame, DESKTOP);
		expect(wide.width).toBeLessThanOrEqual(DESKTOP.width);
		expect(wide.height).toBeLessThanOrEqual(DESKTOP.height);
		expect(Math.min(DESKTOP.width - wide.width, DESKTOP.height - wide.height)).toBeCloseTo(0, 6);
	});
});

describe('transforms and MapLibre views', () => {
	for (const [name, size] of [
		['desktop', DESKTOP],
		['phone', PHONE]
	] as const) {
		it(`the first view is MapLibre's view of the same place at the same scale (${name})`, () => {
			const view = viewFromTransform(IDENTITY, frame, size);
			// Every point lands where MapLibre would draw it with that centre and zoom.
			for (const [lon, lat] of [KABUL, BAKU]) {
				const [sx, sy] = screenPoint(IDENTITY, frame, size, lon, lat);
				const [mx, my] = maplibrePoint(view, size, lon, lat);
				expect(Math.abs(sx - mx)).toBeLessThan(0.01);
				expect(Math.abs(sy - my)).toBeLessThan(0.01);
			}
			// About what fitBounds gives for the first view's box: the frame's own size.
			const [west] = screenPoint(IDENTITY, frame, size, INITIAL_BOUNDS[0][0], 30);
			const [east] = screenPoint(IDENTITY, frame, size, INITIAL_BOUNDS[1][0], 30);
			const box = frameBox(frame, size);
			expect(east - west).toBeLessThan(box.width);
			expect(east - west).toBeGreaterThan(box.width * 0.9);
		});

		it(`a panned and zoomed transform keeps points where MapLibre draws them (${name})`, () => {
			const t: ZoomTransform = zoomAround({ k: 1, x: -40, y: 25 }, 3.2, [100, 150]);
			const view = viewFromTransform(t, frame, size);
			for (const [lon, lat] of [KABUL, BAKU]) {
				const [sx, sy] = screenPoint(t, frame, size, lon, lat);
				const [mx, my] = maplibrePoint(view, size, lon, lat);
				expect(Math.abs(sx - mx)).toBeLessThan(0.01);
				expect(Math.abs(sy - my)).toBeLessThan(0.01);
			}
		});

		it(`a view round-trips through a transform (${name})`, () => {
			const view = { lon: 62.2, lat: 34.35, zoom: 6.4 };
			const t = transformFromView(view, frame, size);
			const back = viewFromTransform(t, frame, size);
			expect(back.lon).toBeCloseTo(view.lon, 9);
			expect(back.lat).toBeCloseTo(view.lat, 9);
			expect(back.zoom).toBeCloseTo(view.zoom, 9);
		});
	}

	it('one zoom level more is twice the scale', () => {
		const a = viewFromTransform(IDENTITY, frame, DESKTOP);
		const b = viewFromTransform({ k: 2, x: 0, y: 0 }, frame, DESKTOP);
		expect(b.zoom - a.zoom).toBeCloseTo(1, 9);
	});
});

describe('zooming and panning', () => {
	it('zooms around a point that stays put', () => {
		const t = zoomAround({ k: 1.5, x: 10, y: -20 }, 2, [300, 200]);
		expect(t.k).toBe(3);
		// The screen point 300,200 shows the same first-view pixel before and after.
		expect((300 - t.x) / t.k).toBeCloseTo((300 - 10) / 1.5, 9);
		expect((200 - t.y) / t.k).toBeCloseTo((200 + 20) / 1.5, 9);
	});

	it('clamps the scale to the zoom limits', () => {
		const range = scaleRange(frame, DESKTOP, 2.5, 8);
		const out = constrain({ k: 1000, x: 0, y: 0 }, frame, DESKTOP, range);
		expect(viewFromTransform(out, frame, DESKTOP).zoom).toBeCloseTo(8, 9);
		const low = constrain({ k: 0.001, x: 0, y: 0 }, frame, DESKTOP, range);
		expect(viewFromTransform(low, frame, DESKTOP).zoom).toBeCloseTo(2.5, 9);
	});

	it('keeps the screen inside the drawn extent', () => {
		const range = scaleRange(frame, PHONE, 2.5, 8);
		const far = constrain({ k: 4, x: 100_000, y: -100_000 }, frame, PHONE, range);
		const box = frameBox(frame, PHONE);
		// The screen's top-left corner is the extent's left edge, its bottom the extent's bottom.
		const left = (0 - far.x) / far.k;
		const bottom = (PHONE.height - far.y) / far.k;
		expect(left).toBeCloseTo(box.left + frame.extent[0] * box.unit, 6);
		expect(bottom).toBeCloseTo(box.top + frame.extent[3] * box.unit, 6);
		// A transform inside the extent is left alone.
		const inside = { k: 2, x: -200, y: -150 };
		expect(constrain(inside, frame, PHONE, range)).toEqual(inside);
	});
});
