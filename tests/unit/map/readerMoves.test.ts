import { describe, expect, it } from 'vitest';
import { WHEEL_START_MS, followMoves, type MovingMap } from '../../../src/lib/map/readerMoves';

type Listener = (event: { originalEvent?: unknown }) => void;

/** A map that fires what the test says, at the time the test sets. */
function fakeMap() {
	const listeners = new Map<string, Set<Listener>>();
	const clock = { now: 0 };
	const map: MovingMap = {
		getCenter: () => ({ lng: 60, lat: 33 }) as ReturnType<MovingMap['getCenter']>,
		getZoom: () => 5,
		on: (type, listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
		off: (type, listener) => listeners.get(type)?.delete(listener)
	};
	const fire = (type: string, originalEvent?: unknown) =>
		listeners.get(type)?.forEach((l) => l(originalEvent === undefined ? {} : { originalEvent }));
	const count = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);
	return { map, fire, clock, count };
}

function record(fake: ReturnType<typeof fakeMap>) {
	const ends: boolean[] = [];
	const stop = followMoves(
		fake.map,
		(view, byReader) => {
			expect(view).toEqual({ lon: 60, lat: 33, zoom: 5 });
			ends.push(byReader);
		},
		() => fake.clock.now
	);
	return { ends, stop };
}

describe('followMoves', () => {
	it('counts a move with an input event as the reader’s and one without as the page’s', () => {
		const fake = fakeMap();
		const { ends } = record(fake);
		fake.fire('movestart', new Event('pointerdown'));
		fake.fire('move');
		fake.fire('moveend');
		fake.fire('movestart');
		fake.fire('move');
		fake.fire('moveend');
		expect(ends).toEqual([true, false]);
	});

	it('counts a move that starts soon after a wheel step as the reader’s, even a late one', () => {
		const fake = fakeMap();
		const { ends } = record(fake);
		fake.fire('wheel', new Event('wheel'));
		fake.clock.now = WHEEL_START_MS - 1;
		fake.fire('movestart');
		fake.fire('moveend');
		// The wheel is used up: the next move the page makes is its own.
		fake.fire('movestart');
		fake.fire('moveend');
		fake.fire('wheel', new Event('wheel'));
		fake.clock.now += WHEEL_START_MS + 1;
		fake.fire('movestart');
		fake.fire('moveend');
		expect(ends).toEqual([true, false, false]);
	});

	it('stops listening', () => {
		const fake = fakeMap();
		const { ends, stop } = record(fake);
		expect(fake.count()).toBe(4);
		stop();
		expect(fake.count()).toBe(0);
		fake.fire('moveend');
		expect(ends).toEqual([]);
	});
});
