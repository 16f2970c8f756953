/**
 * The static map's view where JavaScript runs: its size, the reader's pan and zoom (gestures.ts),
 * a view set from outside (the URL) and a place to keep clear of what covers the map. The
 * prerendered map is the first view (the identity transform). StaticMap owns one.
 */
import type { PaddingOptions } from 'maplibre-gl';
import type { ViewState } from '$lib/story/view';
import { panToShow } from '../inView';
import { MAX_ZOOM, MIN_ZOOM } from '../region';
import { attachPanZoom } from './gestures';
import type { StaticMapData } from './types';
import {
	IDENTITY,
	constrain,
	frameBox,
	sameTransform,
	scaleRange,
	staticFrame,
	transformFromView,
	viewFromTransform,
	zoomAround,
	type StaticFrame,
	type ZoomTransform
} from './view';

/** Kept between a place to show and the free part's edges, in pixels. */
const SHOW_MARGIN = 24;

export interface PanZoomCallbacks {
	/** The reader's pan or zoom has settled, with the view it shows. */
	onMoveEnd?: (view: ViewState) => void;
	/** A gesture began (true) or settled (false). */
	onGesture?: (active: boolean) => void;
}

export function sameView(a: ViewState, b: ViewState): boolean {
	return (
		Math.abs(a.lon - b.lon) < 1e-4 &&
		Math.abs(a.lat - b.lat) < 1e-4 &&
		Math.abs(a.zoom - b.zoom) < 0.01
	);
}

export class StaticPanZoom {
	readonly #data: StaticMapData;
	readonly #frame: StaticFrame;
	readonly #callbacks: PanZoomCallbacks;
	/** Pans and zooms (JavaScript runs and the map is mounted). */
	interactive = $state(false);
	size = $state({ width: 0, height: 0 });
	transform = $state<ZoomTransform>(IDENTITY);
	/** The view last shown because of a view from outside or reported: not applied again. */
	#knownView: ViewState | null = null;
	#shownPlace: string | null = null;

	zoomed = $derived(this.interactive && !sameTransform(this.transform, IDENTITY));
	#box = $derived.by(() => frameBox(this.#frame, this.size));
	/** The geometry's transform in user units: the screen transform, moved into the viewBox. */
	geometryTransform = $derived.by(() => {
		const [t, b] = [this.transform, this.#box];
		if (!this.zoomed) return undefined;
		const x = ((t.k - 1) * b.left + t.x) / b.unit;
		const y = ((t.k - 1) * b.top + t.y) / b.unit;
		return `translate(${x} ${y}) scale(${t.k})`;
	});
	/** Where the overlay's frame is now, in container pixels (StaticMap's custom properties). */
	frameStyle = $derived.by(() => {
		const [t, b] = [this.transform, this.#box];
		if (!this.zoomed) return undefined;
		return {
			left: `${t.k * b.left + t.x}px`,
			top: `${t.k * b.top + t.y}px`,
			width: `${t.k * b.width}px`,
			height: `${t.k * b.height}px`
		};
	});

	constructor(data: StaticMapData, callbacks: PanZoomCallbacks) {
		this.#data = data;
		this.#frame = staticFrame(data);
		this.#callbacks = callbacks;
	}

	#limit(t: ZoomTransform): ZoomTransform {
		const size = this.size;
		if (!size.width || !size.height) return t;
		return constrain(t, this.#frame, size, scaleRange(this.#frame, size, MIN_ZOOM, MAX_ZOOM));
	}

	/** The view shown now (null before the map has a size). */
	currentView(): ViewState | null {
		const size = this.size;
		return size.width && size.height ? viewFromTransform(this.transform, this.#frame, size) : null;
	}

	zoomBy(factor: number): void {
		const size = this.size;
		this.transform = this.#limit(
			zoomAround(this.transform, factor, [size.width / 2, size.height / 2])
		);
		this.#settled();
	}

	#settled(): void {
		const current = this.currentView();
		if (!current) return;
		this.#knownView = current;
		this.#callbacks.onMoveEnd?.(current);
	}

	/** Measures `root` and follows the reader's gestures on it; returns the cleanup. */
	attach(root: HTMLElement): () => void {
		const measure = () => {
			const next = { width: root.clientWidth, height: root.clientHeight };
			// Hidden (the WebGL map took over): keep the last size and view.
			if (!next.width || !next.height) return;
			if (next.width === this.size.width && next.height === this.size.height) return;
			// The first size: a drag or wheel that came before it keeps its pixels.
			if (!this.size.width || !this.size.height) {
				this.size = next;
				this.transform = this.#limit(this.transform);
				return;
			}
			// Keep what is in the middle of the screen there when the map changes size.
			const keep = this.currentView();
			this.size = next;
			this.transform =
				keep && !sameTransform(this.transform, IDENTITY)
					? this.#limit(transformFromView(keep, this.#frame, next))
					: IDENTITY;
		};
		const observer = new ResizeObserver(measure);
		// Measured in the observer's first callback, after the browser's own layout.
		observer.observe(root);
		this.interactive = true;
		// A press that moved nothing (a click on a link) is no pan: the view is not reported.
		let atStart = this.transform;
		const detach = attachPanZoom(root, {
			get: () => this.transform,
			set: (t) => (this.transform = this.#limit(t)),
			onStart: () => {
				atStart = this.transform;
				this.#callbacks.onGesture?.(true);
			},
			onSettle: () => {
				if (!sameTransform(atStart, this.transform)) this.#settled();
				this.#callbacks.onGesture?.(false);
			}
		});
		return () => {
			observer.disconnect();
			detach();
		};
	}

	/** A view from outside (the URL, Back and Forward) moves the map, unless it is the map's own. */
	showView(next: ViewState | null): void {
		const size = this.size;
		if (!next || !size.width || !size.height) return;
		if (this.#knownView && sameView(next, this.#knownView)) return;
		this.#knownView = next;
		this.transform = this.#limit(transformFromView(next, this.#frame, size));
	}

	/**
	 * A place to show pans the map once (not reported as the reader's move), if it lies under what
	 * covers the map (`insets`); later pans are the reader's.
	 */
	showPlace(target: { id: string; insets: PaddingOptions } | null): void {
		const size = this.size;
		if (!target) {
			this.#shownPlace = null;
			return;
		}
		if (!size.width || !size.height || target.id === this.#shownPlace) return;
		this.#shownPlace = target.id;
		const place = this.#data.places.find((p) => p.id === target.id);
		if (!place) return;
		const [b, t] = [this.#box, this.transform];
		const at: [number, number] = [
			t.k * (b.left + place.x * b.unit) + t.x,
			t.k * (b.top + place.y * b.unit) + t.y
		];
		const pan = panToShow(at, size, target.insets, SHOW_MARGIN);
		if (pan) this.transform = this.#limit({ ...t, x: t.x - pan[0], y: t.y - pan[1] });
	}
}
