/**
 * The geodata build (geo/build.js): the committed output is what the inputs give, and every
 * broken input stops it with a message naming the file and the problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import {
	DEFAULTS,
	GeoInputError,
	buildRegion,
	readRegionFile,
	regionView,
	viewFileFor
} from '../../geo/build.js';

const dir = mkdtempSync(join(tmpdir(), 'geo-build-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const world = JSON.parse(readFileSync(DEFAULTS.world, 'utf8'));
/** The story's overlays.yaml, and the Khorasan outline it names. */
const overlayEntries = parseYaml(readFileSync(DEFAULTS.overlays, 'utf8')) as Record<
	string,
	unknown
>[];
const khorasanEntry = overlayEntries.find((o) => o.id === 'khorasan')!;
const khorasan = JSON.parse(
	readFileSync(join(DEFAULTS.overlays, '..', String(khorasanEntry.geometry)), 'utf8')
);

/** Writes `value` (JSON unless it is a string) to a file in the temporary folder. */
function write(name: string, value: unknown): string {
	const file = join(dir, name);
	writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
	return file;
}

/** world-atlas with its countries changed by `edit`. */
function worldWith(
	edit: (geometries: Array<{ id?: string; properties: { name: string } }>) => void
) {
	const copy = structuredClone(world);
	edit(copy.objects.countries.geometries);
	return copy;
}

let folders = 0;

/**
 * A content folder in the temporary folder with these overlays (entry and outline each), and
 * region.yaml when asked; returns its path.
 */
function contentWith(
	overlays: { entry: Record<string, unknown>; outline: unknown }[],
	withRegion = false
): string {
	const folder = join(dir, `content-${++folders}`);
	mkdirSync(join(folder, 'overlays'), { recursive: true });
	const entries = overlays.map(({ entry, outline }) => {
		const geometry = `overlays/${String(entry.id)}.geojson`;
		writeFileSync(
			join(folder, geometry),
			typeof outline === 'string' ? outline : JSON.stringify(outline)
		);
		return { ...entry, geometry };
	});
	writeFileSync(join(folder, 'overlays.yaml'), entries.length ? stringifyYaml(entries) : '[]\n');
	if (withRegion) writeFileSync(join(folder, 'region.yaml'), readFileSync(DEFAULTS.region));
	return folder;
}

/** overlays.yaml of a content folder holding only the Khorasan overlay with this outline. */
function overlaysWith(outline: unknown, entry: Record<string, unknown> = khorasanEntry): string {
	return join(contentWith([{ entry, outline }]), 'overlays.yaml');
}

/** The parts of the Khorasan input feature the tests break. */
interface InputFeature {
	properties: Record<string, unknown>;
	geometry: { type: string; coordinates: unknown[] };
}

/** The outer ring of the input feature. */
const ringOf = (f: InputFeature) => f.geometry.coordinates[0] as unknown[];

/** The Khorasan input with its feature changed by `edit`. */
function khorasanWith(edit: (feature: InputFeature) => void) {
	const copy = structuredClone(khorasan);
	edit(copy.features[0]);
	return copy;
}

/** The error buildRegion throws for these inputs. */
function failure(options: { world?: string; overlays?: string; region?: string }): GeoInputError {
	try {
		buildRegion(options);
	} catch (error) {
		expect(error).toBeInstanceOf(GeoInputError);
		return error as GeoInputError;
	}
	throw new Error('buildRegion did not fail');
}

