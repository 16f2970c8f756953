/**
 * Focus through the hand-over from the static map to the WebGL map (MapStage): a focused country,
 * place or zoom button on the static map gives focus to the same one on the WebGL map.
 */

/**
 * What on the WebGL map stands for a focused element of the static map, as a selector: the
 * same country or place (MapKeyboard's buttons), the same zoom button; '' for the canvas.
 */
export function equivalentOf(element: Element | null): string {
	const country = element?.closest('[data-iso3]')?.getAttribute('data-iso3');
	if (country) return `[data-iso3="${CSS.escape(country)}"]`;
	const place = element?.closest('[data-place]')?.getAttribute('data-place');
	if (place) return `[data-place="${CSS.escape(place)}"]`;
	const zoom = element?.closest('[data-zoom]')?.getAttribute('data-zoom');
	if (zoom) return `.maplibregl-ctrl-zoom-${zoom === 'in' ? 'in' : 'out'}`;
	return '';
}

/**
 * Focus goes to the canvas in `layer` at once (never to the page's body), then to the element
 * `selector` finds when it is there: the page's map controls may render a few frames after the map.
 */
export function moveFocus(layer: HTMLElement, selector: string, frames = 60): void {
	const element = selector ? layer.querySelector<HTMLElement>(selector) : null;
	if (element) return element.focus({ preventScroll: true });
	const canvas = layer.querySelector<HTMLElement>('.maplibregl-canvas');
	if (document.activeElement !== canvas) canvas?.focus({ preventScroll: true });
	if (selector && frames > 0) {
		requestAnimationFrame(() => {
			// The reader moved focus elsewhere meanwhile: leave it there.
			if (document.activeElement === canvas) moveFocus(layer, selector, frames - 1);
		});
	}
}
