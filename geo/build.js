/**
 * Builds src/content/geo/region.topo.json from the world-atlas npm package (Natural Earth 50m) and the
 * story's overlays (hand-drawn outlines named in overlays.yaml). Run with `npm run geo`; every
 * input and output is described in geo/README.md.
 *
 *   node geo/build.js [--world <countries-50m.json>] [--overlays <overlays.yaml>] [--region <region.yaml>] [--out <file>]
 *
 * The region (boxes, focus countries, water labels) and the overlays are read from region.yaml and
 * overlays.yaml in the content folder (CONTENT_DIR, default src/content), as the site build reads
 * them; region.view.json, written next to the topology, carries what the site needs of the region.
 *
 * The options exist so tests can feed broken inputs; a missing or malformed input stops the
 * build with "geo: <file>: <problem>" and exit code 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import bboxClip from '@turf/bbox-clip';
import { geoArea, geoContains } from 'd3-geo';
import { feature, mesh, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import { parse as parseYaml } from 'yaml';
import {
	COUNTRY_CODES,
	MIN_CLIP_MARGIN,
	QUANTIZATION,
	SIMPLIFY_MIN_WEIGHT,
	TOPOLOGY_PATH,
	UNITS_WITHOUT_ISO_CODE
} from './config.js';

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Polygon} Polygon */
/** @typedef {import('geojson').MultiPolygon} MultiPolygon */
/** @typedef {import('geojson').Feature<Polygon | MultiPolygon, { name: string }>} CountryFeature */
/** @typedef {{ label: string, approximate: boolean, style: string, colour: string }} OverlayProperties */
/** @typedef {import('geojson').Feature<Polygon, OverlayProperties>} OverlayFeature */
/**
 * One entry of overlays.yaml as the build reads it (the site's validator checks every field).
 * @typedef {OverlayProperties & { id: string, geometry: string }} OverlayEntry
 */
/** @typedef {import('topojson-specification').Topology<import('topojson-specification').Objects>} Topology */
/** @typedef {import('topojson-specification').GeometryCollection} GeometryCollection */

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const require = createRequire(import.meta.url);

/** The content folder, as the site build reads it (CONTENT_DIR, default src/content). */
const contentDir = resolve(root, process.env.CONTENT_DIR || 'src/content');

/** Default inputs and output; each can be overridden (tests use that to feed broken inputs). */
export const DEFAULTS = {
	world: require.resolve('world-atlas/countries-50m.json'),
	overlays: resolve(contentDir, 'overlays.yaml'),
	region: resolve(contentDir, 'region.yaml'),
	out: resolve(contentDir, TOPOLOGY_PATH)
};

/**
 * The story's region (region.yaml): the boxes, the first view, the zoom limits, the focus
 * countries and the water labels. The site's validator checks every field; this reads what the
 * build needs and fails on a file it cannot use.
 * @typedef {{ maxBounds: Bounds, clipBox: Bounds, initialView: Bounds, staticBounds?: Bounds,
 *   zoom: { min: number, max: number }, focus: string[], waterLabels: { name: string, at: [number, number] }[],
 *   countryLabels?: { localNames?: string[], hidden?: string[], at?: Record<string, [number, number]> } }} Region
 * @typedef {import('./config.js').Bounds} Bounds
 */

/**
 * Reads and parses a YAML file, naming the file in any error.
 * @param {string} file
 * @returns {unknown}
 */
