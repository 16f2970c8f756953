/**
 * The static map's pan and zoom, and how it maps to the WebGL map's view (MapLibre's center and
 * zoom, the URL's `view=`). Pure: no DOM.
 *
 * A transform says where the static map's first view (the frame, fitted "meet" into the
 * container) is drawn now: a point at container pixel `p` in the first view is at `k * p + (x, y)`
 * on screen. The frame's projection is the build's Web Mercator (project.ts), so a transform's
 * pixels per projected unit give MapLibre's zoom: its world is 512 * 2^zoom pixels wide.
 */
import type { ViewState } from '$lib/story/view';
import type { Box } from './types';

export interface ZoomTransform {
	k: number;
	x: number;
	y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** What the static map's frame is, in SVG user units: its size and its Mercator projection. */
export interface StaticFrame {
	width: number;
	height: number;
	/** d3 geoMercator's scale (user units per radian) and translate (user units). */
	scale: number;
	translate: [number, number];
	/** The drawn area, in user units: panning keeps the screen inside it where it can. */
	extent: Box;
}

/** A size in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}

/** MapLibre's tile size: the world is TILE_SIZE * 2^zoom pixels wide. */
const TILE_SIZE = 512;

/** Where the frame sits in the container at the first view ("meet"), and its pixels per unit. */
export function frameBox(frame: StaticFrame, size: Size) {
	const unit = Math.min(size.width / frame.width, size.height / frame.height);
	const width = frame.width * unit;
	const height = frame.height * unit;
	return { left: (size.width - width) / 2, top: (size.height - height) / 2, width, height, unit };
}

const RAD = Math.PI / 180;

/** A lon/lat in frame user units, with the frame's Mercator. */
export function project(frame: StaticFrame, lon: number, lat: number): [number, number] {
	return [
		frame.translate[0] + frame.scale * lon * RAD,
		frame.translate[1] - frame.scale * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2))
	];
}

/** The lon/lat of a point in frame user units. */
export function unproject(frame: StaticFrame, x: number, y: number): [number, number] {
	const lon = (x - frame.translate[0]) / frame.scale / RAD;
	const lat = (2 * Math.atan(Math.exp((frame.translate[1] - y) / frame.scale)) - Math.PI / 2) / RAD;
	return [lon, lat];
}

/** MapLibre's zoom at which the world is as wide as the frame's is under `k`. */
function zoomOf(frame: StaticFrame, size: Size, k: number): number {
	const worldPx = 2 * Math.PI * frame.scale * frameBox(frame, size).unit * k;
	return Math.log2(worldPx / TILE_SIZE);
}

/** The scale factor that shows the map at MapLibre's `zoom`. */
export function scaleFor(frame: StaticFrame, size: Size, zoom: number): number {
	return 2 ** (zoom - zoomOf(frame, size, 1));
}

/** The view (center and zoom, as MapLibre and the URL have it) that a transform shows. */
export function viewFromTransform(t: ZoomTransform, frame: StaticFrame, size: Size): ViewState {
	const box = frameBox(frame, size);
	// The container's centre, back in first-view pixels, then in user units.
	const px = (size.width / 2 - t.x) / t.k;
	const py = (size.height / 2 - t.y) / t.k;
	const [lon, lat] = unproject(frame, (px - box.left) / box.unit, (py - box.top) / box.unit);
	return { lon, lat, zoom: zoomOf(frame, size, t.k) };
}

/** The transform that shows a view (the inverse of viewFromTransform). */
export function transformFromView(view: ViewState, frame: StaticFrame, size: Size): ZoomTransform {
	const box = frameBox(frame, size);
	const k = scaleFor(frame, size, view.zoom);
	const [ux, uy] = project(frame, view.lon, view.lat);
	const px = box.left + ux * box.unit;
	const py = box.top + uy * box.unit;
	return { k, x: size.width / 2 - k * px, y: size.height / 2 - k * py };
}

/** Where a lon/lat is on screen under a transform, in container pixels. */
export function screenPoint(
	t: ZoomTransform,
	frame: StaticFrame,
	size: Size,
	lon: number,
	lat: number
): [number, number] {
	const box = frameBox(frame, size);
	const [ux, uy] = project(frame, lon, lat);
	return [t.k * (box.left + ux * box.unit) + t.x, t.k * (box.top + uy * box.unit) + t.y];
}

/** Scales by `factor` around the screen point `at`, which stays where it is. */
export function zoomAround(t: ZoomTransform, factor: number, [ax, ay]: [number, number]) {
	const k = t.k * factor;
	return { k, x: ax - (ax - t.x) * factor, y: ay - (ay - t.y) * factor };
}

/** The zoom limits as scale factors, for MapLibre's minZoom and maxZoom. */
export function scaleRange(
	frame: StaticFrame,
	size: Size,
	minZoom: number,
	maxZoom: number
): [number, number] {
	return [scaleFor(frame, size, minZoom), scaleFor(frame, size, maxZoom)];
}

/**
 * Keeps a transform within the limits: `k` in `range`, and the screen inside the drawn extent
 * where it fits (centred on it where it does not), as d3-zoom's default constraint does.
 */
export function constrain(
	t: ZoomTransform,
	frame: StaticFrame,
	size: Size,
	range: [number, number]
): ZoomTransform {
	const k = Math.min(range[1], Math.max(range[0], t.k));
	// Keep the screen's centre where it was while the scale is clamped.
	let { x, y } = k === t.k ? t : zoomAround(t, k / t.k, [size.width / 2, size.height / 2]);
	const box = frameBox(frame, size);
	const [e0, f0, e1, f1] = frame.extent;
	/**
	 * One axis: the extent runs from `lo` to `hi` first-view pixels; `d0` and `d1` are how far
	 * the screen's edges (0 and `length`) fall past them.
	 */
	const fit = (shift: number, lo: number, hi: number, length: number) => {
		const d0 = (0 - shift) / k - lo;
		const d1 = (length - shift) / k - hi;
		const move = d1 > d0 ? (d0 + d1) / 2 : Math.min(0, d0) || Math.max(0, d1);
		return shift + k * move;
	};
	x = fit(x, box.left + e0 * box.unit, box.left + e1 * box.unit, size.width);
	y = fit(y, box.top + f0 * box.unit, box.top + f1 * box.unit, size.height);
	return { k, x, y };
}

/** The same transform, compared to the precision a screen shows. */
export function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
	return Math.abs(a.k - b.k) < 1e-6 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}

/** The frame of a built static map. */
export function staticFrame(data: {
	width: number;
	height: number;
	extent: Box;
	projection: { scale: number; translate: [number, number] };
}): StaticFrame {
	return {
		width: data.width,
		height: data.height,
		extent: data.extent,
		scale: data.projection.scale,
		translate: data.projection.translate
	};
}
