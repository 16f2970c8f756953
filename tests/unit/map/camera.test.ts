import { describe, expect, it, vi } from 'vitest';
import {
	MOVE_MS,
	cameraFor,
	flyOrJump,
	prefersReducedMotion,
	type CameraLike
} from '../../../src/lib/map/camera';

const IRAN: [[number, number], [number, number]] = [
	[44, 25],
	[63.3, 39.8]
];

function fakeMap(): CameraLike & { calls: string[] } {
	const calls: string[] = [];
	return {
		calls,
		fitBounds: vi.fn(() => calls.push('fitBounds')),
		flyTo: vi.fn(() => calls.push('flyTo')),
		jumpTo: vi.fn(() => calls.push('jumpTo'))
	};
}

describe('cameraFor', () => {
	it('animates a fit to bounds, or not at all under reduced motion', () => {
		expect(cameraFor({ bounds: IRAN }, false)).toMatchObject({
			kind: 'fit',
			options: { animate: true, duration: MOVE_MS }
		});
		expect(cameraFor({ bounds: IRAN, maxZoom: 6 }, true)).toMatchObject({
			kind: 'fit',
			options: { animate: false, duration: 0, maxZoom: 6 }
		});
	});
	it('flies to a point, or jumps under reduced motion', () => {
		expect(cameraFor({ center: [69.2, 34.5], zoom: 6 }, false)).toEqual({
			kind: 'fly',
			options: { center: [69.2, 34.5], zoom: 6, essential: true, duration: MOVE_MS }
		});
		expect(cameraFor({ center: [69.2, 34.5] }, true)).toEqual({
			kind: 'jump',
			options: { center: [69.2, 34.5] }
		});
	});
	it("copies the bounds, so MapLibre never holds on to the caller's arrays", () => {
		const move = cameraFor({ bounds: IRAN }, false);
		expect(move.kind === 'fit' && move.bounds).toEqual(IRAN);
		expect(move.kind === 'fit' && move.bounds[0]).not.toBe(IRAN[0]);
	});
});

describe('flyOrJump', () => {
	it('calls the camera method the move asks for', () => {
		const a = fakeMap();
		flyOrJump(a, { center: [51.4, 35.7], zoom: 6 }, false);
		flyOrJump(a, { center: [51.4, 35.7], zoom: 6 }, true);
		flyOrJump(a, { bounds: IRAN }, true);
		expect(a.calls).toEqual(['flyTo', 'jumpTo', 'fitBounds']);
		expect(a.fitBounds).toHaveBeenCalledWith(IRAN, expect.objectContaining({ animate: false }));
	});
});

describe('prefersReducedMotion', () => {
	it('reads the media query, and is false without a window', () => {
		const win = (matches: boolean) => ({
			matchMedia: (q: string) =>
				({ matches: q === '(prefers-reduced-motion: reduce)' && matches }) as MediaQueryList
		});
		expect(prefersReducedMotion(win(true))).toBe(true);
		expect(prefersReducedMotion(win(false))).toBe(false);
		expect(prefersReducedMotion(undefined)).toBe(false);
	});
});