function readYaml(file) {
	if (!existsSync(file)) throw new GeoInputError(file, 'file not found');
	try {
		return parseYaml(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new GeoInputError(file, `not valid YAML (${/** @type {Error} */ (error).message})`);
	}
}

/**
 * @param {string} file
 * @returns {Region}
 */
export function readRegionFile(file) {
	const value = readYaml(file);
	/** @param {unknown} b */
	const isBounds = (b) =>
		Array.isArray(b) &&
		b.length === 2 &&
		b.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number'));
	const r = /** @type {Record<string, unknown>} */ (isObject(value) ? value : {});
	for (const key of ['maxBounds', 'clipBox', 'initialView']) {
		if (!isBounds(r[key])) {
			throw new GeoInputError(file, `${key}: expected [[west, south], [east, north]] in degrees`);
		}
	}
	if (!Array.isArray(r.focus) || !r.focus.every((id) => typeof id === 'string')) {
		throw new GeoInputError(file, 'focus: expected a list of country codes');
	}
	if (!Array.isArray(r.waterLabels)) {
		throw new GeoInputError(file, 'waterLabels: expected a list of { name, at: [lon, lat] }');
	}
	return /** @type {Region} */ (r);
}

/** Overlay styles and colour tokens the site draws (src/lib/map/palette.ts, the content schema). */
const OVERLAY_STYLES = ['hatch', 'tint'];
const OVERLAY_COLOURS = ['overlay-1', 'overlay-2', 'overlay-3'];
/** A relative path below the content folder, as the content schema requires. */
const CONTENT_PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.geojson$/;

/**
 * Reads overlays.yaml: a list (possibly empty) of the areas drawn over the countries. Checks what
 * the build needs; an approximate overlay's label must say "approximate".
 * @param {string} file
 * @returns {OverlayEntry[]}
 */
export function readOverlaysFile(file) {
	const value = readYaml(file);
	const list = value === null ? [] : value;
	if (!Array.isArray(list)) throw new GeoInputError(file, 'expected a list of overlays');
	/** @type {Set<string>} */
	const ids = new Set();
	return list.map((entry, i) => {
		const o = /** @type {Record<string, unknown>} */ (isObject(entry) ? entry : {});
		const name = typeof o.id === 'string' ? o.id : String(i);
		/** @param {string} problem */
		const fail = (problem) => new GeoInputError(file, `overlays[${name}]: ${problem}`);
		if (typeof o.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) {
			throw fail('id: expected a kebab-case id');
		}
		if (ids.has(o.id)) throw fail('id: used twice');
		ids.add(o.id);
		if (typeof o.label !== 'string' || o.label.trim() === '') throw fail('label: expected text');
		if (typeof o.approximate !== 'boolean') throw fail('approximate: expected true or false');
		if (o.approximate && !/approximate/i.test(o.label)) {
			throw fail(`label: an approximate overlay's label must say "approximate"`);
		}
		if (typeof o.style !== 'string' || !OVERLAY_STYLES.includes(o.style)) {
			throw fail(`style: expected one of ${OVERLAY_STYLES.join(', ')}`);
		}
		if (typeof o.colour !== 'string' || !OVERLAY_COLOURS.includes(o.colour)) {
			throw fail(`colour: expected one of ${OVERLAY_COLOURS.join(', ')}`);
		}
		if (typeof o.geometry !== 'string' || !CONTENT_PATH.test(o.geometry)) {
			throw fail('geometry: expected the path of a .geojson file inside the content folder');
		}
		return {
			id: o.id,
			label: o.label.trim(),
			approximate: o.approximate,
			style: o.style,
			colour: o.colour,
			geometry: o.geometry
		};
	});
}

/** The region the current build reads; set by buildRegion before anything uses it. */
/** @type {Region} */
let region = readRegionFile(DEFAULTS.region);

/**
 * What the site reads from the region (written next to the topology as region.view.json, and
 * checked against region.yaml by the site's content validation).
 * @param {Region} r
 */
export function regionView(r) {
	return {
		maxBounds: r.maxBounds,
		clipBox: r.clipBox,
		initialView: r.initialView,
		staticBounds: r.staticBounds ?? r.maxBounds,
		zoom: { min: r.zoom.min, max: r.zoom.max },
		focus: r.focus,
		countryLabels: {
			localNames: r.countryLabels?.localNames ?? [],
			hidden: r.countryLabels?.hidden ?? [],
			at: r.countryLabels?.at ?? {}
		}
	};
}

/** A problem with one input file; the CLI prints it as "geo: <file>: <problem>". */
export class GeoInputError extends Error {
	/**
	 * @param {string} file
	 * @param {string} problem
	 */
	constructor(file, problem) {
		super(`${relative(process.cwd(), file) || file}: ${problem}`);
		this.name = 'GeoInputError';
		this.file = file;
		this.problem = problem;
	}
}

/**
 * Reads and parses a JSON file, naming the file in any error.
 * @param {string} file
 * @returns {unknown}
 */
function readJson(file) {
	if (!existsSync(file)) throw new GeoInputError(file, 'file not found');
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new GeoInputError(file, `not valid JSON (${/** @type {Error} */ (error).message})`);
	}
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Twice the signed planar area of a ring (positive = anticlockwise in lon/lat).
 * @param {Position[]} ring
 */
function planarArea2(ring) {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const a = /** @type {Position} */ (ring[i - 1]);
		const b = /** @type {Position} */ (ring[i]);
		sum += /** @type {number} */ (a[0]) * /** @type {number} */ (b[1]);
		sum -= /** @type {number} */ (b[0]) * /** @type {number} */ (a[1]);
	}
	return sum;
}

