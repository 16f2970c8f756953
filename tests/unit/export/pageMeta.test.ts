import { describe, expect, it } from 'vitest';
import {
	claimPageMeta,
	clip,
	DESCRIPTION_MAX,
	eventPageMeta,
	neighbours,
	speakerShort
} from '../../../src/lib/export/pageMeta';
import { fixtureIndex, realIndex } from './helpers';

const index = fixtureIndex();

describe('clip', () => {
	it('leaves short text alone and flattens white space', () => {
		expect(clip('  a\n b  ')).toBe('a b');
	});

	it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
		const text = 'word '.repeat(100);
		const out = clip(text, 50);
		expect(out.length).toBeLessThanOrEqual(50);
		expect(out.endsWith('word…')).toBe(true);
	});

	it('drops trailing punctuation before the ellipsis', () => {
		expect(clip('alpha beta, gamma delta', 13)).toBe('alpha beta…');
	});
});

describe('claim pages', () => {
	it('name the speaker and the claim, then the site', () => {
		const claim = index.claimById.get('epstein-proxy')!;
		const meta = claimPageMeta(index, claim);
		expect(meta.shareTitle).toBe(`Epstein — ${claim.title}`);
		expect(meta.title).toBe(`Epstein — ${claim.title} | ${index.content.story.title}`);
		expect(meta.description).toMatch(
			/^Epstein, as the essay reports him — assertion, step 2 of \d+/
		);
		expect(meta.description).toContain(claim.summary);
		expect(meta.url).toBeUndefined();
	});

	it('get an absolute URL only with the site URL', () => {
		const claim = index.content.claims[0]!;
		expect(claimPageMeta(index, claim, 'https://example.org/k').url).toBe(
			`https://example.org/k/claims/${claim.id}`
		);
	});

	it('say who speaks in short', () => {
		expect(speakerShort(index.claimById.get('thesis')!, index)).toBe('The essay');
	});
});

describe('event pages', () => {
	it('give the date honest to its precision, the title and the places', () => {
		const event = index.eventById.get('iran-tajikistan-deal-2025-04')!;
		const meta = eventPageMeta(index, event);
		expect(meta.shareTitle).toBe(`April 2025 — ${event.title}`);
		expect(meta.description).toBe(`April 2025 — Tehran, Dushanbe. ${event.summary}`);
	});

	it('leave the places out when there are none', () => {
		const event = index.eventById.get('epstein-article-2026-02-11')!;
		expect(eventPageMeta(index, event).description).toBe(`11 February 2026. ${event.summary}`);
	});
});

describe('the real content', () => {
	const real = realIndex();
	it('gives every page a distinct title and a description within the limit', () => {
		const metas = [
			...real.content.claims.map((c) => claimPageMeta(real, c)),
			...real.content.events.map((e) => eventPageMeta(real, e))
		];
		expect(new Set(metas.map((m) => m.title)).size).toBe(metas.length);
		for (const m of metas) {
			expect(m.description.length, m.title).toBeLessThanOrEqual(DESCRIPTION_MAX);
			expect(m.description.length, m.title).toBeGreaterThan(40);
		}
	});
});

describe('neighbours', () => {
	const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	it('finds the items on either side, none past the ends', () => {
		expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
		expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
		expect(neighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
		expect(neighbours(list, 'zzz')).toEqual({});
	});
});
