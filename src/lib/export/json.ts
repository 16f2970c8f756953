/**
 * The JSON downloads: the validated content's own records (the shapes of content/types.ts), each
 * with a few derived fields a reader would otherwise compute (date fields, step, permalink), the
 * sources they cite, and a `meta` block saying what the file is. Nothing in them changes from one
 * build to the next unless the content does: no timestamps.
 */
import type { ContentIndex } from '../content/selectors.js';
import type { Claim, Content, Place, Source, StoryEvent } from '../content/types.js';
import { dateFields, type DateFields } from './dates.js';
import { permalinkHref } from './links.js';
import type { ExportOptions } from './columns.js';

/** What every download says about itself. */
export interface ExportMeta {
	/** Which part of the content: "claims", "events", "places" or "content" (all). */
	dataset: string;
	title: string;
	description: string;
	/** How the file was made. */
	generatedFrom: string;
	/** The site's public address when it was known at build time. */
	site?: string;
	licence: string;
	attribution: string;
	notes: string[];
	/** Records per kind in this file. */
	counts: Record<string, number>;
}

/**
 * No licence has been declared for the project's own text; this says so rather than inventing
 * one, and says whose the rest is. Change it here when the project picks a licence.
 */
export const LICENCE_NOTE =
	'No licence has been declared for this dataset yet. Titles, summaries and notes are the project’s own wording; quotes are short extracts of the story’s texts (30 words or fewer) reproduced for commentary; the sources are third-party publications, linked and not copied, under their publishers’ terms.';

const NOTES = [
	'Claims are in the argument’s order; events in date order; places in the order of the content files.',
	'Dates keep the precision the sources allow: "date" is as written (YYYY, YYYY-MM, YYYY-MM-DD, A..B, A..present); dateStart/dateEnd are the first and last days it covers; datePrecision says how precise it is.',
	'Coordinates are WGS 84 decimal degrees; GeoJSON positions are [longitude, latitude]. A place’s "precision" says whether it marks the site itself or stands in for it (city, representative).',
	'Fact-check notes report what the sources say about a text; the project takes no side in the argument.',
	'Permalinks are relative to the site’s root unless "site" is given.'
];

/** The meta block of one download. */
export function exportMeta(
	content: Content,
	dataset: string,
	counts: Record<string, number>,
	options: ExportOptions = {}
): ExportMeta {
	return {
		dataset,
		title: `${content.story.title}: ${dataset}`,
		description: content.story.subtitle,
		generatedFrom: `src/content/*.yaml of ${content.story.title}, validated at build time (the content model is src/lib/content/types.ts)`,
		...(options.siteUrl ? { site: options.siteUrl } : {}),
		licence: LICENCE_NOTE,
		attribution: `${content.story.title}${options.siteUrl ? ` (${options.siteUrl})` : ''}`,
		notes: NOTES,
		counts
	};
}

export type ClaimRecord = Claim & { step: number; speakerName: string; permalink: string };
export type EventRecord = StoryEvent & DateFields & { citedBy: string[]; permalink: string };
export type PlaceRecord = Place & { events: string[]; claims: string[] };

export interface ClaimsDocument {
	meta: ExportMeta;
	claims: ClaimRecord[];
	/** The sources the claims' fact-check notes cite. */
	sources: Source[];
}
export interface EventsDocument {
	meta: ExportMeta;
	events: EventRecord[];
	/** The sources the events and their fact-check notes cite. */
	sources: Source[];
}
export interface PlacesDocument {
	meta: ExportMeta;
	places: PlaceRecord[];
	/** The sources for the places' coordinates. */
	sources: Source[];
}
export type ContentDocument = { meta: ExportMeta } & Content;

/** Sources cited by any of the ids, in the order of sources.yaml. */
function citedSources(index: ContentIndex, ids: Iterable<string>): Source[] {
	const wanted = new Set(ids);
	return index.content.sources.filter((s) => wanted.has(s.id));
}

export function claimsDocument(index: ContentIndex, options: ExportOptions = {}): ClaimsDocument {
	const claims = index.content.claims.map((c, i): ClaimRecord => ({
		step: i + 1,
		...c,
		speakerName: index.actorById.get(c.speaker)?.name ?? c.speaker,
		permalink: permalinkHref(options.siteUrl, 'claims', c.id)
	}));
	const sources = citedSources(
		index,
		claims.flatMap((c) => c.factCheck?.sources ?? [])
	);
	return {
		meta: exportMeta(
			index.content,
			'claims',
			{ claims: claims.length, sources: sources.length },
			options
		),
		claims,
		sources
	};
}

export function eventsDocument(index: ContentIndex, options: ExportOptions = {}): EventsDocument {
	const events = index.eventsInDateOrder().map((e): EventRecord => ({
		...e,
		...dateFields(e.date),
		citedBy: index.claimsCiting(e.id).map((c) => c.id),
		permalink: permalinkHref(options.siteUrl, 'events', e.id)
	}));
	const sources = citedSources(
		index,
		events.flatMap((e) => [...e.sources, ...(e.factCheck?.sources ?? [])])
	);
	return {
		meta: exportMeta(
			index.content,
			'events',
			{ events: events.length, sources: sources.length },
			options
		),
		events,
		sources
	};
}

export function placesDocument(index: ContentIndex, options: ExportOptions = {}): PlacesDocument {
	const places = index.content.places.map((p): PlaceRecord => ({
		...p,
		events: index.eventsAt(p.id).map((e) => e.id),
		claims: index.claimsAt(p.id).map((c) => c.id)
	}));
	const sources = citedSources(
		index,
		places.flatMap((p) => p.sources)
	);
	return {
		meta: exportMeta(
			index.content,
			'places',
			{ places: places.length, sources: sources.length },
			options
		),
		places,
		sources
	};
}

/** Everything, as validated: the story, countries, places, actors, sources, events and claims. */
export function contentDocument(index: ContentIndex, options: ExportOptions = {}): ContentDocument {
	const c = index.content;
	return {
		meta: exportMeta(
			c,
			'content',
			{
				countries: c.countries.length,
				places: c.places.length,
				actors: c.actors.length,
				sources: c.sources.length,
				events: c.events.length,
				claims: c.claims.length
			},
			options
		),
		...c
	};
}

/** JSON text as the downloads write it: tab-indented, with a final newline. */
export function toJson(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