/**
 * Clips one ring to the clip box; undefined when nothing (or only a zero-area sliver) is left.
 * @param {Position[]} ring
 * @returns {Position[] | undefined}
 */
function clipRing(ring) {
	const [[w, s], [e, n]] = region.clipBox;
	const clipped = bboxClip({ type: 'Polygon', coordinates: [ring] }, [w, s, e, n]).geometry;
	const out = /** @type {Polygon} */ (clipped).coordinates[0];
	return out && out.length >= 4 && planarArea2(out) !== 0 ? out : undefined;
}

/**
 * Clips polygons ring by ring. turf clips a whole MultiPolygon ring by ring too, but then a
 * polygon whose exterior falls outside would keep its holes as if they were exteriors; here a
 * polygon is dropped with its holes when its exterior is gone.
 * @param {Position[][][]} polygons
 * @returns {Position[][][]}
 */
function clipPolygons(polygons) {
	/** @type {Position[][][]} */
	const out = [];
	for (const [exterior, ...holes] of polygons) {
		const clipped = exterior && clipRing(exterior);
		if (!clipped) continue;
		/** @type {Position[][]} */
		const rings = [clipped];
		for (const hole of holes) {
			const h = clipRing(hole);
			if (h) rings.push(h);
		}
		out.push(rings);
	}
	return out;
}

/**
 * The countries of world-atlas that reach into the clip box, clipped, with alpha-3 ids and
 * English names.
 * @param {string} file path of world-atlas countries-50m.json (or a stand-in)
 * @returns {CountryFeature[]}
 */
export function readCountries(file) {
	const world = readJson(file);
	if (
		!isObject(world) ||
		world.type !== 'Topology' ||
		!isObject(world.objects) ||
		!isObject(world.objects.countries) ||
		world.objects.countries.type !== 'GeometryCollection' ||
		!Array.isArray(world.arcs)
	) {
		throw new GeoInputError(
			file,
			'not a world-atlas TopoJSON (expected a Topology with objects.countries as a GeometryCollection)'
		);
	}
	const topo = /** @type {Topology} */ (/** @type {unknown} */ (world));
	const countries =
		/** @type {import('topojson-specification').GeometryCollection<{ name?: unknown }>} */ (
			topo.objects.countries
		);
	/** @type {CountryFeature[]} */
	const out = [];
	/** @type {Map<string, string>} */
	const seen = new Map();
	for (const f of feature(topo, countries).features) {
		const geometry = f.geometry;
		if (!geometry) continue;
		const neName = typeof f.properties?.name === 'string' ? f.properties.name : undefined;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
			throw new GeoInputError(
				file,
				`country "${neName}" (id ${f.id}) has a ${geometry.type} geometry; expected Polygon or MultiPolygon`
			);
		}
		const polygons = clipPolygons(
			geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
		);
		if (polygons.length === 0) continue;

		const code =
			f.id === undefined || f.id === null
				? neName && UNITS_WITHOUT_ISO_CODE[neName]
				: COUNTRY_CODES[String(f.id)];
		if (!code) {
			throw new GeoInputError(
				file,
				f.id === undefined || f.id === null
					? `country "${neName}" has no id and no entry in UNITS_WITHOUT_ISO_CODE (geo/config.js)`
					: `country "${neName}" has ISO numeric id ${f.id}, which has no alpha-3 code in COUNTRY_CODES (geo/config.js)`
			);
		}
		const expectedName = 'ne' in code && code.ne ? code.ne : f.id == null ? neName : code.name;
		if (neName !== expectedName) {
			throw new GeoInputError(
				file,
				`id ${f.id} is "${neName}" in Natural Earth, but COUNTRY_CODES (geo/config.js) expects "${expectedName}"`
			);
		}
		const previous = seen.get(code.id);
		if (previous) {
			throw new GeoInputError(file, `"${neName}" and "${previous}" both map to ${code.id}`);
		}
		seen.set(code.id, neName ?? code.id);
		out.push({
			type: 'Feature',
			id: code.id,
			properties: { name: code.name },
			geometry:
				polygons.length === 1
					? { type: 'Polygon', coordinates: /** @type {Position[][]} */ (polygons[0]) }
					: { type: 'MultiPolygon', coordinates: polygons }
		});
	}
	out.sort((a, b) => String(a.id).localeCompare(String(b.id)));
	return out;
}

