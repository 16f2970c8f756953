/**
 * Zod schemas mirroring types.ts, one per content file entry. Objects are strict (a misspelt
 * field is an error, not silently dropped). Checks that need other files (ids, countries,
 * geodata, the essay) live in validate/; this file checks each entry on its own.
 *
 * tests/unit/content/schema.test.ts proves at type level that each schema's output equals the
 * interface in types.ts, so the two cannot drift apart.
 */
import { z } from 'zod';
import { parseDate } from '../utils/dates.js';
import type { ContentErrorCode } from './errors.js';

/** Stable ids: lower-case letters and digits in hyphen-separated words ("kerman-bombings-2024"). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * Source ids may also keep the fact sheet's record ids (facts.md: "K2", "C-DS", "P1") so every
 * source stays traceable to its record: letters (either case) and digits in hyphen-separated words.
 */
export const SOURCE_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
/** ISO 3166-1 alpha-3, upper case. */
export const ISO3 = /^[A-Z]{3}$/;
/** A BCP 47 language tag as used here: "fa", "fa-AF", "tg", "az", "hy", "uz-Latn". */
export const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** Longest verbatim quote from the essay, in words. */
export const MAX_QUOTE_WORDS = 30;

/** A custom issue carries the validator's error code in `params.code`. */
function issue(code: ContentErrorCode, message: string) {
	return { code: 'custom' as const, message, params: { code } };
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
	const trimmed = text.trim();
	return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

const text = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'expected non-empty text' });

const id = z.string({ error: 'expected an id' }).regex(KEBAB_ID, {
	error:
		'expected a kebab-case id: lower-case letters and digits in hyphen-separated words (e.g. "kerman-bombings-2024")'
});

const iso3 = z.string({ error: 'expected a country code' }).regex(ISO3, {
	error: 'expected an ISO 3166-1 alpha-3 country code in capitals (e.g. "IRN")'
});

/**
 * A DateString. YAML reads an unquoted `2019` as a number, so a bare four-digit year is accepted
 * and kept as the string "2019".
 */
const dateString = z.preprocess(
	(value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
	z
		.string({ error: 'expected a date: YYYY, YYYY-MM, YYYY-MM-DD, A..B or A..present' })
		.superRefine((value, ctx) => {
			const parsed = parseDate(value);
			if (!parsed.ok) {
				ctx.addIssue(issue(parsed.kind === 'order' ? 'date-order' : 'date', parsed.error));
			}
		})
);

const sourceId = z.string({ error: 'expected a source id' }).regex(SOURCE_ID, {
	error:
		'expected a source id: letters and digits in hyphen-separated words (e.g. "essay", "K2", "C-DS")'
});

const sourceIds = z.array(sourceId);

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
	kind: z.enum(['state', 'state-body', 'armed-group', 'party', 'person', 'author', 'outlet']),
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
		kind: z.enum([
			'attack',
			'plot',
			'claim',
			'statement',
			'diplomacy',
			'agreement',
			'legal',
			'war',
			'trend',
			'publication'
		]),
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
						issue('no-paragraphs', 'no essay paragraphs (expected at least one paragraph number)')
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

export const storySchema = z.strictObject({
	title: text,
	subtitle: text,
	intro: z.array(text).min(1, { error: 'expected at least one paragraph of introduction' })
});

/** The palette's voice colours, in the order a story usually uses them. */
export const VOICE_COLOURS = [
	'voice-1',
	'voice-2',
	'voice-3',
	'voice-4',
	'voice-5',
	'voice-6'
] as const;

export const voiceSchema = z.strictObject({
	id,
	name: text,
	label: text,
	attribution: text,
	heading: text,
	count: text,
	answered: z.strictObject({ one: text, many: text }),
	colour: z.enum(VOICE_COLOURS),
	actor: id.optional()
});

/** A relative path below the content folder: no leading slash, no "..", ending in .txt. */
export const CONTENT_TEXT_PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.txt$/;

export const textSchema = z.strictObject({
	id: id.refine((value) => value !== 'sourced', {
		error: '"sourced" is a basis, not a text id (expected another id)'
	}),
	title: text,
	event: id,
	voice: id,
	source: sourceId.optional(),
	copy: z
		.string({ error: 'expected a path' })
		.regex(CONTENT_TEXT_PATH, {
			error:
				'expected the path of a .txt file inside the content folder (e.g. "texts/essay.txt"), without ".."'
		})
		.optional(),
	paragraphs: z
		.strictObject({
			skipLines: z
				.number({ error: 'expected a whole number' })
				.int({ error: 'expected a whole number' })
				.min(0, { error: 'expected a number of lines, 0 or more' })
				.default(0),
			stopAt: text.optional()
		})
		.default({ skipLines: 0 }),
	names: z.array(text).default([])
});

const degrees = z.number({ error: 'expected a number of degrees' });
const lngLat = z.tuple([degrees, degrees], { error: 'expected [longitude, latitude]' });
const bounds = z
	.tuple([lngLat, lngLat], { error: 'expected [[west, south], [east, north]] in degrees' })
	.refine(([[w, s], [e, n]]) => w < e && s < n, {
		error: 'expected [[west, south], [east, north]] with west < east and south < north'
	});

/** region.yaml: one object, read by the geodata build and (through its output) by the site. */
export const regionSchema = z
	.strictObject({
		maxBounds: bounds,
		clipBox: bounds,
		initialView: bounds,
		zoom: z.strictObject({ min: z.number(), max: z.number() }),
		focus: z.array(iso3).min(1, { error: 'expected at least one focus country' }),
		waterLabels: z.array(z.strictObject({ name: text, at: lngLat })).default([])
	})
	.superRefine((region, ctx) => {
		if (region.zoom.min >= region.zoom.max) {
			ctx.addIssue({
				code: 'custom',
				path: ['zoom'],
				message: `zoom.min ${region.zoom.min} is not below zoom.max ${region.zoom.max} (expected min < max)`
			});
		}
		const inside = (outer: typeof region.maxBounds, inner: typeof region.maxBounds) =>
			outer[0][0] <= inner[0][0] &&
			outer[0][1] <= inner[0][1] &&
			outer[1][0] >= inner[1][0] &&
			outer[1][1] >= inner[1][1];
		if (!inside(region.clipBox, region.maxBounds)) {
			ctx.addIssue({
				code: 'custom',
				path: ['clipBox'],
				message: 'clipBox does not contain maxBounds (expected the clip box around maxBounds)'
			});
		}
		if (!inside(region.maxBounds, region.initialView)) {
			ctx.addIssue({
				code: 'custom',
				path: ['initialView'],
				message: 'initialView is not inside maxBounds (expected a first view the reader may see)'
			});
		}
	});

/** The content files, and the schema of one entry of each (story.yaml holds a single object). */
export const entrySchemas = {
	story: storySchema,
	region: regionSchema,
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
	countries: z.array(countrySchema),
	places: z.array(placeSchema),
	actors: z.array(actorSchema),
	voices: z.array(voiceSchema),
	sources: z.array(sourceSchema),
	texts: z.array(textSchema),
	events: z.array(eventSchema),
	claims: z.array(claimSchema)
});
