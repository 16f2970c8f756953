/** The validator's inputs besides the YAML, and their defaults. */
import type { CountriesCollection } from '../countryShapes.js';
import type { ContentError } from '../errors.js';
import type { Content } from '../types.js';

/**
 * A summary is a paraphrase: it may share at most this many consecutive words with a text of the
 * story or with its own quote (case and punctuation ignored). A longer run is copying, and belongs
 * in the quote, in quotation marks.
 */
export const MAX_SHARED_WORDS = 7;

/** How far outside its country's simplified shape a place may lie (coastal cities, border towns). */
export const DEFAULT_BORDER_TOLERANCE_KM = 10;

export interface ValidateOptions {
	/**
	 * Country shapes (features with id = ISO3) for the coordinate check. Without them the check is
	 * skipped; the build always passes them (load.server.ts).
	 */
	countries?: CountriesCollection;
	/**
	 * The plain-text files of the content folder, keyed by their path in it ("texts/essay.txt"):
	 * the copies texts.yaml names, for the verbatim-quote, paragraph-range and summary checks.
	 * Without them (undefined) those checks are skipped; given, a copy that is not among them is an
	 * error.
	 */
	textFiles?: Readonly<Record<string, string>>;
	/** Folder shown before file names in messages. Default "src/content". */
	dir?: string;
	/**
	 * A place may lie this far outside its country's shape (default 10 km): the 50m Natural Earth
	 * coastlines are simplified, so a port such as Baku can fall just offshore of its own country.
	 */
	borderToleranceKm?: number;
}

export interface ValidationResult {
	/** Present only when there are no errors. */
	content?: Content;
	errors: ContentError[];
}
