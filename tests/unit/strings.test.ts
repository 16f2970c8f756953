import { describe, expect, it } from 'vitest';
import { COPY_DEFAULTS, fill, slots } from '../../src/lib/strings';
import { storySchema } from '../../src/lib/content/frameSchema';

describe('fill', () => {
	it('fills each slot from the values, leaving unknown slots visible', () => {
		expect(fill('Step {step} of {total}', { step: 3, total: 25 })).toBe('Step 3 of 25');
		expect(fill('{a}{a} {b}', { a: 'x' })).toBe('xx {b}');
	});
});

describe('slots', () => {
	it('lists each slot once, in order', () => {
		expect(slots('{b} and {a}, {b}')).toEqual(['b', 'a']);
		expect(slots('no slot')).toEqual([]);
	});
});

describe('copy defaults', () => {
	it('use only the slots they declare, and name no story', () => {
		for (const [key, entry] of Object.entries(COPY_DEFAULTS)) {
			expect(
				slots(entry.text).every((s) => (entry.slots as readonly string[]).includes(s)),
				key
			).toBe(true);
			expect(entry.text, key).not.toMatch(/essay|Epstein|Iran|Khorasan/);
		}
	});

	it('fill every copy entry a story leaves out', () => {
		const story = storySchema.parse({ title: 'T', subtitle: 'S', intro: ['I'] });
		expect(Object.keys(story.copy).sort()).toEqual(Object.keys(COPY_DEFAULTS).sort());
		expect(story.copy.tourStart).toBe(COPY_DEFAULTS.tourStart.text);
		const own = storySchema.parse({
			title: 'T',
			subtitle: 'S',
			intro: ['I'],
			copy: { tourStart: '{total} steps' }
		});
		expect(own.copy.tourStart).toBe('{total} steps');
		expect(own.copy.focusCountry).toBe(COPY_DEFAULTS.focusCountry.text);
	});
});
