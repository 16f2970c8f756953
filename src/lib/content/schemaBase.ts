/**
 * The building blocks of the content schemas: id formats, text, dates, source ids. Shared by the
 * entry schemas (schema.ts) and the schemas of the story's frame (frameSchema.ts).
 */
import { z } from 'zod';
import { parseDate } from '../utils/dates.js';
import type { ContentErrorCode } from './errors.js';

/** Stable ids: lower-case letters and digits in hyphen-separated words ("council-vote-2024"). */
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
export function issue(code: ContentErrorCode, message: string) {
	return { code: 'custom' as const, message, params: { code } };
}

/** Words as a reader counts them: runs of non-space characters. */
export function countWords(text: string): number {
	const trimmed = text.trim();
	return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export const text = z
	.string({ error: 'expected text' })
	.trim()
	.min(1, { error: 'expected non-empty text' });

export const id = z.string({ error: 'expected an id' }).regex(KEBAB_ID, {
	error:
		'expected a kebab-case id: lower-case letters and digits in hyphen-separated words (e.g. "council-vote-2024")'
});

export const iso3 = z.string({ error: 'expected a country code' }).regex(ISO3, {
	error: 'expected an ISO 3166-1 alpha-3 country code in capitals (e.g. "FRA")'
});

/**
 * A DateString. YAML reads an unquoted `2019` as a number, so a bare four-digit year is accepted
 * and kept as the string "2019".
 */
export const dateString = z.preprocess(
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

export const sourceId = z.string({ error: 'expected a source id' }).regex(SOURCE_ID, {
	error:
		'expected a source id: letters and digits in hyphen-separated words (e.g. "essay", "K2", "C-DS")'
});

export const sourceIds = z.array(sourceId);
