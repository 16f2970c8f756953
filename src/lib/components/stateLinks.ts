/**
 * Where StateLink points when there is no story state to select in place: pages other than the
 * map (the permalink pages) provide a function from a state to a plain href, and StateLink then
 * renders an ordinary link. On the main page nothing is provided and StateLink selects in place.
 */
import { getContext, setContext } from 'svelte';

/** What a StateLink selects: exactly one of them. */
export type StateTarget = { event: string } | { claim: string } | { country: string };

export type StateHref = (to: StateTarget) => string;

const KEY = Symbol('state-link-href');

/** Makes every StateLink below this component a plain link to `hrefFor(to)` (call during init). */
export function setStateLinkHref(hrefFor: StateHref): StateHref {
	return setContext(KEY, hrefFor);
}

/** The provided href function, or undefined on the main page (call during init). */
export function getStateLinkHref(): StateHref | undefined {
	return getContext<StateHref | undefined>(KEY);
}
