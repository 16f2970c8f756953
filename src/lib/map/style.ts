/**
 * Our own keyless MapLibre style, built in code: GeoJSON sources only (no tiles, no sprite, no
 * glyph server), fonts from our origin through `font-faces`.
 * Style reference: https://maplibre.org/maplibre-style-spec/
 * Layer order matters: fills, then lines (coast, borders, Khorasan outline) over them, then
 * symbols, so that no fill ever covers a border or a label. Among symbols the later layer is placed
 * first and wins collisions: focus countries' names, the Khorasan label, cities, then the rest.
 */
import type {
	FeatureCollection,
	Feature,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon
} from 'geojson';
import type { CountryCollection } from '$lib/geo/topology';
import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	LABELLED_PLACES,
	bilingualLabel,
	byZoom,
	focusFill,
	highlightFilter,
	isoIn,
	placeFilter,
	selectedFilter
} from './expressions';
import { FONT, fontFaces } from './fonts';
import { HATCH_IMAGE, LAYER, SOURCE } from './ids';
import { placeColor, placeRadius, placeStrokeColor, placeStrokeWidth } from './placeKinds';
import { PALETTE, type Palette } from './palette';

/** Properties of a label point (country or place): English name and optional local-script name. */
export interface LabelProps {
	name: string;
	localName?: string;
}

/** Properties of a place point; `label` marks the key cities labelled at low zoom. */
export interface PlaceProps extends LabelProps {
	id: string;
	label: boolean;
	/** The content's place kind; see placeKinds.ts. */
	kind?: string;
}

/** Everything the style draws, already converted from TopoJSON to GeoJSON. */
export interface MapData {
	/** Countries with `properties.iso3` (ISO 3166-1 alpha-3), as $lib/geo's loadRegion gives them. */
	countries: CountryCollection;
	/** Land borders, each drawn once (`mesh(a !== b)`). */
	borders: MultiLineString;
	/** Outer edges of the countries (`mesh(a === b)`): the coast, and clip edges beyond maxBounds. */
	coastline: MultiLineString;
	/** The historical region's outline. */
	khorasan: Feature<Polygon | MultiPolygon>;
	/** Where its name goes; the name must say "approximate". */
	khorasanLabel: FeatureCollection<Point, LabelProps>;
	countryLabels: FeatureCollection<Point, LabelProps & { iso3: string }>;
	waterLabels: FeatureCollection<Point, LabelProps>;
	places: FeatureCollection<Point, PlaceProps>;
}

export interface StyleOptions {
	/** Absolute URL of the site's assets folder (ends in "/"); fonts are loaded from under it. */
	assetsUrl: string;
	data: MapData;
	/** The essay's focus countries (ISO3), drawn in the warm colour. */
	focus: readonly string[];
	highlight?: readonly string[];
	selected?: string | null;
	activePlace?: string | null;
	palette?: Palette;
}

/** Below this zoom (phones' first view) city labels show the English name only, to fit. */
export const LOCAL_CITY_NAMES_FROM_ZOOM = 3.6;

const HALO = { 'text-halo-width': 1.4, 'text-halo-blur': 0.4 } as const;

/**
 * Country names, upper case, with the local-script name under them where there is one. Focus
 * countries get their own, larger and darker layer on top, so a neighbour's name never pushes
 * theirs (or a city's) off the map.
 */
function countryLabelLayer(
	id: string,
	filter: ExpressionSpecification,
	focus: boolean,
	p: Palette
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: SOURCE.countryLabels,
		filter,
		layout: {
			'text-field': bilingualLabel({
				upcase: true,
				englishFont: FONT.semibold,
				localFont: FONT.regular,
				localScale: 1
			}),
			'text-font': [FONT.semibold],
			'text-size': focus ? byZoom(3, 12, 8, 20) : byZoom(3, 10, 8, 15),
			'text-letter-spacing': 0.08,
			'text-max-width': 8,
			'text-line-height': 1.25,
			'text-padding': 4
		},
		paint: {
			'text-color': focus ? p.focusLabel : p.countryLabel,
			'text-halo-color': focus ? p.focus : p.land,
			...HALO
		}
	};
}

