/**
 * The GeoJSON downloads (RFC 7946): positions are [longitude, latitude] in WGS 84.
 * - places.geojson: one Point Feature per place.
 * - events.geojson: one Feature per event (date order) whose geometry is a MultiPoint of its
 *   places, in the order the event lists them, so one event stays one row in a GIS; an event
 *   with no place (an online statement, a publication) has a null geometry, which RFC 7946 §3.2
 *   allows, so that every event is in the file.
 * Each FeatureCollection carries the download's `meta` block as a foreign member (§6.1).
 */
import type { Feature, FeatureCollection, MultiPoint, Point, Position } from 'geojson';
import type { ContentIndex } from '../content/selectors.js';
import type { Place } from '../content/types.js';
import { dateFields } from './dates.js';
import { exportMeta, type ExportMeta } from './json.js';
import { permalinkHref } from './links.js';
import type { ExportOptions } from './columns.js';
import { localName, localNameLanguages } from './tables.js';

/** Property values: flat, so GIS tools show them as attribute columns. */
export type PropertyValue = string | number | boolean | null | string[];
export type Properties = Record<string, PropertyValue>;

export type ExportFeatureCollection<G extends Point | MultiPoint | null> = FeatureCollection<
	G,
	Properties
> & { meta: ExportMeta };

/** [lon, lat]: GeoJSON's order, the reverse of how people say coordinates. */
export function position(place: Pick<Place, 'lat' | 'lon'>): Position {
	return [place.lon, place.lat];
}

export function placesGeoJson(
	index: ContentIndex,
	options: ExportOptions = {}
): ExportFeatureCollection<Point> {
	const places = index.content.places;
	const languages = localNameLanguages(places);
	const features = places.map((p): Feature<Point, Properties> => ({
		type: 'Feature',
		id: p.id,
		geometry: { type: 'Point', coordinates: position(p) },
		properties: {
			id: p.id,
			name: p.name,
			...Object.fromEntries(languages.map((lang) => [`name_${lang}`, localName(p, lang) ?? null])),
			country: p.country,
			countryName: index.countryById.get(p.country)?.name ?? p.country,
			kind: p.kind,
			precision: p.precision,
			note: p.note ?? null,
			label: p.label,
			sources: p.sources,
			events: index.eventsAt(p.id).map((e) => e.id),
			claims: index.claimsAt(p.id).map((c) => c.id)
		}
	}));
	return {
		type: 'FeatureCollection',
		meta: exportMeta(index.content, 'places', { places: features.length }, options),
		features
	};
}

export function eventsGeoJson(
	index: ContentIndex,
	options: ExportOptions = {}
): ExportFeatureCollection<MultiPoint | null> {
	const features = index.eventsInDateOrder().map((e): Feature<MultiPoint | null, Properties> => {
		const places = index.placesOf(e);
		const d = dateFields(e.date);
		const c = e.casualties;
		return {
			type: 'Feature',
			id: e.id,
			geometry: places.length ? { type: 'MultiPoint', coordinates: places.map(position) } : null,
			properties: {
				id: e.id,
				title: e.title,
				date: d.date,
				dateText: d.dateText,
				dateIso: d.dateIso,
				dateStart: d.dateStart,
				dateEnd: d.dateEnd,
				datePrecision: d.datePrecision,
				dateEndPrecision: d.dateEndPrecision,
				kind: e.kind,
				basis: e.basis,
				places: places.map((p) => p.id),
				placeNames: places.map((p) => p.name),
				placeNote: e.placeNote ?? null,
				countries: e.countries,
				actors: e.actors,
				killed: c?.killed ?? null,
				killedLow: c?.killedRange?.[0] ?? null,
				killedHigh: c?.killedRange?.[1] ?? null,
				injured: c?.injured ?? null,
				injuredLow: c?.injuredRange?.[0] ?? null,
				injuredHigh: c?.injuredRange?.[1] ?? null,
				summary: e.summary,
				sources: e.sources,
				factCheckVerdict: e.factCheck?.verdict ?? null,
				citedBy: index.claimsCiting(e.id).map((cl) => cl.id),
				permalink: permalinkHref(options.siteUrl, 'events', e.id)
			}
		};
	});
	return {
		type: 'FeatureCollection',
		meta: exportMeta(index.content, 'events', { events: features.length }, options),
		features
	};
}
