/**
 * Which of the WebGL map's moves are the reader's: a pan or zoom from their input goes into the
 * URL; a move the page made (a camera target, the hand-over's jump, a resize) does not.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface MapView {
	lon: number;
	lat: number;
	zoom: number;
}

/** A move that starts this soon after a wheel step is the wheel's (MapLibre starts late). */
export const WHEEL_START_MS = 1000;

type MoveEvent = { originalEvent?: unknown };
/** The part of a MapLibre map this module uses (a fake in tests). */
export type MovingMap = Pick<MapLibreMap, 'getCenter' | 'getZoom'> & {
	on(type: string, listener: (event: MoveEvent) => void): unknown;
	off(type: string, listener: (event: MoveEvent) => void): unknown;
};

/**
 * Calls `onMoveEnd` after every move, with the view and whether the reader made it; returns the
 * function that stops listening. A move is the reader's if one of its events came from their
 * input, or if it began just after a wheel step: a wheel zoom may start a frame or more after
 * the wheel event, on a busy page later still.
 */
export function followMoves(
	map: MovingMap,
	onMoveEnd: (view: MapView, byReader: boolean) => void,
	now: () => number = () => performance.now()
): () => void {
	let byReader = false;
	let wheelAt = -Infinity;
	const wheel = () => (wheelAt = now());
	const moveStart = (e: MoveEvent) => {
		if (e.originalEvent !== undefined || now() - wheelAt < WHEEL_START_MS) byReader = true;
		wheelAt = -Infinity;
	};
	const move = (e: MoveEvent) => {
		if (e.originalEvent !== undefined) byReader = true;
	};
	const moveEnd = (e: MoveEvent) => {
		const c = map.getCenter();
		const reader = byReader || e.originalEvent !== undefined;
		byReader = false;
		onMoveEnd({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }, reader);
	};
	const listeners: [string, (e: MoveEvent) => void][] = [
		['wheel', wheel],
		['movestart', moveStart],
		['move', move],
		['moveend', moveEnd]
	];
	for (const [type, listener] of listeners) map.on(type, listener);
	return () => {
		for (const [type, listener] of listeners) map.off(type, listener);
	};
}
