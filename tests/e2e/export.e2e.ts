/**
 * The downloads under /data on the built site: each file is served with its type, parses, and
 * holds every claim, event and place of the content; the /data page lists them with their real
 * sizes, and its CSV links download.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCsv } from '../../src/lib/export/csv';
import { expect, test } from './fixtures';

const read = <T>(file: string): T => parse(readFileSync(`src/content/${file}`, 'utf8')) as T;
type Id = { id: string };
const ids = {
	claims: read<Id[]>('claims.yaml').map((c) => c.id),
	events: read<Id[]>('events.yaml').map((e) => e.id),
	places: read<Id[]>('places.yaml').map((p) => p.id)
};
const places = read<(Id & { lat: number; lon: number })[]>('places.yaml');

const TYPES = { json: 'application/json', csv: 'text/csv', geojson: 'application/geo+json' };
const FILES = ['claims', 'events', 'places'].flatMap((kind) =>
	(['json', 'csv'] as const).map((ext) => ({ kind: kind as keyof typeof ids, ext }))
);

test.describe('the downloads, as served', () => {
	test('JSON files parse, say what they are and hold every id', async ({ request }) => {
		for (const { kind } of FILES.filter((f) => f.ext === 'json')) {
			const response = await request.get(`/data/${kind}.json`);
			expect(response.status(), kind).toBe(200);
			expect(response.headers()['content-type'], kind).toContain(TYPES.json);
			const doc = (await response.json()) as Record<string, Id[]> & {
				meta: { dataset: string; licence: string; counts: Record<string, number> };
			};
			expect(doc.meta.dataset).toBe(kind);
			expect(doc.meta.licence.length).toBeGreaterThan(20);
			expect(doc.meta.counts[kind]).toBe(ids[kind].length);
			expect(doc[kind]!.map((r) => r.id).sort()).toEqual([...ids[kind]].sort());
			expect(JSON.stringify(doc)).not.toMatch(/"generated(At)?":\s*"\d{4}-\d{2}-\d{2}T/);
		}
		const all = (await (await request.get('/data/content.json')).json()) as Record<string, Id[]>;
		for (const kind of ['claims', 'events', 'places'] as const) {
			expect(all[kind]!.map((r) => r.id)).toEqual(ids[kind]);
		}
	});

	test('CSV files are UTF-8 with a BOM, RFC 4180, one row per id', async ({ request }) => {
		for (const { kind } of FILES.filter((f) => f.ext === 'csv')) {
			const response = await request.get(`/data/${kind}.csv`);
			expect(response.status(), kind).toBe(200);
			expect(response.headers()['content-type'], kind).toContain(TYPES.csv);
			const bytes = await response.body();
			expect([...bytes.subarray(0, 3)], `${kind} BOM`).toEqual([0xef, 0xbb, 0xbf]);
			const text = bytes.toString('utf8');
			expect(text.endsWith('\r\n'), kind).toBe(true);
			const [header, ...rows] = parseCsv(text);
			expect(header![0] === 'id' || header!.includes('id'), kind).toBe(true);
			const col = header!.indexOf('id');
			expect(rows.map((r) => r[col]).sort(), kind).toEqual([...ids[kind]].sort());
			for (const row of rows) expect(row.length, `${kind} ${row[col]}`).toBe(header!.length);
		}
		const placesCsv = parseCsv(
			(await (await request.get('/data/places.csv')).body()).toString('utf8')
		);
		const faColumn = placesCsv[0]!.indexOf('name_fa');
		expect(faColumn).toBeGreaterThan(-1);
		// Right-to-left names arrive intact.
		expect(placesCsv.some((row) => /[\u0600-\u06ff]/.test(row[faColumn] ?? ''))).toBe(true);
	});

	test('GeoJSON files are FeatureCollections at [lon, lat]', async ({ request }) => {
		for (const kind of ['places', 'events'] as const) {
			const response = await request.get(`/data/${kind}.geojson`);
			expect(response.status(), kind).toBe(200);
			expect(response.headers()['content-type'], kind).toContain(TYPES.geojson);
			const fc = (await response.json()) as {
				type: string;
				features: {
					type: string;
					id: string;
					properties: Record<string, unknown>;
					geometry: { type: string; coordinates: number[] | number[][] } | null;
				}[];
			};
			expect(fc.type).toBe('FeatureCollection');
			expect(fc.features.map((f) => f.id).sort()).toEqual([...ids[kind]].sort());
			for (const f of fc.features) {
				expect(f.type).toBe('Feature');
				expect(f.properties.id).toBe(f.id);
				if (kind === 'places') {
					const place = places.find((p) => p.id === f.id)!;
					expect(f.geometry).toEqual({ type: 'Point', coordinates: [place.lon, place.lat] });
				} else if (f.geometry) {
					expect(f.geometry.type).toBe('MultiPoint');
					for (const [lon, lat] of f.geometry.coordinates as number[][]) {
						expect(Math.abs(lon!)).toBeLessThanOrEqual(180);
						expect(Math.abs(lat!)).toBeLessThanOrEqual(90);
					}
				}
			}
		}
	});
});

test.describe('the data page', () => {
	test('lists every file with its real size, and a CSV link downloads', async ({
		page,
		request
	}) => {
		await page.goto('/data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Download the data');
		const rows = page.locator('tr[data-file]');
		await expect(rows).toHaveCount(9);
		for (const row of await rows.all()) {
			const name = (await row.getAttribute('data-file'))!;
			const href = (await row.getByRole('link').getAttribute('href'))!;
			// Relative to the page, so the links hold under any BASE_PATH.
			expect(href).toBe(`./data/${name}`);
			const bytes = (await (await request.get(`/data/${name}`)).body()).length;
			const shown = (await row.locator('td.num').textContent())!.trim();
			const expected =
				bytes < 1024
					? `${bytes} B`
					: `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
			expect(shown, name).toBe(expected);
		}
		const download = page.waitForEvent('download');
		await page.getByRole('link', { name: 'claims.csv' }).click();
		expect((await download).suggestedFilename()).toBe('claims.csv');
		// JSON and GeoJSON download too, rather than opening as raw text in the tab.
		for (const name of ['content.json', 'events.geojson']) {
			const file = page.waitForEvent('download');
			await page.getByRole('link', { name }).click();
			expect((await file).suggestedFilename()).toBe(name);
		}
	});
});

test.describe('the main page', () => {
	test('links every download and the permalink indexes', async ({ page, request }) => {
		await page.goto('/');
		const block = page.locator('section.data-downloads');
		await expect(block.getByRole('heading', { name: 'Download the data' })).toBeAttached();
		const hrefs = await block
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		const paths = hrefs.map((h) => new URL(h).pathname);
		for (const name of [
			'claims.json',
			'claims.csv',
			'events.geojson',
			'places.csv',
			'content.json'
		]) {
			expect(paths).toContain(`/data/${name}`);
		}
		for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
		const files = block.locator('a[href*="/data/"]');
		for (const link of await files.all()) {
			const href = (await link.getAttribute('href'))!;
			await expect(link, href).toHaveAttribute('download', href.split('/').pop()!);
		}
		await block.getByRole('link', { name: 'the argument, step by step' }).click();
		await expect(page).toHaveURL(/\/claims$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The argument, step by step');
	});
});
