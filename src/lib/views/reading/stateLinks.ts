/**
 * Where StateLink points when there is no story state to select in place: pages other than the
 * map (the permalink pages) provide a function from a state to a plain href, and StateLink then
 * renders an ordinary link. On the main page nothing is provided and StateLink selects in place.
 */
import { getContext, setContext } from 'svelte';
import { isPlainClick } from '$lib/utils/clicks';

/** What a StateLink selects: exactly one of them. */
export type StateTarget = { event: string } | { claim: string } | { country: string };

export type StateHref = (to: StateTarget) => string;

/** The state selector a click needs (StoryState has it). */
export interface StateSelector {
	selectEvent(id: string): void;
	selectClaim(id: string): void;
	selectCountry(code: string): void;
}

const KEY = Symbol('state-link-href');
const SELECTOR_KEY = Symbol('state-selector');

/**
 * Provides what the links select through on the main page (the explore controller, which reopens
 * the current event's popup when a link asks for that event again).
 */
export function setStateSelector(selector: StateSelector): StateSelector {
	return setContext(SELECTOR_KEY, selector);
}

/** The nearest StateSelector, if a parent set one. */
export function getStateSelector(): StateSelector | undefined {
	return getContext<StateSelector | undefined>(SELECTOR_KEY);
}

/** Makes every StateLink below this component a plain link to `hrefFor(to)` (call during init). */
export function setStateLinkHref(hrefFor: StateHref): StateHref {
	return setContext(KEY, hrefFor);
}

/** The provided href function, or undefined on the main page (call during init). */
export function getStateLinkHref(): StateHref | undefined {
	return getContext<StateHref | undefined>(KEY);
}

/**
 * The anchor of a target's readable entry on the main page ("#event-<id>", "#claim-<id>"), which
 * a link without JavaScript lands on; '' for a country, whose entry is the country list itself.
 */
export function entryAnchor(to: StateTarget): string {
	if ('event' in to) return `#event-${to.event}`;
	if ('claim' in to) return `#claim-${to.claim}`;
	return '';
}

/** A StateLink's target as an attribute value ("event:<id>", "claim:<id>", "country:<ISO3>"). */
export function encodeStateTarget(to: StateTarget): string {
	if ('event' in to) return `event:${to.event}`;
	if ('claim' in to) return `claim:${to.claim}`;
	return `country:${to.country}`;
}

/**
 * Selects `to` in place for a plain primary click, and says whether it did (the caller then
 * prevents the navigation). Modified or non-primary clicks keep the link's own behaviour: a new
 * tab or window on the same URL.
 */
export function selectOnPlainClick(e: MouseEvent, to: StateTarget, story: StateSelector): boolean {
	if (!isPlainClick(e)) return false;
	if ('event' in to) story.selectEvent(to.event);
	else if ('claim' in to) story.selectClaim(to.claim);
	else story.selectCountry(to.country);
	return true;
}

const STATE_LINK_ATTRIBUTE = 'data-state-link';

/** The target an attribute value names, or undefined for anything else. */
export function decodeStateTarget(value: string | null | undefined): StateTarget | undefined {
	const match = /^(event|claim|country):(.+)$/.exec(value ?? '');
	const [kind, id] = [match?.[1], match?.[2]];
	if (id === undefined) return undefined;
	if (kind === 'event') return { event: id };
	if (kind === 'claim') return { claim: id };
	return { country: id };
}

/**
 * A delegated click handler for the StateLinks inside a container whose links have no handlers of
 * their own (server-rendered content).
 */
export function delegateStateLinkClick(e: MouseEvent, story: StateSelector): void {
	if (!(e.target instanceof Element)) return;
	const link = e.target.closest<HTMLAnchorElement>(`a[${STATE_LINK_ATTRIBUTE}]`);
	const to = decodeStateTarget(link?.getAttribute(STATE_LINK_ATTRIBUTE));
	if (to && selectOnPlainClick(e, to, story)) e.preventDefault();
}
