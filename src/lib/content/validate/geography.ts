/** Step 4: coordinates against the country shapes. */
import { createCountryShapes, type CountriesCollection } from '../countryShapes.js';
import type { Run } from './context.js';

export function checkGeography(
	run: Run,
	countries: CountriesCollection,
	toleranceKm: number
): void {
	const shapes = createCountryShapes(countries);
	const countryById = new Map(run.entries.countries.map((e) => [e.value.id, e.value]));
	const countriesFile = run.parsed.get('countries');
	const placesFile = run.parsed.get('places');
	const missingShape = new Set<string>();
	for (const e of run.entries.countries) {
		if (e.value.onMap && !shapes.has(e.value.id) && countriesFile) {
			missingShape.add(e.value.id);
			run.report(
				countriesFile,
				'geodata',
				`onMap is true but the geodata has no shape with id "${e.value.id}" (expected a country feature with that id in the content folder's geo/, or onMap: false)`,
				{ entry: e.label, entryId: e.value.id, path: [e.index, 'onMap'] }
			);
		}
	}
	for (const e of run.entries.places) {
		const place = e.value;
		const country = countryById.get(place.country);
		if (!placesFile || !country?.onMap || missingShape.has(country.id)) continue;
		const distance = shapes.distanceKm(country.id, place.lon, place.lat);
		if (distance <= toleranceKm) continue;
		const inside = shapes.countriesAt(place.lon, place.lat);
		const swapped = shapes.contains(country.id, place.lat, place.lon);
		run.report(
			placesFile,
			'outside-country',
			`coordinates (lat ${place.lat}, lon ${place.lon}) lie ${Math.round(distance)} km outside ${country.id}` +
				(inside.length ? `, inside ${inside.join(', ')}` : '') +
				(swapped ? '; lat and lon look swapped' : '') +
				` (expected a point in ${country.id}, within ${toleranceKm} km of its border)`,
			{ entry: e.label, entryId: place.id, path: [e.index, 'lat'] }
		);
	}
}
