import { describe, expect, it } from 'vitest';
import {
	canStep,
	indexOfEvent,
	isFuture,
	isLast,
	isPast,
	jump,
	keyToAction,
	next,
	ownsArrowKeys,
	phaseOf,
	prev,
	step,
	type KeyInput
} from '../../../src/lib/story/stepping';

// d1 and d2 share a date; the selectors' order (d1 before d2) is the tie-break.
const order = ['a', 'b', 'd1', 'd2', 'e'] as const;

describe('next / prev', () => {
	it('moves one event at a time', () => {
		expect(next(order, 'a')).toBe('b');
		expect(next(order, 'b')).toBe('d1');
		expect(next(order, 'd1')).toBe('d2');
		expect(prev(order, 'd2')).toBe('d1');
		expect(prev(order, 'e')).toBe('d2');
	});

	it('does not wrap at either end', () => {
		expect(next(order, 'e')).toBe('e');
		expect(prev(order, 'a')).toBe('a');
	});

	it('starts at the first event from nothing or an unknown id; prev from nothing stays nothing', () => {
		expect(next(order, undefined)).toBe('a');
		expect(next(order, 'gone')).toBe('a');
		expect(prev(order, undefined)).toBeUndefined();
		expect(prev(order, 'gone')).toBeUndefined();
	});

	it('gives nothing for an empty order', () => {
		expect(next([], undefined)).toBeUndefined();
		expect(prev([], 'a')).toBeUndefined();
	});

	it('handles a single event', () => {
		expect(next(['only'], undefined)).toBe('only');
		expect(next(['only'], 'only')).toBe('only');
		expect(prev(['only'], 'only')).toBe('only');
	});
});

describe('jump', () => {
	it('jumps by id', () => {
		expect(jump(order, 'd2')).toBe('d2');
		expect(jump(order, 'nope')).toBeUndefined();
	});

	it('jumps by index, clamped and floored', () => {
		expect(jump(order, 0)).toBe('a');
		expect(jump(order, 4)).toBe('e');
		expect(jump(order, 99)).toBe('e');
		expect(jump(order, -3)).toBe('a');
		expect(jump(order, 2.9)).toBe('d1');
	});

	it('rejects non-finite indexes and empty orders', () => {
		expect(jump(order, NaN)).toBeUndefined();
		expect(jump(order, Infinity)).toBeUndefined();
		expect(jump([], 0)).toBeUndefined();
	});
});

describe('step, canStep, isLast, indexOfEvent', () => {
	it('maps each action', () => {
		expect(step(order, 'b', 'first')).toBe('a');
		expect(step(order, 'b', 'last')).toBe('e');
		expect(step(order, 'b', 'next')).toBe('d1');
		expect(step(order, 'b', 'prev')).toBe('a');
		expect(step(order, undefined, 'last')).toBe('e');
	});

	it('says whether a button would move', () => {
		expect(canStep(order, 'a', 'prev')).toBe(false);
		expect(canStep(order, 'a', 'first')).toBe(false);
		expect(canStep(order, 'a', 'next')).toBe(true);
		expect(canStep(order, 'e', 'next')).toBe(false);
		expect(canStep(order, 'e', 'last')).toBe(false);
		expect(canStep(order, undefined, 'next')).toBe(true);
		expect(canStep(order, undefined, 'prev')).toBe(false);
		expect(canStep([], undefined, 'next')).toBe(false);
	});

	it('knows the last event and positions', () => {
		expect(isLast(order, 'e')).toBe(true);
		expect(isLast(order, 'd2')).toBe(false);
		expect(isLast(order, undefined)).toBe(false);
		expect(isLast([], undefined)).toBe(false);
		expect(indexOfEvent(order, 'd1')).toBe(2);
		expect(indexOfEvent(order, undefined)).toBe(-1);
		expect(indexOfEvent(order, 'x')).toBe(-1);
	});
});

