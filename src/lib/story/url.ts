/**
 * The main page's URL scheme: which country, event and claim are selected, and optionally the map
 * view. Pure: no DOM, no SvelteKit. Reading never throws; anything unknown or malformed is left out
 * of the state and explained by a Notice the page shows as text.
 *
 *   ?country=IRN          ISO 3166-1 alpha-3 (lower case accepted, written upper case)
 *   ?event=<event id>     the timeline's current event (its place gets the popup)
 *   ?claim=<claim id>     a claim of the argument, shown in the panel
 *   ?tour=1               the argument tour: the claim is shown as a step of the tour (without a
 *                         claim, the tour starts at step 1); "true" also reads as on, "0"/"false"
 *                         as off; written "1", omitted when off
 *   ?place=<place id>     a place whose popup the reader opened (its events)
 *   ?view=<lon>,<lat>,<zoom>   the reader's own pan/zoom since their last step (4 / 2 decimals)
 *
 * Written in that order, omitted when unset. Other parameters are ignored (and dropped when the
 * page next writes the URL).
 *
 * The three selections combine (see panelFor and focusOf): the event drives the timeline and its
 * popup; the panel shows the claim if there is one, otherwise the country (a country next to a
 * claim is the panel's context, "back to Iran"); the camera goes to the view if there is one,
 * otherwise to the event's place, the claim's places, the country, or the default view.
 */
import type { Iso3 } from '$lib/content/types';
import { formatView, parseView, type ViewState } from './view';

/** What the reader has selected. Every field is optional; `{}` is the default view. */
export interface Selection {
	country?: Iso3;
	event?: string;
	claim?: string;
	/** The argument tour is on: the claim is a step of the tour (see panelFor). */
	tour?: boolean;
	/** A place the reader opened: its popup shows (see the page). */
	place?: string;
	view?: ViewState;
}

/** The ids that exist in the content; a URL naming anything else is reported, never applied. */
export interface KnownIds {
	countries: ReadonlySet<string>;
	events: ReadonlySet<string>;
	claims: ReadonlySet<string>;
	places: ReadonlySet<string>;
}

export type UrlParam = 'country' | 'event' | 'claim' | 'tour' | 'place' | 'view';

/** Why a value was left out. */
export type NoticeReason = 'unknown' | 'malformed' | 'repeated';

/** A short, human explanation of a URL value that was not applied. Render it as text. */
export interface Notice {
	param: UrlParam;
	/** The offending value, cleaned (no control or bidi characters) and cut to NOTICE_VALUE_MAX. */
	value: string;
	reason: NoticeReason;
	message: string;
}

/** Parameter order when writing, so equal states always give equal URLs. */
export const PARAM_ORDER: readonly UrlParam[] = [
	'country',
	'event',
	'claim',
	'tour',
	'place',
	'view'
];

/** Longer values cannot be ids; they are rejected before any lookup. */
export const VALUE_MAX = 200;
/** A link with dozens of bad values gets this many notices, not a wall of them. */
export const MAX_NOTICES = 5;
/** Characters of a rejected value quoted back in a notice. */
export const NOTICE_VALUE_MAX = 40;

const NOUN: Record<UrlParam, string> = {
	country: 'country',
	event: 'event',
	claim: 'claim',
	tour: 'tour setting',
	place: 'place',
	view: 'map view'
};

/** Values of ?tour= (lower-cased) that switch the tour on or off; anything else is malformed. */
const TOUR_ON = new Set(['1', 'true', 'yes', 'on']);
const TOUR_OFF = new Set(['0', 'false', 'no', 'off']);

// C0/C1 controls, zero-width and bidi controls: they could hide or reorder the notice text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A value made safe to quote back: no invisible or reordering characters, at most `max` chars. */
export function quoteValue(raw: string, max = NOTICE_VALUE_MAX): string {
	const cleaned = raw.replace(/\s+/g, ' ').replace(UNSAFE_CHARS, '').trim();
	// Array.from splits by code point, so a cut never leaves half a surrogate pair.
	const chars = Array.from(cleaned);
	return chars.length > max ? chars.slice(0, max).join('') + '…' : cleaned;
}

function notice(param: UrlParam, raw: string, reason: NoticeReason, chosen?: string): Notice {
	const value = quoteValue(raw);
	const noun = NOUN[param];
	let message: string;
	if (reason === 'repeated') {
		message = `The link names more than one ${noun}; showing only "${quoteValue(chosen ?? '')}".`;
	} else if (param === 'tour') {
		message = `The tour setting "${value}" in the link could not be read (use tour=1) — showing the map without the tour.`;
	} else if (param === 'view') {
		message = `The map view "${value}" in the link could not be read — showing the default view.`;
	} else if (param === 'country' && reason === 'malformed') {
		message = `"${value}" is not a country code (three letters, such as FRA) — showing the map without it.`;
	} else {
		message = `No ${noun} "${value}" in this story — showing the map without it.`;
	}
	return { param, value, reason, message };
}

function lookup(value: string, known: ReadonlySet<string>): string | undefined {
	if (known.has(value)) return value;
	// Ids are kebab-case lower case; forgive a link that was capitalised along the way.
	const lower = value.toLowerCase();
	return known.has(lower) ? lower : undefined;
}

type Resolved = { ok: true; value: string } | { ok: false; reason: 'unknown' | 'malformed' };

function resolveCountry(value: string, known: KnownIds): Resolved {
	if (!/^[A-Za-z]{3}$/.test(value)) return { ok: false, reason: 'malformed' };
	const code = value.toUpperCase();
	return known.countries.has(code) ? { ok: true, value: code } : { ok: false, reason: 'unknown' };
}

