/**
 * The committed geodata (src/content/geo/region.topo.json), read the way the site reads it.
 * What each check protects is documented in geo/README.md.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea, geoContains } from 'd3-geo';
import { mesh } from 'topojson-client';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
	CLIP_BOX,
	FOCUS_COUNTRIES,
	INITIAL_BOUNDS,
	MAX_BOUNDS,
	MIN_CLIP_MARGIN,
	boundsContain,
	boundsOf,
	countryAt,
	countryById,
	loadRegion,
	parseRegionTopology,
	type LngLat
} from '../../src/lib/geo';

const FILE = 'src/content/geo/region.topo.json';
const raw = readFileSync(FILE);
const topology = parseRegionTopology(JSON.parse(raw.toString('utf8')));
const region = loadRegion(topology);
const { countries } = region;
const khorasan = region.overlays.find((o) => o.id === 'khorasan')!;

/** Byte budgets: measured 69,337 raw and 21,459 gzip (geo/README.md), plus about 10 %. */
const BUDGET = { raw: 76_000, gzip: 24_000 };

/** [lon, lat] of points whose country is known; coordinates from ../shared/facts/facts.md. */
const TEHRAN: LngLat = [51.4215, 35.6944];
const BAKU: LngLat = [49.892, 40.3777];
const DUSHANBE: LngLat = [68.78, 38.5367];
const KABUL: LngLat = [69.1723, 34.5281];
const MASHHAD: LngLat = [59.568, 36.3156];
const NISHAPUR: LngLat = [58.7958, 36.2133];
const HERAT: LngLat = [62.1997, 34.3482];
const BALKH: LngLat = [66.8972, 36.7564];
const MARY: LngLat = [61.8303, 37.5938];
const ANCIENT_MERV: LngLat = [62.1672, 37.6185];

function rings(geometry: { type: string; coordinates: unknown }): Position[][] {
	return geometry.type === 'Polygon'
		? (geometry.coordinates as Position[][])
		: (geometry.coordinates as Position[][][]).flat();
}

describe('region.topo.json structure', () => {
	it('has exactly the objects countries, overlays and waterLabels', () => {
		expect(Object.keys(topology.objects).sort()).toEqual(['countries', 'overlays', 'waterLabels']);
		expect(topology.objects.overlays.geometries.map((g) => [g.id, g.type])).toEqual([
			['khorasan', 'Polygon']
		]);
		expect(topology.transform).toBeDefined();
	});

	it('gives every country a unique three-letter id and only an English name', () => {
		const ids = topology.objects.countries.geometries.map((g) => g.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const g of topology.objects.countries.geometries) {
			expect(g.id).toMatch(/^[A-Z]{3}$/);
			expect(g.properties).toEqual({ name: expect.stringMatching(/^\p{Lu}/u) });
		}
	});

	it('copies the id into properties.iso3 for MapLibre', () => {
		for (const f of countries.features) expect(f.properties.iso3).toBe(f.id);
	});
});