/** The style's layers (they reference sources by id only, so no data is needed). */
function styleLayers(
	options: Pick<StyleOptions, 'focus' | 'highlight' | 'selected' | 'activePlace'>,
	p: Palette
): LayerSpecification[] {
	const { focus } = options;
	const isFocus = isoIn(focus);
	return [
		{ id: LAYER.background, type: 'background', paint: { 'background-color': p.water } },
		{
			id: LAYER.countriesFill,
			type: 'fill',
			source: SOURCE.countries,
			paint: { 'fill-color': focusFill(focus, p.focus, p.land), 'fill-antialias': true }
		},
		{
			id: LAYER.countriesHighlight,
			type: 'fill',
			source: SOURCE.countries,
			filter: highlightFilter(options.highlight ?? []),
			// A half-step darker than each country's own colour, so a highlight (e.g. "has claims")
			// never blurs the line between the focus countries and their neighbours.
			paint: { 'fill-color': focusFill(focus, p.focusHighlight, p.highlight) }
		},
		{
			id: LAYER.countriesSelected,
			type: 'fill',
			source: SOURCE.countries,
			filter: selectedFilter(options.selected),
			paint: { 'fill-color': p.selected }
		},
		{
			id: LAYER.khorasanFill,
			type: 'fill',
			source: SOURCE.khorasan,
			paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 }
		},
		{
			id: LAYER.coastline,
			type: 'line',
			source: SOURCE.coastline,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.coastline, 'line-width': byZoom(3, 0.6, 8, 1.2) }
		},
		{
			id: LAYER.borders,
			type: 'line',
			source: SOURCE.borders,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.border, 'line-width': byZoom(3, 0.9, 8, 2) }
		},
		{
			id: LAYER.khorasanOutline,
			type: 'line',
			source: SOURCE.khorasan,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': p.khorasan,
				'line-width': byZoom(3, 1.2, 8, 2.2),
				'line-dasharray': [3, 2],
				'line-opacity': 0.85
			}
		},
		{
			id: LAYER.countriesSelectedOutline,
			type: 'line',
			source: SOURCE.countries,
			filter: selectedFilter(options.selected),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.selectedOutline, 'line-width': 1.6 }
		},
		{
			id: LAYER.places,
			type: 'circle',
			source: SOURCE.places,
			// Styled by kind (placeKinds.ts): capitals and cities read first, areas are rings.
			paint: {
				'circle-radius': placeRadius(),
				'circle-color': placeColor({ ...p, site: p.khorasan }),
				'circle-stroke-color': placeStrokeColor({ ...p, site: p.khorasan }),
				'circle-stroke-width': placeStrokeWidth()
			}
		},
		{
			id: LAYER.placeActive,
			type: 'circle',
			source: SOURCE.places,
			filter: placeFilter(options.activePlace),
			paint: {
				'circle-radius': byZoom(3, 6, 8, 9),
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': p.placeActive,
				'circle-stroke-width': 2.5
			}
		},
		{
			id: LAYER.waterLabels,
			type: 'symbol',
			source: SOURCE.waterLabels,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.italic],
				'text-size': byZoom(3, 11.5, 8, 15),
				'text-max-width': 7,
				'text-letter-spacing': 0.06,
				'text-line-height': 1.15
			},
			paint: { 'text-color': p.waterLabel, 'text-halo-color': p.water, ...HALO }
		},
		{
			id: LAYER.placeLabels,
			type: 'symbol',
			source: SOURCE.places,
			filter: LABELLED_PLACES,
			layout: {
				'text-field': bilingualLabel({
					englishFont: FONT.regular,
					localFont: FONT.regular,
					localFromZoom: LOCAL_CITY_NAMES_FROM_ZOOM
				}),
				'text-font': [FONT.regular],
				'text-size': byZoom(3, 11, 8, 15),
				'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'text-max-width': 10,
				'text-line-height': 1.2,
				'text-padding': 2
			},
			paint: { 'text-color': p.placeLabel, 'text-halo-color': p.halo, ...HALO }
		},
		countryLabelLayer(LAYER.countryLabels, ['!', isFocus], false, p),
		{
			// Placed before the cities (it sits above them), moving around its point to find room.
			id: LAYER.khorasanLabel,
			type: 'symbol',
			source: SOURCE.khorasanLabel,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.italic],
				'text-size': byZoom(3, 11, 8, 15),
				'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.2,
				'text-max-width': 12,
				'text-line-height': 1.15
			},
			paint: { 'text-color': p.khorasan, 'text-halo-color': p.halo, ...HALO }
		},
		countryLabelLayer(LAYER.focusLabels, isFocus, true, p)
	];
}

