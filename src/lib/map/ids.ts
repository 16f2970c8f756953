/**
 * Source and layer ids of the map style: the names later work (clicks, popups, tests) refers to.
 * Kept in one place so that a renamed layer fails the type-check, not a test at runtime.
 */
export const SOURCE = {
	countries: 'countries',
	borders: 'borders',
	coastline: 'coastline',
	countryLabels: 'country-labels',
	waterLabels: 'water-labels',
	places: 'places'
} as const;

export const LAYER = {
	background: 'background',
	countriesFill: 'countries-fill',
	countriesHighlight: 'countries-highlight',
	countriesSelected: 'countries-selected',
	coastline: 'coastline',
	borders: 'borders',
	countriesSelectedOutline: 'countries-selected-outline',
	places: 'places',
	placeActive: 'place-active',
	waterLabels: 'water-labels',
	countryLabels: 'country-labels',
	placeLabels: 'place-labels',
	focusLabels: 'focus-labels'
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/**
 * The sources and layers of one overlay (overlays.yaml), named after its id: the fill over the
 * countries, the outline over the borders, the label among the symbols.
 */
export function overlayIds(id: string) {
	return {
		source: `overlay-${id}`,
		labelSource: `overlay-${id}-label`,
		fill: `overlay-${id}-fill`,
		outline: `overlay-${id}-outline`,
		label: `overlay-${id}-label`
	} as const;
}

/** Prefix of every overlay layer: the first overlay fill is where layers under them go. */
export const OVERLAY_LAYER_PREFIX = 'overlay-';

/** Symbol layers that carry text, for tests and for whoever needs to read the labels. */
export const LABEL_LAYERS: readonly LayerId[] = [
	LAYER.waterLabels,
	LAYER.countryLabels,
	LAYER.placeLabels,
	LAYER.focusLabels
];

/** Prefix of the generated hatch images: one per overlay colour token ("overlay-hatch-overlay-1"). */
export const HATCH_IMAGE_PREFIX = 'overlay-hatch-';

/** Id of the generated hatch image in an overlay colour. */
export function hatchImageId(colour: string): string {
	return `${HATCH_IMAGE_PREFIX}${colour}`;
}