describe('countries', () => {
	it.each([
		['IRN', TEHRAN],
		['AZE', BAKU],
		['TJK', DUSHANBE],
		['AFG', KABUL]
	] as const)('focus country %s is present, valid and contains its capital', (id, capital) => {
		const f = countryById(countries, id);
		expect(f).toBeDefined();
		if (!f) return;
		const area = geoArea(f);
		expect(area).toBeGreaterThan(1e-3);
		expect(area).toBeLessThan(2 * Math.PI);
		expect(geoContains(f, capital)).toBe(true);
		expect(countryAt(countries, capital)).toBe(id);
	});

	it('has the neighbours the map shows, each containing a known inland city', () => {
		const cities: Record<string, LngLat> = {
			TUR: [32.86, 39.93],
			ISR: [34.79, 31.25],
			PAK: [73.06, 33.69],
			CHN: [75.99, 39.47],
			KAZ: [71.45, 51.17],
			TKM: [58.38, 37.95],
			UZB: [66.96, 39.65],
			IRQ: [44.36, 33.31],
			SAU: [46.68, 24.71],
			OMN: [57.53, 22.93],
			ARM: [44.51, 40.18],
			GEO: [44.79, 41.72],
			KGZ: [74.59, 42.87],
			IND: [77.21, 28.61],
			SYR: [36.29, 33.51],
			JOR: [35.93, 31.95],
			RUS: [37.62, 55.76],
			YEM: [44.19, 15.37]
		};
		for (const [id, city] of Object.entries(cities)) {
			expect(countryAt(countries, city), id).toBe(id);
		}
		for (const id of ['KWT', 'ARE', 'QAT', 'BHR', 'LBN', 'PSE', 'EGY', 'CYP', 'UKR']) {
			expect(countryById(countries, id), id).toBeDefined();
		}
	});

	it('has valid geometry: closed rings, sane areas, everything inside the clip box', () => {
		for (const f of countries.features) {
			const area = geoArea(f);
			expect(area, f.id).toBeGreaterThan(0);
			expect(area, f.id).toBeLessThan(2 * Math.PI);
			for (const ring of rings(f.geometry)) {
				expect(ring.length, f.id).toBeGreaterThanOrEqual(4);
				expect(ring[0], f.id).toEqual(ring[ring.length - 1]);
				for (const p of ring) expect(boundsContain(CLIP_BOX, p as LngLat), f.id).toBe(true);
			}
		}
	});

	it('never draws a clip box edge as a border or a coast', () => {
		const [[w, s], [e, n]] = CLIP_BOX;
		// Half a quantisation step: the clip edges sit exactly on the quantised box.
		const [dx = 0, dy = 0] = (topology.transform?.scale ?? [0, 0]).map((v) => v / 2);
		const near = (v: number | undefined, edge: number, eps: number) =>
			Math.abs((v ?? NaN) - edge) <= eps;
		const onSameEdge = (a: Position, b: Position) =>
			(near(a[0], w, dx) && near(b[0], w, dx)) ||
			(near(a[0], e, dx) && near(b[0], e, dx)) ||
			(near(a[1], s, dy) && near(b[1], s, dy)) ||
			(near(a[1], n, dy) && near(b[1], n, dy));
		const segments = (lines: Position[][]) =>
			lines.flatMap((line) => line.slice(1).map((p, i) => [line[i] as Position, p] as const));
		const borders = segments(region.borders.coordinates);
		const coasts = segments(region.coastlines.coordinates);
		expect(borders.length).toBeGreaterThan(1000);
		expect(borders.filter(([a, b]) => onSameEdge(a, b))).toEqual([]);
		expect(coasts.filter(([a, b]) => onSameEdge(a, b))).toEqual([]);
		// The raw coast mesh does run along the clip box: the check above can fail.
		const rawCoasts = segments(
			mesh(topology, topology.objects.countries, (a, b) => a === b).coordinates
		);
		expect(rawCoasts.filter(([a, b]) => onSameEdge(a, b)).length).toBeGreaterThan(0);
	});

	it('shares borders between neighbours, so each is drawn once from the mesh', () => {
		const pairs = [
			['IRN', 'AFG'],
			['IRN', 'AZE'],
			['AZE', 'ARM'],
			['AFG', 'TJK'],
			['AFG', 'PAK'],
			['IRN', 'TKM'],
			['TUR', 'IRN']
		];
		for (const [x, y] of pairs) {
			const border = mesh(
				topology,
				topology.objects.countries,
				(a, b) => (a.id === x && b.id === y) || (a.id === y && b.id === x)
			);
			expect(border.coordinates.length, `${x}-${y}`).toBeGreaterThan(0);
		}
	});

	it("draws Natural Earth's de facto borders, as geo/README.md says", () => {
		const cases: Array<[string, LngLat, string]> = [
			['Crimea (Simferopol)', [34.1, 44.95], 'RUS'],
			['Nagorno-Karabakh (Khankendi)', [46.75, 39.82], 'AZE'],
			['Indian-administered Kashmir (Srinagar)', [74.8, 34.08], 'IND'],
			['Gilgit-Baltistan (Gilgit)', [74.31, 35.92], 'PAK'],
			['Azad Kashmir (Muzaffarabad)', [73.47, 34.37], 'PAK'],
			['Aksai Chin', [79.5, 35.3], 'CHN'],
			['Siachen Glacier', [77.3, 35.4], 'KAS'],
			['Golan Heights (Katzrin)', [35.69, 32.99], 'ISR'],
			['West Bank (Ramallah)', [35.2, 31.9], 'PSE'],
			['Abkhazia (Tkvarcheli)', [41.68, 42.85], 'GEO'],
			['South Ossetia (Tskhinvali)', [43.96, 42.23], 'GEO'],
			['Transnistria (Tiraspol)', [29.63, 46.84], 'MDA'],
			['Northern Cyprus', [33.6, 35.25], 'CYN'],
			['Somaliland (Hargeisa)', [44.06, 9.56], 'SOL'],
			['Kosovo (Pristina)', [21.17, 42.66], 'KOS']
		];
		for (const [what, point, id] of cases) expect(countryAt(countries, point), what).toBe(id);
	});
});

