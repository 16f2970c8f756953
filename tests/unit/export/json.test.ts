import { describe, expect, it } from 'vitest';
import {
	claimsDocument,
	contentDocument,
	eventsDocument,
	LICENCE_NOTE,
	placesDocument,
	toJson
} from '../../../src/lib/export/json';
import { fixtureIndex } from './helpers';

const index = fixtureIndex();

describe('JSON documents', () => {
	it('say what they are, with counts and the licence note', () => {
		const doc = claimsDocument(index);
		expect(doc.meta.dataset).toBe('claims');
		expect(doc.meta.licence).toBe(LICENCE_NOTE);
		expect(doc.meta.counts.claims).toBe(index.content.claims.length);
		expect(doc.meta.site).toBeUndefined();
		expect(claimsDocument(index, { siteUrl: 'https://example.org' }).meta.site).toBe(
			'https://example.org'
		);
	});

	it('are the same text on every build (no timestamps)', () => {
		const a = toJson(contentDocument(index));
		const b = toJson(contentDocument(fixtureIndex()));
		expect(a).toBe(b);
		expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
	});

	it('keep every claim with its step, speaker and permalink', () => {
		const doc = claimsDocument(index);
		expect(doc.claims.map((c) => c.id)).toEqual(index.content.claims.map((c) => c.id));
		const proxy = doc.claims.find((c) => c.id === 'epstein-proxy')!;
		expect(proxy).toMatchObject({ step: 2, speaker: 'epstein', permalink: 'claims/epstein-proxy' });
		expect(proxy.speakerName).toBe(index.actorById.get('epstein')!.name);
	});

	it('keep every event in date order with date fields and only the sources they cite', () => {
		const doc = eventsDocument(index);
		expect(doc.events.map((e) => e.id)).toEqual(index.eventsInDateOrder().map((e) => e.id));
		const war = doc.events.find((e) => e.id === 'twelve-day-war')!;
		expect(war).toMatchObject({ dateStart: '2025-06-13', dateEnd: '2025-06-24' });
		const cited = new Set(
			doc.events.flatMap((e) => [...e.sources, ...(e.factCheck?.sources ?? [])])
		);
		expect(new Set(doc.sources.map((s) => s.id))).toEqual(cited);
	});

	it('keep places with their local names and what happened there', () => {
		const doc = placesDocument(index);
		const tehran = doc.places.find((p) => p.id === 'tehran')!;
		expect(tehran.localNames).toEqual([{ lang: 'fa', text: 'تهران' }]);
		expect(tehran.events).toEqual(index.eventsAt('tehran').map((e) => e.id));
		expect(JSON.parse(toJson(doc)).places[0].localNames).toEqual(doc.places[0]!.localNames);
	});

	it('content.json holds the whole validated content', () => {
		const doc = contentDocument(index);
		const { meta, ...rest } = doc;
		expect(rest).toEqual(index.content);
		expect(meta.counts.events).toBe(index.content.events.length);
	});
});
