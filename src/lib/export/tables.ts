/**
 * The flat tables behind the CSV downloads: one row per claim (essay order), event (date order)
 * or place (file order), with a documented column each. The same column list documents the
 * files on the /data page, so the description and the file cannot drift apart.
 * List fields are joined with "; " (LIST_SEPARATOR); ids stay ids, with names and URLs in
 * companion columns so a spreadsheet needs no joins.
 */
import { CLAIM_KIND_LABELS } from '../content/labels.js';
import type { ContentIndex } from '../content/selectors.js';
import type { Claim, Place, StoryEvent } from '../content/types.js';
import {
	buildTable,
	dateColumns,
	factCheckColumns,
	urlsOf,
	type Column,
	type ExportOptions,
	type Table
} from './columns.js';
import { joinList } from './csv.js';
import { permalinkHref } from './links.js';

/** "a, b or c". */
function orList(words: readonly string[]): string {
	return words.length < 2
		? (words[0] ?? '')
		: `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** One row per claim, in the argument's order. */
export function claimsTable(index: ContentIndex, options: ExportOptions = {}): Table {
	const columns: Column<Claim>[] = [
		{
			name: 'step',
			description: 'Position in the argument, from 1',
			value: (c) => index.claimPosition(c.id) + 1
		},
		{
			name: 'id',
			description: 'Stable claim id (the permalink and ?claim= use it)',
			value: (c) => c.id
		},
		{
			name: 'speaker',
			description: `Voice id of who makes the point (${index.content.voices.map((v) => v.id).join(', ')})`,
			value: (c) => c.speaker
		},
		{
			name: 'speaker_name',
			description: 'Name of the speaker',
			value: (c) => index.voiceById.get(c.speaker)?.name ?? c.speaker
		},
		{
			name: 'kind',
			description:
				'thesis, assertion, rebuttal, omission, concession, recommendation or conclusion',
			value: (c) => c.kind
		},
		{
			name: 'kind_label',
			description: 'The kind in words',
			value: (c) => CLAIM_KIND_LABELS[c.kind]
		},
		{ name: 'title', description: "Short headline, in the project's words", value: (c) => c.title },
		{
			name: 'summary',
			description: "Paraphrase of the claim, in the project's words",
			value: (c) => c.summary
		},
		{
			name: 'quote',
			description: 'At most one verbatim extract of the claim’s text (30 words or fewer)',
			value: (c) => c.quote?.text
		},
		{
			name: 'quote_paragraph',
			description:
				'Paragraph of the claim’s text that the quote is from, counted as that text’s entry says',
			value: (c) => c.quote?.paragraph
		},
		{
			name: 'paragraphs',
			description: 'Paragraphs of the claim’s text that the claim draws on',
			value: (c) => joinList(c.paragraphs)
		},
		{
			name: 'responds_to',
			description: 'Ids of the claims this claim answers',
			value: (c) => joinList(c.respondsTo)
		},
		{
			name: 'answered_by',
			description: 'Ids of the claims that answer this one',
			value: (c) => joinList(index.answeredBy(c.id).map((o) => o.id))
		},
		{
			name: 'countries',
			description: 'ISO 3166-1 alpha-3 codes of the countries it is about',
			value: (c) => joinList(c.countries)
		},
		{ name: 'places', description: 'Ids of the places it names', value: (c) => joinList(c.places) },
		{
			name: 'evidence',
			description: 'Ids of the events offered as evidence (see events.csv)',
			value: (c) => joinList(c.evidence)
		},
		...factCheckColumns<Claim>(index),
		{
			name: 'permalink',
			description: "The claim's own page",
			value: (c) => permalinkHref(options.siteUrl, 'claims', c.id)
		}
	];
	return buildTable(index.content.claims, columns);
}

/** One row per event, in date order. */
export function eventsTable(index: ContentIndex, options: ExportOptions = {}): Table {
	const cas = (e: StoryEvent) => e.casualties;
	const columns: Column<StoryEvent>[] = [
		{
			name: 'id',
			description: 'Stable event id (the permalink and ?event= use it)',
			value: (e) => e.id
		},
		{ name: 'title', description: "Title, in the project's words", value: (e) => e.title },
		...dateColumns<StoryEvent>((e) => e.date),
		{
			name: 'kind',
			description: orList(index.content.story.kinds.events),
			value: (e) => e.kind
		},
		{
			name: 'basis',
			description: `sourced (independent sources), or the id of the text it rests on alone (${index.content.texts.map((t) => t.id).join(', ')})`,
			value: (e) => e.basis
		},
		{
			name: 'places',
			description: 'Ids of its places (see places.csv)',
			value: (e) => joinList(e.places)
		},
		{
			name: 'place_names',
			description: 'Names of its places',
			value: (e) => joinList(index.placesOf(e).map((p) => p.name))
		},
		{
			name: 'place_note',
			description: 'Why it has no place, or what its place stands for',
			value: (e) => e.placeNote
		},
		{
			name: 'countries',
			description: 'ISO 3166-1 alpha-3 codes of the countries involved',
			value: (e) => joinList(e.countries)
		},
		{ name: 'actors', description: 'Actor ids', value: (e) => joinList(e.actors) },
		{
			name: 'actor_names',
			description: 'Actor names',
			value: (e) => joinList(e.actors.map((a) => index.actorById.get(a)?.name ?? a))
		},
		{
			name: 'killed',
			description: 'People killed, where one figure is given',
			value: (e) => cas(e)?.killed
		},
		{
			name: 'killed_low',
			description: 'Lowest reported figure where sources disagree',
			value: (e) => cas(e)?.killedRange?.[0]
		},
		{
			name: 'killed_high',
			description: 'Highest reported figure where sources disagree',
			value: (e) => cas(e)?.killedRange?.[1]
		},
		{
			name: 'injured',
			description: 'People injured, where one figure is given',
			value: (e) => cas(e)?.injured
		},
		{
			name: 'injured_low',
			description: 'Lowest reported figure where sources disagree',
			value: (e) => cas(e)?.injuredRange?.[0]
		},
		{
			name: 'injured_high',
			description: 'Highest reported figure where sources disagree',
			value: (e) => cas(e)?.injuredRange?.[1]
		},
		{
			name: 'casualties_note',
			description: 'What the casualty figures rest on',
			value: (e) => cas(e)?.note
		},
		{
			name: 'summary',
			description: "A short neutral description, in the project's words",
			value: (e) => e.summary
		},
		{ name: 'sources', description: 'Source ids', value: (e) => joinList(e.sources) },
		{
			name: 'source_urls',
			description: 'Source URLs, in the same order',
			value: (e) => urlsOf(index, e.sources)
		},
		...factCheckColumns<StoryEvent>(index),
		{
			name: 'cited_by',
			description: 'Ids of the claims that cite it as evidence',
			value: (e) => joinList(index.claimsCiting(e.id).map((c) => c.id))
		},
		{
			name: 'permalink',
			description: "The event's own page",
			value: (e) => permalinkHref(options.siteUrl, 'events', e.id)
		}
	];
	return buildTable(index.eventsInDateOrder(), columns);
}

/** The language tags of the places' local names, sorted, for one column each. */
export function localNameLanguages(places: readonly Place[]): string[] {
	return [...new Set(places.flatMap((p) => p.localNames.map((n) => n.lang)))].sort();
}

/** The local name of a place in one language (several are joined), or undefined. */
export function localName(place: Place, lang: string): string | undefined {
	const texts = place.localNames.filter((n) => n.lang === lang).map((n) => n.text);
	return texts.length ? joinList(texts) : undefined;
}

/** One row per place, in file order; one `name_<lang>` column per language used. */
export function placesTable(index: ContentIndex): Table {
	const languages = localNameLanguages(index.content.places);
	const columns: Column<Place>[] = [
		{ name: 'id', description: 'Stable place id', value: (p) => p.id },
		{ name: 'name', description: 'English name', value: (p) => p.name },
		...languages.map((lang): Column<Place> => ({
			name: `name_${lang}`,
			description: `Local name, BCP 47 language tag ${lang}`,
			value: (p) => localName(p, lang)
		})),
		{ name: 'country', description: 'ISO 3166-1 alpha-3 code', value: (p) => p.country },
		{
			name: 'country_name',
			description: 'Country name',
			value: (p) => index.countryById.get(p.country)?.name ?? p.country
		},
		{
			name: 'kind',
			description: 'capital, city, town, site, district or corridor',
			value: (p) => p.kind
		},
		{ name: 'lat', description: 'Latitude, WGS 84 decimal degrees', value: (p) => p.lat },
		{ name: 'lon', description: 'Longitude, WGS 84 decimal degrees', value: (p) => p.lon },
		{
			name: 'precision',
			description:
				'site, approximate-site, city (a city point for a site) or representative (a stand-in)',
			value: (p) => p.precision
		},
		{ name: 'note', description: 'Why the point stands where it does', value: (p) => p.note },
		{
			name: 'sources',
			description: 'Source ids for the coordinates',
			value: (p) => joinList(p.sources)
		},
		{ name: 'source_urls', description: 'Their URLs', value: (p) => urlsOf(index, p.sources) },
		{
			name: 'events',
			description: 'Ids of the events there, in date order',
			value: (p) => joinList(index.eventsAt(p.id).map((e) => e.id))
		},
		{
			name: 'claims',
			description: 'Ids of the claims that name it',
			value: (p) => joinList(index.claimsAt(p.id).map((c) => c.id))
		}
	];
	return buildTable(index.content.places, columns);
}
