import type { Country, Place } from '$lib/content/types';
import { COUNTRY_LABELS } from '$lib/geo/region';
import { textDirection } from '$lib/utils/lang';
import type { MapPlace } from './labels';

/**
 * Content places -> what the map draws. The local name shown is the first right-to-left one
 * (Persian/Dari/Pashto) or, failing that, the first local name, since the map label has room for one.
 */
export function toMapPlaces(places: readonly Place[]): MapPlace[] {
	return places.map((p) => {
		const local = p.localNames.find((n) => textDirection(n.lang) === 'rtl') ?? p.localNames[0];
		return {
			id: p.id,
			name: p.name,
			localName: local?.text,
			lon: p.lon,
			lat: p.lat,
			label: p.label,
			kind: p.kind
		};
	});
}

/** ISO3 -> the local name drawn under a country's English label, for the region's chosen countries. */
export function toCountryLocalNames(countries: readonly Country[]): Record<string, string> {
	const names: Record<string, string> = {};
	for (const c of countries) {
		const local = c.localNames[0];
		if (local && COUNTRY_LABELS.localNames.includes(c.id)) names[c.id] = local.text;
	}
	return names;
}
