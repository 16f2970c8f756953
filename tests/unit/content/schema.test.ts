import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
	actorSchema,
	claimSchema,
	contentSchema,
	countrySchema,
	countWords,
	eventSchema,
	placeSchema,
	sourceSchema,
	storySchema,
	textSchema,
	voiceSchema
} from '../../../src/lib/content/schema';
import type {
	Actor,
	Claim,
	Content,
	Country,
	Place,
	Source,
	Story,
	StoryEvent,
	StoryText,
	Voice
} from '../../../src/lib/content/types';

// Schemas mirror types.ts. Checked by the type checker (npm run check), not at run time: each
// schema's output is exactly the interface, so a field added to one and not the other fails it.
expectTypeOf<z.output<typeof storySchema>>().toEqualTypeOf<Story>();
expectTypeOf<z.output<typeof countrySchema>>().toEqualTypeOf<Country>();
expectTypeOf<z.output<typeof placeSchema>>().toEqualTypeOf<Place>();
expectTypeOf<z.output<typeof actorSchema>>().toEqualTypeOf<Actor>();
expectTypeOf<z.output<typeof sourceSchema>>().toEqualTypeOf<Source>();
expectTypeOf<z.output<typeof eventSchema>>().toEqualTypeOf<StoryEvent>();
expectTypeOf<z.output<typeof claimSchema>>().toEqualTypeOf<Claim>();
expectTypeOf<z.output<typeof voiceSchema>>().toEqualTypeOf<Voice>();
expectTypeOf<z.output<typeof textSchema>>().toEqualTypeOf<StoryText>();
expectTypeOf<z.output<typeof contentSchema>>().toEqualTypeOf<Content>();

describe('entry schemas', () => {
	const place = {
		id: 'kerman',
		name: 'Kerman',
		country: 'IRN',
		kind: 'city',
		lat: 30.28,
		lon: 57.08,
		precision: 'city'
	};

	it('fills defaults for optional lists and flags', () => {
		expect(placeSchema.parse(place)).toEqual({
			...place,
			localNames: [],
			sources: [],
			label: false
		});
	});

	it('rejects unknown keys', () => {
		const result = placeSchema.safeParse({ ...place, lattitude: 30 });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({
			code: 'unrecognized_keys',
			keys: ['lattitude']
		});
	});

	it.each([
		['id', 'Kerman City', 'kebab-case id'],
		['id', 'kerman--city', 'kebab-case id'],
		['country', 'IR', 'ISO 3166-1 alpha-3'],
		['country', 'irn', 'ISO 3166-1 alpha-3'],
		['lat', 91, 'latitude between -90 and 90'],
		['lon', -181, 'longitude between -180 and 180'],
		['kind', 'village', 'expected one of'],
		['name', '  ', 'non-empty text']
	])('rejects %s = %j', (field, value, message) => {
		const result = placeSchema.safeParse({ ...place, [field]: value });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual([field]);
		expect(result.error?.issues[0]?.message).toContain(message);
	});

	it('accepts a bare year and keeps it as a string', () => {
		const source = {
			id: 'essay',
			title: 'Why Iran Isn’t Supporting ISIS-K',
			publisher: 'Example',
			date: 2026,
			url: 'https://example.org/essay'
		};
		expect(sourceSchema.parse(source).date).toBe('2026');
		expect(sourceSchema.safeParse({ ...source, url: 'ftp://example.org' }).success).toBe(false);
		const bad = sourceSchema.safeParse({ ...source, date: '2026-02-30' });
		expect(bad.error?.issues[0]).toMatchObject({ path: ['date'], params: { code: 'date' } });
	});

	it('checks casualty ranges', () => {
		const event = {
			id: 'e',
			title: 'E',
			date: '2024-01-03',
			kind: 'attack',
			places: ['kerman'],
			countries: ['IRN'],
			summary: 'S',
			basis: 'essay',
			sources: []
		};
		expect(
			eventSchema.safeParse({ ...event, casualties: { killedRange: [95, 103] } }).success
		).toBe(true);
		const reversed = eventSchema.safeParse({ ...event, casualties: { killedRange: [103, 95] } });
		expect(reversed.error?.issues[0]?.message).toContain('low <= high');
		const outside = eventSchema.safeParse({
			...event,
			casualties: { killed: 120, killedRange: [95, 103] }
		});
		expect(outside.error?.issues[0]?.path).toEqual(['casualties', 'killed']);
	});

	it('counts words as runs of non-space characters', () => {
		expect(countWords('  one two\tthree\nfour ')).toBe(4);
		expect(countWords('the latter—unlike Tajikistan—shares')).toBe(3);
		expect(countWords('')).toBe(0);
	});
});
