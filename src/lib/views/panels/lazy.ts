/**
 * The panels and the place popup (and its sheet on phones), in one module that the page loads
 * when the browser is idle or when a panel or popup is first needed, whichever comes first: none
 * is open on a first visit without a selection, so their code stays out of the page's first
 * JavaScript.
 */
export { default as ClaimPanel } from './ClaimPanel.svelte';
export { default as CountryPanel } from './CountryPanel.svelte';
export { default as PlacePopup } from './PlacePopup.svelte';
export { default as PlaceSheet } from './PlaceSheet.svelte';
