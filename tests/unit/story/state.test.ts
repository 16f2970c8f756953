import { describe, expect, it } from 'vitest';
import { StoryState, type CommitKind } from '../../../src/lib/story/state.svelte';
import type { KnownIds, Selection } from '../../../src/lib/story/url';

const eventOrder = ['e1', 'e2', 'e3'];
const known: KnownIds = {
	countries: new Set(['IRN', 'AFG', 'AZE']),
	events: new Set(eventOrder),
	claims: new Set(['c1', 'c2']),
	places: new Set(['herat', 'kabul'])
};
const view = { lon: 59.6, lat: 36.3, zoom: 6 };

function setup(initial?: Selection) {
	const story = new StoryState({ eventOrder, known, initial });
	const commits: { selection: Selection; kind: CommitKind }[] = [];
	const stop = story.onCommit((selection, kind) => commits.push({ selection, kind }));
	return { story, commits, stop };
}

describe('StoryState selection', () => {
	it('starts empty or from an initial selection, without announcing it', () => {
		expect(setup().story.selection).toEqual({});
		const { story, commits } = setup({ country: 'IRN', event: 'e2' });
		expect(story.selection).toEqual({ country: 'IRN', event: 'e2' });
		expect(story.currentEventIndex).toBe(1);
		expect(commits).toEqual([]);
	});

	it('selectCountry opens the country panel, upper-cases, closes a claim and drops the view', () => {
		const { story, commits } = setup({ claim: 'c1', event: 'e1', view });
		story.selectCountry('afg');
		expect(story.selection).toEqual({ country: 'AFG', event: 'e1' });
		expect(story.panel).toEqual({ kind: 'country', id: 'AFG' });
		expect(commits).toEqual([{ selection: { country: 'AFG', event: 'e1' }, kind: 'push' }]);
	});

	it('selectClaim keeps the country as context and the panel shows the claim', () => {
		const { story } = setup({ country: 'IRN' });
		story.selectClaim('c2');
		expect(story.selection).toEqual({ country: 'IRN', claim: 'c2' });
		expect(story.panel).toEqual({ kind: 'claim', id: 'c2' });
		story.selectClaim(undefined);
		expect(story.panel).toEqual({ kind: 'country', id: 'IRN' });
	});

	it('selectEvent leaves the panel alone and moves the derived index', () => {
		const { story, commits } = setup({ country: 'IRN', claim: 'c1' });
		expect(story.currentEventIndex).toBe(-1);
		story.selectEvent('e3');
		expect(story.selection).toEqual({ country: 'IRN', claim: 'c1', event: 'e3' });
		expect(story.currentEventIndex).toBe(2);
		expect(story.focus).toEqual({ kind: 'event', id: 'e3' });
		story.selectEvent('e1', { replace: true });
		expect(story.currentEventIndex).toBe(0);
		expect(commits.map((c) => c.kind)).toEqual(['push', 'replace']);
		story.selectEvent(undefined);
		expect(story.currentEventIndex).toBe(-1);
		expect(story.selection).toEqual({ country: 'IRN', claim: 'c1' });
	});

	it('throws on ids that do not exist (a programming error, never reader input)', () => {
		const { story, commits } = setup();
		expect(() => story.selectCountry('USA')).toThrow(RangeError);
		expect(() => story.selectEvent('nope')).toThrow(/no event with id "nope"/);
		expect(() => story.selectClaim('nope')).toThrow(RangeError);
		expect(story.selection).toEqual({});
		expect(commits).toEqual([]);
	});

	it('does not announce a change that changes nothing', () => {
		const { story, commits } = setup({ country: 'IRN' });
		story.selectCountry('IRN');
		story.selectCountry('irn');
		story.setView(undefined);
		story.closePanel();
		story.closePanel();
		expect(commits.map((c) => c.selection)).toEqual([{}]);
	});

	it('closePanel keeps the event; clear keeps only the view', () => {
		const { story } = setup({ country: 'IRN', claim: 'c1', event: 'e2' });
		story.closePanel();
		expect(story.selection).toEqual({ event: 'e2' });
		story.selectCountry('AZE');
		story.setView(view);
		story.clear();
		expect(story.selection).toEqual({ view });
		expect(story.focus).toEqual({ kind: 'view', view });
	});

	it('setView rounds like the URL, replaces history, and any step drops it', () => {
		const { story, commits } = setup({ event: 'e1' });
		story.setView({ lon: 59.600001, lat: 36.3, zoom: 6.001 });
		expect(story.selection.view).toEqual(view);
		story.setView({ lon: 59.60002, lat: 36.3, zoom: 6 }); // rounds to the same view
		expect(commits).toHaveLength(1);
		expect(commits[0]?.kind).toBe('replace');
		story.setView({ lon: NaN, lat: 0, zoom: 0 });
		expect(story.selection.view).toBeUndefined();
		story.setView(view);
		story.selectEvent('e2');
		expect(story.selection).toEqual({ event: 'e2' });
	});

	it('apply sets the selection silently and normalises it', () => {
		const { story, commits } = setup();
		story.apply({ country: 'IRN', event: undefined, view: { lon: 1.000001, lat: 2, zoom: 3 } });
		expect(story.selection).toEqual({ country: 'IRN', view: { lon: 1, lat: 2, zoom: 3 } });
		expect(Object.keys(story.selection)).toEqual(['country', 'view']);
		expect(commits).toEqual([]);
	});

	it('keeps the same object when apply changes nothing (no needless updates)', () => {
		const { story } = setup({ country: 'IRN' });
		const before = story.selection;
		story.apply({ country: 'IRN' });
		expect(story.selection).toBe(before);
	});

	it('onCommit returns a function that stops listening', () => {
		const { story, commits, stop } = setup();
		stop();
		story.selectCountry('IRN');
		expect(commits).toEqual([]);
	});
});

