/**
 * Zod schemas mirroring types.ts, one per content file entry. Objects are strict (a misspelt
 * field is an error, not silently dropped). Checks that need other files (ids, countries,
 * geodata, the essay) live in validate/; this file checks each entry on its own.
 *
 * tests/unit/content/schema.test.ts proves at type level that each schema's output equals the
 * interface in types.ts, so the two cannot drift apart.
 */
import { z } from 'zod';
import {
	overlaySchema,
	regionSchema,
	storySchema,
	textSchema,
	voiceSchema
} from './frameSchema.js';
import {
	MAX_QUOTE_WORDS,
	countWords,
	dateString,
	id,
	iso3,
	issue,
	KEBAB_ID,
	LANG_TAG,
	sourceId,
	sourceIds,
	text
} from './schemaBase.js';

export {
	CONTENT_GEOJSON_PATH,
	CONTENT_TEXT_PATH,
	OVERLAY_STYLES,
	overlaySchema,
	regionSchema,
	storySchema,
	textSchema,
	VOICE_COLOURS,
	voiceSchema
} from './frameSchema.js';
export { countWords, ISO3, KEBAB_ID, LANG_TAG, MAX_QUOTE_WORDS, SOURCE_ID } from './schemaBase.js';

export const localNameSchema = z.strictObject({
	lang: z.string({ error: 'expected a language tag' }).regex(LANG_TAG, {
		error: 'expected a BCP 47 language tag such as "fa", "fa-AF", "ps", "tg", "az" or "hy"'
	}),
	text
});

export const countrySchema = z.strictObject({
	id: iso3,
	name: text,
	localNames: z.array(localNameSchema).default([]),
	focus: z.boolean({ error: 'expected true or false' }),
	onMap: z.boolean({ error: 'expected true or false' })
});

export const placeSchema = z.strictObject({
	id,
	name: text,
	localNames: z.array(localNameSchema).default([]),
	country: iso3,
	kind: z.enum(['capital', 'city', 'town', 'site', 'district', 'corridor']),
	lat: z
		.number({ error: 'expected a latitude in decimal degrees' })
		.min(-90, { error: 'expected a latitude between -90 and 90' })
		.max(90, { error: 'expected a latitude between -90 and 90' }),
	lon: z
		.number({ error: 'expected a longitude in decimal degrees' })
		.min(-180, { error: 'expected a longitude between -180 and 180' })
		.max(180, { error: 'expected a longitude between -180 and 180' }),
	precision: z.enum(['site', 'approximate-site', 'city', 'representative']),
	note: text.optional(),
	sources: sourceIds.default([]),
	label: z.boolean({ error: 'expected true or false' }).default(false)
});

export const actorSchema = z.strictObject({
	id,
	name: text,
	// One of story.yaml's kinds.actors (checked across files).
	kind: id,
	country: iso3.optional(),
	description: text.optional()
});

export const sourceSchema = z.strictObject({
	id: sourceId,
	title: text,
	publisher: text,
	date: dateString.optional(),
	url: z.httpUrl({ error: 'expected an http(s) URL' }),
	note: text.optional()
});

export const factCheckSchema = z.strictObject({
	verdict: z.enum(['accurate', 'partly-accurate', 'inaccurate', 'unverified', 'disputed']),
	note: text,
	sources: sourceIds.min(1, { error: 'expected at least one source id for the fact-check note' })
});

const count = z
	.number({ error: 'expected a whole number' })
	.int({ error: 'expected a whole number' })
	.min(0, { error: 'expected a number of people, 0 or more' });

const countRange = z
	.tuple([count, count], { error: 'expected [low, high]' })
	.refine(([low, high]) => low <= high, { error: 'expected [low, high] with low <= high' });

export const casualtiesSchema = z
	.strictObject({
		killed: count.optional(),
		killedRange: countRange.optional(),
		injured: count.optional(),
		injuredRange: countRange.optional(),
		note: text.optional()
	})
	.superRefine((c, ctx) => {
		for (const [value, range, name] of [
			[c.killed, c.killedRange, 'killed'],
			[c.injured, c.injuredRange, 'injured']
		] as const) {
			if (value !== undefined && range && (value < range[0] || value > range[1])) {
				ctx.addIssue({
					code: 'custom',
					path: [name],
					message: `${name} ${value} lies outside ${name}Range [${range[0]}, ${range[1]}] (expected a figure within the range)`
				});
			}
		}
	});

