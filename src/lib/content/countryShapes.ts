/**
 * Point-in-country tests for the validator, over a countries FeatureCollection whose feature ids
 * are ISO 3166-1 alpha-3 codes (as src/content/geo/region.topo.json provides after topojson `feature`).
 */
import { geoArea, geoContains } from 'd3-geo';
import type {
	Feature,
	FeatureCollection,
	Geometry,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

export type CountriesCollection = FeatureCollection<Geometry | null>;

export interface CountryShapes {
	/** Whether the geodata has a shape for this code. */
	has(iso3: string): boolean;
	/** Whether [lon, lat] lies inside the country's shape. */
	contains(iso3: string, lon: number, lat: number): boolean;
	/** Distance in km from [lon, lat] to the country's nearest border or coast (0 when inside). */
	distanceKm(iso3: string, lon: number, lat: number): number;
	/** The codes of the shapes that contain [lon, lat]. */
	countriesAt(lon: number, lat: number): string[];
}

/**
 * d3-geo reads polygon winding as meaning (clockwise exterior = the small side). Geodata written
 * with the opposite (RFC 7946) winding would make a country cover the rest of the globe, so any
 * polygon larger than a hemisphere is flipped.
 */
function rewind(rings: Position[][]): Position[][] {
	const polygon: Polygon = { type: 'Polygon', coordinates: rings };
	return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
	if (!geometry) return [];
	switch (geometry.type) {
		case 'Polygon':
			return [geometry.coordinates];
		case 'MultiPolygon':
			return geometry.coordinates;
		case 'GeometryCollection':
			return geometry.geometries.flatMap(polygonsOf);
		default:
			return [];
	}
}

/**
 * Distance from p to segment ab in km, in a local equirectangular plane centred on p. Exact enough
 * (well under 1% error) at the tens of kilometres the border tolerance is about.
 */
function segmentDistanceKm(p: Position, a: Position, b: Position): number {
	const [lon0 = 0, lat0 = 0] = p;
	const k = Math.cos((lat0 * Math.PI) / 180);
	const project = ([lon = 0, lat = 0]: Position): [number, number] => {
		let dLon = lon - lon0;
		if (dLon > 180) dLon -= 360;
		if (dLon < -180) dLon += 360;
		return [dLon * k * KM_PER_DEGREE, (lat - lat0) * KM_PER_DEGREE];
	};
	const [ax, ay] = project(a);
	const [bx, by] = project(b);
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSq = dx * dx + dy * dy;
	const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSq));
	return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Indexes a countries FeatureCollection by feature id (falling back to properties.id or iso3). */
export function createCountryShapes(collection: CountriesCollection): CountryShapes {
	const shapes = new Map<string, Feature<MultiPolygon>>();
	for (const feature of collection.features) {
		const props = feature.properties ?? {};
		const code = feature.id ?? props.id ?? props.iso3;
		if (typeof code !== 'string') continue;
		const polygons = polygonsOf(feature.geometry).map(rewind);
		const existing = shapes.get(code);
		if (existing) existing.geometry.coordinates.push(...polygons);
		else {
			shapes.set(code, {
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiPolygon', coordinates: polygons }
			});
		}
	}

	const contains = (iso3: string, lon: number, lat: number): boolean => {
		const shape = shapes.get(iso3);
		return shape !== undefined && geoContains(shape, [lon, lat]);
	};

	return {
		has: (iso3) => shapes.has(iso3),
		contains,
		distanceKm(iso3, lon, lat) {
			const shape = shapes.get(iso3);
			if (!shape) return Infinity;
			if (contains(iso3, lon, lat)) return 0;
			let best = Infinity;
			for (const polygon of shape.geometry.coordinates) {
				for (const ring of polygon) {
					for (let i = 1; i < ring.length; i++) {
						const a = ring[i - 1];
						const b = ring[i];
						if (a && b) best = Math.min(best, segmentDistanceKm([lon, lat], a, b));
					}
				}
			}
			return best;
		},
		countriesAt(lon, lat) {
			return [...shapes.keys()].filter((code) => contains(code, lon, lat));
		}
	};
}
