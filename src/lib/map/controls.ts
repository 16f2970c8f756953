/**
 * The components that act on the WebGL map (camera, clicks and hover, popups), in one module that
 * the page imports lazily inside MapView: they only serve a map that exists, so their code loads
 * with the map's, not with the page's first JavaScript. So does the logic only they use: the
 * camera's, and which countries open a panel.
 */
export { countryListEntries } from '$lib/views/panels/groups';
export { cameraTargetFor, tourTargetFor } from '$lib/story/camera';
export { default as MapCamera } from './MapCamera.svelte';
export { default as MapInteractions } from './MapInteractions.svelte';
export { default as MapKeyboard } from './MapKeyboard.svelte';
export { default as MapPopup } from './MapPopup.svelte';
export { default as MapShowPoint } from './MapShowPoint.svelte';