describe('past and future', () => {
	it('fades only what comes after the current event', () => {
		expect(order.map((id) => phaseOf(order, id, 'd1'))).toEqual([
			'past',
			'past',
			'current',
			'future',
			'future'
		]);
		expect(isPast(order, 'a', 'd1')).toBe(true);
		expect(isPast(order, 'd1', 'd1')).toBe(false);
		expect(isFuture(order, 'd1', 'd1')).toBe(false);
		expect(isFuture(order, 'e', 'd1')).toBe(true);
	});

	it('orders events of the same date by list order', () => {
		expect(isFuture(order, 'd2', 'd1')).toBe(true);
		expect(isPast(order, 'd1', 'd2')).toBe(true);
	});

	it('shows everything plainly when nothing is current', () => {
		expect(order.map((id) => phaseOf(order, id, undefined))).toEqual(Array(5).fill('all'));
		expect(isFuture(order, 'e', undefined)).toBe(false);
		expect(isPast(order, 'a', undefined)).toBe(false);
	});

	it('treats an unknown event as neither past nor visible-current', () => {
		expect(isPast(order, 'x', 'd1')).toBe(false);
		expect(phaseOf(order, 'x', 'd1')).toBe('future');
	});
});

/** A stand-in for a DOM element, as much as ownsArrowKeys reads. */
function el(
	tagName: string,
	opts: { role?: string; editable?: boolean; inside?: string[] } = {}
): EventTarget {
	return {
		tagName,
		isContentEditable: opts.editable ?? false,
		getAttribute: (name: string) => (name === 'role' ? (opts.role ?? null) : null),
		closest: (selector: string) =>
			selector
				.split(',')
				.map((s) => s.trim())
				.some((s) => opts.inside?.includes(s))
				? {}
				: null
	} as unknown as EventTarget;
}

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
	key: k,
	target: el('BODY'),
	...extra
});

describe('keyToAction', () => {
	it('maps the arrow keys', () => {
		expect(keyToAction(key('ArrowLeft'))).toBe('prev');
		expect(keyToAction(key('ArrowRight'))).toBe('next');
		expect(keyToAction(key('ArrowUp'))).toBeNull();
		expect(keyToAction(key('a'))).toBeNull();
		expect(keyToAction(key(' '))).toBeNull();
	});

	it('maps Home and End only when asked (on the page they scroll)', () => {
		expect(keyToAction(key('Home'))).toBeNull();
		expect(keyToAction(key('End'))).toBeNull();
		expect(keyToAction(key('Home'), { homeEnd: true })).toBe('first');
		expect(keyToAction(key('End'), { homeEnd: true })).toBe('last');
	});

	it.each(['altKey', 'ctrlKey', 'metaKey', 'shiftKey'] as const)('ignores keys with %s', (mod) => {
		expect(keyToAction(key('ArrowRight', { [mod]: true }))).toBeNull();
		expect(keyToAction(key('End', { [mod]: true }), { homeEnd: true })).toBeNull();
	});

	it('ignores IME composition and events already handled', () => {
		expect(keyToAction(key('ArrowRight', { isComposing: true }))).toBeNull();
		expect(keyToAction(key('ArrowRight', { defaultPrevented: true }))).toBeNull();
	});

	it('ignores keys in text fields and widgets that use arrows', () => {
		for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
			expect(keyToAction(key('ArrowRight', { target: el(tag) }))).toBeNull();
		}
		expect(keyToAction(key('ArrowLeft', { target: el('DIV', { editable: true }) }))).toBeNull();
		for (const role of ['slider', 'listbox', 'tablist', 'combobox', 'menu', 'radiogroup']) {
			expect(keyToAction(key('ArrowLeft', { target: el('DIV', { role }) }))).toBeNull();
		}
	});

	it('leaves arrow keys to the map and to opted-out containers', () => {
		expect(
			keyToAction(key('ArrowLeft', { target: el('CANVAS', { inside: ['.maplibregl-map'] }) }))
		).toBeNull();
		expect(
			keyToAction(key('ArrowLeft', { target: el('LI', { inside: ['[data-own-arrow-keys]'] }) }))
		).toBeNull();
	});

	it('acts on buttons, links and the page body', () => {
		expect(keyToAction(key('ArrowRight', { target: el('BUTTON') }))).toBe('next');
		expect(keyToAction(key('ArrowLeft', { target: el('A', { role: 'link' }) }))).toBe('prev');
		expect(keyToAction({ key: 'ArrowLeft', target: null })).toBe('prev');
		expect(keyToAction({ key: 'ArrowLeft' })).toBe('prev');
	});
});

describe('ownsArrowKeys', () => {
	it('tolerates targets that are not elements', () => {
		expect(ownsArrowKeys(null)).toBe(false);
		expect(ownsArrowKeys(undefined)).toBe(false);
		expect(ownsArrowKeys({} as EventTarget)).toBe(false);
	});
});
