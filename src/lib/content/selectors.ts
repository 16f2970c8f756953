/**
 * Typed, pure lookups over validated Content for the views. `createIndex` builds every map and
 * reverse index once; each selector then returns a precomputed (or cheaply filtered) array.
 * Orders: claims in essay order (the file order of claims.yaml), events by date (start, then
 * end; file order on ties), countries in the order of countries.yaml.
 * Unknown ids give empty arrays or undefined, never throw: ids may come from a URL.
 */
import { dateSortKey } from '../utils/dates.js';
import type {
	Actor,
	Claim,
	Content,
	Country,
	Iso3,
	Place,
	Source,
	StoryEvent,
	StoryText,
	Voice
} from './types.js';

export interface ContentIndex {
	readonly content: Content;
	readonly countryById: ReadonlyMap<Iso3, Country>;
	readonly placeById: ReadonlyMap<string, Place>;
	readonly actorById: ReadonlyMap<string, Actor>;
	readonly voiceById: ReadonlyMap<string, Voice>;
	readonly textById: ReadonlyMap<string, StoryText>;
	readonly sourceById: ReadonlyMap<string, Source>;
	readonly eventById: ReadonlyMap<string, StoryEvent>;
	readonly claimById: ReadonlyMap<string, Claim>;
	/** All events by date (start, then end); equal dates keep file order. */
	eventsInDateOrder(): readonly StoryEvent[];
	/** Position of an event in date order, or -1. */
	eventPosition(eventId: string): number;
	/** Position of a claim in essay order, or -1. */
	claimPosition(claimId: string): number;
	/** Claims whose `countries` include the country, in essay order. */
	claimsAboutCountry(iso3: Iso3): readonly Claim[];
	/** Countries with at least one claim, in the order of countries.yaml. */
	countriesWithClaims(): readonly Country[];
	/** Events that list the country, in date order. */
	eventsInCountry(iso3: Iso3): readonly StoryEvent[];
	/** Events that happened at a place, in date order. */
	eventsAt(placeId: string): readonly StoryEvent[];
	/** The events a claim offers as evidence, in date order. */
	evidenceFor(claimId: string): readonly StoryEvent[];
	/** The claims a claim answers (its `respondsTo`), in essay order. */
	respondsTo(claimId: string): readonly Claim[];
	/** The claims that answer a claim, in essay order. */
	answeredBy(claimId: string): readonly Claim[];
	/** The claims that cite an event as evidence, in essay order. */
	claimsCiting(eventId: string): readonly Claim[];
	/** The claims that name a place, in essay order. */
	claimsAt(placeId: string): readonly Claim[];
	/** The places of an event or a claim, in the order listed. */
	placesOf(item: StoryEvent | Claim): readonly Place[];
	/** Sources by id, in the order given, unknown ids and repeats dropped. */
	sourcesById(ids: readonly string[]): readonly Source[];
	/**
	 * Every source behind an event (its sources, then its fact-check's) or a claim (its fact-check's,
	 * then those of its evidence events in date order), without repeats.
	 */
	sourcesFor(item: StoryEvent | Claim): readonly Source[];
}

const EMPTY: readonly never[] = Object.freeze([]);

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	const map = new Map<string, T>();
	// First wins, as in the validator (which rejects duplicates anyway).
	for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
	return map;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keys(item))) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** Events sorted by date (start, then end); a stable sort keeps file order on ties. */
export function sortEventsByDate(events: readonly StoryEvent[]): StoryEvent[] {
	const keys = new Map(events.map((e) => [e, dateSortKey(e.date)]));
	return [...events].sort((a, b) => {
		const ka = keys.get(a) ?? '';
		const kb = keys.get(b) ?? '';
		return ka < kb ? -1 : ka > kb ? 1 : 0;
	});
}

function isClaim(item: StoryEvent | Claim): item is Claim {
	return 'speaker' in item;
}

/** Builds every lookup over the content once. */
export function createIndex(content: Content): ContentIndex {
	const countryById = byId(content.countries);
	const placeById = byId(content.places);
	const actorById = byId(content.actors);
	const voiceById = byId(content.voices);
	const textById = byId(content.texts);
	const sourceById = byId(content.sources);
	const eventById = byId(content.events);
	const claimById = byId(content.claims);

	// Grouping a date-sorted list keeps every group in date order; claims stay in essay order.
	const eventsByDate = sortEventsByDate(content.events);
	const eventPositions = new Map(eventsByDate.map((e, i) => [e.id, i]));
	const claimPositions = new Map(content.claims.map((c, i) => [c.id, i]));
	const eventsByPlace = groupBy(eventsByDate, (e) => e.places);
	const eventsByCountry = groupBy(eventsByDate, (e) => e.countries);
	const claimsByCountry = groupBy(content.claims, (c) => c.countries);
	const claimsByPlace = groupBy(content.claims, (c) => c.places);
	const claimsByEvidence = groupBy(content.claims, (c) => c.evidence);
	const answers = groupBy(content.claims, (c) => c.respondsTo);
	const countriesWithClaims = content.countries.filter((c) => claimsByCountry.has(c.id));

	const lookup = <T>(map: ReadonlyMap<string, T>, ids: readonly string[]): T[] => {
		const seen = new Set<string>();
		const out: T[] = [];
		for (const id of ids) {
			const item = map.get(id);
			if (item !== undefined && !seen.has(id)) {
				seen.add(id);
				out.push(item);
			}
		}
		return out;
	};

	const evidenceFor = (claimId: string): readonly StoryEvent[] => {
		const claim = claimById.get(claimId);
		if (!claim) return EMPTY;
		const ids = new Set(claim.evidence);
		return eventsByDate.filter((e) => ids.has(e.id));
	};

	return {
		content,
		countryById,
		placeById,
		actorById,
		voiceById,
		textById,
		sourceById,
		eventById,
		claimById,
		eventsInDateOrder: () => eventsByDate,
		eventPosition: (id) => eventPositions.get(id) ?? -1,
		claimPosition: (id) => claimPositions.get(id) ?? -1,
		claimsAboutCountry: (iso3) => claimsByCountry.get(iso3) ?? EMPTY,
		countriesWithClaims: () => countriesWithClaims,
		eventsInCountry: (iso3) => eventsByCountry.get(iso3) ?? EMPTY,
		eventsAt: (placeId) => eventsByPlace.get(placeId) ?? EMPTY,
		evidenceFor,
		respondsTo: (claimId) => {
			const claim = claimById.get(claimId);
			if (!claim) return EMPTY;
			const ids = new Set(claim.respondsTo);
			return content.claims.filter((c) => ids.has(c.id));
		},
		answeredBy: (claimId) => answers.get(claimId) ?? EMPTY,
		claimsCiting: (eventId) => claimsByEvidence.get(eventId) ?? EMPTY,
		claimsAt: (placeId) => claimsByPlace.get(placeId) ?? EMPTY,
		placesOf: (item) => lookup(placeById, item.places),
		sourcesById: (ids) => lookup(sourceById, ids),
		sourcesFor: (item) => {
			const ids = isClaim(item)
				? [
						...(item.factCheck?.sources ?? []),
						...evidenceFor(item.id).flatMap((e) => [...e.sources, ...(e.factCheck?.sources ?? [])])
					]
				: [...item.sources, ...(item.factCheck?.sources ?? [])];
			return lookup(sourceById, ids);
		}
	};
}
