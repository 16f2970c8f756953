/**
 * Pan and zoom for the static map, from pointer, wheel and key events on its element: drag (mouse,
 * pen or one finger), pinch, wheel, double-click or double-tap, the arrow keys and + / -. It only
 * reports transforms (view.ts); the component draws them. Written for this map rather than taken
 * from d3-zoom, whose d3-selection, d3-transition and d3-interpolate would more than double the
 * JavaScript the page needs before the WebGL map (see the README's dependency notes).
 */
import { zoomAround, type ZoomTransform } from './view';

export interface PanZoomOptions {
	/** The transform shown now. */
	get: () => ZoomTransform;
	/** Shows a new transform (the caller keeps it within the map's limits). */
	set: (transform: ZoomTransform) => void;
	/** A gesture began (a press, the first wheel step or key). */
	onStart?: () => void;
	/** The movement has settled: all pointers up, and no wheel step or key for SETTLE_MS. */
	onSettle?: () => void;
}

/** Quiet time after the last wheel step or key before a move counts as settled. */
export const SETTLE_MS = 250;
/** A press that moves less than this (px) is a click, not a drag. */
export const CLICK_DISTANCE = 4;
/** Screen pixels an arrow key pans, and the zoom factor of + / - and double-click. */
export const KEY_PAN = 80;
export const STEP_ZOOM = 2;
/** Two taps within this time (ms) and distance (px) are a double tap. */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 30;

type Point = [number, number];

/** Zoom factor of a wheel event, as d3-zoom reads one (lines and pages count more than pixels). */
export function wheelFactor(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
	const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return 2 ** (-event.deltaY * unit * (event.ctrlKey ? 10 : 1));
}

/** The transform a key asks for, or null for a key that does not move the map. */
export function keyTransform(
	key: string,
	t: ZoomTransform,
	center: Point,
	shift = false
): ZoomTransform | null {
	const step = shift ? KEY_PAN * 3 : KEY_PAN;
	switch (key) {
		case 'ArrowLeft':
			return { ...t, x: t.x + step };
		case 'ArrowRight':
			return { ...t, x: t.x - step };
		case 'ArrowUp':
			return { ...t, y: t.y + step };
		case 'ArrowDown':
			return { ...t, y: t.y - step };
		case '+':
		case '=':
			return zoomAround(t, STEP_ZOOM, center);
		case '-':
		case '_':
			return zoomAround(t, 1 / STEP_ZOOM, center);
		default:
			return null;
	}
}

