/**
 * Play/Pause for the timeline: steps every `intervalMs` while playing and pauses by itself after
 * showing the last event. It reads the order and the current event and asks `go` to show one, so
 * it knows nothing of the story state or URLs.
 *
 * The owner calls pause() on any reader interaction (a button, a key, a map click) so the reader
 * is never fought for control, and destroy() on teardown. Timers are injectable for tests.
 */
import { isLast, next, type EventOrder } from '../../story/stepping';

/** The two timer functions used; defaults are the global ones. */
export interface Timers {
	setTimeout: (fn: () => void, ms: number) => unknown;
	clearTimeout: (handle: unknown) => void;
}

export interface PlaybackOptions {
	/** The events in date order (read at every step, so it may change). */
	order: () => EventOrder;
	/** The current event id, if any. */
	current: () => string | undefined;
	/**
	 * Shows an event. `push` is true for the first step of each play session only: a whole play
	 * session is one history entry after the one it started from, so Back returns to where the
	 * reader pressed Play instead of walking every automatic step.
	 */
	go: (id: string, how: { push: boolean }) => void;
	/** Milliseconds between steps; default 4000. */
	intervalMs?: number;
	timers?: Timers;
}

export const DEFAULT_INTERVAL_MS = 4000;

const globalTimers: Timers = {
	setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
	clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>)
};

export class Playback {
	/** True while stepping on its own. */
	playing = $state(false);
	/** Milliseconds between steps; a change applies from the next step. */
	intervalMs = $state(DEFAULT_INTERVAL_MS);

	#options: PlaybackOptions;
	#timers: Timers;
	#handle: unknown = undefined;
	#destroyed = false;
	#pushed = false;

	constructor(options: PlaybackOptions) {
		this.#options = options;
		this.#timers = options.timers ?? globalTimers;
		if (options.intervalMs !== undefined) this.intervalMs = options.intervalMs;
	}

	/**
	 * Starts playing. From the last event, or with none current, it goes to the first event at once;
	 * otherwise the current event stays for one interval before the next step. With fewer than two
	 * events there is nothing to play and it stays paused.
	 */
	play(): void {
		if (this.#destroyed || this.playing) return;
		const order = this.#options.order();
		if (order.length < 2) return;
		this.#pushed = false;
		const current = this.#options.current();
		if (current === undefined || isLast(order, current) || !order.includes(current)) {
			this.#go(order[0] as string);
		}
		this.playing = true;
		this.#schedule();
	}

	/** Stops playing; the current event stays. Safe to call at any time. */
	pause(): void {
		this.#cancel();
		this.playing = false;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** Stops for good and releases the timer; play() does nothing afterwards. */
	destroy(): void {
		this.pause();
		this.#destroyed = true;
	}

	/** Whether a timer is pending (for leak checks in tests). */
	get scheduled(): boolean {
		return this.#handle !== undefined;
	}

	#schedule(): void {
		this.#cancel();
		this.#handle = this.#timers.setTimeout(() => this.#tick(), this.intervalMs);
	}

	#cancel(): void {
		if (this.#handle !== undefined) this.#timers.clearTimeout(this.#handle);
		this.#handle = undefined;
	}

	#go(id: string): void {
		this.#options.go(id, { push: !this.#pushed });
		this.#pushed = true;
	}

	#tick(): void {
		this.#handle = undefined;
		if (!this.playing) return;
		const order = this.#options.order();
		const current = this.#options.current();
		const target = next(order, current);
		if (target === undefined || target === current) {
			this.pause();
			return;
		}
		this.#go(target);
		// Pause on showing the last event rather than one interval later.
		if (isLast(order, target)) this.pause();
		else this.#schedule();
	}
}
