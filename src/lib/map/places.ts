import type { Place } from '$lib/content/types';
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