/** Builds the complete style. Pure: the same options give the same style. */
export function buildStyle(options: StyleOptions): StyleSpecification {
	const p = options.palette ?? PALETTE;
	const { data } = options;
	const layers = styleLayers(options, p);
	return {
		version: 8,
		name: 'Khorasan map (keyless, same-origin)',
		'font-faces': fontFaces(options.assetsUrl),
		sources: {
			[SOURCE.countries]: {
				type: 'geojson',
				data: data.countries,
				promoteId: 'iso3'
			},
			[SOURCE.borders]: { type: 'geojson', data: data.borders },
			[SOURCE.coastline]: { type: 'geojson', data: data.coastline },
			[SOURCE.khorasan]: { type: 'geojson', data: data.khorasan },
			[SOURCE.khorasanLabel]: { type: 'geojson', data: data.khorasanLabel },
			[SOURCE.countryLabels]: { type: 'geojson', data: data.countryLabels },
			[SOURCE.waterLabels]: { type: 'geojson', data: data.waterLabels },
			[SOURCE.places]: { type: 'geojson', data: data.places }
		},
		layers
	};
}

/** One paint property of one layer, as `map.setPaintProperty` takes it. */
export interface PaintUpdate {
	layer: string;
	property: string;
	/** A colour, or an expression that gives one. */
	value: string | ExpressionSpecification;
}

/**
 * Every colour paint property of the style in `palette`: applying them all with setPaintProperty
 * turns a map built with one palette into the map buildStyle gives with the other, without
 * rebuilding the style (camera, fonts, data and filters stay). Derived from the same layer
 * definitions as buildStyle, so the two cannot drift apart.
 */
export function paletteUpdates(palette: Palette, focus: readonly string[]): PaintUpdate[] {
	return styleLayers({ focus }, palette).flatMap((layer) =>
		Object.entries('paint' in layer ? (layer.paint ?? {}) : {})
			.filter(([property]) => property.endsWith('-color'))
			.map(([property, value]) => ({
				layer: layer.id,
				property,
				// Colour properties hold colours or colour expressions (see the layers above).
				value: value as string | ExpressionSpecification
			}))
	);
}

/** The Khorasan hatch image (HATCH_IMAGE) in the palette's colour, at pixel ratio 2. */
export function hatchImage(palette: Palette): ReturnType<typeof hatchPixels> {
	return hatchPixels(20, palette.khorasan, 0.5, 10);
}

/**
 * RGBA pixels of the diagonal hatch that fills the Khorasan region: thin lines in `color` on a
 * transparent tile, so the country colours show through. Generated in code, no sprite needed.
 */
export function hatchPixels(
	size: number,
	color: string,
	alpha = 0.45,
	spacing = 6
): { width: number; height: number; data: Uint8ClampedArray } {
	const [r, g, b] = hexToRgb(color);
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			// Lines run bottom-left to top-right; the tile repeats seamlessly when size % spacing == 0.
			const d = (x + y) % spacing;
			const a = d === 0 ? alpha : d === 1 || d === spacing - 1 ? alpha * 0.35 : 0;
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.round(a * 255);
		}
	}
	return { width: size, height: size, data };
}

/** "#rrggbb" to [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Expected a #rrggbb colour, got "${hex}"`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
