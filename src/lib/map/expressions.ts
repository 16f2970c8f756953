/**
 * MapLibre expressions and filters as small pure functions, so the style and the layer updates
 * read as intent and each can be unit-tested by evaluating it with the style-spec's own evaluator.
 * Expression reference: https://maplibre.org/maplibre-style-spec/expressions/
 */
import type {
	ExpressionSpecification,
	FilterSpecification
} from '@maplibre/maplibre-gl-style-spec';

/** Property that carries a country's ISO 3166-1 alpha-3 code in the `countries` source. */
export const ISO_PROPERTY = 'iso3';

/** A filter that matches nothing: layers keep a valid filter while no country is chosen. */
export const MATCH_NONE: FilterSpecification = false;

/** Normalises codes (upper case, deduplicated, sorted) so equal sets give equal expressions. */
export function normaliseIsoList(isoList: readonly string[]): string[] {
	return [...new Set(isoList.map((iso) => iso.trim().toUpperCase()).filter(Boolean))].sort();
}

/** True for features whose ISO3 code is one of `isoList`. */
export function isoIn(isoList: readonly string[]): ExpressionSpecification {
	return ['in', ['get', ISO_PROPERTY], ['literal', normaliseIsoList(isoList)]];
}

/** Fill colour: `focusColor` for the focus countries, `otherColor` for every other country. */
export function focusFill(
	isoList: readonly string[],
	focusColor: string,
	otherColor: string
): ExpressionSpecification {
	return ['case', isoIn(isoList), focusColor, otherColor];
}

/** Filter for a set of highlighted countries; matches nothing when the set is empty. */
export function highlightFilter(isoList: readonly string[]): FilterSpecification {
	return isoList.length === 0 ? MATCH_NONE : isoIn(isoList);
}

/** Filter for one selected country (or none). */
export function selectedFilter(iso: string | null | undefined): FilterSpecification {
	return iso ? ['==', ['get', ISO_PROPERTY], iso.trim().toUpperCase()] : MATCH_NONE;
}

/** Filter for one place by id (or none), for the active-place layer. */
export function placeFilter(id: string | null | undefined): FilterSpecification {
	return id ? ['==', ['get', 'id'], id] : MATCH_NONE;
}

/** Places that carry a label at low zoom (`label: true`). */
export const LABELLED_PLACES: ExpressionSpecification = ['==', ['get', 'label'], true];

/**
 * Label text: the English name (optionally upper-cased), and under it the local-script name when
 * the feature has a `localName`, drawn smaller and in `localFont`. MapLibre orders right-to-left
 * text itself; the line break keeps the two scripts from running into each other.
 */
export function bilingualLabel(options: {
	upcase?: boolean;
	englishFont: string;
	localFont: string;
	localScale?: number;
	/** Show the local name only from this zoom on (small screens start zoomed out). */
	localFromZoom?: number;
}): ExpressionSpecification {
	const english: ExpressionSpecification = options.upcase
		? ['upcase', ['get', 'name']]
		: ['get', 'name'];
	const englishOnly: ExpressionSpecification = [
		'format',
		english,
		{ 'text-font': ['literal', [options.englishFont]] }
	];
	const bilingual: ExpressionSpecification = [
		'case',
		['all', ['has', 'localName'], ['!=', ['get', 'localName'], '']],
		[
			'format',
			english,
			{ 'text-font': ['literal', [options.englishFont]] },
			'\n',
			{},
			['get', 'localName'],
			{
				'text-font': ['literal', [options.localFont]],
				'font-scale': options.localScale ?? 0.9
			}
		],
		englishOnly
	];
	// Zoom may only appear in a top-level step or interpolate, hence the wrapping.
	return options.localFromZoom === undefined
		? bilingual
		: ['step', ['zoom'], englishOnly, options.localFromZoom, bilingual];
}

/**
 * A value that grows linearly with zoom between two stops (e.g. text size or line width), so
 * features stay legible when zoomed out without crowding when zoomed in.
 */
export function byZoom(
	zoomLow: number,
	valueLow: number,
	zoomHigh: number,
	valueHigh: number
): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], zoomLow, valueLow, zoomHigh, valueHigh];
}