export const eventSchema = z
	.strictObject({
		id,
		title: text,
		date: dateString,
		// One of story.yaml's kinds.events (checked across files).
		kind: id,
		places: z.array(id),
		placeNote: text.optional(),
		countries: z.array(iso3),
		actors: z.array(id).default([]),
		casualties: casualtiesSchema.optional(),
		summary: text,
		basis: z.string({ error: 'expected "sourced" or a text id' }).regex(KEBAB_ID, {
			error: 'expected "sourced" or the id of the text the event rests on (texts.yaml)'
		}),
		sources: sourceIds,
		factCheck: factCheckSchema.optional()
	})
	.superRefine((event, ctx) => {
		if (event.places.length === 0 && event.placeNote === undefined) {
			ctx.addIssue({
				...issue(
					'place-note',
					'no places and no placeNote (expected at least one place id, or a placeNote saying why there is none)'
				),
				path: ['places']
			});
		}
	});

export const quoteSchema = z.strictObject({
	text: text.superRefine((value, ctx) => {
		const words = countWords(value);
		if (words > MAX_QUOTE_WORDS) {
			ctx.addIssue(
				issue(
					'quote-length',
					`quote has ${words} words (expected ${MAX_QUOTE_WORDS} words or fewer)`
				)
			);
		}
	}),
	paragraph: z
		.number({ error: 'expected a paragraph number' })
		.int({ error: 'expected a whole paragraph number' })
		.min(1, { error: 'expected a paragraph number from 1 (the standfirst)' })
});

export const claimSchema = z
	.strictObject({
		id,
		speaker: id,
		kind: z.enum([
			'thesis',
			'assertion',
			'rebuttal',
			'omission',
			'concession',
			'recommendation',
			'conclusion'
		]),
		title: text,
		summary: text,
		quote: quoteSchema.optional(),
		paragraphs: z
			.array(
				z
					.number({ error: 'expected a paragraph number' })
					.int({ error: 'expected a whole paragraph number' })
					.min(1, { error: 'expected a paragraph number from 1 (the standfirst)' })
			)
			.superRefine((paragraphs, ctx) => {
				if (paragraphs.length === 0) {
					ctx.addIssue(
						issue(
							'no-paragraphs',
							'no paragraphs of its text (expected at least one paragraph number)'
						)
					);
				}
			}),
		from: id.optional(),
		respondsTo: z.array(id).default([]),
		countries: z.array(iso3).default([]),
		places: z.array(id).default([]),
		evidence: z.array(id).default([]),
		factCheck: factCheckSchema.optional()
	})
	.superRefine((claim, ctx) => {
		if (claim.quote && !claim.paragraphs.includes(claim.quote.paragraph)) {
			ctx.addIssue({
				code: 'custom',
				path: ['quote', 'paragraph'],
				message: `quote paragraph ${claim.quote.paragraph} is not among the claim's paragraphs [${claim.paragraphs.join(', ')}] (expected one of them)`
			});
		}
	});

/** The content files, and the schema of one entry of each (story.yaml holds a single object). */
export const entrySchemas = {
	story: storySchema,
	region: regionSchema,
	overlays: overlaySchema,
	countries: countrySchema,
	places: placeSchema,
	actors: actorSchema,
	voices: voiceSchema,
	sources: sourceSchema,
	texts: textSchema,
	events: eventSchema,
	claims: claimSchema
} as const;

export type ContentFileKey = keyof typeof entrySchemas;

/** The whole validated content; its output type is `Content` (checked in the schema test). */
export const contentSchema = z.strictObject({
	story: storySchema,
	region: regionSchema,
	overlays: z.array(overlaySchema),
	countries: z.array(countrySchema),
	places: z.array(placeSchema),
	actors: z.array(actorSchema),
	voices: z.array(voiceSchema),
	sources: z.array(sourceSchema),
	texts: z.array(textSchema),
	events: z.array(eventSchema),
	claims: z.array(claimSchema)
});