/**
 * Do segments p1-p2 and p3-p4 cross or touch? (Used to refuse self-intersecting outlines.)
 * @param {Position} p1 @param {Position} p2 @param {Position} p3 @param {Position} p4
 */
function segmentsIntersect(p1, p2, p3, p4) {
	/** @param {Position} a @param {Position} b @param {Position} c */
	const cross = (a, b, c) =>
		(Number(b[0]) - Number(a[0])) * (Number(c[1]) - Number(a[1])) -
		(Number(b[1]) - Number(a[1])) * (Number(c[0]) - Number(a[0]));
	const d1 = cross(p3, p4, p1);
	const d2 = cross(p3, p4, p2);
	const d3 = cross(p1, p2, p3);
	const d4 = cross(p1, p2, p4);
	return d1 * d2 <= 0 && d3 * d4 <= 0;
}

/**
 * Reads and checks one overlay's outline: one Feature (alone or as the only member of a
 * FeatureCollection) with a simple Polygon of one ring inside the clip box. Its own properties are
 * ignored: the overlay's entry gives its id, label and style. Returned in d3-geo's winding
 * (exterior clockwise), whatever the input's.
 * @param {string} file
 * @param {OverlayEntry} overlay
 * @returns {OverlayFeature}
 */
export function readOverlayGeometry(file, overlay) {
	const json = readJson(file);
	/** @param {string} problem */
	const fail = (problem) => new GeoInputError(file, problem);
	let f = json;
	if (isObject(json) && json.type === 'FeatureCollection') {
		if (!Array.isArray(json.features) || json.features.length !== 1) {
			throw fail('expected a FeatureCollection with exactly one Feature');
		}
		f = json.features[0];
	}
	if (!isObject(f) || f.type !== 'Feature') throw fail('expected a GeoJSON Feature');
	const g = f.geometry;
	if (!isObject(g) || g.type !== 'Polygon') {
		throw fail(`expected a Polygon geometry, got ${isObject(g) ? String(g.type) : String(g)}`);
	}
	const rings = g.coordinates;
	if (!Array.isArray(rings) || rings.length !== 1) {
		throw fail('expected a Polygon with exactly one ring (no holes)');
	}
	const ring = rings[0];
	if (!Array.isArray(ring) || ring.length < 4) {
		throw fail('the ring needs at least 4 positions (3 vertices and the closing one)');
	}
	/** @type {Position[]} */
	const positions = [];
	for (const [i, p] of ring.entries()) {
		if (
			!Array.isArray(p) ||
			p.length !== 2 ||
			!p.every((n) => typeof n === 'number' && Number.isFinite(n))
		) {
			throw fail(`position ${i} is not [longitude, latitude]`);
		}
		const [lon, lat] = /** @type {[number, number]} */ (p);
		if (
			lon < region.clipBox[0][0] ||
			lon > region.clipBox[1][0] ||
			lat < region.clipBox[0][1] ||
			lat > region.clipBox[1][1]
		) {
			throw fail(`position ${i} [${lon}, ${lat}] lies outside the clip box`);
		}
		positions.push([lon, lat]);
	}
	const first = /** @type {Position} */ (positions[0]);
	const last = /** @type {Position} */ (positions[positions.length - 1]);
	if (first[0] !== last[0] || first[1] !== last[1]) {
		throw fail('the ring is not closed (first and last positions differ)');
	}
	const n = positions.length - 1;
	for (let i = 0; i < n; i++) {
		for (let j = i + 1; j < n; j++) {
			// Neighbouring segments share a vertex by construction; skip them.
			if (j === i + 1 || (i === 0 && j === n - 1)) continue;
			const a = /** @type {Position} */ (positions[i]);
			const b = /** @type {Position} */ (positions[i + 1]);
			const c = /** @type {Position} */ (positions[j]);
			const d = /** @type {Position} */ (positions[j + 1]);
			if (segmentsIntersect(a, b, c, d)) {
				throw fail(`the ring intersects itself (segment ${i} crosses segment ${j})`);
			}
		}
	}
	const { label, approximate, style, colour } = overlay;
	/** @type {OverlayFeature} */
	const out = {
		type: 'Feature',
		id: overlay.id,
		properties: { label, approximate, style, colour },
		geometry: { type: 'Polygon', coordinates: [positions] }
	};
	// RFC 7946 rings run anticlockwise; d3-geo reads that as "the whole globe minus the outline".
	if (geoArea(out) > 2 * Math.PI) positions.reverse();
	return out;
}

