/**
 * What the country panel and the country list show, as pure functions of the content index:
 * claims grouped by who makes them, and the countries a reader can pick, in a useful order.
 */
import type { ContentIndex } from '$lib/content/selectors';
import type { Claim, Country, LocalName, Place } from '$lib/content/types';

/** Who makes a group of claims: Epstein (as reported), the essay, or another reported actor. */
export type ClaimGroupKey = 'epstein' | 'essay' | 'other';

export interface ClaimGroup {
	key: ClaimGroupKey;
	/** Heading of the group, e.g. "Epstein's case, as the essay reports it". */
	heading: string;
	/** The claims in essay order. */
	claims: readonly Claim[];
}

const GROUP_HEADINGS: Record<ClaimGroupKey, string> = {
	epstein: "Epstein's case, as the essay reports it",
	essay: "The essay's answer",
	other: 'Others, as the essay reports them'
};

/** Order of the groups: the case first, then its answer, as the essay itself proceeds. */
const GROUP_ORDER: readonly ClaimGroupKey[] = ['epstein', 'essay', 'other'];

function groupKey(claim: Claim): ClaimGroupKey {
	if (claim.speaker === 'epstein') return 'epstein';
	if (claim.speaker === 'essay-author') return 'essay';
	return 'other';
}

/**
 * Claims grouped by speaker: Epstein's case, then the essay's answer, then anyone else the
 * essay reports. Each group keeps the order it is given (essay order); empty groups are left out.
 */
export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
	const buckets = new Map<ClaimGroupKey, Claim[]>();
	for (const claim of claims) {
		const key = groupKey(claim);
		const bucket = buckets.get(key);
		if (bucket) bucket.push(claim);
		else buckets.set(key, [claim]);
	}
	return GROUP_ORDER.flatMap((key) => {
		const group = buckets.get(key);
		return group ? [{ key, heading: GROUP_HEADINGS[key], claims: group }] : [];
	});
}

/**
 * The groups cut to their first `limit` claims in reading order, leaving out groups that end up
 * empty: what a panel paints in its first frame, before the rest follows (a long panel, like
 * Iran's 21 claims, would otherwise hold that frame up for tens of milliseconds).
 */
export function firstClaims(groups: readonly ClaimGroup[], limit: number): ClaimGroup[] {
	const shown: ClaimGroup[] = [];
	let left = Math.max(0, limit);
	for (const group of groups) {
		if (left === 0) break;
		const claims = group.claims.length <= left ? group.claims : group.claims.slice(0, left);
		left -= claims.length;
		shown.push(claims === group.claims ? group : { ...group, claims });
	}
	return shown;
}

/** "3 claims: 1 from Epstein's case, 2 in the essay's answer", or "" for none. */
export function claimCountSummary(groups: readonly ClaimGroup[]): string {
	const total = groups.reduce((n, g) => n + g.claims.length, 0);
	if (total === 0) return '';
	const parts = groups.map((g) => {
		const n = g.claims.length;
		if (g.key === 'epstein') return `${n} from Epstein's case`;
		if (g.key === 'essay') return `${n} in the essay's answer`;
		return `${n} from others`;
	});
	return `${total} ${total === 1 ? 'claim' : 'claims'}: ${parts.join(', ')}`;
}

/** Which part of the country list an entry belongs to. */
export type CountryListSection = 'focus' | 'claims' | 'events';

export interface CountryListEntry {
	country: Country;
	section: CountryListSection;
	claimCount: number;
	eventCount: number;
}

/**
 * The countries a reader can pick from a list: the essay's focus countries that have claims,
 * then other countries with claims, then countries that only have events; each part in the
 * order of countries.yaml. Countries with neither claims nor events are left out.
 */
export function countryListEntries(index: ContentIndex): CountryListEntry[] {
	const entries = index.content.countries.flatMap((country): CountryListEntry[] => {
		const claimCount = index.claimsAboutCountry(country.id).length;
		const eventCount = index.eventsInCountry(country.id).length;
		if (claimCount === 0 && eventCount === 0) return [];
		const section: CountryListSection =
			claimCount === 0 ? 'events' : country.focus ? 'focus' : 'claims';
		return [{ country, section, claimCount, eventCount }];
	});
	const rank: Record<CountryListSection, number> = { focus: 0, claims: 1, events: 2 };
	// Array.prototype.sort is stable: file order holds within a section.
	return entries.sort((a, b) => rank[a.section] - rank[b.section]);
}

/**
 * The places in a country that have events or claims (what a reader can open a popup for), in
 * the order of places.yaml; `onMap` leaves out places the map cannot show.
 */
export function placesInCountry(
	index: ContentIndex,
	iso3: string,
	onMap: (place: Place) => boolean = () => true
): Place[] {
	return index.content.places.filter(
		(p) =>
			p.country === iso3 &&
			onMap(p) &&
			(index.eventsAt(p.id).length > 0 || index.claimsAt(p.id).length > 0)
	);
}

/**
 * Local names without repeats: Dari and Pashto often write a name the same way (افغانستان), and
 * showing it twice reads as a mistake. The first language listed keeps it.
 */
export function distinctLocalNames(names: readonly LocalName[]): LocalName[] {
	const seen = new Set<string>();
	return names.filter((n) => {
		const key = n.text.normalize('NFC').trim();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
