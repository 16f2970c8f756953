import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../src/lib/utils/afterPaint';

// Frames by hand: `frame()` runs the pending requestAnimationFrame callbacks, as the browser does
// just before it produces a frame.
let callbacks = new Map<number, FrameRequestCallback>();
let nextId = 1;
function frame() {
	const due = callbacks;
	callbacks = new Map();
	for (const cb of due.values()) cb(0);
}

beforeEach(() => {
	vi.useFakeTimers();
	callbacks = new Map();
	vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
		callbacks.set(nextId, cb);
		return nextId++;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('afterNextPaint', () => {
	it('runs the work in a task after the next frame, not before nor inside it', () => {
		const work = vi.fn();
		afterNextPaint(work);
		vi.runAllTimers();
		expect(work).not.toHaveBeenCalled();
		frame();
		expect(work).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(work).toHaveBeenCalledTimes(1);
	});

	it('cancels before the frame or between the frame and the task', () => {
		const early = vi.fn();
		afterNextPaint(early)();
		frame();
		vi.runAllTimers();
		expect(early).not.toHaveBeenCalled();

		const late = vi.fn();
		const cancel = afterNextPaint(late);
		frame();
		cancel();
		vi.runAllTimers();
		expect(late).not.toHaveBeenCalled();
	});
});