/** @returns {import('geojson').FeatureCollection<import('geojson').Point, { name: string }>} */
function waterLabelFeatures() {
	return {
		type: 'FeatureCollection',
		features: region.waterLabels.map(({ name, at }) => ({
			type: 'Feature',
			properties: { name },
			geometry: { type: 'Point', coordinates: [...at] }
		}))
	};
}

/**
 * Is segment a-b lying on one of the clip box's edges (to within one quantisation step)?
 * @param {Position} a @param {Position} b @param {number} epsLon @param {number} epsLat
 */
export function onClipEdge(a, b, epsLon, epsLat) {
	const [[w, s], [e, n]] = region.clipBox;
	const [ax, ay] = /** @type {[number, number]} */ (a);
	const [bx, by] = /** @type {[number, number]} */ (b);
	/** @param {number} p @param {number} q @param {number} v @param {number} eps */
	const both = (p, q, v, eps) => Math.abs(p - v) <= eps && Math.abs(q - v) <= eps;
	return (
		both(ax, bx, w, epsLon) ||
		both(ax, bx, e, epsLon) ||
		both(ay, by, s, epsLat) ||
		both(ay, by, n, epsLat)
	);
}

/**
 * Checks the built topology the way the site will read it, and throws on anything wrong.
 * @param {Topology} topo
 * @param {string} worldFile named in errors about the countries
 */
function checkOutput(topo, worldFile) {
	const countries = /** @type {GeometryCollection} */ (topo.objects.countries);
	const fc = feature(topo, countries);
	const ids = new Set(fc.features.map((f) => String(f.id)));
	const missing = region.focus.filter((id) => !ids.has(id));
	if (missing.length) {
		throw new GeoInputError(
			worldFile,
			`focus countries missing from the output: ${missing.join(', ')}`
		);
	}
	for (const f of fc.features) {
		const area = geoArea(f);
		if (!(area > 0 && area < 2 * Math.PI)) {
			throw new GeoInputError(worldFile, `${f.id} has an invalid area after clipping (${area} sr)`);
		}
	}
	const transform = topo.transform;
	const epsLon = transform ? transform.scale[0] / 2 : 1e-9;
	const epsLat = transform ? transform.scale[1] / 2 : 1e-9;
	const borders = mesh(topo, countries, (a, b) => a !== b);
	for (const line of borders.coordinates) {
		for (let i = 1; i < line.length; i++) {
			const a = /** @type {Position} */ (line[i - 1]);
			const b = /** @type {Position} */ (line[i]);
			if (onClipEdge(a, b, epsLon, epsLat)) {
				throw new GeoInputError(
					worldFile,
					`a border runs along the clip box edge near [${a[0]}, ${a[1]}]; widen or move the clipBox (region.yaml)`
				);
			}
		}
	}
	const labels = feature(topo, /** @type {GeometryCollection} */ (topo.objects.waterLabels));
	const [[w, s], [e, n]] = region.maxBounds;
	for (const label of labels.features) {
		const [lon, lat] = /** @type {[number, number]} */ (
			/** @type {import('geojson').Point} */ (label.geometry).coordinates
		);
		const name = String(label.properties?.name);
		if (lon < w || lon > e || lat < s || lat > n) {
			throw new Error(`region.yaml: water label "${name}" lies outside maxBounds`);
		}
		const on = fc.features.find((f) => geoContains(f, [lon, lat]));
		if (on) throw new Error(`region.yaml: water label "${name}" lies on land (${on.id})`);
	}
}

/**
 * Builds the region topology from the inputs. Pure apart from reading the input files.
 * @param {{ world?: string, overlays?: string, region?: string }} [options]
 * @returns {Topology}
 */
