/**
 * From the region's TopoJSON (static/geo/region.topo.json) to everything the style draws:
 * the geometry comes from $lib/geo's loadRegion, the label points and places are added here.
 */
import type { FeatureCollection, Point } from 'geojson';
import { loadRegion, parseRegionTopology, type OverlayFeature } from '$lib/geo/topology';
import { countryLabelPoints, placesCollection, regionLabel, type MapPlace } from './labels';
import { OVERLAY_COLOURS, type OverlayColour } from './palette';
import type { LabelProps, MapData, MapOverlay, OverlayLook } from './style';

export interface RegionDataOptions {
	places?: readonly MapPlace[];
	/** ISO3 -> local-script name drawn under the English country name. */
	countryLocalNames?: Readonly<Record<string, string>>;
}

/**
 * How an overlay of the topology is drawn; throws on a style or colour the map cannot draw, or
 * on an approximate overlay whose label does not say so.
 */
export function overlayLook(overlay: OverlayFeature): OverlayLook {
	const { label, style, colour, approximate } = overlay.properties;
	if (style !== 'hatch' && style !== 'tint') {
		throw new Error(`region.topo.json: overlay "${overlay.id}" has an unknown style "${style}"`);
	}
	if (!(colour in OVERLAY_COLOURS)) {
		throw new Error(`region.topo.json: overlay "${overlay.id}" has an unknown colour "${colour}"`);
	}
	if (approximate && !/approximate/i.test(label)) {
		throw new Error(
			`region.topo.json: the label of overlay "${overlay.id}" must say "approximate"`
		);
	}
	return { id: overlay.id, style, colour: colour as OverlayColour, approximate };
}

/** The overlays of the topology as the style draws them, each with its label point. */
export function mapOverlays(overlays: readonly OverlayFeature[]): MapOverlay[] {
	return overlays.map((o) => ({
		...overlayLook(o),
		shape: o,
		label: regionLabel(o, o.properties.label)
	}));
}

/**
 * Checks and converts fetched JSON; throws an Error naming what is wrong with the file.
 */
export function regionData(json: unknown, options: RegionDataOptions = {}): MapData {
	const region = loadRegion(parseRegionTopology(json));
	return {
		countries: region.countries,
		borders: region.borders,
		coastline: region.coastlines,
		overlays: mapOverlays(region.overlays),
		countryLabels: countryLabelPoints(region.countries, options.countryLocalNames),
		waterLabels: region.waterLabels as FeatureCollection<Point, LabelProps>,
		places: placesCollection(options.places ?? [])
	};
}
