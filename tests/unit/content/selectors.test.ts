import { describe, expect, it } from 'vitest';
import { createIndex, sortEventsByDate } from '../../../src/lib/content/selectors';
import type { Content, StoryEvent } from '../../../src/lib/content/types';
import { validateContent } from '../../../src/lib/content/validate';
import { readFixture } from './helpers';

function fixtureContent(): Content {
	const { content, errors } = validateContent(readFixture('valid'));
	if (!content) throw new Error(`fixture invalid: ${errors.map((e) => e.message).join('; ')}`);
	return content;
}

const content = fixtureContent();
const index = createIndex(content);
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('lookups by id', () => {
	it('finds every kind of entry', () => {
		expect(index.countryById.get('IRN')?.name).toBe('Iran');
		expect(index.placeById.get('kerman')?.country).toBe('IRN');
		expect(index.actorById.get('isis-k')?.kind).toBe('armed-group');
		expect(index.sourceById.get('K2')?.publisher).toBe('Example News');
		expect(index.eventById.get('twelve-day-war')?.kind).toBe('war');
		expect(index.claimById.get('thesis')?.kind).toBe('thesis');
		expect(index.claimById.get('nope')).toBeUndefined();
	});
});

describe('events in date order', () => {
	it('sorts by start, then end, keeping file order on ties', () => {
		expect(ids(index.eventsInDateOrder())).toEqual([
			'kerman-bombings-2024',
			'iran-tajikistan-deal-2025-04',
			'twelve-day-war',
			'essay-published-2026-02',
			'epstein-article-2026-02-11'
		]);
		expect(index.eventPosition('twelve-day-war')).toBe(2);
		expect(index.eventPosition('nope')).toBe(-1);
	});

	it('puts a year before its days and keeps equal dates in given order', () => {
		const make = (id: string, date: string) => ({ ...content.events[0], id, date }) as StoryEvent;
		const sorted = sortEventsByDate([
			make('b', '2019-03'),
			make('a', '2019'),
			make('c', '2019-03'),
			make('d', '2018-12-31..2019-01-02')
		]);
		expect(ids(sorted)).toEqual(['d', 'a', 'b', 'c']);
	});
});

describe('claims and countries', () => {
	it('lists the claims about a country in essay order', () => {
		expect(ids(index.claimsAboutCountry('IRN'))).toEqual([
			'thesis',
			'epstein-proxy',
			'kerman-omission',
			'tajik-cooperation',
			'conclusion'
		]);
		expect(ids(index.claimsAboutCountry('TJK'))).toEqual(['tajik-cooperation']);
		expect(index.claimsAboutCountry('AFG')).toEqual([]);
		expect(index.claimsAboutCountry('XXX')).toEqual([]);
	});

	it('lists the countries that have claims, in countries.yaml order', () => {
		expect(ids(index.countriesWithClaims())).toEqual(['IRN', 'AZE', 'TJK']);
	});

	it('gives claim positions in essay order', () => {
		expect(index.claimPosition('thesis')).toBe(0);
		expect(index.claimPosition('conclusion')).toBe(4);
		expect(index.claimPosition('nope')).toBe(-1);
	});
});

describe('places', () => {
	it('lists the events at a place in date order', () => {
		expect(ids(index.eventsAt('tehran'))).toEqual([
			'iran-tajikistan-deal-2025-04',
			'twelve-day-war'
		]);
		expect(index.eventsAt('herat')).toEqual([]);
	});

	it('lists the claims that name a place and the places of an item', () => {
		expect(ids(index.claimsAt('kerman'))).toEqual(['kerman-omission']);
		const claim = index.claimById.get('tajik-cooperation');
		expect(claim && ids(index.placesOf(claim))).toEqual(['tehran', 'dushanbe']);
	});

	it('lists the events in a country in date order', () => {
		expect(ids(index.eventsInCountry('AZE'))).toEqual(['epstein-article-2026-02-11']);
		expect(ids(index.eventsInCountry('TJK'))).toEqual(['iran-tajikistan-deal-2025-04']);
	});
});

describe('the argument graph', () => {
	it('gives the evidence for a claim in date order', () => {
		// Listed as [deal, bombings]; returned by date.
		expect(ids(index.evidenceFor('tajik-cooperation'))).toEqual([
			'kerman-bombings-2024',
			'iran-tajikistan-deal-2025-04'
		]);
		expect(index.evidenceFor('thesis')).toEqual([]);
		expect(index.evidenceFor('nope')).toEqual([]);
	});

	it('gives what a claim answers and what answers it, in essay order', () => {
		expect(ids(index.respondsTo('tajik-cooperation'))).toEqual([
			'epstein-proxy',
			'kerman-omission'
		]);
		expect(ids(index.answeredBy('epstein-proxy'))).toEqual([
			'kerman-omission',
			'tajik-cooperation',
			'conclusion'
		]);
		expect(ids(index.answeredBy('kerman-omission'))).toEqual(['tajik-cooperation']);
		expect(index.answeredBy('thesis')).toEqual([]);
		expect(index.respondsTo('nope')).toEqual([]);
	});

	it('gives the claims citing an event, in essay order', () => {
		expect(ids(index.claimsCiting('kerman-bombings-2024'))).toEqual([
			'kerman-omission',
			'tajik-cooperation'
		]);
		expect(index.claimsCiting('twelve-day-war')).toEqual([]);
	});
});

describe('sources', () => {
	it('gives an event its own and its fact-check sources without repeats', () => {
		const event = index.eventById.get('kerman-bombings-2024');
		expect(event && ids(index.sourcesFor(event))).toEqual(['K2']);
		const war = index.eventById.get('epstein-article-2026-02-11');
		expect(war && ids(index.sourcesFor(war))).toEqual(['epstein-article']);
	});

	it('gives a claim its fact-check sources, then its evidence sources', () => {
		const claim = index.claimById.get('tajik-cooperation');
		expect(claim && ids(index.sourcesFor(claim))).toEqual(['K2', 'essay']);
		const proxy = index.claimById.get('epstein-proxy');
		expect(proxy && ids(index.sourcesFor(proxy))).toEqual(['epstein-article']);
	});

	it('resolves source ids, dropping unknown ones and repeats', () => {
		expect(ids(index.sourcesById(['C-DS', 'nope', 'K2', 'C-DS']))).toEqual(['C-DS', 'K2']);
	});
});

describe('purity', () => {
	it('returns the same arrays on every call and leaves the content untouched', () => {
		expect(index.eventsInDateOrder()).toBe(index.eventsInDateOrder());
		expect(ids(content.events)[0]).toBe('epstein-article-2026-02-11');
	});
});
