import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/content/load.server';
import { FOCUS_COUNTRIES, INITIAL_BOUNDS } from '../../../src/lib/geo/region';
import type { OverlayProperties } from '../../../src/lib/geo/topology';
import { buildStaticMap, wrap } from '../../../src/lib/map/static/build';
import {
	contentLinks,
	readRegionTopology,
	staticMapFor
} from '../../../src/lib/map/static/build.server';
import { LABEL_TIERS } from '../../../src/lib/map/static/labelStyle';
import { staticProjection } from '../../../src/lib/map/static/project';
import type { StaticMapData } from '../../../src/lib/map/static/types';
import { ROOT, SAMPLE_PLACES } from './helpers';
import { parsePath } from './staticPaths';

const content = loadContent(ROOT);
const data = staticMapFor(content, { root: ROOT });

function bbox(d: string): [number, number, number, number] {
	const points = parsePath(d).flat();
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Every path string and label of the map: about what the SVG and the page data carry. */
function svgText(map: StaticMapData): string {
	return [
		...map.countries.map((c) => `<a href="${c.href ?? ''}"><path d="${c.d}"/></a>`),
		`<path d="${map.borders}"/><path d="${map.coastline}"/>`,
		...map.overlays.map((o) => `<path d="${o.d}"/>`),
		...map.labels.map((l) => `<text>${l.lines.map((x) => x.text).join(' ')}</text>`),
		...map.places.map((p) => `<a href="${p.href ?? ''}"><circle cx="${p.x}" cy="${p.y}"/></a>`)
	].join('');
}

describe('buildStaticMap on the real geodata and content', () => {
	it('draws the four focus countries first, non-empty and in the frame', () => {
		expect(data.countries.slice(0, 4).map((c) => c.iso3)).toEqual([...FOCUS_COUNTRIES]);
		for (const country of data.countries.slice(0, 4)) {
			expect(country.focus).toBe(true);
			const [x0, y0, x1, y1] = bbox(country.d);
			expect(x1 - x0, country.iso3).toBeGreaterThan(20);
			expect(y1 - y0, country.iso3).toBeGreaterThan(20);
			// Wholly inside the frame (Iran to Tajikistan is what INITIAL_BOUNDS was chosen for).
			expect(x0, country.iso3).toBeGreaterThanOrEqual(0);
			expect(y0, country.iso3).toBeGreaterThanOrEqual(0);
			expect(x1, country.iso3).toBeLessThanOrEqual(data.width);
			expect(y1, country.iso3).toBeLessThanOrEqual(data.height);
		}
		expect(data.countries.filter((c) => c.focus)).toHaveLength(4);
	});

	it('keeps every path inside the drawn extent', () => {
		const [x0, y0, x1, y1] = data.extent;
		for (const d of [...data.countries.map((c) => c.d), data.borders, data.coastline]) {
			const [a, b, c, e] = bbox(d);
			expect(a).toBeGreaterThanOrEqual(x0 - 0.1);
			expect(b).toBeGreaterThanOrEqual(y0 - 0.1);
			expect(c).toBeLessThanOrEqual(x1 + 0.1);
			expect(e).toBeLessThanOrEqual(y1 + 0.1);
		}
	});

	it('puts the places where the projection does, and leaves out those beyond the extent', () => {
		const { projection } = staticProjection(INITIAL_BOUNDS, [
			[34, 12],
			[86, 54]
		]);
		const tehran = content.places.find((p) => p.id === 'tehran')!;
		const drawn = data.places.find((p) => p.id === 'tehran')!;
		const [x, y] = projection([tehran.lon, tehran.lat])!;
		expect(drawn.x).toBeCloseTo(x, 0);
		expect(drawn.y).toBeCloseTo(y, 0);
		// Inside Iran's outline's box, and inside the frame.
		const [ix0, iy0, ix1, iy1] = bbox(data.countries.find((c) => c.iso3 === 'IRN')!.d);
		expect(drawn.x).toBeGreaterThan(ix0);
		expect(drawn.x).toBeLessThan(ix1);
		expect(drawn.y).toBeGreaterThan(iy0);
		expect(drawn.y).toBeLessThan(iy1);
		const ids = data.places.map((p) => p.id);
		for (const far of ['rome', 'washington']) expect(ids).not.toContain(far);
		for (const key of ['tehran', 'mashhad', 'kerman', 'baku', 'dushanbe', 'kabul', 'herat']) {
			expect(ids).toContain(key);
		}
		// Key cities come last, so their dots are drawn over a site at the same spot.
		const firstKey = data.places.findIndex((p) => p.label);
		expect(data.places.slice(firstKey).every((p) => p.label)).toBe(true);
		expect(ids.indexOf('baku')).toBeGreaterThan(ids.indexOf('baku-israeli-embassy'));
	});

	it('links countries and places to the readable content', () => {
		const iran = data.countries.find((c) => c.iso3 === 'IRN')!;
		expect(iran.href).toMatch(/^\?country=IRN#claim-[a-z0-9-]+$/);
		const claimId = iran.href!.split('#claim-')[1]!;
		expect(content.claims.find((c) => c.id === claimId)?.countries).toContain('IRN');
		// Countries outside the content are shapes, not links.
		const known = new Set(content.countries.map((c) => c.id));
		for (const country of data.countries) {
			expect(Boolean(country.href), country.iso3).toBe(known.has(country.iso3));
		}
		const kerman = data.places.find((p) => p.id === 'kerman')!;
		const eventId = kerman.href!.replace('#event-', '');
		expect(content.events.find((e) => e.id === eventId)?.places).toContain('kerman');
	});

	it('labels the focus countries and Khorasan, as approximate, at every size', () => {
		const byText = (t: string) => data.labels.find((l) => l.lines[0]!.text === t);
		for (const name of ['Iran', 'Azerbaijan', 'Tajikistan', 'Afghanistan']) {
			expect(byText(name)?.placements.every(Boolean), name).toBe(true);
		}
		const khorasan = data.labels.find((l) => l.kind === 'region')!;
		expect(khorasan.lines.map((l) => l.text).join(' ')).toMatch(/approximate/);
		expect(khorasan.placements.every(Boolean)).toBe(true);
		expect(khorasan.colour).toBe('overlay-1');
		const [overlay] = data.overlays;
		expect(overlay).toMatchObject({ id: 'khorasan', style: 'hatch', approximate: true });
		expect(overlay!.name).toMatch(/approximate/);
		expect(bbox(overlay!.d)[2]).toBeGreaterThan(bbox(overlay!.d)[0] + 50);
	});

	it('names Mashhad and Herat on a phone too: the Khorasan label moves aside for them', () => {
		const shown = data.labels.filter((l) => l.placements[0]).map((l) => l.lines[0]!.text);
		expect(shown).toEqual(expect.arrayContaining(['Mashhad', 'Herat']));
	});

	it('labels every key city on a desktop-sized map, and the seas', () => {
		const wide = LABEL_TIERS.length - 1;
		const shown = data.labels.filter((l) => l.placements[wide]).map((l) => l.lines[0]!.text);
		for (const city of ['Tehran', 'Mashhad', 'Kerman', 'Baku', 'Dushanbe', 'Kabul', 'Herat']) {
			expect(shown).toContain(city);
		}
		for (const sea of ['Caspian Sea', 'Persian Gulf']) expect(shown).toContain(sea);
	});

	it('stays within its byte budget (gzip) in the HTML and again in the page data', () => {
		const svg = gzipSync(svgText(data)).length;
		const json = gzipSync(JSON.stringify(data)).length;
		// Measured 12.0 KB and 13.9 KB (the SVG as rendered adds about 15 KB); the budget is 25 KB.
		expect(svg).toBeLessThan(16_000);
		expect(json).toBeLessThan(16_000);
		expect(svg + json).toBeLessThan(32_000);
	});

	it('simplifies more with a larger minimum triangle', () => {
		const topology = readRegionTopology(ROOT);
		const coarse = buildStaticMap(topology, SAMPLE_PLACES, { minTriangleArea: 20 });
		const fine = buildStaticMap(topology, SAMPLE_PLACES, { minTriangleArea: 0.5 });
		expect(svgText(coarse).length).toBeLessThan(svgText(fine).length * 0.6);
	});

	it('fails on an approximate overlay whose label does not say so', { timeout: 30_000 }, () => {
		const unqualified = structuredClone(readRegionTopology(ROOT));
		const overlay = unqualified.objects.overlays.geometries[0]!;
		overlay.properties = { ...(overlay.properties as OverlayProperties), label: 'Khorasan' };
		expect(() => buildStaticMap(unqualified, [])).toThrow(/approximate/);
	});

	it(
		'draws none, one or several overlays, each labelled in its colour',
		{ timeout: 30_000 },
		() => {
			const topology = readRegionTopology(ROOT);
			const none = structuredClone(topology);
			none.objects.overlays.geometries = [];
			const bare = buildStaticMap(none, []);
			expect(bare.overlays).toEqual([]);
			expect(bare.labels.filter((l) => l.kind === 'region')).toEqual([]);

			const two = structuredClone(topology);
			const first = two.objects.overlays.geometries[0]!;
			two.objects.overlays.geometries.push({
				...structuredClone(first),
				id: 'second',
				properties: { label: 'Second area', approximate: false, style: 'tint', colour: 'overlay-2' }
			});
			const map = buildStaticMap(two, []);
			expect(map.overlays.map((o) => [o.id, o.style, o.colour, o.approximate])).toEqual([
				['khorasan', 'hatch', 'overlay-1', true],
				['second', 'tint', 'overlay-2', false]
			]);
			const regions = map.labels.filter((l) => l.kind === 'region');
			expect(regions.map((l) => [l.lines[0]!.text, l.colour])).toEqual([
				['Khorasan', 'overlay-1'],
				['Second area', 'overlay-2']
			]);
		}
	);

	it('gives the same output for the same input (prerendering is deterministic)', () => {
		const topology = readRegionTopology(ROOT);
		const links = contentLinks(content);
		const a = buildStaticMap(topology, SAMPLE_PLACES, links);
		const b = buildStaticMap(topology, SAMPLE_PLACES, links);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
	});
});

describe('wrap', () => {
	it('breaks long names into lines of about 12 characters', () => {
		expect(wrap('United Arab Emirates').map((l) => l.text)).toEqual(['United Arab', 'Emirates']);
		expect(wrap('Persian Gulf').map((l) => l.text)).toEqual(['Persian Gulf']);
	});
});

describe('the static map’s overlay, popup and labels', () => {
	const read = (name: string) => readFileSync(`${ROOT}src/lib/map/static/${name}.svelte`, 'utf8');
	const places = read('StaticMapPlaces');

	it('sizes its overlay and the popup’s frame with the frame’s shape', () => {
		const source = places + read('StaticMapPopup');
		const ratios = [...source.matchAll(/100cq[wh] \* (\d+) \/ (\d+)/g)].map((m) => [
			Number(m[1]),
			Number(m[2])
		]);
		expect(ratios.length).toBeGreaterThanOrEqual(2);
		for (const ratio of ratios) {
			expect([
				[data.width, data.height],
				[data.height, data.width]
			]).toContainEqual(ratio);
		}
	});

	it('switches label tiers at the widths they were placed for', () => {
		const queries = [
			...places.matchAll(/\(min-width: ([\d.]+)px\) and \(min-height: ([\d.]+)px\)/g)
		].map((m) => [Number(m[1]), Number(m[2])]);
		expect(queries.map((q) => q[0])).toEqual(LABEL_TIERS.slice(1));
		for (const [width, height] of queries) {
			expect(height).toBeCloseTo((width! * data.height) / data.width, 0);
		}
	});
});
