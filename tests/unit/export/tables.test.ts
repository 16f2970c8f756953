import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/export/csv';
import { tableToCsv, type Table } from '../../../src/lib/export/columns';
import {
	claimsTable,
	eventsTable,
	localNameLanguages,
	placesTable
} from '../../../src/lib/export/tables';
import { fixtureIndex } from './helpers';

/** A table's rows as objects keyed by column name, as a reader of the CSV would see them. */
function records(table: Table): Record<string, string>[] {
	const [header, ...rows] = parseCsv(tableToCsv(table));
	expect(header).toEqual(table.columns.map((c) => c.name));
	return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('claims table', () => {
	const index = fixtureIndex();
	const table = claimsTable(index);
	const rows = records(table);

	it('has one row per claim in the essay’s order, with unique documented columns', () => {
		expect(rows.map((r) => r.id)).toEqual(index.content.claims.map((c) => c.id));
		expect(rows.map((r) => r.step)).toEqual(index.content.claims.map((_, i) => String(i + 1)));
		const names = table.columns.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
		for (const column of table.columns) expect(column.description, column.name).not.toBe('');
	});

	it('writes relations as id lists and resolves names', () => {
		const omission = rows.find((r) => r.id === 'kerman-omission')!;
		expect(omission.responds_to).toBe('epstein-proxy');
		expect(omission.speaker_name).toBe(index.actorById.get('essay-author')!.name);
		const proxy = rows.find((r) => r.id === 'epstein-proxy')!;
		expect(proxy.answered_by!.split('; ')).toContain('kerman-omission');
		expect(proxy.paragraphs).toBe('2; 3');
		expect(proxy.quote).toBe('');
		expect(proxy.permalink).toBe('claims/epstein-proxy');
	});

	it('makes permalinks absolute when the site URL is known', () => {
		const abs = records(claimsTable(index, { siteUrl: 'https://example.org/k' }));
		expect(abs[0]!.permalink).toBe(`https://example.org/k/claims/${abs[0]!.id}`);
	});

	it('survives commas, quotes and line breaks in the text', () => {
		const awkward = 'Iran, "the sponsor"\nor not';
		const edited = fixtureIndex((c) => {
			c.claims[0]!.title = awkward;
			return c;
		});
		expect(records(claimsTable(edited))[0]!.title).toBe(awkward);
	});
});

describe('events table', () => {
	const index = fixtureIndex();
	const rows = records(eventsTable(index));

	it('has one row per event in date order', () => {
		expect(rows.map((r) => r.id)).toEqual(index.eventsInDateOrder().map((e) => e.id));
		expect(rows.map((r) => r.date_start)).toEqual([...rows.map((r) => r.date_start)].sort());
	});

	it('writes the date as given plus start, end and precision', () => {
		const war = rows.find((r) => r.id === 'twelve-day-war')!;
		expect(war).toMatchObject({
			date: '2025-06-13..2025-06-24',
			date_iso: '2025-06-13/2025-06-24',
			date_start: '2025-06-13',
			date_end: '2025-06-24',
			date_precision: 'day',
			date_text: '13–24 June 2025'
		});
		const deal = rows.find((r) => r.id === 'iran-tajikistan-deal-2025-04')!;
		expect(deal).toMatchObject({ date_precision: 'month', date_end: '2025-04-30' });
		expect(deal.basis).toBe('essay');
		expect(deal.places).toBe('tehran; dushanbe');
		expect(deal.place_names).toBe('Tehran; Dushanbe');
	});

	it('keeps casualty ranges, fact-checks and source URLs', () => {
		const kerman = rows.find((r) => r.id === 'kerman-bombings-2024')!;
		expect(kerman).toMatchObject({ killed: '', killed_low: '94', killed_high: '103' });
		expect(kerman.fact_check_verdict).toBe('accurate');
		const k2 = index.sourceById.get('K2')!;
		expect(kerman.source_urls).toBe(k2.url);
		expect(kerman.fact_check_source_urls).toBe(k2.url);
	});
});

describe('places table', () => {
	const index = fixtureIndex();
	const table = placesTable(index);
	const rows = records(table);

	it('has one row per place and a column per local-name language', () => {
		expect(rows.map((r) => r.id)).toEqual(index.content.places.map((p) => p.id));
		for (const lang of localNameLanguages(index.content.places)) {
			expect(table.columns.map((c) => c.name)).toContain(`name_${lang}`);
		}
	});

	it('keeps right-to-left names exactly, in their own column', () => {
		const tehran = rows.find((r) => r.id === 'tehran')!;
		expect(tehran.name_fa).toBe('تهران');
		expect(rows.find((r) => r.id === 'baku')!.name_fa ?? '').toBe('');
	});

	it('writes coordinates as numbers with the events there', () => {
		const kerman = rows.find((r) => r.id === 'kerman')!;
		expect(Number(kerman.lat)).toBe(30.2832);
		expect(Number(kerman.lon)).toBe(57.0788);
		expect(kerman.events).toBe('kerman-bombings-2024');
		expect(kerman.note).toBe('City point; the blast sites are not geolocated.');
	});
});
