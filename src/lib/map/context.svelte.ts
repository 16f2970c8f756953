/**
 * The live map, shared with child components (layers, popups, controls) through a typed context,
 * so nothing reaches for the map through the DOM or a module global.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

export type MapStatus = 'loading' | 'ready' | 'error';

export class MapContext {
	/** The map once its style has loaded; null before that and after teardown. Not deeply reactive. */
	map = $state.raw<MaplibreMap | null>(null);
	status = $state<MapStatus>('loading');
	/** Why the map could not be shown, when status is "error". */
	error = $state<string | null>(null);
	/**
	 * Whether the reader sees this map: it may render hidden while another stands in (MapStage's
	 * static map), and takes that one's view when shown; camera moves wait for that.
	 */
	shown = $state(false);
	/** Whether camera moves should jump instead of fly. */
	reducedMotion = $state(false);
}

const KEY = Symbol('story-map');

/** Provides the map context to descendants; called once by MapView. */
export function setMapContext(context: MapContext = new MapContext()): MapContext {
	return setContext(KEY, context);
}

/** The nearest MapView's context; throws when used outside a MapView. */
export function getMapContext(): MapContext {
	if (!hasContext(KEY)) {
		throw new Error('getMapContext() must be called inside a <MapView> (no map context found).');
	}
	return getContext<MapContext>(KEY);
}
