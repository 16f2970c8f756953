/**
 * The sizes the explore view lays out by: the window's (bound by the page) and the map area's (a
 * ResizeObserver's, reported after the browser's own layout, so that hydration never forces a
 * layout of the whole page), and what follows from them.
 */
import { panelMode, popupIsSheet, type LayoutSize } from './layout';

export class Viewport {
	width = $state(0);
	height = $state(0);
	/** The map area's box. */
	mapRect: DOMRectReadOnly | undefined = $state.raw();

	/** Where the panel sits; undefined until measured. */
	mode = $derived(this.width ? panelMode(this.width) : undefined);
	size: LayoutSize = $derived({
		viewportWidth: this.width,
		viewportHeight: this.height,
		mapWidth: Math.round(this.mapRect?.width ?? 0),
		mapHeight: Math.round(this.mapRect?.height ?? 0)
	});
	/**
	 * On a phone the place the reader opened shows in a bottom sheet, not in a popup on the map;
	 * the timeline's current event has its card under the map there, and a sheet at each step
	 * would cover the timeline's own buttons, so its place is only ringed.
	 */
	sheet = $derived(this.width > 0 && popupIsSheet(this.width));
}
