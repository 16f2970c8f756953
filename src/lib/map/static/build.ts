/**
 * Builds the static map from the region's topology and the places: projected, simplified for the
 * frame's scale, as compact SVG path text and label positions. Pure; runs at build time only (see
 * build.server.ts), so neither d3-geo nor the topology is shipped to the browser for it.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geoPath, type GeoProjection } from 'd3-geo';
import { presimplify, simplify } from 'topojson-simplify';
import { FOCUS_COUNTRIES, INITIAL_BOUNDS, STATIC_BOUNDS, type Bounds } from '$lib/geo/region';
import { loadRegion, type CountryFeature, type RegionTopology } from '$lib/geo/topology';
import { overlayLook } from '../data';
import { countryLabelPoints, regionLabel, type MapPlace } from '../labels';
import { dotStyle } from './dots';
import { DOT_RADIUS, KEY_CITY_CLEARANCE } from './labelStyle';
import { placeLabels, type LabelCandidate, type Obstacle } from './layout';
import { pathText, round, staticProjection } from './project';
import type {
	Box,
	LabelLine,
	StaticCountry,
	StaticMapData,
	StaticOverlay,
	StaticPlace
} from './types';

export interface StaticMapOptions {
	/** The frame: default INITIAL_BOUNDS, the WebGL map's first view. */
	fit?: Readonly<Bounds>;
	/** What is drawn around it: default DRAW_BOUNDS. */
	draw?: Readonly<Bounds>;
	focus?: readonly string[];
	/**
	 * Points that make a triangle smaller than this with their neighbours (in square user units)
	 * are dropped. 1.5 is about 4 square pixels on a desktop: invisible there, and it halves the
	 * bytes.
	 */
	minTriangleArea?: number;
	/**
	 * Outside the frame (plus FRAME_MARGIN), triangles count this much smaller: what is seen only
	 * on unusually shaped screens is simplified harder.
	 */
	outsideWeight?: number;
	/** Islands (parts of a country) smaller than this, in square user units, are left out. */
	minPartArea?: number;
	/** The link of a country without JavaScript; undefined: the country is not a link. */
	countryHref?: (iso3: string) => string | undefined;
	/** The link of a place without JavaScript; undefined: no link. */
	placeHref?: (id: string) => string | undefined;
	/** ISO3 -> local-script name under the English country name (as on the WebGL map). */
	countryLocalNames?: Readonly<Record<string, string>>;
}

/**
 * What the static map draws: the frame (INITIAL_BOUNDS) grows with the container's shape, as the
 * WebGL map's first view does; the region's staticBounds covers that, and beyond it is water colour.
 */
export const DRAW_BOUNDS: Readonly<Bounds> = STATIC_BOUNDS;

export const DEFAULTS = {
	minTriangleArea: 1.5,
	outsideWeight: 0.1,
	minPartArea: 2
} as const;

/** Margin around the frame, in user units, still simplified as finely as the frame itself. */
export const FRAME_MARGIN = 60;

/**
 * Visvalingam weights in the frame's units: the area of each point's triangle after projection,
 * so that what is dropped is what would not show at this scale.
 */
function projectedArea(projection: GeoProjection, fine: Box, outsideWeight: number) {
	return (triangle: Position[]): number => {
		const [a, b, c] = triangle.map((p) => projection([p[0]!, p[1]!]) ?? [0, 0]) as [
			[number, number],
			[number, number],
			[number, number]
		];
		const area = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
		return inside(b, fine) ? area : area * outsideWeight;
	};
}

/** Drops the parts of a country too small to see, keeping its largest part whatever its size. */
function withoutSpecks(
	country: CountryFeature,
	projection: GeoProjection,
	minArea: number
): Feature<Polygon | MultiPolygon> {
	if (country.geometry.type !== 'MultiPolygon') return country;
	const path = geoPath(projection);
	const parts = country.geometry.coordinates.map((coordinates) => ({
		coordinates,
		area: path.area({ type: 'Polygon', coordinates })
	}));
	const largest = Math.max(...parts.map((p) => p.area));
	const kept = parts.filter((p) => p.area >= minArea || p.area === largest);
	return {
		...country,
		geometry: { type: 'MultiPolygon', coordinates: kept.map((p) => p.coordinates) }
	};
}

