import { describe, expect, it, vi } from 'vitest';
import {
	decodeStateTarget,
	encodeStateTarget,
	entryAnchor,
	selectOnPlainClick,
	type StateTarget
} from '../../../../src/lib/views/reading/stateLinks';

const click = (init: Partial<MouseEvent> = {}) =>
	({
		defaultPrevented: false,
		button: 0,
		metaKey: false,
		ctrlKey: false,
		shiftKey: false,
		altKey: false,
		...init
	}) as MouseEvent;

const selector = () => ({
	selectEvent: vi.fn(),
	selectClaim: vi.fn(),
	selectCountry: vi.fn()
});

describe('state link targets', () => {
	it('round-trips every kind of target through its attribute', () => {
		const targets: StateTarget[] = [
			{ event: 'kerman-bombings-2024' },
			{ claim: 'thesis' },
			{ country: 'IRN' },
			{ event: 'an:id:with:colons' }
		];
		for (const to of targets) expect(decodeStateTarget(encodeStateTarget(to))).toEqual(to);
	});

	it('reads nothing from a missing or foreign value', () => {
		for (const value of [null, undefined, '', 'event:', 'place:herat', 'event', ':x', 'EVENT:x']) {
			expect(decodeStateTarget(value)).toBeUndefined();
		}
	});

	it('anchors events and claims to their readable entries, countries to nothing', () => {
		expect(entryAnchor({ event: 'e1' })).toBe('#event-e1');
		expect(entryAnchor({ claim: 'c1' })).toBe('#claim-c1');
		expect(entryAnchor({ country: 'IRN' })).toBe('');
	});
});

describe('selectOnPlainClick', () => {
	it('selects the target of a plain primary click and says so', () => {
		const story = selector();
		expect(selectOnPlainClick(click(), { event: 'e1' }, story)).toBe(true);
		expect(story.selectEvent).toHaveBeenCalledWith('e1');
		expect(selectOnPlainClick(click(), { claim: 'c1' }, story)).toBe(true);
		expect(story.selectClaim).toHaveBeenCalledWith('c1');
		expect(selectOnPlainClick(click(), { country: 'TJK' }, story)).toBe(true);
		expect(story.selectCountry).toHaveBeenCalledWith('TJK');
	});

	it('leaves modified, secondary and already handled clicks to the link', () => {
		const story = selector();
		for (const init of [
			{ metaKey: true },
			{ ctrlKey: true },
			{ shiftKey: true },
			{ altKey: true },
			{ button: 1 },
			{ defaultPrevented: true }
		]) {
			expect(selectOnPlainClick(click(init), { event: 'e1' }, story)).toBe(false);
		}
		expect(story.selectEvent).not.toHaveBeenCalled();
	});
});
