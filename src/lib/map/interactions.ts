/**
 * What the reader's pointer does on the map: a click or tap picks a place dot (with a tolerance,
 * since dots are small and fingers are not) or else the country under it; hovering shows which
 * countries can be opened (pointer cursor and a tint on a layer of its own). Separate from the
 * style so that the map stays usable without it; `attachInteractions` returns its own cleanup.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#queryrenderedfeatures
 */
import type {
	FillLayerSpecification,
	Map as MaplibreMap,
	MapMouseEvent,
	PointLike
} from 'maplibre-gl';
import { ISO_PROPERTY, MATCH_NONE, selectedFilter } from './expressions';
import { LAYER, OVERLAY_LAYER_PREFIX, SOURCE } from './ids';
import type { Palette } from './palette';

/** The hover tint's layer, drawn over the country fills and under the overlays and borders. */
export const HOVER_LAYER = 'countries-hover';

/** The hover tint for a theme: its palette's outline colour of the selected country. */
export function hoverColor(palette: Palette): string {
	return palette.selectedOutline;
}

/** Recolours the hover tint in place (the reader switched between light and dark). */
export function setHoverColor(map: MaplibreMap, color: string): void {
	if (map.getLayer(HOVER_LAYER)) map.setPaintProperty(HOVER_LAYER, 'fill-color', color);
}

/** Pixels around the pointer within which a place dot counts as hit. */
export const MOUSE_TOLERANCE = 6;
/** The same for a finger (WCAG's 24 px target, roughly, around a dot drawn a few px wide). */
export const TOUCH_TOLERANCE = 14;

export interface InteractionOptions {
	/** Countries (ISO3) that get the pointer and the hover tint: those a click opens. */
	hoverable: ReadonlySet<string>;
	/** Countries (ISO3) a click selects (may include some without a hover tint). */
	selectable: ReadonlySet<string>;
	/** Tint drawn over a hovered country. */
	hoverColor: string;
	onCountry: (iso3: string) => void;
	onPlace: (id: string) => void;
	/** A click on nothing selectable (water, a country without content). */
	onNothing?: () => void;
}

type Point = { x: number; y: number };

/** The squared distance from `p` to a feature's first point, for picking the nearest dot. */
function distance2(map: MaplibreMap, p: Point, coords: unknown): number {
	if (!Array.isArray(coords) || typeof coords[0] !== 'number') return Infinity;
	const q = map.project([coords[0], coords[1] as number]);
	return (q.x - p.x) ** 2 + (q.y - p.y) ** 2;
}

/** The id of the place dot nearest to `point` within `tolerance` pixels, if any. */
export function placeAt(map: MaplibreMap, point: Point, tolerance: number): string | undefined {
	if (!map.getLayer(LAYER.places)) return undefined;
	const box: [PointLike, PointLike] = [
		[point.x - tolerance, point.y - tolerance],
		[point.x + tolerance, point.y + tolerance]
	];
	let best: { id: string; d: number } | undefined;
	for (const f of map.queryRenderedFeatures(box, { layers: [LAYER.places] })) {
		const id = f.properties?.id;
		if (typeof id !== 'string') continue;
		const coords = f.geometry.type === 'Point' ? f.geometry.coordinates : undefined;
		const d = distance2(map, point, coords);
		if (d <= tolerance * tolerance * 2 && (!best || d < best.d)) best = { id, d };
	}
	return best?.id;
}

/** The ISO3 code of the country drawn at `point`, if any. */
export function countryAtPoint(map: MaplibreMap, point: Point): string | undefined {
	if (!map.getLayer(LAYER.countriesFill)) return undefined;
	const f = map.queryRenderedFeatures([point.x, point.y], { layers: [LAYER.countriesFill] })[0];
	const iso = f?.properties?.[ISO_PROPERTY];
	return typeof iso === 'string' ? iso : undefined;
}

function isTouch(e: MapMouseEvent): boolean {
	const pointer = (e.originalEvent as PointerEvent | undefined)?.pointerType;
	return pointer === 'touch' || pointer === 'pen';
}

/** The hover layer's style: a translucent fill of one country (none to start with). */
export function hoverLayer(color: string): FillLayerSpecification {
	return {
		id: HOVER_LAYER,
		type: 'fill',
		source: SOURCE.countries,
		filter: MATCH_NONE,
		paint: { 'fill-color': color, 'fill-opacity': 0.32 }
	};
}

/**
 * Adds the click and hover behaviour (and the hover layer) to a loaded map. Returns a function
 * that removes all of it again.
 */
export function attachInteractions(map: MaplibreMap, options: InteractionOptions): () => void {
	// Under the first overlay, or under the lines when there is none.
	const firstOverlay = map
		.getStyle()
		.layers.find((l) => l.type === 'fill' && l.id.startsWith(OVERLAY_LAYER_PREFIX));
	const before = firstOverlay?.id ?? (map.getLayer(LAYER.coastline) ? LAYER.coastline : undefined);
	if (!map.getLayer(HOVER_LAYER)) map.addLayer(hoverLayer(options.hoverColor), before);
	const canvas = map.getCanvas();
	let hovered: string | undefined;

	const setHover = (iso: string | undefined) => {
		if (iso === hovered) return;
		hovered = iso;
		if (map.getLayer(HOVER_LAYER)) map.setFilter(HOVER_LAYER, selectedFilter(iso));
	};

	const click = (e: MapMouseEvent) => {
		const tolerance = isTouch(e) ? TOUCH_TOLERANCE : MOUSE_TOLERANCE;
		const place = placeAt(map, e.point, tolerance);
		if (place) return options.onPlace(place);
		const iso = countryAtPoint(map, e.point);
		if (iso && options.selectable.has(iso)) options.onCountry(iso);
		else options.onNothing?.();
	};

	// Runs after the map's own mouseenter/mouseleave cursor handlers (registered earlier), so
	// the cursor it sets is the one that stays.
	const move = (e: MapMouseEvent) => {
		const place = placeAt(map, e.point, MOUSE_TOLERANCE);
		const iso = place ? undefined : countryAtPoint(map, e.point);
		const open = iso !== undefined && options.hoverable.has(iso);
		setHover(open ? iso : undefined);
		canvas.style.cursor = place || open ? 'pointer' : '';
	};

	const out = () => {
		setHover(undefined);
		canvas.style.cursor = '';
	};

	map.on('click', click);
	map.on('mousemove', move);
	map.on('mouseout', out);
	return () => {
		map.off('click', click);
		map.off('mousemove', move);
		map.off('mouseout', out);
		out();
		if (map.getLayer(HOVER_LAYER)) map.removeLayer(HOVER_LAYER);
	};
}
