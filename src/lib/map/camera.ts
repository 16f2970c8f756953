/**
 * Camera moves as data: where to look (bounds from d3-geo, or a point) and how to get there.
 * Under `prefers-reduced-motion: reduce` every move is a jump, never a flight.
 */

import type { Bounds, LngLat } from '$lib/geo/region';

export type { Bounds };

export type CameraTarget =
	| { bounds: Readonly<Bounds>; padding?: number; maxZoom?: number }
	| { center: Readonly<LngLat>; zoom?: number };

/** A resolved move: what a MapLibre camera method receives, with animation decided. */
export type CameraMove =
	| {
			kind: 'fit';
			bounds: Bounds;
			options: { padding: number; maxZoom?: number; animate: boolean; duration: number };
	  }
	| {
			kind: 'fly';
			options: { center: LngLat; zoom?: number; essential: true; duration: number };
	  }
	| { kind: 'jump'; options: { center: LngLat; zoom?: number } };

/** Duration of animated moves (ms): long enough to follow, short enough not to wait for. */
export const MOVE_MS = 1200;
export const DEFAULT_PADDING = 40;

/** The user's motion preference; false where there is no window (prerendering, tests in node). */
export function prefersReducedMotion(
	win: Pick<Window, 'matchMedia'> | undefined = globalThis.window
): boolean {
	return win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/** Turns a target into a move, animated unless `reducedMotion`. */
export function cameraFor(target: CameraTarget, reducedMotion: boolean): CameraMove {
	if ('bounds' in target) {
		const options: Extract<CameraMove, { kind: 'fit' }>['options'] = {
			padding: target.padding ?? DEFAULT_PADDING,
			animate: !reducedMotion,
			duration: reducedMotion ? 0 : MOVE_MS
		};
		if (target.maxZoom !== undefined) options.maxZoom = target.maxZoom;
		const [[w, s], [e, n]] = target.bounds;
		return {
			kind: 'fit',
			bounds: [
				[w, s],
				[e, n]
			],
			options
		};
	}
	const center: LngLat = [target.center[0], target.center[1]];
	const base = target.zoom === undefined ? { center } : { center, zoom: target.zoom };
	return reducedMotion
		? { kind: 'jump', options: base }
		: { kind: 'fly', options: { ...base, essential: true, duration: MOVE_MS } };
}

/** The camera methods a move needs; a MapLibre Map has them (and a test double can). */
export interface CameraLike {
	fitBounds(bounds: Bounds, options?: object): unknown;
	flyTo(options: object): unknown;
	jumpTo(options: object): unknown;
}

/** Moves the map to `target`: flies there, or jumps there under reduced motion. */
export function flyOrJump(
	map: CameraLike,
	target: CameraTarget,
	reducedMotion: boolean
): CameraMove {
	const move = cameraFor(target, reducedMotion);
	if (move.kind === 'fit') map.fitBounds(move.bounds, move.options);
	else if (move.kind === 'fly') map.flyTo(move.options);
	else map.jumpTo(move.options);
	return move;
}
