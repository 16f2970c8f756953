/**
 * Place dots styled by the content's place kind (capital, city, town, site, district, corridor),
 * as circle-layer paint expressions over the `kind` property of the places source. Capitals and
 * cities are solid and larger; towns smaller and lighter; sites (a building, an embassy) solid in
 * the accent colour; districts and corridors, which are areas rather than points, hollow rings.
 * Places without a kind fall back to the labelled/unlabelled sizes.
 * https://maplibre.org/maplibre-style-spec/layers/#circle
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LABELLED_PLACES } from './expressions';
import { HOLLOW_KINDS, KIND_RADIUS } from './placeKindSizes';

/** The colours the dots use (palette.ts PALETTE provides them). */
export interface PlaceDotColours {
	placeDot: string;
	minorPlaceDot: string;
	site: string;
	halo: string;
}

const KIND: ExpressionSpecification = ['get', 'kind'];

function radiusAt(stop: 0 | 1): ExpressionSpecification {
	const cases = Object.entries(KIND_RADIUS).flatMap(([kind, r]) => [kind, r[stop]]);
	const fallback: ExpressionSpecification = [
		'case',
		LABELLED_PLACES,
		stop === 0 ? 2.8 : 4.8,
		stop === 0 ? 1.9 : 3.6
	];
	return ['match', KIND, ...cases, fallback] as ExpressionSpecification;
}

/** `circle-radius`: by kind, growing with zoom from 3 to 8. */
export function placeRadius(): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 3, radiusAt(0), 8, radiusAt(1)];
}

/** `circle-color`: solid by kind; transparent for hollow kinds. */
export function placeColor(c: PlaceDotColours): ExpressionSpecification {
	return [
		'match',
		KIND,
		['capital', 'city'],
		c.placeDot,
		'town',
		c.minorPlaceDot,
		'site',
		c.site,
		[...HOLLOW_KINDS],
		'rgba(0,0,0,0)',
		['case', LABELLED_PLACES, c.placeDot, c.minorPlaceDot]
	];
}

/** `circle-stroke-color`: the halo around solid dots, the ring itself for hollow kinds. */
export function placeStrokeColor(c: PlaceDotColours): ExpressionSpecification {
	return ['match', KIND, [...HOLLOW_KINDS], c.placeDot, c.halo];
}

/** `circle-stroke-width`: a thin halo, a firmer ring. */
export function placeStrokeWidth(): ExpressionSpecification {
	return ['match', KIND, [...HOLLOW_KINDS], 1.8, 1];
}
