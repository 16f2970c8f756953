/**
 * The map's making: the style, the data and the MapLibre instance, for MapView (which loads with
 * the WebGL map, see MapStage). maplibre-gl itself loads by URL (files.ts).
 */
import type { ErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MAPLIBRE_WORKER_URL, type MapLibre } from './files';
import { regionData, type RegionDataOptions } from './data';
import { HATCH_IMAGE_PREFIX } from './ids';
import { OVERLAY_COLOURS, PALETTE, type OverlayColour, type Palette } from './palette';
import { hatchImage } from './overlayStyle';
import { buildStyle } from './style';
import type { Bounds } from './camera';

export interface CreateMapOptions extends RegionDataOptions {
	container: HTMLElement;
	/** maplibre-gl, loading (files.ts loadMapLibrary), started beside the topology's request. */
	library: Promise<MapLibre>;
	/** The region TopoJSON, loading (files.ts fetchTopology). */
	topology: Promise<unknown>;
	/** Absolute URL of the assets folder (ends in "/"), for the fonts. */
	assetsUrl: string;
	focus: readonly string[];
	maxBounds: Readonly<Bounds>;
	initialBounds: Readonly<Bounds>;
	minZoom: number;
	maxZoom: number;
	highlight: readonly string[];
	selected: string | null;
	activePlace: string | null;
	/** Accessible name of the map canvas. */
	label: string;
	/** Keep the drawing buffer so tests can read the canvas's pixels. */
	preserveDrawingBuffer: boolean;
	reducedMotion: boolean;
	/** Colours for the reader's colour scheme (default: the light PALETTE). */
	palette?: Palette;
}

/** A mutable copy of a box, as MapLibre's option types want. */
function lngLatBounds([[w, s], [e, n]]: Readonly<Bounds>): [[number, number], [number, number]] {
	return [
		[w, s],
		[e, n]
	];
}

/**
 * Creates the map and resolves once its style has loaded. Rejects (after removing the map) if
 * the data cannot be loaded or MapLibre reports an error before the first load.
 */
export async function createMap(options: CreateMapOptions): Promise<MaplibreMap> {
	const [maplibre, topology] = await Promise.all([options.library, options.topology]);
	// maplibre-gl 6 ships its worker as a separate ES module; Vite copies it and gives us its URL.
	maplibre.setWorkerUrl(MAPLIBRE_WORKER_URL);
	const { AttributionControl, Map: MaplibreMap, NavigationControl, ScaleControl } = maplibre;
	const data = regionData(topology, options);
	const style = buildStyle({
		assetsUrl: options.assetsUrl,
		data,
		focus: options.focus,
		highlight: options.highlight,
		selected: options.selected,
		activePlace: options.activePlace,
		palette: options.palette
	});

	const map = new MaplibreMap({
		container: options.container,
		style,
		bounds: lngLatBounds(options.initialBounds),
		fitBoundsOptions: { padding: 16 },
		maxBounds: lngLatBounds(options.maxBounds),
		minZoom: options.minZoom,
		maxZoom: options.maxZoom,
		// Readers on phones must be able to pan with one finger (issue 4: never lock the map).
		cooperativeGestures: false,
		dragRotate: false,
		pitchWithRotate: false,
		touchPitch: false,
		keyboard: true,
		attributionControl: false,
		maplibreLogo: false,
		reduceMotion: options.reducedMotion || undefined,
		locale: { 'Map.Title': options.label },
		canvasContextAttributes: { preserveDrawingBuffer: options.preserveDrawingBuffer }
	});
	// Rotation is off, so the compass would only confuse; zoom buttons are real, focusable buttons.
	map.touchZoomRotate.disableRotation();
	map.keyboard.disableRotation();
	map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
	map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-left');
	map.addControl(
		new AttributionControl({ customAttribution: 'Boundaries: Natural Earth' }),
		'bottom-right'
	);

	// Overlay hatches are generated, not fetched: MapLibre asks for one when it first draws it.
	map.setMissingStyleImageResolver((id) => {
		const colour = id.slice(HATCH_IMAGE_PREFIX.length);
		if (id.startsWith(HATCH_IMAGE_PREFIX) && colour in OVERLAY_COLOURS && !map.hasImage(id)) {
			const hatch = hatchImage(options.palette ?? PALETTE, colour as OverlayColour);
			map.addImage(id, hatch, { pixelRatio: 2 });
		}
	});

	await new Promise<void>((resolve, reject) => {
		const fail = (e: ErrorEvent) => {
			map.off('load', done);
			map.remove();
			reject(new Error(`The map failed to load: ${e.error.message}`));
		};
		const done = () => {
			map.off('error', fail);
			resolve();
		};
		map.once('load', done);
		map.once('error', fail);
	});
	return map;
}
