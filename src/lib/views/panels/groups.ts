/**
 * What the country panel and the country list show, as pure functions of the content index:
 * claims grouped by who makes them, and the countries a reader can pick, in a useful order.
 */
import type { ContentIndex } from '$lib/content/selectors';
import type { Claim, Country, LocalName, Place, Voice, VoiceColour } from '$lib/content/types';

export interface ClaimGroup {
	/** The voice id of who makes the claims. */
	key: string;
	/** Heading of the group: the voice's heading (voices.yaml). */
	heading: string;
	/** The voice's part in a claim count, e.g. "from Epstein's case". */
	count: string;
	/** The voice's palette token (voices.yaml `colour`); none for a speaker that is not a voice. */
	colour?: VoiceColour;
	/** The claims in the order of claims.yaml. */
	claims: readonly Claim[];
}

/**
 * Claims grouped by voice, the groups in the order of voices.yaml. Each group keeps the order it
 * is given; empty groups are left out. A speaker that is not a voice (the validator rejects it)
 * gets a group of its own after the voices, headed by its id.
 */
export function groupClaims(claims: readonly Claim[], voices: readonly Voice[]): ClaimGroup[] {
	const buckets = new Map<string, Claim[]>();
	for (const claim of claims) {
		const bucket = buckets.get(claim.speaker);
		if (bucket) bucket.push(claim);
		else buckets.set(claim.speaker, [claim]);
	}
	const known = new Set(voices.map((v) => v.id));
	const groups: ClaimGroup[] = voices.flatMap((voice) => {
		const group = buckets.get(voice.id);
		return group
			? [
					{
						key: voice.id,
						heading: voice.heading,
						count: voice.count,
						colour: voice.colour,
						claims: group
					}
				]
			: [];
	});
	for (const [key, group] of buckets) {
		if (!known.has(key)) groups.push({ key, heading: key, count: `from ${key}`, claims: group });
	}
	return groups;
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
	const parts = groups.map((g) => `${g.claims.length} ${g.count}`);
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
