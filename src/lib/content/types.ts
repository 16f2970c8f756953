/**
 * The content model: the shapes of what editors write in src/content/*.yaml once validated.
 * This file is the contract between the YAML, the validator (schema.ts, validate/), the
 * selectors and every view. Ids are stable kebab-case strings unless noted.
 */

/** ISO 3166-1 alpha-3 code, upper case (e.g. "IRN"). */
export type Iso3 = string;

/**
 * A partial date or a range, as written in the YAML:
 * "2019" | "2019-06" | "2019-06-01" | "2025-06-13..2025-06-24" | "2015-02..present".
 * Never pass it to `new Date()`: parse and format through src/lib/utils/dates.ts.
 */
export type DateString = string;

/** How precise a single date is. */
export type DatePrecision = 'year' | 'month' | 'day';

/** BCP 47 tag of a local name: fa (Persian), fa-AF (Dari), ps (Pashto), tg (Tajik, Cyrillic),
 * az (Azerbaijani, Latin), hy (Armenian), ar, ru, tk, uz, ... Direction is derived from it. */
export type LangTag = string;

export interface LocalName {
	lang: LangTag;
	text: string;
}

/** A country the content refers to. `onMap` countries are drawn from the built geodata. */
export interface Country {
	id: Iso3;
	name: string;
	localNames: LocalName[];
	/** One of the four focus countries of the essay (IRN, AZE, TJK, AFG). */
	focus: boolean;
	/** Drawn in static/geo (inside the region); coordinates in it are checked against its shape. */
	onMap: boolean;
}

/** How well a place's point is known, as the fact sheet says. */
export type PlacePrecision = 'site' | 'approximate-site' | 'city' | 'representative';

export type PlaceKind = 'capital' | 'city' | 'town' | 'site' | 'district' | 'corridor';

export interface Place {
	id: string;
	name: string;
	localNames: LocalName[];
	country: Iso3;
	kind: PlaceKind;
	lat: number;
	lon: number;
	precision: PlacePrecision;
	/** Why the point stands where it does (e.g. "city point; the blast sites are not geolocated"). */
	note?: string;
	/** Source ids for the coordinates. */
	sources: string[];
	/** Shown as a label on the map at low zoom (the key cities). */
	label: boolean;
}

export type ActorKind =
	'state' | 'state-body' | 'armed-group' | 'party' | 'person' | 'author' | 'outlet';

/** Someone who acts in an event or speaks in the argument (ISIS-K, IRGC, Epstein, the essay's author...). */
export interface Actor {
	id: string;
	name: string;
	kind: ActorKind;
	country?: Iso3;
	description?: string;
}

export interface Source {
	id: string;
	title: string;
	publisher: string;
	/** Publication date as a partial date, if known. */
	date?: DateString;
	url: string;
	/** What the source supports, in our words. */
	note?: string;
}

export type Verdict = 'accurate' | 'partly-accurate' | 'inaccurate' | 'unverified' | 'disputed';

/** A neutral note on what the sources say about a text's accuracy. Takes no side in the argument. */
export interface FactCheck {
	verdict: Verdict;
	note: string;
	sources: string[];
}

export interface Casualties {
	killed?: number;
	/** [low, high] where sources disagree. */
	killedRange?: [number, number];
	injured?: number;
	injuredRange?: [number, number];
	note?: string;
}

export type EventKind =
	| 'attack'
	| 'plot'
	| 'claim'
	| 'statement'
	| 'diplomacy'
	| 'agreement'
	| 'legal'
	| 'war'
	| 'trend'
	| 'publication';

/** Whether an event is supported independently or only by the essay's word. */
export type Basis = 'sourced' | 'essay-only';

export interface StoryEvent {
	id: string;
	title: string;
	date: DateString;
	kind: EventKind;
	/** Place ids; empty only when `placeNote` says why (an online statement, a publication). */
	places: string[];
	placeNote?: string;
	countries: Iso3[];
	/** Actor ids. */
	actors: string[];
	casualties?: Casualties;
	/** A short neutral description in our own words. */
	summary: string;
	basis: Basis;
	/** Source ids; at least one when basis is "sourced". */
	sources: string[];
	factCheck?: FactCheck;
}

export type ClaimKind =
	'thesis' | 'assertion' | 'rebuttal' | 'omission' | 'concession' | 'recommendation' | 'conclusion';

export interface Quote {
	/** Verbatim from the essay, 30 words or fewer. */
	text: string;
	/** Paragraph of the essay, counted from the standfirst as 1 (see README, "Content guide"). */
	paragraph: number;
}

/** One move of the essay's argument, in essay order (file order is essay order). */
export interface Claim {
	id: string;
	/** Actor id: "essay-author", "epstein", or another actor the essay reports. */
	speaker: string;
	kind: ClaimKind;
	/** A short headline in our words (link text, panel and tour titles), e.g. "Kerman left out". */
	title: string;
	/** Paraphrase in our own words. */
	summary: string;
	quote?: Quote;
	/** Essay paragraphs the claim draws on. */
	paragraphs: number[];
	/** Claim ids this claim answers. */
	respondsTo: string[];
	countries: Iso3[];
	places: string[];
	/** Event ids offered as evidence. */
	evidence: string[];
	factCheck?: FactCheck;
}

/** The story's frame: title, introduction, the two texts. */
export interface Story {
	title: string;
	subtitle: string;
	/** Paragraphs of our own introduction (plain text). */
	intro: string[];
	/** Event id of the essay's own publication and of the article it rebuts. */
	essayEvent: string;
	rebuttedEvent: string;
}

/** Everything the site renders, validated. */
export interface Content {
	story: Story;
	countries: Country[];
	places: Place[];
	actors: Actor[];
	sources: Source[];
	events: StoryEvent[];
	claims: Claim[];
}
