import { afterEach, describe, expect, it } from 'vitest';
import { StaticPanZoom } from '../../src/lib/map/static/panZoom.svelte';
import type { StaticMapData } from '../../src/lib/map/static/types';

// Only the frame matters to the view: the first view is within the zoom limits, and a wide
// extent leaves room to pan.
const data = {
	width: 800,
	height: 500,
	extent: [-800, -800, 1600, 1300],
	projection: { scale: 2000, translate: [400, 250] },
	places: []
} as unknown as StaticMapData;

const roots: HTMLElement[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.remove()));

function mount(): HTMLElement {
	const root = document.createElement('div');
	root.style.cssText = 'width: 400px; height: 300px; touch-action: none';
	// Synthetic pointers cannot be captured.
	root.setPointerCapture = () => {};
	document.body.append(root);
	roots.push(root);
	return root;
}

/** A finger drag of (-50, -60) from the middle of `root`, in five moves. */
function drag(root: HTMLElement): void {
	const at = (x: number, y: number) => {
		const r = root.getBoundingClientRect();
		return { pointerId: 7, pointerType: 'touch', clientX: r.left + x, clientY: r.top + y };
	};
	root.dispatchEvent(new PointerEvent('pointerdown', { ...at(200, 150), bubbles: true }));
	for (let i = 1; i <= 5; i++) {
		root.dispatchEvent(
			new PointerEvent('pointermove', { ...at(200 - 10 * i, 150 - 12 * i), bubbles: true })
		);
	}
	root.dispatchEvent(new PointerEvent('pointerup', { ...at(150, 90), bubbles: true }));
}

const frames = () =>
	new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('StaticPanZoom', () => {
	it('keeps a drag that comes before the map is first measured', async () => {
		const measuredFirst = new StaticPanZoom(data, {});
		const root = mount();
		const detach = measuredFirst.attach(root);
		await frames();
		drag(root);
		detach();
		expect(measuredFirst.transform).toMatchObject({ k: 1, x: -50, y: -60 });

		const early = new StaticPanZoom(data, {});
		const root2 = mount();
		const detach2 = early.attach(root2);
		drag(root2);
		await frames();
		detach2();
		expect(early.size).toEqual({ width: 400, height: 300 });
		expect(early.transform).toEqual(measuredFirst.transform);
	});
});
