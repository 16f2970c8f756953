/**
 * A handle on the live map for end-to-end tests and debugging: `window.__storyMap`. It is set
 * only when the page runs under automation (`navigator.webdriver`) or with `?debug-map` in the URL,
 * so a production build under test exposes it while readers' browsers do not.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { LABEL_LAYERS, OVERLAY_LAYER_PREFIX } from './ids';

export interface MapDebugHandle {
	/** The MapLibre map itself: camera, style, layers, sources, queryRenderedFeatures. */
	map: MaplibreMap;
	/** Resolves once the map has nothing left to load or draw. */
	idle(): Promise<void>;
	/** Texts of the labels drawn right now (after collision), from the given symbol layers. */
	renderedLabels(layers?: readonly string[]): string[];
}

declare global {
	interface Window {
		__storyMap?: MapDebugHandle;
	}
}

/** Whether to expose the handle (and keep the drawing buffer so tests can read pixels). */
export function debugEnabled(
	search: string = globalThis.location?.search ?? '',
	webdriver: boolean = globalThis.navigator?.webdriver ?? false
): boolean {
	return webdriver || new URLSearchParams(search).has('debug-map');
}

/** Text of a symbol feature's `text-field`, whether a plain string or a formatted value. */
export function labelText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object' && 'sections' in value && Array.isArray(value.sections)) {
		return value.sections.map((s: { text?: string }) => s.text ?? '').join('');
	}
	return '';
}

/** Puts the handle on `window`; returns a function that takes it away again. */
export function exposeDebugHandle(map: MaplibreMap): () => void {
	const handle: MapDebugHandle = {
		map,
		idle: () =>
			new Promise((resolve) => {
				if (map.loaded() && !map.isMoving()) {
					// `idle` fires only after a render; request one so a quiet map resolves too.
					map.once('idle', () => resolve());
					map.triggerRepaint();
				} else map.once('idle', () => resolve());
			}),
		renderedLabels: (layers) => {
			// By default the fixed label layers and every overlay's label.
			const ids = layers ?? [
				...LABEL_LAYERS,
				...map
					.getStyle()
					.layers.filter((l) => l.type === 'symbol' && l.id.startsWith(OVERLAY_LAYER_PREFIX))
					.map((l) => l.id)
			];
			const present = ids.filter((id) => map.getLayer(id));
			return map.queryRenderedFeatures({ layers: present }).map((f) => {
				const layout = f.layer.layout as Record<string, unknown> | undefined;
				return labelText(layout?.['text-field'] ?? f.properties?.name);
			});
		}
	};
	window.__storyMap = handle;
	return () => {
		if (window.__storyMap === handle) delete window.__storyMap;
	};
}
