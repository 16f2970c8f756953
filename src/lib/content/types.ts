/**
 * The content model: the shapes of what editors write in src/content/*.yaml once validated.
 * This file is the contract between the YAML, the validator (schema.ts, validate/), the
 * selectors and every view. Ids are stable kebab-case strings unless noted.
 */

import type { StoryCopy } from '../strings.js';

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
	/** Drawn in the content folder's geo/ (inside the region); coordinates in it are checked against its shape. */
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

/** Someone who acts in an event or speaks in the argument (ISIS-K, IRGC, Epstein, the essay's author...). */
export interface Actor {
	id: string;
	name: string;
	/** One of story.yaml's `kinds.actors`. */
	kind: string;
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

/**
 * Whether an event is supported independently ("sourced") or rests on one of the story's texts
 * alone (that text's id, from texts.yaml).
 */
export type Basis = string;

export interface StoryEvent {
	id: string;
	title: string;
	date: DateString;
	/** One of story.yaml's `kinds.events`. */
	kind: string;
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
	/** Verbatim from the claim's text, 30 words or fewer. */
	text: string;
	/** Paragraph of the text, counted as its entry in texts.yaml says (see README, "Content guide"). */
	paragraph: number;
}

/** One move of the essay's argument, in essay order (file order is essay order). */
export interface Claim {
	id: string;
	/** Voice id (voices.yaml): who makes the point. */
	speaker: string;
	kind: ClaimKind;
	/** A short headline in our words (link text, panel and tour titles), e.g. "Kerman left out". */
	title: string;
	/** Paraphrase in our own words. */
	summary: string;
	quote?: Quote;
	/** Paragraphs of its text the claim draws on. */
	paragraphs: number[];
	/**
	 * Text id (texts.yaml) that the paragraphs and the quote refer to. Left out, it is the one text
	 * with a plain-text copy, when there is exactly one.
	 */
	from?: string;
	/** Claim ids this claim answers. */
	respondsTo: string[];
	countries: Iso3[];
	places: string[];
	/** Event ids offered as evidence. */
	evidence: string[];
	factCheck?: FactCheck;
}

/** The story's frame: title and introduction. */
export interface Story {
	title: string;
	subtitle: string;
	/** Paragraphs of our own introduction (plain text). */
	intro: string[];
	/** The pages' sentences that name the story, its texts, voices or region (strings.ts lists them). */
	copy: StoryCopy;
	/** The words its events and actors are sorted by: each event's and actor's `kind` is one. */
	kinds: { events: string[]; actors: string[] };
}

/** A colour of the palette reserved for voices (the CSS defines --voice-1 ... --voice-6). */
export type VoiceColour = 'voice-1' | 'voice-2' | 'voice-3' | 'voice-4' | 'voice-5' | 'voice-6';

/** One who argues in the story, with the words the views use for them. */
export interface Voice {
	id: string;
	/** Full name ("Joseph Epstein"). */
	name: string;
	/** Short label for link text ("Epstein: assertion (¶2)"). */
	label: string;
	/** Who says a claim, on its card ("Epstein, as the essay reports him"). */
	attribution: string;
	/** Heading of the voice's group of claims in a country panel. */
	heading: string;
	/** The voice's part in a claim count ("1 from Epstein's case"). */
	count: string;
	/** Heading over claims of this voice that another claim answers, for one and for several. */
	answered: { one: string; many: string };
	colour: VoiceColour;
	/** Actor id (actors.yaml) when the voice is also an actor of events. */
	actor?: string;
	/** Who makes a point, briefly, in a share title ("The essay"); default: `label`. */
	short?: string;
	/** The tour's heading over this voice's claim when it answers others; default: "The answer". */
	answer?: string;
}

/** How a plain-text copy is cut into numbered paragraphs: every non-blank line is one. */
export interface ParagraphCounting {
	/** Non-blank lines before paragraph 1 that are not counted (a title line). */
	skipLines: number;
	/** A line at which the text ends (it and what follows are not counted). */
	stopAt?: string;
}

/** A work the story maps: an article, an essay, a speech. */
export interface StoryText {
	id: string;
	title: string;
	/** The text as a noun before paragraph numbers and in "(essay only)"; default: its title. */
	short?: string;
	/** The text as named in a sentence ("the essay"); default: its title in quotation marks. */
	mention?: string;
	/** Event id of its publication. */
	event: string;
	/** Voice id of its author. */
	voice: string;
	/** Source id that stands for the text itself: never independent support for what it says. */
	source?: string;
	/** Path of a plain-text copy inside the content folder, for quote and paragraph checks. */
	copy?: string;
	paragraphs: ParagraphCounting;
	/** Proper names in the text that count as one word when a summary is compared with it. */
	names: string[];
}

/** [[west, south], [east, north]] in degrees. */
export type RegionBounds = [[number, number], [number, number]];

/** The part of the world the story is drawn on (region.yaml). */
export interface Region {
	/** The reader never sees beyond this box. */
	maxBounds: RegionBounds;
	/** Countries are cut to this box, wider than maxBounds. */
	clipBox: RegionBounds;
	/** The first view, fitted to any screen. */
	initialView: RegionBounds;
	/** What the static map (and the social cards) draw around the first view; default maxBounds. */
	staticBounds?: RegionBounds;
	zoom: { min: number; max: number };
	/** The story's countries, in its order of attention; countries.yaml marks them `focus`. */
	focus: Iso3[];
	waterLabels: { name: string; at: [number, number] }[];
	countryLabels: CountryLabels;
}

/** How the map names countries (region.yaml `countryLabels`). */
export interface CountryLabels {
	/** Countries whose first local name (countries.yaml) is drawn under the English one. */
	localNames: Iso3[];
	/** Units drawn but not named. */
	hidden: Iso3[];
	/** Hand-placed label points, [longitude, latitude], where the computed one would not do. */
	at: Record<Iso3, [number, number]>;
}

/** The palette colour an overlay is drawn in (palette.ts OVERLAY_COLOURS). */
export type OverlayColour = 'overlay-1' | 'overlay-2' | 'overlay-3';

/** A named area drawn over the countries (overlays.yaml), its outline built by `npm run geo`. */
export interface Overlay {
	id: string;
	/** The map label; an approximate overlay's says "approximate". */
	label: string;
	/** A hand-drawn guess rather than a boundary: drawn with a dashed outline. */
	approximate: boolean;
	/** Diagonal lines, or a light wash of the colour. */
	style: 'hatch' | 'tint';
	colour: OverlayColour;
	/** Where the outline comes from: a sentence for the reader, and the sources it rests on. */
	provenance: { text: string; sources: string[] };
	/** Path of its GeoJSON outline inside the content folder (read by `npm run geo`). */
	geometry: string;
}

/** Everything the site renders, validated. */
export interface Content {
	story: Story;
	region: Region;
	overlays: Overlay[];
	countries: Country[];
	places: Place[];
	actors: Actor[];
	voices: Voice[];
	sources: Source[];
	texts: StoryText[];
	events: StoryEvent[];
	claims: Claim[];
}