describe('StoryState places', () => {
	it('selectPlace is a pushed step that keeps the panel, the event and the view', () => {
		const { story, commits } = setup({ country: 'IRN', event: 'e1', view });
		story.selectPlace('herat');
		expect(story.selection).toEqual({ country: 'IRN', event: 'e1', place: 'herat', view });
		expect(commits.at(-1)?.kind).toBe('push');
		story.selectPlace(undefined);
		expect(story.selection).toEqual({ country: 'IRN', event: 'e1', view });
		expect(() => story.selectPlace('atlantis')).toThrow(RangeError);
	});

	it('every other step closes the place; the view and closing the panel keep it', () => {
		const { story } = setup({ place: 'kabul' });
		story.setView(view);
		story.closePanel();
		expect(story.selection.place).toBe('kabul');
		for (const step of [
			() => story.selectCountry('AFG'),
			() => story.selectEvent('e2'),
			() => story.selectClaim('c1'),
			() => story.tourTo('c2'),
			() => story.clear()
		]) {
			story.selectPlace('kabul');
			step();
			expect(story.selection.place).toBeUndefined();
		}
	});
});

describe('StoryState stepping', () => {
	it('steps through events and reports whether it moved', () => {
		const { story, commits } = setup();
		expect(story.stepEvent('prev')).toBe(false);
		expect(story.stepEvent('next')).toBe(true);
		expect(story.selection.event).toBe('e1');
		expect(story.stepEvent('last')).toBe(true);
		expect(story.stepEvent('next')).toBe(false);
		expect(story.stepEvent('first')).toBe(true);
		expect(story.selection.event).toBe('e1');
		expect(commits.map((c) => c.selection.event)).toEqual(['e1', 'e3', 'e1']);
		expect(commits.every((c) => c.kind === 'push')).toBe(true);
	});
});

describe('StoryState argument tour', () => {
	it('tourTo selects the claim alone in tour mode, as a pushed step', () => {
		const { story, commits } = setup({ country: 'IRN', event: 'e2', view });
		story.tourTo('c1');
		expect(story.selection).toEqual({ claim: 'c1', tour: true });
		expect(story.panel).toEqual({ kind: 'tour', id: 'c1' });
		expect(story.focus).toEqual({ kind: 'claim', id: 'c1' });
		expect(commits).toEqual([{ selection: { claim: 'c1', tour: true }, kind: 'push' }]);
		story.tourTo('c2', { replace: true });
		expect(commits[1]).toEqual({ selection: { claim: 'c2', tour: true }, kind: 'replace' });
		expect(() => story.tourTo('nope')).toThrow(RangeError);
	});

	it('any other step or closing the panel leaves the tour', () => {
		const { story } = setup({ claim: 'c1', tour: true });
		story.selectEvent('e1');
		expect(story.selection).toEqual({ claim: 'c1', event: 'e1' });
		story.tourTo('c1');
		story.selectClaim('c2');
		expect(story.selection).toEqual({ claim: 'c2' });
		story.tourTo('c1');
		story.selectCountry('AFG');
		expect(story.selection).toEqual({ country: 'AFG' });
		story.tourTo('c2');
		story.closePanel();
		expect(story.selection).toEqual({});
	});

	it('apply keeps the tour flag from a URL and drops a false one', () => {
		const { story } = setup();
		story.apply({ claim: 'c2', tour: true });
		expect(story.selection).toEqual({ claim: 'c2', tour: true });
		story.apply({ claim: 'c2', tour: false });
		expect(story.selection).toEqual({ claim: 'c2' });
	});
});
