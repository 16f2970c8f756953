/**
 * From the region's TopoJSON (src/content/geo/region.topo.json) to everything the style draws:
 * the geometry comes from $lib/geo's loadRegion, the label points and places are added here.
 */
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon
} from 'geojson';
import {
	loadRegion,
	parseRegionTopology,
	type CountryCollection,
	type OverlayFeature
} from '$lib/geo/topology';
import { countryLabelPoints, placesCollection, regionLabel, type MapPlace } from './labels';
import { OVERLAY_COLOURS, type OverlayColour } from './palette';

/** Properties of a label point (country or place): English name and optional local-script name. */
export interface LabelProps {
	name: string;
	localName?: string;
}

/** Properties of a place point; `label` marks the key cities labelled at low zoom. */
export interface PlaceProps extends LabelProps {
	id: string;
	label: boolean;
	/** The content's place kind; see placeKinds.ts. */
	kind?: string;
}

/** How an overlay is drawn: what its layers need, without its geometry. */
export interface OverlayLook {
	id: string;
	/** Diagonal lines in its colour, or a light wash of it. */
	style: 'hatch' | 'tint';
	colour: OverlayColour;
	/** A hand-drawn guess: its outline is dashed. */
	approximate: boolean;
}

/** One overlay (overlays.yaml) as the style draws it. */
export interface MapOverlay extends OverlayLook {
	shape: Feature<Polygon | MultiPolygon>;
	/** Where its label goes; an approximate overlay's says "approximate". */
	label: FeatureCollection<Point, LabelProps>;
}

/** Everything the style draws, already converted from TopoJSON to GeoJSON. */
export interface MapData {
	/** Countries with `properties.iso3` (ISO 3166-1 alpha-3), as $lib/geo's loadRegion gives them. */
	countries: CountryCollection;
	/** Land borders, each drawn once (`mesh(a !== b)`). */
	borders: MultiLineString;
	/** Outer edges of the countries (`mesh(a === b)`): the coast, and clip edges beyond maxBounds. */
	coastline: MultiLineString;
	/** The story's overlays, in drawing order (none, one or several). */
	overlays: MapOverlay[];
	countryLabels: FeatureCollection<Point, LabelProps & { iso3: string }>;
	waterLabels: FeatureCollection<Point, LabelProps>;
	places: FeatureCollection<Point, PlaceProps>;
}

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
