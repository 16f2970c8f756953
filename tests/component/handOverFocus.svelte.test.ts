import { afterEach, describe, expect, it } from 'vitest';
import { equivalentOf, moveFocus } from '../../src/lib/map/handOverFocus';

afterEach(() => document.body.replaceChildren());

function html(markup: string): HTMLElement {
	const root = document.createElement('div');
	root.innerHTML = markup;
	document.body.append(root);
	return root;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('equivalentOf', () => {
	it('names the same country, place or zoom button, and the canvas for anything else', () => {
		const root = html(`
			<a data-iso3="IRN"><path></path></a>
			<a data-place="herat&quot;x"></a>
			<button data-zoom="out"></button>
			<button id="other"></button>`);
		expect(equivalentOf(root.querySelector('path'))).toBe('[data-iso3="IRN"]');
		expect(equivalentOf(root.querySelector('[data-place]'))).toBe('[data-place="herat\\"x"]');
		expect(equivalentOf(root.querySelector('[data-zoom]'))).toBe('.maplibregl-ctrl-zoom-out');
		expect(equivalentOf(root.querySelector('#other'))).toBe('');
		expect(equivalentOf(null)).toBe('');
	});
});

describe('moveFocus', () => {
	it('focuses the canvas first, then the element once it renders', async () => {
		const layer = html('<div class="maplibregl-canvas" tabindex="0"></div>');
		moveFocus(layer, '[data-iso3="IRN"]');
		expect(document.activeElement?.className).toBe('maplibregl-canvas');
		layer.insertAdjacentHTML('beforeend', '<button data-iso3="IRN"></button>');
		await frame();
		expect(document.activeElement?.getAttribute('data-iso3')).toBe('IRN');
	});

	it('leaves focus where the reader moved it meanwhile', async () => {
		const layer = html('<div class="maplibregl-canvas" tabindex="0"></div><input id="x">');
		moveFocus(layer, '[data-iso3="IRN"]');
		layer.querySelector<HTMLElement>('#x')!.focus();
		layer.insertAdjacentHTML('beforeend', '<button data-iso3="IRN"></button>');
		await frame();
		expect(document.activeElement?.id).toBe('x');
	});
});
