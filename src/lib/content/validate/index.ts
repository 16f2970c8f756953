/**
 * The one validation step for src/content/*.yaml: YAML syntax, the schema of every entry,
 * duplicate ids, cross-references, dates, sourcing (of events and of fact-checks), coordinates
 * against the country shapes, summaries that copy their quote or a text of the story, and quotes
 * and paragraph numbers against the texts' plain-text copies.
 *
 * Every error names the file, the line, the entry, the field and what was expected (errors.ts).
 * Pure: callers pass the file texts and the geodata in, so tests run on fixtures.
 */
import type { ContentError } from '../errors.js';
import { CONTENT_FILES, contentFileName, createRun } from './context.js';
import { checkEntries } from './entries.js';
import { checkGeography } from './geography.js';
import {
	DEFAULT_BORDER_TOLERANCE_KM,
	type ValidateOptions,
	type ValidationResult
} from './options.js';
import { parseFiles } from './parse.js';
import { checkQuotes, checkSummaries } from './quotes.js';
import { checkReferences } from './references.js';
import { checkFocus, checkKinds, checkLabelNames, checkRules } from './rules.js';
import { readCopies } from './texts.js';

export type { ContentError, ContentErrorCode } from '../errors.js';
export { CONTENT_FILES, contentFileName } from './context.js';
export { formatPath } from './yamlPath.js';
export {
	DEFAULT_BORDER_TOLERANCE_KM,
	MAX_SHARED_WORDS,
	type ValidateOptions,
	type ValidationResult
} from './options.js';

/** Validates the raw YAML texts of the content files (keyed by file name, e.g. "events.yaml"). */
export function validateContent(
	files: Readonly<Record<string, string | undefined>>,
	options: ValidateOptions = {}
): ValidationResult {
	const run = createRun(options.dir ?? 'src/content');
	parseFiles(run, files);
	checkEntries(run);
	checkReferences(run);
	checkRules(run);
	checkFocus(run);
	checkLabelNames(run);
	checkKinds(run);
	if (options.countries) {
		checkGeography(
			run,
			options.countries,
			options.borderToleranceKm ?? DEFAULT_BORDER_TOLERANCE_KM
		);
	}
	const copies = readCopies(run, options.textFiles);
	checkQuotes(run, copies);
	checkSummaries(run, copies);

	// Report top to bottom: file order, then line (stable, so same-line errors keep check order).
	const { errors, entries, story, region } = run;
	const fileOrder = (e: ContentError) =>
		CONTENT_FILES.findIndex((key) => e.file.endsWith(`/${contentFileName(key)}`));
	errors.sort((a, b) => fileOrder(a) - fileOrder(b) || (a.line ?? 0) - (b.line ?? 0));

	if (errors.length > 0 || !story || !region || run.parsed.size < CONTENT_FILES.length) {
		return { errors };
	}
	return {
		errors,
		content: {
			story,
			region,
			overlays: entries.overlays.map((e) => e.value),
			countries: entries.countries.map((e) => e.value),
			places: entries.places.map((e) => e.value),
			actors: entries.actors.map((e) => e.value),
			voices: entries.voices.map((e) => e.value),
			sources: entries.sources.map((e) => e.value),
			texts: entries.texts.map((e) => e.value),
			events: entries.events.map((e) => e.value),
			claims: entries.claims.map((e) => e.value)
		}
	};
}