function inside([x, y]: [number, number], [x0, y0, x1, y1]: Readonly<Box>): boolean {
	return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/**
 * The static map: countries (focus countries first), borders, coasts, the overlays, the labels
 * that fit, and the places inside the drawn area.
 */
export function buildStaticMap(
	topology: RegionTopology,
	places: readonly MapPlace[],
	options: StaticMapOptions = {}
): StaticMapData {
	const focus = options.focus ?? FOCUS_COUNTRIES;
	const { projection, width, height, extent } = staticProjection(
		options.fit ?? INITIAL_BOUNDS,
		options.draw ?? DRAW_BOUNDS
	);
	const project = (lon: number, lat: number): [number, number] => {
		const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
		return [round(x, 1), round(y, 1)];
	};

	// Labels sit where the WebGL map puts them: computed on the full-detail shapes.
	const full = loadRegion(topology);
	const fine: Box = [-FRAME_MARGIN, -FRAME_MARGIN, width + FRAME_MARGIN, height + FRAME_MARGIN];
	const weight = projectedArea(projection, fine, options.outsideWeight ?? DEFAULTS.outsideWeight);
	const simplified = loadRegion(
		simplify(presimplify(topology, weight), options.minTriangleArea ?? DEFAULTS.minTriangleArea)
	);

	const countries: StaticCountry[] = [];
	for (const country of simplified.countries.features) {
		const shape = withoutSpecks(country, projection, options.minPartArea ?? DEFAULTS.minPartArea);
		const d = pathText(shape, projection);
		if (!d) continue;
		const iso3 = country.properties.iso3;
		const item: StaticCountry = { iso3, name: country.properties.name, focus: false, d };
		item.focus = focus.includes(iso3);
		const href = options.countryHref?.(iso3);
		if (href) item.href = href;
		countries.push(item);
	}
	// Tab order: the focus countries in their order, other linked countries by name, then the rest.
	const rank = (c: StaticCountry) =>
		c.focus ? focus.indexOf(c.iso3) : c.href ? focus.length : focus.length + 1;
	countries.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));

	const visiblePlaces: StaticPlace[] = [];
	for (const place of places) {
		if (!Number.isFinite(place.lon) || !Number.isFinite(place.lat)) continue;
		const [x, y] = project(place.lon, place.lat);
		if (!inside([x, y], extent)) continue;
		const item: StaticPlace = { id: place.id, name: place.name, x, y, label: place.label };
		if (place.localName) item.localName = place.localName;
		if (place.kind) item.kind = place.kind;
		const href = options.placeHref?.(place.id);
		if (href) item.href = href;
		visiblePlaces.push(item);
	}
	// Key cities last: drawn on top (and reached last by Tab) where a site shares their spot.
	visiblePlaces.sort((a, b) => Number(a.label) - Number(b.label));

	const overlays: StaticOverlay[] = full.overlays.map((o, i) => ({
		...overlayLook(o),
		name: o.properties.label,
		d: pathText(simplified.overlays[i]!, projection)
	}));

	const candidates: LabelCandidate[] = [];
	const countryPoints = countryLabelPoints(full.countries, options.countryLocalNames).features;
	const countryLines = (name: string, localName?: string): LabelLine[] =>
		localName ? [...wrap(name, 12), { text: localName, local: true }] : wrap(name, 12);
	for (const country of countries) {
		const point = countryPoints.find((f) => f.properties.iso3 === country.iso3);
		if (country.href && point) {
			country.labelPoint = project(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
		}
	}
	// Priority (earlier wins): focus countries, key cities, overlays (always placed: an approximate
	// one must say so, but after the cities, so that it moves aside rather than a city's name),
	// seas, other countries.
	for (const iso3 of focus) {
		const point = countryPoints.find((f) => f.properties.iso3 === iso3);
		if (!point) continue;
		const [x, y] = project(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
		const lines = countryLines(point.properties.name, point.properties.localName);
		// Centred on the country, or just under or over its point where a key city sits there.
		candidates.push({
			kind: 'focus',
			lines,
			x,
			y,
			anchors: ['center', 'below', 'above'],
			offset: FOCUS_LABEL_OFFSET,
			always: true
		});
	}
	for (const place of visiblePlaces.filter((p) => p.label)) {
		const lines: LabelLine[] = [{ text: place.name }];
		if (place.localName) lines.push({ text: place.localName, local: true, fromTier: 1 });
		candidates.push({
			kind: 'city',
			lines,
			x: place.x,
			y: place.y,
			anchors: ['right', 'left', 'above', 'below'],
			offset: DOT_RADIUS + 3,
			placeId: place.id
		});
	}
	for (const [i, overlay] of overlays.entries()) {
		const point = regionLabel(full.overlays[i]!, overlay.name).features[0]!;
		const [x, y] = project(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
		candidates.push({
			kind: 'region',
			colour: overlay.colour,
			lines: point.properties.name.split('\n').flatMap((line) => wrap(line, 12)),
			x,
			y,
			anchors: ['center', 'below', 'above', 'right', 'left'],
			offset: 14,
			always: true
		});
	}
	for (const water of full.waterLabels.features) {
		const [x, y] = project(water.geometry.coordinates[0]!, water.geometry.coordinates[1]!);
		candidates.push({
			kind: 'water',
			lines: wrap(water.properties.name),
			x,
			y,
			anchors: ['center']
		});
	}
	for (const point of countryPoints) {
		if (focus.includes(point.properties.iso3)) continue;
		const [x, y] = project(point.geometry.coordinates[0]!, point.geometry.coordinates[1]!);
		const lines = countryLines(point.properties.name, point.properties.localName);
		candidates.push({ kind: 'country', lines, x, y, anchors: ['center'] });
	}
	// Labels keep off the key cities' dots and the ring any of them may get; MapLibre lets them
	// cover the others, and so do we, though where a label has the choice it takes the place
	// that covers fewer of them.
	const obstacles: Obstacle[] = visiblePlaces.map((p) =>
		p.label
			? { x: p.x, y: p.y, radius: KEY_CITY_CLEARANCE, placeId: p.id }
			: { x: p.x, y: p.y, radius: dotStyle(p.kind, false).r + 1, placeId: p.id, minor: true }
	);

	const [tx, ty] = projection.translate();
	return {
		width,
		height,
		extent,
		projection: { scale: round(projection.scale(), 4), translate: [round(tx, 4), round(ty, 4)] },
		countries,
		borders: pathText(simplified.borders, projection),
		coastline: pathText(simplified.coastlines, projection),
		overlays,
		labels: placeLabels(candidates, { width, height }, obstacles),
		places: visiblePlaces
	};
}

/** How far a focus country's name moves off its point to clear a key city, in CSS pixels. */
const FOCUS_LABEL_OFFSET = DOT_RADIUS + 4;

/** Breaks a sea's name into lines of about `max` characters, as MapLibre's text-max-width does. */
export function wrap(name: string, max = 12): LabelLine[] {
	const lines: string[] = [];
	for (const word of name.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && (last + ' ' + word).length <= max)
			lines[lines.length - 1] += ' ' + word;
		else lines.push(word);
	}
	return lines.map((text) => ({ text }));
}
