import { describe, expect, it, vi } from 'vitest';
import {
	IDLE_TIMEOUT,
	INTERACTION_EVENTS,
	loadTriggerFrom,
	scheduleLoad,
	type Scheduler
} from '../../../src/lib/map/static/schedule';

function fakeScheduler(withIdle = true) {
	const pending = new Map<number, () => void>();
	let next = 1;
	const scheduler: Scheduler & { run(): void; pending: Map<number, () => void> } = {
		pending,
		setTimeout: (callback) => {
			pending.set(next, callback);
			return next++;
		},
		clearTimeout: (handle: never) => void pending.delete(handle),
		run() {
			for (const [id, callback] of [...pending]) {
				pending.delete(id);
				callback();
			}
		}
	};
	if (withIdle) {
		scheduler.requestIdleCallback = vi.fn((callback: () => void, options?: { timeout: number }) => {
			expect(options?.timeout).toBe(IDLE_TIMEOUT);
			pending.set(next, callback);
			return next++;
		});
		scheduler.cancelIdleCallback = (handle) => void pending.delete(handle);
	}
	return scheduler;
}

describe('scheduleLoad', () => {
	it('starts at once when asked to', () => {
		const start = vi.fn();
		scheduleLoad('immediately', new EventTarget(), start, fakeScheduler());
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('waits for an idle moment (or a timer where there is no idle callback)', () => {
		for (const withIdle of [true, false]) {
			const scheduler = fakeScheduler(withIdle);
			const start = vi.fn();
			scheduleLoad('idle', new EventTarget(), start, scheduler);
			expect(start).not.toHaveBeenCalled();
			scheduler.run();
			expect(start).toHaveBeenCalledTimes(1);
		}
	});

	it('waits for the first interaction, starts once, and stops listening', () => {
		const target = new EventTarget();
		const start = vi.fn();
		scheduleLoad('interaction', target, start, fakeScheduler());
		expect(start).not.toHaveBeenCalled();
		target.dispatchEvent(new Event('mousemove'));
		expect(start).not.toHaveBeenCalled();
		target.dispatchEvent(new Event(INTERACTION_EVENTS[0]));
		for (const type of INTERACTION_EVENTS) target.dispatchEvent(new Event(type));
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('cancels what is pending when cleaned up', () => {
		const scheduler = fakeScheduler();
		const start = vi.fn();
		const target = new EventTarget();
		scheduleLoad('idle', target, start, scheduler)();
		scheduleLoad('interaction', target, start, scheduler)();
		scheduler.run();
		target.dispatchEvent(new Event('wheel'));
		expect(start).not.toHaveBeenCalled();
		expect(scheduler.pending.size).toBe(0);
	});
});

describe('loadTriggerFrom', () => {
	it('takes a known trigger and falls back when unset', () => {
		expect(loadTriggerFrom('idle', 'immediately')).toBe('idle');
		expect(loadTriggerFrom('interaction', 'immediately')).toBe('interaction');
		expect(loadTriggerFrom(undefined, 'idle')).toBe('idle');
		expect(loadTriggerFrom('', 'idle')).toBe('idle');
	});

	it('refuses an unknown one, naming the variable and the choices', () => {
		expect(() => loadTriggerFrom('later', 'idle')).toThrow(
			'VITE_MAP_LOAD must be one of immediately, idle, interaction (got "later")'
		);
	});
});
