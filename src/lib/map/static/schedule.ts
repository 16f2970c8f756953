/**
 * When MapStage starts the WebGL map (and so downloads maplibre-gl): the static map is usable
 * before that, so the start can wait for an idle moment or for the reader's first pan or zoom.
 * Which is best is measured in the performance work; the mechanism lives here, free of Svelte.
 */

export type LoadTrigger = 'immediately' | 'idle' | 'interaction';

/** Events on the map that mean the reader is starting to use it: a press, a wheel, a key. */
export const INTERACTION_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

/** Longest wait for an idle moment before starting anyway, in milliseconds. */
export const IDLE_TIMEOUT = 3000;

/** The timer functions used; `globalThis` in the browser, fakes in tests. */
export interface Scheduler {
	requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
	setTimeout: (callback: () => void, ms: number) => unknown;
	clearTimeout: (handle: never) => void;
}

/**
 * Calls `start` once, when `trigger` says: right away, when the browser is next idle, or on the
 * first interaction with `target`. Returns a cleanup that cancels whatever is still pending.
 */
export function scheduleLoad(
	trigger: LoadTrigger,
	target: EventTarget,
	start: () => void,
	scheduler: Scheduler = globalThis as unknown as Scheduler
): () => void {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		cleanup();
		start();
	};
	let cleanup = () => {};

	if (trigger === 'idle') {
		if (scheduler.requestIdleCallback) {
			const handle = scheduler.requestIdleCallback(once, { timeout: IDLE_TIMEOUT });
			cleanup = () => scheduler.cancelIdleCallback?.(handle);
		} else {
			const handle = scheduler.setTimeout(once, 200);
			cleanup = () => scheduler.clearTimeout(handle as never);
		}
	} else if (trigger === 'interaction') {
		for (const type of INTERACTION_EVENTS) {
			target.addEventListener(type, once, { passive: true });
		}
		cleanup = () => {
			for (const type of INTERACTION_EVENTS) target.removeEventListener(type, once);
		};
	} else {
		once();
	}
	return () => {
		done = true;
		cleanup();
	};
}

const TRIGGERS: readonly LoadTrigger[] = ['immediately', 'idle', 'interaction'];

/**
 * The trigger a build asks for (VITE_MAP_LOAD, used by `npm run bench -- --map-load=…` to compare
 * them), or `fallback` when unset. An unknown value fails the build rather than silently
 * measuring the default.
 */
export function loadTriggerFrom(value: string | undefined, fallback: LoadTrigger): LoadTrigger {
	if (value === undefined || value === '') return fallback;
	const trigger = TRIGGERS.find((t) => t === value);
	if (!trigger) {
		throw new Error(`VITE_MAP_LOAD must be one of ${TRIGGERS.join(', ')} (got "${value}")`);
	}
	return trigger;
}
