/**
 * The static map's geometry maths: a Web Mercator projection fitted like the WebGL map's first
 * view, and compact SVG path strings. Runs at build time (prerendering) only, so d3-geo never
 * reaches the browser for the static map.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Bounds } from '$lib/geo/region';
import type { Box } from './types';

/** Width of the frame in SVG user units; its height follows from the fitted bounds. */
export const FRAME_WIDTH = 600;
/**
 * Margin around the fitted bounds, in user units. The WebGL map fits with 16 px of padding; at
 * the usual frame widths (360-1000 px, 0.6-1.7 px per unit) 12 units is about that.
 */
export const FRAME_PADDING = 12;
/** Path coordinates are rounded to this many user units: 0.1 is under 0.2 px on a desktop. */
export const PATH_PRECISION = 0.1;

export interface StaticProjection {
	projection: GeoProjection;
	/** The frame (the SVG viewBox): `fit` bounds plus padding, like the WebGL map's first view. */
	width: number;
	height: number;
	/** What is drawn, in user units: `draw` bounds projected; wider than the frame. */
	extent: Box;
}

/** The corners of a lon/lat box: Mercator maps it to a rectangle, so its corners fix the fit. */
function corners([[w, s], [e, n]]: Readonly<Bounds>): GeoPermissibleObjects {
	return {
		type: 'MultiPoint',
		coordinates: [
			[w, s],
			[e, n]
		]
	};
}

/**
 * Web Mercator (the WebGL map's projection) fitted so that `fit` fills a frame FRAME_WIDTH wide,
 * and clipped to `draw`. Clipping in projected space (clipExtent) gives straight edges; the
 * countries' own cut edges (CLIP_BOX) lie outside `draw` and never show.
 */
export function staticProjection(fit: Readonly<Bounds>, draw: Readonly<Bounds>): StaticProjection {
	const inner = FRAME_WIDTH - 2 * FRAME_PADDING;
	const projection = geoMercator().fitWidth(inner, corners(fit));
	const [, top] = projection([fit[0][0], fit[1][1]])!;
	const [, bottom] = projection([fit[0][0], fit[0][1]])!;
	const height = Math.round(bottom - top + 2 * FRAME_PADDING);
	projection.fitExtent(
		[
			[FRAME_PADDING, FRAME_PADDING],
			[FRAME_WIDTH - FRAME_PADDING, height - FRAME_PADDING]
		],
		corners(fit)
	);
	const [x0, y0] = projection([draw[0][0], draw[1][1]])!;
	const [x1, y1] = projection([draw[1][0], draw[0][1]])!;
	const extent: Box = [round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)];
	projection.clipExtent([
		[extent[0], extent[1]],
		[extent[2], extent[3]]
	]);
	return { projection, width: FRAME_WIDTH, height, extent };
}

/** Rounds to `digits` decimals. */
export function round(value: number, digits: number): number {
	const k = 10 ** digits;
	return Math.round(value * k) / k;
}

/**
 * A d3-geo path context that writes the shortest SVG path text it can: the first point of each
 * ring absolute, the rest relative, in steps of `precision` units, with implicit line commands
 * and no separators where the grammar doesn't need them ("l1.5-2.5.5" is three numbers). Rounding
 * happens on absolute positions, so relative steps never drift. Points that round onto the
 * previous one are dropped.
 */
export class CompactPath {
	readonly #step: number;
	readonly #digits: number;
	#out = '';
	/** Current and subpath start positions, in steps. */
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;
	/** After an absolute "M", the implicit command is an absolute L: write one "l" first. */
	#needsL = false;
	#previousNumber = '';

	constructor(precision = PATH_PRECISION) {
		this.#step = precision;
		this.#digits = Math.max(0, Math.ceil(-Math.log10(precision) - 1e-9));
	}

	#number(steps: number): string {
		let text = String(round(steps * this.#step, this.#digits));
		if (text.startsWith('0.')) text = text.slice(1);
		else if (text.startsWith('-0.')) text = '-' + text.slice(2);
		const needsSpace =
			this.#previousNumber !== '' &&
			!text.startsWith('-') &&
			!(text.startsWith('.') && this.#previousNumber.includes('.'));
		this.#previousNumber = text;
		return (needsSpace ? ' ' : '') + text;
	}

	#command(letter: string): void {
		this.#out += letter;
		this.#previousNumber = '';
	}

	moveTo(x: number, y: number): void {
		const sx = Math.round(x / this.#step);
		const sy = Math.round(y / this.#step);
		if (this.#out === '') {
			this.#command('M');
			this.#out += this.#number(sx) + this.#number(sy);
			this.#needsL = true;
		} else {
			// Relative "m": the pairs after it are relative lines, no "l" needed.
			this.#command('m');
			this.#out += this.#number(sx - this.#x) + this.#number(sy - this.#y);
			this.#needsL = false;
		}
		this.#x = this.#startX = sx;
		this.#y = this.#startY = sy;
	}

	lineTo(x: number, y: number): void {
		const sx = Math.round(x / this.#step);
		const sy = Math.round(y / this.#step);
		if (sx === this.#x && sy === this.#y) return;
		if (this.#needsL) {
			this.#command('l');
			this.#needsL = false;
		}
		this.#out += this.#number(sx - this.#x) + this.#number(sy - this.#y);
		this.#x = sx;
		this.#y = sy;
	}

	closePath(): void {
		this.#command('z');
		this.#x = this.#startX;
		this.#y = this.#startY;
	}

	/** Part of d3's context interface; a path string needs nothing here. */
	beginPath(): void {}

	/** d3-geo draws Point geometries as circles; the static map never passes points here. */
	arc(): void {
		throw new Error('CompactPath draws lines and polygons only');
	}

	/** The path text so far. */
	result(): string {
		return this.#out;
	}
}

/** Compact SVG path text of a GeoJSON object under the projection; '' when nothing is visible. */
export function pathText(
	object: GeoPermissibleObjects,
	projection: GeoProjection,
	precision = PATH_PRECISION
): string {
	const context = new CompactPath(precision);
	geoPath(projection, context)(object);
	return context.result();
}