function resolveId(value: string, set: ReadonlySet<string>): Resolved {
	const id = lookup(value, set);
	return id === undefined ? { ok: false, reason: 'unknown' } : { ok: true, value: id };
}

function resolve(param: UrlParam, value: string, known: KnownIds): Resolved {
	if (value.length > VALUE_MAX)
		return { ok: false, reason: param === 'view' || param === 'tour' ? 'malformed' : 'unknown' };
	switch (param) {
		case 'country':
			return resolveCountry(value, known);
		case 'event':
			return resolveId(value, known.events);
		case 'claim':
			return resolveId(value, known.claims);
		case 'place':
			return resolveId(value, known.places);
		case 'tour': {
			const v = value.toLowerCase();
			if (TOUR_ON.has(v)) return { ok: true, value: '1' };
			return TOUR_OFF.has(v) ? { ok: true, value: '0' } : { ok: false, reason: 'malformed' };
		}
		case 'view':
			return parseView(value) ? { ok: true, value } : { ok: false, reason: 'malformed' };
	}
}

/**
 * Reads the selection from a URL's query. Never throws. For each parameter the first valid value
 * wins; invalid values and further valid ones are reported as notices (at most MAX_NOTICES, in
 * parameter order). Empty values count as
 * absent. Parameter names are matched case-insensitively; unrelated parameters are ignored.
 */
export function parseUrlState(
	params: URLSearchParams,
	known: KnownIds
): { state: Selection; notices: Notice[] } {
	const values: Record<UrlParam, string[]> = {
		country: [],
		event: [],
		claim: [],
		tour: [],
		place: [],
		view: []
	};
	for (const [key, raw] of params) {
		// Not `in values`: "constructor" or "__proto__" would match the object's prototype.
		const param = PARAM_ORDER.find((p) => p === key.trim().toLowerCase());
		const value = raw.trim();
		if (param && value !== '') values[param].push(value);
	}

	const state: Selection = {};
	const notices: Notice[] = [];
	for (const param of PARAM_ORDER) {
		let chosen: string | undefined;
		for (const value of values[param]) {
			const resolved = resolve(param, value, known);
			if (!resolved.ok) notices.push(notice(param, value, resolved.reason));
			else if (chosen === undefined) chosen = resolved.value;
			else notices.push(notice(param, value, 'repeated', chosen));
		}
		if (chosen === undefined) continue;
		if (param === 'view') state.view = parseView(chosen);
		else if (param === 'tour') {
			if (chosen === '1') state.tour = true;
		} else state[param] = chosen;
	}
	return { state, notices: notices.slice(0, MAX_NOTICES) };
}

/** The query for a selection, in PARAM_ORDER, with unset fields omitted. */
export function serializeUrlState(state: Selection): URLSearchParams {
	const params = new URLSearchParams();
	if (state.country) params.set('country', state.country.toUpperCase());
	if (state.event) params.set('event', state.event);
	if (state.claim) params.set('claim', state.claim);
	if (state.tour) params.set('tour', '1');
	if (state.place) params.set('place', state.place);
	if (state.view) {
		const view = formatView(state.view);
		if (view) params.set('view', view);
	}
	return params;
}

/**
 * The href of `base` (a path such as location.pathname) with the selection's query. Commas stay
 * readable ("view=59.6,36.3,6") rather than percent-encoded; both forms parse the same.
 */
export function urlFor(base: string, state: Selection): string {
	const query = serializeUrlState(state).toString().replace(/%2C/gi, ',');
	return query ? `${base}?${query}` : base;
}

/** Whether two selections are the same, view included (views compared after normalising). */
export function sameSelection(a: Selection, b: Selection): boolean {
	return (
		a.country === b.country &&
		a.event === b.event &&
		a.claim === b.claim &&
		Boolean(a.tour) === Boolean(b.tour) &&
		a.place === b.place &&
		(a.view ? formatView(a.view) : '') === (b.view ? formatView(b.view) : '')
	);
}

/**
 * What the side panel (bottom sheet on phones) shows: the tour wins (its id is the step's claim,
 * null before the tour has picked its first step), then the claim, then the country.
 */
export type Panel =
	| { kind: 'tour'; id: string | null }
	| { kind: 'claim'; id: string }
	| { kind: 'country'; id: Iso3 }
	| null;

/** The panel for a selection. */
export function panelFor(s: Selection): Panel {
	if (s.tour) return { kind: 'tour', id: s.claim ?? null };
	if (s.claim) return { kind: 'claim', id: s.claim };
	if (s.country) return { kind: 'country', id: s.country };
	return null;
}

/** Where the camera goes for a selection, most specific first; the map resolves ids to places. */
export type CameraFocus =
	| { kind: 'view'; view: ViewState }
	| { kind: 'event'; id: string }
	| { kind: 'claim'; id: string }
	| { kind: 'country'; id: Iso3 }
	| { kind: 'default' };

/** The camera focus of a selection: view > event > claim > country > default. */
export function focusOf(s: Selection): CameraFocus {
	if (s.view) return { kind: 'view', view: s.view };
	if (s.event) return { kind: 'event', id: s.event };
	if (s.claim) return { kind: 'claim', id: s.claim };
	if (s.country) return { kind: 'country', id: s.country };
	return { kind: 'default' };
}

/** The ids a story's content has: what a selection may name. */
export function knownIds(content: {
	countries: readonly { id: string }[];
	events: readonly { id: string }[];
	claims: readonly { id: string }[];
	places: readonly { id: string }[];
}): KnownIds {
	const ids = (list: readonly { id: string }[]) => new Set(list.map((x) => x.id));
	return {
		countries: ids(content.countries),
		events: ids(content.events),
		claims: ids(content.claims),
		places: ids(content.places)
	};
}
