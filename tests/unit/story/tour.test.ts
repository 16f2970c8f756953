import { describe, expect, it } from 'vitest';
import {
	answeredHeading,
	canTourStep,
	comparisonFor,
	stepLabel,
	tourAnnouncement,
	tourButtonLabel,
	tourKeyAction,
	tourOrder,
	tourPosition,
	tourStep
} from '../../../src/lib/story/tour';
import { tourHighlight } from '../../../src/lib/story/tourHighlight';
import type { Claim } from '../../../src/lib/content/types';
import { claim, fixtureIndex } from './helpers';

function with_(c: Claim, extra: Partial<Claim>): Claim {
	return { ...c, ...extra };
}

// A small argument: Epstein claims twice; the essay answers, once answering itself.
const claims: Claim[] = [
	with_(claim('thesis', 'essay-author'), { respondsTo: ['e-one'], countries: ['IRN', 'AZE'] }),
	with_(claim('e-one', 'epstein'), { title: 'Iran uses ISIS-K', places: [] }),
	with_(claim('s-one', 'essay-author'), {
		title: 'Kerman left out',
		respondsTo: ['e-one'],
		countries: ['IRN'],
		places: ['kerman', 'tehran']
	}),
	with_(claim('s-two', 'essay-author'), { respondsTo: ['s-one'] }),
	with_(claim('e-two', 'epstein'), {}),
	with_(claim('end', 'essay-author'), { respondsTo: ['e-two', 'e-one'] })
];
const index = fixtureIndex((c) => ({ ...c, claims }));
const order = tourOrder(index);

describe('tour order and stepping', () => {
	it('walks every claim in the essay (file) order', () => {
		expect(order).toEqual(['thesis', 'e-one', 's-one', 's-two', 'e-two', 'end']);
		expect(tourPosition(order, 's-one')).toBe(2);
		expect(tourPosition(order, 'nope')).toBe(-1);
		expect(tourPosition(order, null)).toBe(-1);
	});

	it('steps forward and back without wrapping', () => {
		expect(tourStep(order, 'thesis', 'next')).toBe('e-one');
		expect(tourStep(order, 'e-one', 'prev')).toBe('thesis');
		expect(tourStep(order, 'thesis', 'prev')).toBe('thesis');
		expect(tourStep(order, 'end', 'next')).toBe('end');
		expect(tourStep(order, 's-two', 'first')).toBe('thesis');
		expect(tourStep(order, 's-two', 'last')).toBe('end');
	});

	it('starts at step 1 from nothing; Previous from nothing goes nowhere', () => {
		expect(tourStep(order, undefined, 'next')).toBe('thesis');
		expect(tourStep(order, 'unknown', 'next')).toBe('thesis');
		expect(tourStep(order, null, 'prev')).toBeUndefined();
		expect(tourStep([], null, 'next')).toBeUndefined();
	});

	it('canTourStep is false at the ends', () => {
		expect(canTourStep(order, 'thesis', 'prev')).toBe(false);
		expect(canTourStep(order, 'thesis', 'next')).toBe(true);
		expect(canTourStep(order, 'end', 'next')).toBe(false);
		expect(canTourStep(order, 'end', 'prev')).toBe(true);
	});
});

describe('tour keys follow the timeline conventions', () => {
	it('arrows step, modifiers and text fields do not', () => {
		expect(tourKeyAction({ key: 'ArrowRight' })).toBe('next');
		expect(tourKeyAction({ key: 'ArrowLeft' })).toBe('prev');
		expect(tourKeyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(tourKeyAction({ key: 'ArrowRight', defaultPrevented: true })).toBeNull();
		expect(tourKeyAction({ key: 'ArrowRight', target: { tagName: 'input' } as never })).toBeNull();
		expect(tourKeyAction({ key: 'Home' })).toBeNull();
		expect(tourKeyAction({ key: 'Home' }, { homeEnd: true })).toBe('first');
	});
});

describe('tour text', () => {
	it('labels and announces steps with the speaker', () => {
		expect(stepLabel(0, 24)).toBe('Step 1 of 24');
		const c = index.claimById.get('e-one')!;
		expect(tourAnnouncement(c, order, index)).toBe(
			'Step 2 of 6: Epstein, as the essay reports him — Iran uses ISIS-K'
		);
	});

	it('names the target of each step button, or the end reached', () => {
		const target = index.claimById.get('s-one');
		expect(tourButtonLabel('next', target, order)).toBe('Next step: 3 of 6, Kerman left out');
		expect(tourButtonLabel('prev', undefined, order)).toBe('Previous step: this is the first step');
		expect(tourButtonLabel('next', undefined, order)).toBe('Next step: this is the last step');
	});
});

describe('side by side', () => {
	it('puts a rebuttal next to the Epstein claim it answers', () => {
		const cmp = comparisonFor(index, 's-one');
		expect(cmp?.answered.map((c) => c.id)).toEqual(['e-one']);
		expect(cmp?.answer.id).toBe('s-one');
		expect(cmp?.answersOtherVoice).toBe(true);
		expect(answeredHeading(cmp!.answered, index)).toBe("Epstein's claim");
	});

	it('compares the essay with itself, and several answered claims in essay order', () => {
		const self = comparisonFor(index, 's-two');
		expect(self?.answersOtherVoice).toBe(false);
		expect(answeredHeading(self!.answered, index)).toBe('The essay’s earlier step');
		expect(comparisonFor(index, 'end')?.answered.map((c) => c.id)).toEqual(['e-one', 'e-two']);
		expect(answeredHeading(comparisonFor(index, 'end')!.answered, index)).toBe("Epstein's claims");
	});

	it('heads claims of several voices generically', () => {
		const both = [index.claimById.get('e-one')!, index.claimById.get('s-one')!];
		expect(answeredHeading(both, index)).toBe('The claims it answers');
		expect(answeredHeading(both.slice(0, 1), index)).toBe("Epstein's claim");
	});

	it('has nothing to compare for a claim that answers nothing, or an unknown id', () => {
		expect(comparisonFor(index, 'e-one')).toBeNull();
		expect(comparisonFor(index, 'nope')).toBeNull();
	});
});

describe('map highlight', () => {
	it("highlights the step's countries and rings its first place, in the tour only", () => {
		expect(tourHighlight(index, { claim: 's-one', tour: true })).toEqual({
			countries: ['IRN'],
			place: 'kerman'
		});
		expect(tourHighlight(index, { claim: 'e-one', tour: true })).toEqual({
			countries: [],
			place: null
		});
		expect(tourHighlight(index, { claim: 's-one' })).toBeNull();
		expect(tourHighlight(index, { tour: true })).toBeNull();
		expect(tourHighlight(index, { claim: 'nope', tour: true })).toBeNull();
	});
});
