/**
 * Links of the permalink pages, resolved against the page being rendered ($app/paths `resolve`
 * is relative while prerendering with `paths.relative`, so they hold under any BASE_PATH).
 * Inside the cards, a claim or event links to its own permalink page; a country to the map.
 */
import { resolve } from '$app/paths';
import { urlFor } from '$lib/story/url';
import { entryAnchor, type StateTarget } from '../reading/stateLinks';

/** The map (main page) with a state selected, plus the anchor of its readable entry. */
export function mapHref(to: StateTarget): string {
	return `${urlFor(resolve('/'), to)}${entryAnchor(to)}`;
}

/** The permalink page of a claim or an event; a country has none and goes to the map. */
export function permalinkHref(to: StateTarget): string {
	if ('claim' in to) return resolve('/claims/[id]', { id: to.claim });
	if ('event' in to) return resolve('/events/[id]', { id: to.event });
	return mapHref(to);
}
