import { describe, expect, it } from 'vitest';
import {
	HEIGHT_MESSAGE_TYPE,
	embedSummary,
	heightMessage,
	isHeightMessage
} from '../../../../src/lib/views/share/embed';
import { fixtureIndex } from '../../story/helpers';

const index = fixtureIndex();
const claim = index.content.claims[0]!;
const event = index.content.events[0]!;
const country = index.content.countries[0]!;

describe('height message', () => {
	it('rounds up and never sends a negative or non-finite height', () => {
		expect(heightMessage(412.2)).toEqual({ type: HEIGHT_MESSAGE_TYPE, height: 413 });
		expect(heightMessage(-5).height).toBe(0);
		expect(heightMessage(Number.NaN).height).toBe(0);
		expect(HEIGHT_MESSAGE_TYPE).toBe('story-map:height');
	});

	it('recognises only well-formed messages', () => {
		expect(isHeightMessage(heightMessage(10))).toBe(true);
		expect(isHeightMessage({ type: HEIGHT_MESSAGE_TYPE, height: '10' })).toBe(false);
		expect(isHeightMessage({ type: 'other', height: 10 })).toBe(false);
		expect(isHeightMessage(null)).toBe(false);
		expect(isHeightMessage('story-map:height')).toBe(false);
	});
});

describe('embedSummary', () => {
	it('prefers the claim, with its speaker and step', () => {
		const s = embedSummary(index, { claim: claim.id, event: event.id, country: country.id });
		expect(s.kind).toBe('claim');
		expect(s.title).toBe(claim.title);
		expect(s.text).toBe(claim.summary);
		expect(s.speaker).toBe(claim.speaker);
		expect(s.kicker).toContain(`step 1 of ${index.content.claims.length}`);
	});

	it('then the event, with its date, then the country, then the story', () => {
		const e = embedSummary(index, { event: event.id, country: country.id });
		expect(e).toMatchObject({ kind: 'event', title: event.title, text: event.summary });
		const c = embedSummary(index, { country: country.id });
		expect(c).toMatchObject({ kind: 'country', title: country.name });
		expect(c.text).toMatch(/^\d+ steps? of the argument and \d+ events? concern /);
		expect(embedSummary(index, {})).toMatchObject({
			kind: 'story',
			title: index.content.story.title
		});
	});

	it('falls back past unknown ids', () => {
		expect(embedSummary(index, { claim: 'nope', event: 'nope' }).kind).toBe('story');
	});
});
