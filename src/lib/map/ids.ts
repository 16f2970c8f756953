/**
 * Source and layer ids of the map style: the names later work (clicks, popups, tests) refers to.
 * Kept in one place so that a renamed layer fails the type-check, not a test at runtime.
 */
export const SOURCE = {
	countries: 'countries',
	borders: 'borders',
	coastline: 'coastline',
	khorasan: 'khorasan',
	khorasanLabel: 'khorasan-label',
	countryLabels: 'country-labels',
	waterLabels: 'water-labels',
	places: 'places'
} as const;

export const LAYER = {
	background: 'background',
	countriesFill: 'countries-fill',
	countriesHighlight: 'countries-highlight',
	countriesSelected: 'countries-selected',
	khorasanFill: 'khorasan-fill',
	coastline: 'coastline',
	borders: 'borders',
	khorasanOutline: 'khorasan-outline',
	countriesSelectedOutline: 'countries-selected-outline',
	places: 'places',
	placeActive: 'place-active',
	waterLabels: 'water-labels',
	countryLabels: 'country-labels',
	placeLabels: 'place-labels',
	khorasanLabel: 'khorasan-label',
	focusLabels: 'focus-labels'
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Symbol layers that carry text, for tests and for whoever needs to read the labels. */
export const LABEL_LAYERS: readonly LayerId[] = [
	LAYER.waterLabels,
	LAYER.countryLabels,
	LAYER.placeLabels,
	LAYER.khorasanLabel,
	LAYER.focusLabels
];

/** Id of the generated hatch pattern image used by the Khorasan fill. */
export const HATCH_IMAGE = 'khorasan-hatch';
