import { describe, expect, it } from 'vitest';
import {
	claimCountSummary,
	countryListEntries,
	distinctLocalNames,
	firstClaims,
	groupClaims,
	placesInCountry
} from '../../../../src/lib/views/panels/groups';
import { claim, fixtureContent, fixtureIndex } from '../../story/helpers';

const voices = fixtureContent().voices;

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
/** Claims by both voices and by a speaker that is not a voice, interleaved. */
const mixed = () => [
	claim('a', 'essay-author'),
	claim('b', 'irgc'),
	claim('c', 'epstein'),
	claim('d', 'essay-author'),
	claim('e', 'epstein')
];

describe('groupClaims', () => {
	it('groups by voice in the order of voices.yaml, then any other speaker, each in the order given', () => {
		const groups = groupClaims(mixed(), voices);
		expect(groups.map((g) => g.key)).toEqual(['epstein', 'essay-author', 'irgc']);
		expect(groups.map((g) => ids(g.claims))).toEqual([['c', 'e'], ['a', 'd'], ['b']]);
		expect(groups[0]!.heading).toBe("Epstein's case, as the essay reports it");
		expect(groups[1]!.heading).toBe("The essay's answer");
		expect(groups[2]!.heading).toBe('irgc');
		expect(groupClaims(mixed(), [...voices].reverse()).map((g) => g.key)).toEqual([
			'essay-author',
			'epstein',
			'irgc'
		]);
	});

	it('leaves out empty groups', () => {
		expect(groupClaims([claim('a', 'essay-author')], voices).map((g) => g.key)).toEqual([
			'essay-author'
		]);
		expect(groupClaims([], voices)).toEqual([]);
	});
});

describe('firstClaims', () => {
	const groups = groupClaims(mixed(), voices);

	it('keeps the first claims in reading order, across groups', () => {
		expect(firstClaims(groups, 3).map((g) => [g.key, ids(g.claims)])).toEqual([
			['epstein', ['c', 'e']],
			['essay-author', ['a']]
		]);
		expect(firstClaims(groups, 1).map((g) => [g.key, ids(g.claims)])).toEqual([['epstein', ['c']]]);
	});

	it('returns every group unchanged when the limit covers them, and none for a limit of 0', () => {
		const all = firstClaims(groups, 5);
		expect(all).toEqual(groups);
		all.forEach((g, i) => expect(g).toBe(groups[i]));
		expect(firstClaims(groups, 99)).toEqual(groups);
		expect(firstClaims(groups, 0)).toEqual([]);
		expect(firstClaims(groups, -1)).toEqual([]);
	});

	it('keeps headings and does not touch the groups it is given', () => {
		const cut = firstClaims(groups, 2);
		expect(cut[0]!.heading).toBe(groups[0]!.heading);
		expect(ids(groups[1]!.claims)).toEqual(['a', 'd']);
	});
});

describe('claimCountSummary', () => {
	it('counts each group and agrees in number', () => {
		const groups = groupClaims(
			[claim('a', 'essay-author'), claim('c', 'epstein'), claim('d', 'essay-author')],
			voices
		);
		expect(claimCountSummary(groups)).toBe(
			"3 claims: 1 from Epstein's case, 2 in the essay's answer"
		);
		expect(claimCountSummary(groupClaims([claim('a', 'x')], voices))).toBe('1 claim: 1 from x');
		expect(claimCountSummary([])).toBe('');
	});
});

describe('countryListEntries', () => {
	it('lists focus countries with claims, then other countries with claims, then those with events only', () => {
		const index = fixtureIndex((c) => ({
			...c,
			// USA (not a focus country) gets a claim; TJK loses its claims but keeps its events.
			claims: c.claims.map((cl) =>
				cl.id === 'conclusion'
					? { ...cl, countries: [...cl.countries, 'USA'] }
					: cl.id === 'tajik-cooperation'
						? { ...cl, countries: ['IRN'] }
						: cl
			)
		}));
		const entries = countryListEntries(index);
		expect(entries.map((e) => [e.country.id, e.section])).toEqual([
			['IRN', 'focus'],
			['AZE', 'focus'],
			['USA', 'claims'],
			['TJK', 'events']
		]);
		const iran = entries[0]!;
		expect(iran.claimCount).toBe(index.claimsAboutCountry('IRN').length);
		expect(iran.eventCount).toBe(index.eventsInCountry('IRN').length);
	});

	it('leaves out countries with neither claims nor events (Afghanistan in the fixture)', () => {
		const entries = countryListEntries(fixtureIndex());
		expect(entries.map((e) => e.country.id)).not.toContain('AFG');
		expect(entries.map((e) => e.country.id)).toContain('TJK');
	});
});

describe('placesInCountry', () => {
	it('lists the places with events or claims, and honours the map filter', () => {
		const index = fixtureIndex();
		expect(ids(placesInCountry(index, 'IRN'))).toEqual(['tehran', 'kerman']);
		expect(ids(placesInCountry(index, 'IRN', (p) => p.id !== 'kerman'))).toEqual(['tehran']);
		// Herat is in the fixture but nothing happens there.
		expect(ids(placesInCountry(index, 'AFG'))).toEqual([]);
	});
});

describe('distinctLocalNames', () => {
	it('keeps the first of names written the same way, and every different one', () => {
		expect(
			distinctLocalNames([
				{ lang: 'fa-AF', text: 'افغانستان' },
				{ lang: 'ps', text: 'افغانستان' },
				{ lang: 'uz', text: 'Afgʻoniston' }
			])
		).toEqual([
			{ lang: 'fa-AF', text: 'افغانستان' },
			{ lang: 'uz', text: 'Afgʻoniston' }
		]);
	});
});