/** Listens on `element` until the returned function is called. */
export function attachPanZoom(element: HTMLElement, options: PanZoomOptions): () => void {
	const pointers = new Map<number, Point>();
	let pressed: Point | null = null;
	let dragging = false;
	let active = false;
	let settleTimer: ReturnType<typeof setTimeout> | undefined;
	let lastTap: { time: number; point: Point } | null = null;
	let lastPointerType = 'mouse';

	const local = (event: { clientX: number; clientY: number }): Point => {
		const rect = element.getBoundingClientRect();
		return [event.clientX - rect.left, event.clientY - rect.top];
	};
	const center = (): Point => [element.clientWidth / 2, element.clientHeight / 2];

	const start = () => {
		clearTimeout(settleTimer);
		if (active) return;
		active = true;
		options.onStart?.();
	};
	const settle = () => {
		clearTimeout(settleTimer);
		if (pointers.size > 0) return;
		active = false;
		options.onSettle?.();
	};
	const settleSoon = () => {
		clearTimeout(settleTimer);
		settleTimer = setTimeout(settle, SETTLE_MS);
	};
	const step = (t: ZoomTransform) => {
		start();
		options.set(t);
		settleSoon();
	};

	// A drag's press must not also click the link it started on.
	const swallowClick = (event: Event) => {
		event.preventDefault();
		event.stopPropagation();
	};

	function pointerdown(event: PointerEvent) {
		if (event.pointerType === 'mouse' && event.button !== 0) return;
		lastPointerType = event.pointerType;
		pointers.set(event.pointerId, local(event));
		if (pointers.size === 1) {
			pressed = local(event);
			dragging = false;
		} else {
			// A second finger: a pinch, never a tap.
			dragging = true;
			element.setPointerCapture(event.pointerId);
		}
		start();
	}

	function pointermove(event: PointerEvent) {
		const previous = pointers.get(event.pointerId);
		if (!previous) return;
		const point = local(event);
		if (!dragging && pressed) {
			const moved = Math.hypot(point[0] - pressed[0], point[1] - pressed[1]);
			if (moved < CLICK_DISTANCE) return;
			dragging = true;
			// Captured only once it is a drag: a captured press would click the map, not the link.
			for (const id of pointers.keys()) element.setPointerCapture(id);
		}
		const t = options.get();
		if (pointers.size === 1) {
			pointers.set(event.pointerId, point);
			options.set({ k: t.k, x: t.x + point[0] - previous[0], y: t.y + point[1] - previous[1] });
			return;
		}
		// Pinch: the midpoint moves the map, the distance between the fingers scales it.
		const [a, b] = [...pointers.values()] as [Point, Point];
		const before = { mid: midpoint(a, b), span: Math.hypot(a[0] - b[0], a[1] - b[1]) };
		pointers.set(event.pointerId, point);
		const [c, d] = [...pointers.values()] as [Point, Point];
		const mid = midpoint(c, d);
		const span = Math.hypot(c[0] - d[0], c[1] - d[1]);
		const panned = { k: t.k, x: t.x + mid[0] - before.mid[0], y: t.y + mid[1] - before.mid[1] };
		options.set(before.span > 0 ? zoomAround(panned, span / before.span, mid) : panned);
	}

	function pointerup(event: PointerEvent) {
		if (!pointers.delete(event.pointerId)) return;
		if (pointers.size > 0) return;
		if (dragging) {
			element.addEventListener('click', swallowClick, { capture: true, once: true });
			setTimeout(() => element.removeEventListener('click', swallowClick, { capture: true }));
		} else if (event.type === 'pointerup' && event.pointerType !== 'mouse' && pressed) {
			const now = event.timeStamp;
			const near =
				lastTap && Math.hypot(lastTap.point[0] - pressed[0], lastTap.point[1] - pressed[1]);
			if (lastTap && now - lastTap.time < DOUBLE_TAP_MS && near! < DOUBLE_TAP_PX) {
				lastTap = null;
				options.set(zoomAround(options.get(), STEP_ZOOM, pressed));
			} else lastTap = { time: now, point: pressed };
		}
		pressed = null;
		dragging = false;
		settle();
	}

	function wheel(event: WheelEvent) {
		// Over the map the wheel zooms it, and the page does not scroll.
		event.preventDefault();
		step(zoomAround(options.get(), wheelFactor(event), local(event)));
	}

	function dblclick(event: MouseEvent) {
		// Taps are handled in pointerup; a browser may also send a dblclick for them.
		if (lastPointerType !== 'mouse') return;
		event.preventDefault();
		const factor = event.shiftKey ? 1 / STEP_ZOOM : STEP_ZOOM;
		step(zoomAround(options.get(), factor, local(event)));
	}

	function keydown(event: KeyboardEvent) {
		// Keys move the map when it has focus itself, as MapLibre's canvas does; on a link or
		// button inside it they are that element's.
		if (event.target !== element) return;
		if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
		const next = keyTransform(event.key, options.get(), center(), event.shiftKey);
		if (!next) return;
		event.preventDefault();
		step(next);
	}

	element.addEventListener('pointerdown', pointerdown);
	element.addEventListener('pointermove', pointermove);
	element.addEventListener('pointerup', pointerup);
	element.addEventListener('pointercancel', pointerup);
	element.addEventListener('wheel', wheel, { passive: false });
	element.addEventListener('dblclick', dblclick);
	element.addEventListener('keydown', keydown);
	return () => {
		clearTimeout(settleTimer);
		element.removeEventListener('pointerdown', pointerdown);
		element.removeEventListener('pointermove', pointermove);
		element.removeEventListener('pointerup', pointerup);
		element.removeEventListener('pointercancel', pointerup);
		element.removeEventListener('wheel', wheel);
		element.removeEventListener('dblclick', dblclick);
		element.removeEventListener('keydown', keydown);
	};
}

function midpoint(a: Point, b: Point): Point {
	return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}
