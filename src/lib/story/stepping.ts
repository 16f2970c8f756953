/**
 * Stepping through the events in date order. Pure: the order is a list of event ids already
 * sorted (selectors' eventsInDateOrder; ties on the same date keep that list's order), and the
 * current event is an id or undefined (nothing selected yet). Buttons never wrap around.
 */

/** An event order: ids, earliest first. */
export type EventOrder = readonly string[];

export type StepAction = 'first' | 'prev' | 'next' | 'last';

/** Position of an event in the order; -1 when absent or undefined. */
export function indexOfEvent(order: EventOrder, id: string | undefined): number {
	return id === undefined ? -1 : order.indexOf(id);
}

/** The event after `current`; the first when nothing (or an unknown id) is current; the last stays. */
export function next(order: EventOrder, current: string | undefined): string | undefined {
	const i = indexOfEvent(order, current);
	return order[Math.min(i + 1, order.length - 1)];
}

/** The event before `current`; the first stays first; undefined when nothing is current. */
export function prev(order: EventOrder, current: string | undefined): string | undefined {
	const i = indexOfEvent(order, current);
	return i < 0 ? undefined : order[Math.max(i - 1, 0)];
}

/**
 * The event at an index (clamped into range; fractions floored, as a scrubber may give them) or
 * with an id. Undefined for an unknown id, a non-finite index or an empty order.
 */
export function jump(order: EventOrder, target: number | string): string | undefined {
	if (typeof target === 'string') return order.includes(target) ? target : undefined;
	if (!Number.isFinite(target) || order.length === 0) return undefined;
	return order[Math.min(Math.max(Math.floor(target), 0), order.length - 1)];
}

/** The event an action leads to from `current`. */
export function step(
	order: EventOrder,
	current: string | undefined,
	action: StepAction
): string | undefined {
	switch (action) {
		case 'first':
			return order[0];
		case 'last':
			return order[order.length - 1];
		case 'next':
			return next(order, current);
		case 'prev':
			return prev(order, current);
	}
}

/** Whether a step in that direction would move (for disabling the buttons). */
export function canStep(
	order: EventOrder,
	current: string | undefined,
	action: StepAction
): boolean {
	const target = step(order, current, action);
	return target !== undefined && target !== current;
}

/** Whether `current` is the last event (Play stops here). */
export function isLast(order: EventOrder, current: string | undefined): boolean {
	return order.length > 0 && current === order[order.length - 1];
}

/** `id` comes before the current event in the order (shown as already happened). */
export function isPast(order: EventOrder, id: string, current: string | undefined): boolean {
	const c = indexOfEvent(order, current);
	const i = indexOfEvent(order, id);
	return c >= 0 && i >= 0 && i < c;
}

/** `id` comes after the current event (faded). Nothing is future when nothing is current. */
export function isFuture(order: EventOrder, id: string, current: string | undefined): boolean {
	const c = indexOfEvent(order, current);
	const i = indexOfEvent(order, id);
	return c >= 0 && i > c;
}

/** 'all' when nothing is current (every event shown plainly), else past/current/future. */
export type EventPhase = 'all' | 'past' | 'current' | 'future';

/** How an event is styled relative to the current one. */
export function phaseOf(order: EventOrder, id: string, current: string | undefined): EventPhase {
	const c = indexOfEvent(order, current);
	if (c < 0) return 'all';
	const i = indexOfEvent(order, id);
	if (i === c) return 'current';
	return i >= 0 && i < c ? 'past' : 'future';
}

/** The parts of a KeyboardEvent the key mapping reads (so it is testable without a DOM). */
export interface KeyInput {
	key: string;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	shiftKey?: boolean;
	isComposing?: boolean;
	defaultPrevented?: boolean;
	target?: EventTarget | null;
}

/** Duck-typed element: enough of Element/HTMLElement to decide who owns the keys. */
interface ElementLike {
	tagName?: string;
	isContentEditable?: boolean;
	getAttribute?: (name: string) => string | null;
	closest?: (selector: string) => unknown;
}

const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Widgets whose arrow keys already mean something (ARIA keyboard patterns).
const ARROW_ROLES = new Set([
	'textbox',
	'searchbox',
	'combobox',
	'slider',
	'spinbutton',
	'listbox',
	'menu',
	'menubar',
	'radiogroup',
	'tablist',
	'tree',
	'treegrid',
	'grid'
]);
/**
 * Containers that handle arrow keys themselves: MapLibre pans with them when its canvas has focus
 * (.maplibregl-map is the class MapLibre gives the map container); anything else can opt out with
 * data-own-arrow-keys.
 */
const OWN_KEYS_SELECTOR = '.maplibregl-map, [data-own-arrow-keys]';

/** Whether the focused element uses arrow keys itself, so the timeline must leave them alone. */
export function ownsArrowKeys(target: EventTarget | null | undefined): boolean {
	const el = target as ElementLike | null | undefined;
	if (!el || typeof el !== 'object') return false;
	if (el.tagName && TEXT_TAGS.has(el.tagName.toUpperCase())) return true;
	if (el.isContentEditable) return true;
	const role = el.getAttribute?.('role');
	if (role && ARROW_ROLES.has(role)) return true;
	return Boolean(el.closest?.(OWN_KEYS_SELECTOR));
}

/**
 * The timeline action for a key press, or null to let the browser (or the focused widget) have it.
 * ArrowLeft/ArrowRight step; Home/End go to the first/last event only when `homeEnd` is set,
 * because on the page at large they scroll (give it for a listener on the timeline itself).
 * Ignored: any modifier (Alt+Left is "back"), IME composition, already handled events, and focus
 * in text fields, arrow-key widgets or the map.
 */
export function keyToAction(e: KeyInput, options: { homeEnd?: boolean } = {}): StepAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
	if (e.isComposing || e.defaultPrevented) return null;
	if (ownsArrowKeys(e.target)) return null;
	switch (e.key) {
		case 'ArrowLeft':
			return 'prev';
		case 'ArrowRight':
			return 'next';
		case 'Home':
			return options.homeEnd ? 'first' : null;
		case 'End':
			return options.homeEnd ? 'last' : null;
		default:
			return null;
	}
}
