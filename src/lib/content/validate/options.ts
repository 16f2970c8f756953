/** The validator's inputs besides the YAML, and their defaults. */
import type { CountriesCollection } from '../countryShapes.js';
import type { ContentError } from '../errors.js';
import type { Content } from '../types.js';

/** Source ids that stand for the essay itself, which never counts as independent support. */
export const ESSAY_SOURCE_IDS: readonly string[] = ['essay'];

/**
 * A summary is a paraphrase: it may share at most this many consecutive words with the essay or
 * with its own quote (case and punctuation ignored). A longer run is copying, and belongs in the
 * quote, in quotation marks.
 */
export const MAX_SHARED_WORDS = 7;

/**
 * The essay's own proper names, which a summary cannot paraphrase: each counts as one word when
 * runs are compared, so "the Trump Route for International Peace and Prosperity" is two words.
 * Keep this list to names; ordinary phrases do not belong here.
 */
export const ESSAY_NAMES: readonly string[] = [
	'Trump Route for International Peace and Prosperity',
	'Islamic Renaissance Party of Tajikistan',
	'Ministry of Intelligence'
];

/** How far outside its country's simplified shape a place may lie (coastal cities, border towns). */
export const DEFAULT_BORDER_TOLERANCE_KM = 10;

export interface ValidateOptions {
	/**
	 * Country shapes (features with id = ISO3) for the coordinate check. Without them the check is
	 * skipped; the build always passes them (load.server.ts).
	 */
	countries?: CountriesCollection;
	/** Full text of the essay: enables the verbatim-quote and paragraph-range checks. */
	essayText?: string;
	/** Folder shown before file names in messages. Default "src/content". */
	dir?: string;
	/**
	 * A place may lie this far outside its country's shape (default 10 km): the 50m Natural Earth
	 * coastlines are simplified, so a port such as Baku can fall just offshore of its own country.
	 */
	borderToleranceKm?: number;
	/** Source ids that are the essay (default ["essay"]). */
	essaySourceIds?: readonly string[];
	/** Names that count as one word in the summary closeness check (default ESSAY_NAMES). */
	essayNames?: readonly string[];
}

export interface ValidationResult {
	/** Present only when there are no errors. */
	content?: Content;
	errors: ContentError[];
}
