/**
 * Our own keyless MapLibre style, built in code: GeoJSON sources only (no tiles, no sprite, no
 * glyph server), fonts from our origin through `font-faces`.
 * Style reference: https://maplibre.org/maplibre-style-spec/
 * Layer order matters: fills, then lines (coast, borders, overlay outlines) over them, then
 * symbols, so that no fill ever covers a border or a label. Among symbols the later layer is placed
 * first and wins collisions: focus countries' names, the overlays' labels, cities, then the rest.
 */
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
import type { MapData, OverlayLook } from './data';
import { FONT, fontFaces } from './fonts';
import { LAYER, SOURCE, overlayIds } from './ids';
import { placeColor, placeRadius, placeStrokeColor, placeStrokeWidth } from './placeKinds';
import { PALETTE, type Palette } from './palette';
import {
	LABEL_HALO as HALO,
	overlayFillLayer,
	overlayLabelLayer,
	overlayOutlineLayer
} from './overlayStyle';

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
	overlays: readonly OverlayLook[],
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
		...overlays.map((o) => overlayFillLayer(o, p)),
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
		...overlays.map((o) => overlayOutlineLayer(o, p)),
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
				'circle-color': placeColor(p),
				'circle-stroke-color': placeStrokeColor(p),
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
		...overlays.map((o) => overlayLabelLayer(o, p)),
		countryLabelLayer(LAYER.focusLabels, isFocus, true, p)
	];
}

/** Builds the complete style. Pure: the same options give the same style. */
export function buildStyle(options: StyleOptions): StyleSpecification {
	const p = options.palette ?? PALETTE;
	const { data } = options;
	const layers = styleLayers(options, data.overlays, p);
	const overlaySources = Object.fromEntries(
		data.overlays.flatMap((o) => [
			[overlayIds(o.id).source, { type: 'geojson' as const, data: o.shape }],
			[overlayIds(o.id).labelSource, { type: 'geojson' as const, data: o.label }]
		])
	);
	return {
		version: 8,
		name: 'Story map (keyless, same-origin)',
		'font-faces': fontFaces(options.assetsUrl),
		sources: {
			[SOURCE.countries]: {
				type: 'geojson',
				data: data.countries,
				promoteId: 'iso3'
			},
			[SOURCE.borders]: { type: 'geojson', data: data.borders },
			[SOURCE.coastline]: { type: 'geojson', data: data.coastline },
			...overlaySources,
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
export function paletteUpdates(
	palette: Palette,
	focus: readonly string[],
	overlays: readonly OverlayLook[] = []
): PaintUpdate[] {
	return styleLayers({ focus }, overlays, palette).flatMap((layer) =>
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