describe('geo/build.js', () => {
	it('reproduces the committed src/content/geo/region.topo.json (run `npm run geo` after changes)', () => {
		const committed = readFileSync(DEFAULTS.out, 'utf8');
		expect(JSON.stringify(buildRegion())).toBe(committed);
	});

	it('fails on a missing world-atlas file', () => {
		const e = failure({ world: join(dir, 'nowhere/countries-50m.json') });
		expect(e.message).toMatch(/nowhere\/countries-50m\.json: file not found/);
	});

	it('fails on a file that is not JSON', () => {
		const file = write('broken.json', '{"type": "Topology", ');
		expect(failure({ world: file }).message).toMatch(/broken\.json: not valid JSON/);
		const overlays = overlaysWith('{"type": "Feature", ');
		expect(failure({ overlays }).message).toMatch(/khorasan\.geojson: not valid JSON/);
	});

	it('fails on JSON that is not a world-atlas topology', () => {
		const file = write('not-topology.json', { type: 'FeatureCollection', features: [] });
		expect(failure({ world: file }).message).toMatch(
			/not-topology\.json: not a world-atlas TopoJSON/
		);
	});

	it('fails on a country id with no alpha-3 code, naming the id', () => {
		const file = write(
			'unmapped.json',
			worldWith((gs) => {
				const iran = gs.find((g) => g.id === '364');
				if (iran) iran.id = '999';
			})
		);
		expect(failure({ world: file }).message).toMatch(
			/unmapped\.json: country "Iran" has ISO numeric id 999, which has no alpha-3 code/
		);
	});

	it('fails on a numeric code that names another country than COUNTRY_CODES says', () => {
		const file = write(
			'swapped.json',
			worldWith((gs) => {
				for (const g of gs) if (g.properties.name === 'Armenia') g.properties.name = 'Armenya';
			})
		);
		expect(failure({ world: file }).message).toMatch(/id 051 is "Armenya" in Natural Earth/);
	});

	it('fails when a focus country is missing from the output', () => {
		const file = write(
			'no-azerbaijan.json',
			worldWith((gs) => {
				gs.splice(
					gs.findIndex((g) => g.id === '031'),
					1
				);
			})
		);
		expect(failure({ world: file }).message).toMatch(
			/no-azerbaijan\.json: focus countries missing from the output: AZE/
		);
	});

	it.each([
		[
			'a Point',
			(f: InputFeature) => (f.geometry = { type: 'Point', coordinates: [60, 35] }),
			/expected a Polygon geometry, got Point/
		],
		['a ring that is not closed', (f: InputFeature) => ringOf(f).pop(), /the ring is not closed/],
		[
			'a self-intersecting ring',
			(f: InputFeature) => {
				const ring = ringOf(f);
				[ring[3], ring[10]] = [ring[10], ring[3]];
			},
			/the ring intersects itself/
		],
		['a hole', (f: InputFeature) => f.geometry.coordinates.push(ringOf(f)), /exactly one ring/],
		[
			'a position that is not a number pair',
			(f: InputFeature) => (ringOf(f)[2] = ['60', 35]),
			/position 2 is not \[longitude, latitude\]/
		],
		[
			'a position outside the clip box',
			(f: InputFeature) => (ringOf(f)[2] = [120, 35]),
			/position 2 \[120, 35\] lies outside the clip box/
		]
	])('fails on an overlay outline with %s', (_, edit, problem) => {
		const e = failure({ overlays: overlaysWith(khorasanWith(edit)) });
		expect(e.message).toMatch(/khorasan\.geojson: /);
		expect(e.message).toMatch(problem);
	});

	it('fails on an outline file with more than one feature', () => {
		const outline = { ...khorasan, features: [...khorasan.features, ...khorasan.features] };
		expect(failure({ overlays: overlaysWith(outline) }).message).toMatch(
			/khorasan\.geojson: expected a FeatureCollection with exactly one Feature/
		);
	});

	it('fails on a missing outline file, naming it', () => {
		const entry = { ...khorasanEntry, geometry: 'overlays/gone.geojson' };
		const overlays = write('overlays.yaml', stringifyYaml([entry]));
		expect(failure({ overlays }).message).toMatch(/overlays\/gone\.geojson: file not found/);
	});

	it.each([
		[
			'an approximate overlay whose label does not say so',
			{ label: 'Khorasan' },
			/overlays\[khorasan\]: label: .*must say "approximate"/
		],
		['an unknown style', { style: 'stripes' }, /overlays\[khorasan\]: style: expected one of/],
		['an unknown colour', { colour: 'red' }, /overlays\[khorasan\]: colour: expected one of/],
		['a path outside the folder', { geometry: '../x.geojson' }, /geometry: expected the path/],
		['a bad id', { id: 'Khorasan Region' }, /id: expected a kebab-case id/]
	])('fails on an overlays.yaml entry with %s', (_, change, problem) => {
		const overlays = write('overlays.yaml', stringifyYaml([{ ...khorasanEntry, ...change }]));
		const e = failure({ overlays });
		expect(e.message).toMatch(/overlays\.yaml: /);
		expect(e.message).toMatch(problem);
	});

	it('fails on an overlays.yaml that is not a list', () => {
		const overlays = write('overlays.yaml', 'khorasan: {}\n');
		expect(failure({ overlays }).problem).toBe('expected a list of overlays');
	});

	it('accepts either ring winding and writes d3 winding', () => {
		const overlays = overlaysWith(khorasanWith((f) => ringOf(f).reverse()));
		expect(JSON.stringify(buildRegion({ overlays }))).toBe(JSON.stringify(buildRegion()));
	});

	it('as a command, prints "geo: <file>: <problem>", exits 1 and writes nothing', () => {
		const out = join(dir, 'out/region.topo.json');
		const bad = overlaysWith(khorasanWith((f) => (f.geometry.type = 'Point')));
		const r = spawnSync(process.execPath, ['geo/build.js', '--overlays', bad, '--out', out], {
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/^geo: .*khorasan\.geojson: expected a Polygon geometry/);
		expect(existsSync(out)).toBe(false);
	});

	it('as a command, writes the same file as the committed one', () => {
		const out = join(dir, 'ok/region.topo.json');
		const r = spawnSync(process.execPath, ['geo/build.js', '--out', out], { encoding: 'utf8' });
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(
			/^geo: wrote .*region\.topo\.json: \d+ countries, \d+ bytes \(\d+ gzip\)/
		);
		expect(readFileSync(out, 'utf8')).toBe(readFileSync(DEFAULTS.out, 'utf8'));
		expect(readFileSync(viewFileFor(out), 'utf8')).toBe(
			readFileSync(viewFileFor(DEFAULTS.out), 'utf8')
		);
	});

	it('writes the committed region view from region.yaml', () => {
		expect(`${JSON.stringify(regionView(readRegionFile(DEFAULTS.region)))}\n`).toBe(
			readFileSync(viewFileFor(DEFAULTS.out), 'utf8')
		);
	});

	it('reads region.yaml from CONTENT_DIR, as the site build does', () => {
		const content = contentWith([{ entry: khorasanEntry, outline: khorasan }]);
		const yaml = readFileSync(DEFAULTS.region, 'utf8');
		writeFileSync(join(content, 'region.yaml'), yaml.replace('at: [51, 42]', 'at: [53, 33]'));
		const out = join(dir, 'content-out/region.topo.json');
		const r = spawnSync(process.execPath, ['geo/build.js', '--out', out], {
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: content }
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toBe('geo: region.yaml: water label "Caspian Sea" lies on land (IRN)\n');
	});

	it('names region.yaml when it cannot be used', () => {
		const bad = write('region.yaml', 'maxBounds: [24, 10]\n');
		expect(failure({ region: bad }).problem).toBe(
			'maxBounds: expected [[west, south], [east, north]] in degrees'
		);
	});
});

describe('geo/build.js with the overlays of another content folder (CONTENT_DIR)', () => {
	/** Runs the command on a content folder; returns the topology it wrote. */
	function build(content: string): Topology {
		const out = join(content, 'out/region.topo.json');
		const r = spawnSync(process.execPath, ['geo/build.js', '--out', out], {
			encoding: 'utf8',
			env: { ...process.env, CONTENT_DIR: content }
		});
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
		return JSON.parse(readFileSync(out, 'utf8')) as Topology;
	}
	const committed = JSON.parse(readFileSync(DEFAULTS.out, 'utf8')) as Topology;
	const overlaysOf = (topo: Topology) => topo.objects.overlays as GeometryCollection;

	it(
		'builds a story without overlays: an empty overlays object, the same countries',
		{ timeout: 60_000 },
		() => {
			const topo = build(contentWith([], true));
			expect(Object.keys(topo.objects)).toEqual(['countries', 'overlays', 'waterLabels']);
			expect(overlaysOf(topo)).toEqual({ type: 'GeometryCollection', geometries: [] });
			expect(topo.objects.countries).toEqual(committed.objects.countries);
			expect(topo.objects.waterLabels).toEqual(committed.objects.waterLabels);
			expect(JSON.stringify(topo).length).toBeLessThan(JSON.stringify(committed).length);
		}
	);

	it(
		'builds two overlays in their order, each with its id, label and style',
		{ timeout: 60_000 },
		() => {
			// A made-up square over central Anatolia, drawn anticlockwise (RFC 7946).
			const square = {
				type: 'Feature',
				properties: {},
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[32, 38],
							[35, 38],
							[35, 40],
							[32, 40],
							[32, 38]
						]
					]
				}
			};
			const second = {
				id: 'test-square',
				label: 'Test square',
				approximate: false,
				style: 'tint',
				colour: 'overlay-2'
			};
			const topo = build(
				contentWith(
					[
						{ entry: khorasanEntry, outline: khorasan },
						{ entry: second, outline: square }
					],
					true
				)
			);
			const geometries = overlaysOf(topo).geometries;
			expect(geometries.map((g) => [g.id, g.type, g.properties])).toEqual([
				[
					'khorasan',
					'Polygon',
					{
						label: 'Khorasan (historical, approximate)',
						approximate: true,
						style: 'hatch',
						colour: 'overlay-1'
					}
				],
				[
					'test-square',
					'Polygon',
					{ label: 'Test square', approximate: false, style: 'tint', colour: 'overlay-2' }
				]
			]);
			const shapes = feature(topo, overlaysOf(topo)).features;
			expect(geoContains(shapes[1]!, [33.5, 39])).toBe(true);
			expect(geoContains(shapes[1]!, [59.6, 36.3])).toBe(false);
			expect(geoContains(shapes[0]!, [59.6, 36.3])).toBe(true);
			expect(topo.objects.countries).toEqual(committed.objects.countries);
		}
	);
});
