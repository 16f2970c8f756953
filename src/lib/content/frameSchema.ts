/**
 * The schemas of the story's frame, each file one object or a short list: story.yaml, voices.yaml,
 * texts.yaml, region.yaml and overlays.yaml. Mirrors types.ts like schema.ts.
 */
import { z } from 'zod';
import { OVERLAY_COLOURS } from '../map/palette.js';
import { id, iso3, sourceId, text } from './schemaBase.js';
import { COPY_DEFAULTS, slots, type CopyKey, type StoryCopy } from '../strings.js';

/** A template that may use only the given `{slot}`s. */
function template(allowed: readonly string[]) {
	return text.superRefine((value, ctx) => {
		const unknown = slots(value).filter((slot) => !allowed.includes(slot));
		if (unknown.length) {
			const expected = allowed.length
				? `only ${allowed.map((s) => `{${s}}`).join(', ')}`
				: 'no {slots}';
			ctx.addIssue({
				code: 'custom',
				message: `unknown slot ${unknown.map((s) => `{${s}}`).join(', ')} (expected ${expected})`
			});
		}
	});
}

/** story.yaml `copy`: every entry optional, with the generic default of strings.ts. */
const copySchema = z
	.strictObject(
		Object.fromEntries(
			Object.entries(COPY_DEFAULTS).map(([key, entry]) => [
				key,
				template(entry.slots).default(entry.text)
			])
		) as Record<CopyKey, z.ZodDefault<typeof text>>
	)
	.default(
		() =>
			Object.fromEntries(
				Object.entries(COPY_DEFAULTS).map(([key, entry]) => [key, entry.text])
			) as StoryCopy
	);

/**
 * The kinds a story sorts its events and actors by, when story.yaml names none: a vocabulary for
 * news of conflict and diplomacy. Kinds reach the data downloads, not the map.
 */
export const DEFAULT_KINDS = {
	events: [
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
	],
	actors: ['state', 'state-body', 'armed-group', 'party', 'person', 'author', 'outlet']
};

const kindList = z
	.array(id)
	.min(1, { error: 'expected at least one kind' })
	.refine((list) => new Set(list).size === list.length, { error: 'expected each kind once' });

export const storySchema = z.strictObject({
	title: text,
	subtitle: text,
	intro: z.array(text).min(1, { error: 'expected at least one paragraph of introduction' }),
	copy: copySchema,
	kinds: z
		.strictObject({
			events: kindList.default(() => [...DEFAULT_KINDS.events]),
			actors: kindList.default(() => [...DEFAULT_KINDS.actors])
		})
		// An absent `kinds` is parsed as {}, so each list takes its own default.
		.prefault({})
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
	actor: id.optional(),
	short: text.optional(),
	answer: text.optional()
});

/** A relative path below the content folder: no leading slash, no "..", ending in .txt. */
export const CONTENT_TEXT_PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.txt$/;

export const textSchema = z.strictObject({
	id: id.refine((value) => value !== 'sourced', {
		error: '"sourced" is a basis, not a text id (expected another id)'
	}),
	title: text,
	short: text.optional(),
	mention: text.optional(),
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
		staticBounds: bounds.optional(),
		zoom: z.strictObject({ min: z.number(), max: z.number() }),
		focus: z.array(iso3).min(1, { error: 'expected at least one focus country' }),
		waterLabels: z.array(z.strictObject({ name: text, at: lngLat })).default([]),
		countryLabels: z
			.strictObject({
				localNames: z.array(iso3).default([]),
				hidden: z.array(iso3).default([]),
				at: z.record(iso3, lngLat).default({})
			})
			.default({ localNames: [], hidden: [], at: {} })
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
		const viewInside = inside(region.maxBounds, region.initialView);
		if (region.staticBounds && viewInside && !inside(region.staticBounds, region.initialView)) {
			ctx.addIssue({
				code: 'custom',
				path: ['staticBounds'],
				message:
					'staticBounds does not contain initialView (expected the static map to draw at least the first view)'
			});
		}
		if (region.staticBounds && !inside(region.clipBox, region.staticBounds)) {
			ctx.addIssue({
				code: 'custom',
				path: ['staticBounds'],
				message:
					'staticBounds is not inside clipBox (expected a box within the countries that are built)'
			});
		}
		if (!viewInside) {
			ctx.addIssue({
				code: 'custom',
				path: ['initialView'],
				message: 'initialView is not inside maxBounds (expected a first view the reader may see)'
			});
		}
	});

/** A relative path below the content folder: no leading slash, no "..", ending in .geojson. */
export const CONTENT_GEOJSON_PATH = /^(?!\/)(?!(?:.*\/)?\.\.(?:\/|$))[A-Za-z0-9._\-/]+\.geojson$/;

/** How an overlay's area is filled: diagonal lines, or a light wash of its colour. */
export const OVERLAY_STYLES = ['hatch', 'tint'] as const;

/** One entry of overlays.yaml: a named area drawn over the countries, its outline from a file. */
export const overlaySchema = z
	.strictObject({
		id,
		label: text,
		approximate: z.boolean({ error: 'expected true or false' }),
		style: z.enum(OVERLAY_STYLES),
		colour: z.enum(Object.keys(OVERLAY_COLOURS) as [keyof typeof OVERLAY_COLOURS]),
		provenance: z.strictObject({
			text,
			sources: z.array(sourceId).min(1, { error: 'expected at least one source id' })
		}),
		geometry: z.string({ error: 'expected a path' }).regex(CONTENT_GEOJSON_PATH, {
			error:
				'expected the path of a .geojson file inside the content folder (e.g. "overlays/region.geojson"), without ".."'
		})
	})
	.superRefine((overlay, ctx) => {
		// An outline that is only a guess must say so wherever its label shows.
		if (overlay.approximate && !/approximate/i.test(overlay.label)) {
			ctx.addIssue({
				code: 'custom',
				path: ['label'],
				message: `the label of an approximate overlay must say "approximate"; got "${overlay.label}"`
			});
		}
	});
