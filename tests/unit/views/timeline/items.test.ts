import { describe, expect, it } from 'vitest';
import { byYear, timelineItems } from '../../../../src/lib/views/timeline/items';
import { fixtureIndex } from '../../story/helpers';

const index = fixtureIndex();

describe('timelineItems', () => {
	it('gives each event its date, where and summary, in the order given, and skips unknown ids', () => {
		const items = timelineItems(index, ['kerman-bombings-2024', 'nope', 'twelve-day-war']);
		expect(items.map((i) => i.id)).toEqual(['kerman-bombings-2024', 'twelve-day-war']);
		expect(items[0]).toMatchObject({
			title: 'Kerman bombings',
			datetime: '2024-01-03',
			where: 'Kerman · Iran'
		});
		expect(items[1]!.date).toMatch(/13.24 June 2025/);
	});

	it('names every place and country, or says why there is no place', () => {
		const [deal, article] = timelineItems(index, [
			'iran-tajikistan-deal-2025-04',
			'epstein-article-2026-02-11'
		]);
		expect(deal!.where).toBe('Tehran, Dushanbe · Iran, Tajikistan');
		expect(article!.where).toBe('Published online.');
	});
});

describe('byYear', () => {
	it('groups consecutive entries by the year they start in', () => {
		const items = timelineItems(index, [
			'kerman-bombings-2024',
			'iran-tajikistan-deal-2025-04',
			'twelve-day-war',
			'epstein-article-2026-02-11'
		]);
		expect(byYear(items).map(([year, group]) => [year, group.map((i) => i.id)])).toEqual([
			[2024, ['kerman-bombings-2024']],
			[2025, ['iran-tajikistan-deal-2025-04', 'twelve-day-war']],
			[2026, ['epstein-article-2026-02-11']]
		]);
		expect(byYear([])).toEqual([]);
	});
});
