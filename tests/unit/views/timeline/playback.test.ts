import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
	DEFAULT_INTERVAL_MS,
	Playback,
	type Timers
} from '../../../../src/lib/views/timeline/playback.svelte';

/** A story stand-in: an order, a current event, and a log of what Playback asked to show. */
function setup(order: string[], current?: string, intervalMs?: number, timers?: Timers) {
	const state = { current };
	const shown: { id: string; push: boolean }[] = [];
	const playback = new Playback({
		order: () => order,
		current: () => state.current,
		go: (id, how) => {
			state.current = id;
			shown.push({ id, push: how.push });
		},
		intervalMs,
		timers
	});
	return { playback, state, shown };
}

const order = ['a', 'b', 'c', 'd'];

describe('Playback with vitest fake timers', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('steps every 4 seconds by default, then pauses on the last event', () => {
		const { playback, state, shown } = setup(order, 'a');
		playback.play();
		expect(playback.playing).toBe(true);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS - 1);
		expect(state.current).toBe('a');
		vi.advanceTimersByTime(1);
		expect(state.current).toBe('b');
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 2);
		expect(state.current).toBe('d');
		expect(playback.playing).toBe(false);
		expect(playback.scheduled).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 10);
		expect(shown.map((s) => s.id)).toEqual(['b', 'c', 'd']);
	});

	it('pushes history only for the first step of a play session', () => {
		const { playback, shown } = setup(order, 'a');
		playback.play();
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 3);
		expect(shown.map((s) => s.push)).toEqual([true, false, false]);
	});

	it('starts from the first event at once when nothing is current', () => {
		const { playback, state, shown } = setup(order, undefined);
		playback.play();
		expect(state.current).toBe('a');
		expect(shown).toEqual([{ id: 'a', push: true }]);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS);
		expect(state.current).toBe('b');
	});

	it('starts over from the first event when played at the end', () => {
		const { playback, state, shown } = setup(order, 'd');
		playback.play();
		expect(state.current).toBe('a');
		expect(playback.playing).toBe(true);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 3);
		expect(state.current).toBe('d');
		expect(playback.playing).toBe(false);
		expect(shown.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('starts over when the current event is not in the order', () => {
		const { playback, state } = setup(order, 'gone');
		playback.play();
		expect(state.current).toBe('a');
	});

	it('pauses and keeps the current event; a paused player never steps', () => {
		const { playback, state } = setup(order, 'a');
		playback.play();
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS);
		playback.pause();
		expect(playback.playing).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 10);
		expect(state.current).toBe('b');
	});

	it('resumes after a pause from where the reader is, with a fresh interval', () => {
		const { playback, state, shown } = setup(order, 'a');
		playback.play();
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS - 10);
		playback.pause();
		state.current = 'c'; // the reader stepped while paused
		playback.play();
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS - 1);
		expect(state.current).toBe('c');
		vi.advanceTimersByTime(1);
		expect(state.current).toBe('d');
		expect(shown).toEqual([{ id: 'd', push: true }]);
	});

	it('toggle switches between playing and paused', () => {
		const { playback } = setup(order, 'a');
		playback.toggle();
		expect(playback.playing).toBe(true);
		playback.toggle();
		expect(playback.playing).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('play while playing keeps a single timer', () => {
		const { playback } = setup(order, 'a');
		playback.play();
		playback.play();
		expect(vi.getTimerCount()).toBe(1);
	});

	it('honours a custom interval and changes to it from the next step', () => {
		const { playback, state } = setup(order, 'a', 1000);
		expect(playback.intervalMs).toBe(1000);
		playback.play();
		vi.advanceTimersByTime(1000);
		expect(state.current).toBe('b');
		playback.intervalMs = 250;
		vi.advanceTimersByTime(1000); // the step already scheduled keeps its 1000 ms
		expect(state.current).toBe('c');
		vi.advanceTimersByTime(250);
		expect(state.current).toBe('d');
	});

	it('has nothing to play with fewer than two events', () => {
		for (const o of [[], ['only']]) {
			const { playback, shown } = setup(o, undefined);
			playback.play();
			expect(playback.playing).toBe(false);
			expect(shown).toEqual([]);
			expect(vi.getTimerCount()).toBe(0);
		}
	});

	it('destroy clears the timer and refuses to play again', () => {
		const { playback, state } = setup(order, 'a');
		playback.play();
		expect(vi.getTimerCount()).toBe(1);
		playback.destroy();
		expect(vi.getTimerCount()).toBe(0);
		expect(playback.playing).toBe(false);
		playback.play();
		expect(playback.playing).toBe(false);
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS * 5);
		expect(state.current).toBe('a');
	});

	it('stops when the order changes under it so there is no next event', () => {
		const mutable = ['a', 'b', 'c'];
		const { playback } = setup(mutable, 'a');
		playback.play();
		mutable.splice(1); // only 'a' is left; next('a') is 'a' itself
		vi.advanceTimersByTime(DEFAULT_INTERVAL_MS);
		expect(playback.playing).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});
});

describe('Playback with injected timers', () => {
	it('uses the given timer functions and cancels exactly the handle it set', () => {
		const pending = new Map<number, () => void>();
		let nextHandle = 1;
		const cleared: unknown[] = [];
		const timers: Timers = {
			setTimeout: (fn, ms) => {
				expect(ms).toBe(10);
				pending.set(nextHandle, fn);
				return nextHandle++;
			},
			clearTimeout: (h) => {
				cleared.push(h);
				pending.delete(h as number);
			}
		};
		const { playback, state } = setup(order, 'a', 10, timers);
		playback.play();
		expect([...pending.keys()]).toEqual([1]);
		pending.get(1)?.();
		pending.delete(1);
		expect(state.current).toBe('b');
		expect([...pending.keys()]).toEqual([2]);
		playback.pause();
		expect(cleared).toEqual([2]);
		expect(pending.size).toBe(0);
	});
});
