/**
 * Label points for the map: where a country's or region's name sits, and the places the page
 * passes in, as GeoJSON the style's symbol layers draw. Pure functions of their inputs.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { COUNTRY_LABELS } from '$lib/geo/region';
import type { CountryCollection } from '$lib/geo/topology';
import type { LabelProps, PlaceProps } from './data';

/** A place as the map needs it; the page maps its content `Place` to this. */
export interface MapPlace {
	id: string;
	/** English name. */
	name: string;
	/** Name in the local script (e.g. Persian), shown under the English name. */
	localName?: string;
	lon: number;
	lat: number;
	/** Labelled at low zoom (the key cities); other places show as dots only. */
	label: boolean;
	/** The content's place kind (capital, city, town, site, district, corridor): styles the dot. */
	kind?: string;
}

type Ring = Position[];

function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return Math.abs(a / 2);
}

function insideRing([x, y]: [number, number], ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i] as [number, number];
		const [xj, yj] = ring[j] as [number, number];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function segmentDistance(px: number, py: number, a: Position, b: Position, kx: number): number {
	const ax = a[0]! * kx;
	const bx = b[0]! * kx;
	const x = px * kx;
	const [ay, by] = [a[1]!, b[1]!];
	const dx = bx - ax;
	const dy = by - ay;
	const t =
		dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
	return Math.hypot(x - (ax + t * dx), py - (ay + t * dy));
}

/**
 * A point well inside a polygon for its label: on the largest part, the grid point farthest from
 * any edge (a coarse "pole of inaccessibility"), in lon/lat with longitude scaled by cos(latitude)
 * so that distances are roughly true at the region's latitudes.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, grid = 24): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best = polygons[0];
	for (const poly of polygons) if (ringArea(poly[0]!) > ringArea(best![0]!)) best = poly;
	const rings = best!;
	const outer = rings[0]!;
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of outer as [number, number][]) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
	let point: [number, number] = [(w + e) / 2, (s + n) / 2];
	let bestDistance = -1;
	for (let i = 0; i <= grid; i++) {
		for (let j = 0; j <= grid; j++) {
			const p: [number, number] = [
				w + ((e - w) * (i + 0.5)) / (grid + 1),
				s + ((n - s) * (j + 0.5)) / (grid + 1)
			];
			if (!insideRing(p, outer) || rings.slice(1).some((hole) => insideRing(p, hole))) continue;
			let d = Infinity;
			for (const ring of rings) {
				for (let k = 1; k < ring.length; k++) {
					d = Math.min(d, segmentDistance(p[0], p[1], ring[k - 1]!, ring[k]!, kx));
				}
			}
			if (d > bestDistance) {
				bestDistance = d;
				point = p;
			}
		}
	}
	return [round(point[0]), round(point[1])];
}

function round(x: number): number {
	return Math.round(x * 1e4) / 1e4;
}

function pointFeature<P>(coordinates: [number, number], properties: P): Feature<Point, P> {
	return { type: 'Feature', properties, geometry: { type: 'Point', coordinates } };
}

/**
 * One label point per country, with its local-script name where `localNames` has one; the
 * region's hidden units get none, and its hand-placed points win over the computed ones.
 */
export function countryLabelPoints(
	countries: CountryCollection,
	localNames: Readonly<Record<string, string>> = {},
	{ hidden, at: anchors }: Pick<typeof COUNTRY_LABELS, 'hidden' | 'at'> = COUNTRY_LABELS
): FeatureCollection<Point, LabelProps & { iso3: string }> {
	return {
		type: 'FeatureCollection',
		features: countries.features
			.filter((f) => !hidden.includes(f.properties.iso3))
			.map((f) => {
				const localName = localNames[f.properties.iso3];
				const props = { iso3: f.properties.iso3, name: f.properties.name };
				const at = anchors[props.iso3] ?? labelPoint(f.geometry);
				return pointFeature(at, localName ? { ...props, localName } : props);
			})
	};
}

/**
 * A region's label point, its name broken before the parenthesis so that a qualifier
 * ("(historical, approximate)") reads as a second line.
 */
export function regionLabel(
	region: Feature<Polygon | MultiPolygon>,
	name: string
): FeatureCollection<Point, LabelProps> {
	return {
		type: 'FeatureCollection',
		features: [pointFeature(labelPoint(region.geometry), { name: name.replace(/ \(/, '\n(') })]
	};
}

/** The places as GeoJSON points for the places source; drops entries with invalid coordinates. */
export function placesCollection(
	places: readonly MapPlace[]
): FeatureCollection<Point, PlaceProps> {
	return {
		type: 'FeatureCollection',
		features: places
			.filter((p) => Number.isFinite(p.lon) && Number.isFinite(p.lat) && Math.abs(p.lat) <= 90)
			.map((p) => {
				const props: PlaceProps = { id: p.id, name: p.name, label: p.label };
				if (p.localName) props.localName = p.localName;
				if (p.kind) props.kind = p.kind;
				return pointFeature([p.lon, p.lat], props);
			})
	};
}
