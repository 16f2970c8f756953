/**
 * From the region's TopoJSON (static/geo/region.topo.json) to everything the style draws:
 * the geometry comes from $lib/geo's loadRegion, the label points and places are added here.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { loadRegion, parseRegionTopology } from '$lib/geo/topology';
import {
	KHORASAN_LABEL,
	countryLabelPoints,
	placesCollection,
	regionLabel,
	type MapPlace
} from './labels';
import type { LabelProps, MapData } from './style';

export interface RegionDataOptions {
	places?: readonly MapPlace[];
	/** ISO3 -> local-script name drawn under the English country name. */
	countryLocalNames?: Readonly<Record<string, string>>;
	/** Overrides the outline's own name; whatever it says must include "approximate". */
	khorasanLabel?: string;
}

/**
 * Checks and converts fetched JSON; throws an Error naming what is wrong with the file.
 */
export function regionData(json: unknown, options: RegionDataOptions = {}): MapData {
	const region = loadRegion(parseRegionTopology(json));
	const khorasan: Feature<Polygon | MultiPolygon> = region.khorasan;
	return {
		countries: region.countries,
		borders: region.borders,
		coastline: region.coastlines,
		khorasan,
		khorasanLabel: regionLabel(
			khorasan,
			options.khorasanLabel ?? region.khorasan.properties.name ?? KHORASAN_LABEL
		),
		countryLabels: countryLabelPoints(region.countries, options.countryLocalNames),
		waterLabels: region.waterLabels as FeatureCollection<Point, LabelProps>,
		places: placesCollection(options.places ?? [])
	};
}