describe('Khorasan outline', () => {
	it('is labelled approximate, hatched in the first overlay colour (overlays.yaml)', () => {
		expect(khorasan.properties).toEqual({
			label: 'Khorasan (historical, approximate)',
			approximate: true,
			style: 'hatch',
			colour: 'overlay-1'
		});
	});

	it('keeps every hand-drawn vertex and d3 winding', () => {
		const input = JSON.parse(readFileSync('src/content/overlays/khorasan.geojson', 'utf8'));
		expect(khorasan.geometry.type).toBe('Polygon');
		const coordinates = khorasan.geometry.coordinates as Position[][];
		const ring = coordinates[0] ?? [];
		expect(coordinates).toHaveLength(1);
		expect(ring).toHaveLength(input.features[0].geometry.coordinates[0].length);
		const area = geoArea(khorasan);
		expect(area).toBeGreaterThan(0.01);
		expect(area).toBeLessThan(0.05);
	});

	it('overlaps Iran, Afghanistan and Turkmenistan around the four historic cities', () => {
		const inside: Array<[LngLat, string]> = [
			[MASHHAD, 'IRN'],
			[NISHAPUR, 'IRN'],
			[HERAT, 'AFG'],
			[BALKH, 'AFG'],
			[MARY, 'TKM'],
			[ANCIENT_MERV, 'TKM']
		];
		for (const [point, id] of inside) {
			expect(geoContains(khorasan, point), String(point)).toBe(true);
			expect(countryAt(countries, point)).toBe(id);
		}
	});

	it('leaves out Tehran and Baku', () => {
		expect(geoContains(khorasan, TEHRAN)).toBe(false);
		expect(geoContains(khorasan, BAKU)).toBe(false);
	});
});

describe('water labels', () => {
	it('names the seas and gulfs around the region, each in open water inside the view', () => {
		const names = region.waterLabels.features.map((f) => f.properties.name);
		for (const name of [
			'Caspian Sea',
			'Black Sea',
			'Persian Gulf',
			'Gulf of Oman',
			'Arabian Sea'
		]) {
			expect(names).toContain(name);
		}
		for (const f of region.waterLabels.features) {
			const point = f.geometry.coordinates as LngLat;
			expect(boundsContain(MAX_BOUNDS, point), f.properties.name).toBe(true);
			expect(countryAt(countries, point), f.properties.name).toBeUndefined();
		}
	});
});

describe('region constants', () => {
	it('keeps the clip box at least MIN_CLIP_MARGIN wider than maxBounds on every side', () => {
		const [[w, s], [e, n]] = MAX_BOUNDS;
		const [[cw, cs], [ce, cn]] = CLIP_BOX;
		expect(MIN_CLIP_MARGIN).toBeGreaterThan(0);
		expect(Math.min(w - cw, s - cs, ce - e, cn - n)).toBeGreaterThanOrEqual(MIN_CLIP_MARGIN);
	});

	it('starts on a view that holds every focus country and Khorasan, inside maxBounds', () => {
		expect(FOCUS_COUNTRIES).toEqual(['IRN', 'AZE', 'TJK', 'AFG']);
		expect(boundsContain(MAX_BOUNDS, INITIAL_BOUNDS)).toBe(true);
		for (const id of FOCUS_COUNTRIES) {
			const f = countryById(countries, id);
			expect(f && boundsContain(INITIAL_BOUNDS, boundsOf(f)), id).toBe(true);
		}
		expect(boundsContain(INITIAL_BOUNDS, boundsOf(khorasan))).toBe(true);
	});
});

describe('byte budget', () => {
	it(`keeps ${FILE} within ${BUDGET.raw} bytes raw and ${BUDGET.gzip} gzip`, () => {
		expect(raw.byteLength).toBeLessThanOrEqual(BUDGET.raw);
		expect(gzipSync(raw).byteLength).toBeLessThanOrEqual(BUDGET.gzip);
	});
});