export function buildRegion(options = {}) {
	region = readRegionFile(resolve(options.region ?? DEFAULTS.region));
	const [[w, s], [e, n]] = region.maxBounds;
	const [[cw, cs], [ce, cn]] = region.clipBox;
	if (Math.min(w - cw, s - cs, ce - e, cn - n) < MIN_CLIP_MARGIN) {
		throw new Error(
			`region.yaml: clipBox must be ${MIN_CLIP_MARGIN}° wider than maxBounds on every side`
		);
	}
	const worldFile = resolve(options.world ?? DEFAULTS.world);
	const overlaysFile = resolve(options.overlays ?? DEFAULTS.overlays);
	const countries = readCountries(worldFile);
	/** @type {import('geojson').FeatureCollection<Polygon, OverlayProperties>} */
	const overlays = {
		type: 'FeatureCollection',
		// Geometry paths are relative to the content folder, which holds overlays.yaml.
		features: readOverlaysFile(overlaysFile).map((o) =>
			readOverlayGeometry(resolve(dirname(overlaysFile), o.geometry), o)
		)
	};

	// No pre-quantisation here: world-atlas is already quantised, so shared borders have
	// identical coordinates, and presimplify would drop a transform without decoding the
	// water label points. The output is quantised once, after simplification.
	/** @type {import('geojson').FeatureCollection} */
	const countryCollection = { type: 'FeatureCollection', features: countries };
	let topo = /** @type {Topology} */ (
		topology({ countries: countryCollection, overlays, waterLabels: waterLabelFeatures() })
	);
	topo = presimplify(topo);
	topo = simplify(topo, SIMPLIFY_MIN_WEIGHT);
	topo = filter(topo, filterAttachedWeight(topo, SIMPLIFY_MIN_WEIGHT));
	topo = quantize(topo, QUANTIZATION);

	// A country reduced to nothing by the island filter would be a null geometry: drop it.
	const collection = /** @type {GeometryCollection} */ (topo.objects.countries);
	collection.geometries = collection.geometries.filter((g) => g.type !== null);
	// topojson-server writes an empty collection as a null geometry; the site reads a list.
	if (overlays.features.length === 0) {
		topo.objects.overlays = { type: 'GeometryCollection', geometries: [] };
	}
	checkOutput(topo, worldFile);
	return topo;
}

/** The view file written next to a topology: region.topo.json -> region.view.json. */
export function viewFileFor(/** @type {string} */ out) {
	return out.replace(/(\.topo)?\.json$/, '.view.json');
}

/**
 * Builds and writes the output files: the topology and the region's view for the site.
 * @param {{ world?: string, overlays?: string, region?: string, out?: string }} [options]
 * @returns {{ file: string, bytes: number, gzipBytes: number, countries: number }}
 */
export function writeRegion(options = {}) {
	const topo = buildRegion(options);
	const file = resolve(options.out ?? DEFAULTS.out);
	const text = JSON.stringify(topo);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	writeFileSync(viewFileFor(file), `${JSON.stringify(regionView(region))}\n`);
	return {
		file,
		bytes: Buffer.byteLength(text),
		gzipBytes: gzipSync(text).length,
		countries: /** @type {GeometryCollection} */ (topo.objects.countries).geometries.length
	};
}

/**
 * Parses --world, --overlays, --region and --out.
 * @param {string[]} args
 */
function parseArgs(args) {
	/** @type {{ world?: string, overlays?: string, region?: string, out?: string }} */
	const options = {};
	const keys = ['--world', '--overlays', '--region', '--out'];
	for (let i = 0; i < args.length; i += 2) {
		const key = args[i];
		const value = args[i + 1];
		if (key === undefined || !keys.includes(key) || value === undefined) {
			throw new Error(
				`usage: node geo/build.js [--world F] [--overlays F] [--region F] [--out F] (got ${key})`
			);
		}
		options[/** @type {'world' | 'overlays' | 'region' | 'out'} */ (key.slice(2))] = value;
	}
	return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	try {
		const r = writeRegion(parseArgs(process.argv.slice(2)));
		console.log(
			`geo: wrote ${relative(process.cwd(), r.file)}: ${r.countries} countries, ` +
				`${r.bytes} bytes (${r.gzipBytes} gzip)`
		);
	} catch (error) {
		console.error(`geo: ${/** @type {Error} */ (error).message}`);
		process.exit(1);
	}
}
