/**
 * Reading src/content/geo/region.topo.json (built by `npm run geo`, described in geo/README.md):
 * its shape as types, a check for fetched JSON, and the conversion to the GeoJSON that the map,
 * the static SVG map and the content validator use. topojson-client stays at this edge.
 */
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { CLIP_BOX, type Bounds } from './region';

/** Properties of a country in the file. Its ISO 3166-1 alpha-3 code is the feature `id`. */
export interface CountryFileProperties {
	name: string;
}

/** Properties of a country after `loadRegion`: the code is copied into `iso3` (see below). */
export interface CountryProperties {
	name: string;
	iso3: string;
}

/** Properties of an overlay (overlays.yaml, copied by the geo build); its id is the feature `id`. */
export interface OverlayProperties {
	/** The map label; an approximate overlay's says "approximate". */
	label: string;
	/** A hand-drawn guess rather than a boundary: drawn with a dashed outline. */
	approximate: boolean;
	/** 'hatch' or 'tint'. */
	style: string;
	/** A colour token of the palette ('overlay-1' ...). */
	colour: string;
}

export interface WaterLabelProperties {
	name: string;
}

/** The objects of region.topo.json. */
export type RegionObjects = {
	countries: GeometryCollection<CountryFileProperties>;
	overlays: GeometryCollection<OverlayProperties>;
	waterLabels: GeometryCollection<WaterLabelProperties>;
};

export type RegionTopology = Topology<RegionObjects>;

export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id: string };

export type OverlayFeature = Feature<Polygon | MultiPolygon, OverlayProperties> & { id: string };

export interface CountryCollection {
	type: 'FeatureCollection';
	features: CountryFeature[];
}

/** The region as GeoJSON, in d3-geo's winding (exterior rings clockwise, as world-atlas). */
export interface Region {
	/** Countries cut to CLIP_BOX, `id` and `properties.iso3` = ISO 3166-1 alpha-3, sorted by id. */
	countries: CountryCollection;
	/** Every land border once (`mesh(a !== b)`); never a clip edge. */
	borders: MultiLineString;
	/** Coasts (`mesh(a === b)`) with the clip box edges removed. */
	coastlines: MultiLineString;
	/** The story's overlays, in drawing order; an approximate one is labelled so wherever shown. */
	overlays: OverlayFeature[];
	/** Points for sea and gulf names. */
	waterLabels: FeatureCollection<Point, WaterLabelProperties>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that fetched JSON has the shape of region.topo.json and returns it typed; throws an
 * Error naming the first thing that is wrong. Checks structure, not every coordinate.
 */
export function parseRegionTopology(value: unknown): RegionTopology {
	const fail = (problem: string): never => {
		throw new Error(`region.topo.json: ${problem}`);
	};
	if (!isRecord(value) || value.type !== 'Topology') return fail('not a TopoJSON Topology');
	if (!Array.isArray(value.arcs)) return fail('"arcs" is not an array');
	const objects = value.objects;
	if (!isRecord(objects)) return fail('"objects" is missing');
	for (const name of ['countries', 'overlays', 'waterLabels']) {
		const object = objects[name];
		if (!isRecord(object) || object.type !== 'GeometryCollection') {
			fail(`object "${name}" is not a GeometryCollection`);
		}
	}
	const countries = objects.countries as { geometries: unknown };
	if (!Array.isArray(countries.geometries)) return fail('"countries" has no geometries');
	for (const g of countries.geometries) {
		if (!isRecord(g) || typeof g.id !== 'string' || !/^[A-Z]{3}$/.test(g.id)) {
			fail('every country needs a three-letter upper-case id');
		}
	}
	const overlays = objects.overlays as { geometries: unknown };
	if (!Array.isArray(overlays.geometries)) return fail('"overlays" has no geometries');
	for (const g of overlays.geometries) {
		if (!isRecord(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
			return fail('every overlay must be a Polygon or MultiPolygon');
		}
		const p = g.properties;
		if (
			typeof g.id !== 'string' ||
			!isRecord(p) ||
			typeof p.label !== 'string' ||
			typeof p.approximate !== 'boolean' ||
			typeof p.style !== 'string' ||
			typeof p.colour !== 'string'
		) {
			return fail('every overlay needs an id and { label, approximate, style, colour }');
		}
	}
	return value as unknown as RegionTopology;
}

/**
 * Removes the segments that lie on the edges of `box` (to within `epsilon` degrees), splitting
 * lines where they were. Used to keep the clip box out of the coastlines.
 */
export function withoutBoxEdges(
	lines: MultiLineString,
	box: Readonly<Bounds>,
	epsilon = 1e-6
): MultiLineString {
	const [[w, s], [e, n]] = box;
	const near = (a: number, b: number) => Math.abs(a - b) <= epsilon;
	const onEdge = ([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position) =>
		(near(ax, w) && near(bx, w)) ||
		(near(ax, e) && near(bx, e)) ||
		(near(ay, s) && near(by, s)) ||
		(near(ay, n) && near(by, n));
	const out: Position[][] = [];
	for (const line of lines.coordinates) {
		let part: Position[] = [];
		for (let i = 0; i < line.length; i++) {
			const point = line[i] as Position;
			const previous = line[i - 1];
			if (previous && onEdge(previous, point)) {
				if (part.length > 1) out.push(part);
				part = [];
			}
			part.push(point);
		}
		if (part.length > 1) out.push(part);
	}
	return { type: 'MultiLineString', coordinates: out };
}

/**
 * Converts the topology to GeoJSON. Country features carry their code twice: as `id` (GeoJSON)
 * and as `properties.iso3`, because MapLibre turns string feature ids into NaN (it only keeps
 * numeric ids): style filters read `['get', 'iso3']`, feature state needs `promoteId: 'iso3'`.
 */
export function loadRegion(topology: RegionTopology): Region {
	const { countries, overlays, waterLabels } = topology.objects;
	const collection = feature(topology, countries);
	const features: CountryFeature[] = [];
	for (const f of collection.features) {
		const g = f.geometry;
		if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
		const iso3 = String(f.id);
		features.push({
			type: 'Feature',
			id: iso3,
			properties: { name: f.properties.name, iso3 },
			geometry: g
		});
	}
	features.sort((a, b) => a.id.localeCompare(b.id));
	// Half a quantisation step: the clip edges sit exactly on the quantised box.
	const scale = topology.transform?.scale ?? [0, 0];
	const epsilon = Math.max(scale[0], scale[1]) / 2 || 1e-9;
	return {
		countries: { type: 'FeatureCollection', features },
		borders: mesh(topology, countries, (a, b) => a !== b),
		coastlines: withoutBoxEdges(
			mesh(topology, countries, (a, b) => a === b),
			CLIP_BOX,
			epsilon
		),
		overlays: feature(topology, overlays).features.flatMap((f) =>
			f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
				? [{ ...f, id: String(f.id), geometry: f.geometry }]
				: []
		),
		waterLabels: feature(topology, waterLabels) as FeatureCollection<Point, WaterLabelProperties>
	};
}
