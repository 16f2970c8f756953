/** What the content validator reports, and how it prints it. */

/** One class per kind of mistake an editor can make; tests cover each. */
export type ContentErrorCode =
	/** The YAML itself does not parse (bad indentation, duplicate key, ...). */
	| 'yaml'
	/** A content file is missing or empty. */
	| 'missing-file'
	/** A file in the content folder that is not one of the content files (a typo in its name?). */
	| 'unknown-file'
	/** A field has the wrong type or shape, is missing, or is not part of the model. */
	| 'schema'
	/** Two entries in one file share an id. */
	| 'duplicate-id'
	/** A reference to a place, event, claim, actor or source that does not exist. */
	| 'unknown-id'
	/** A country's `focus` flag that disagrees with region.yaml's focus countries. */
	| 'focus-mismatch'
	/** A country whose local name region.yaml's countryLabels draws, without one. */
	| 'missing-local-name'
	/** An event's or actor's kind that story.yaml's `kinds` does not list. */
	| 'unknown-kind'
	/** A country code that is not in countries.yaml. */
	| 'unknown-country'
	/** A date that does not parse or does not exist (2025-02-30, month 13). */
	| 'date'
	/** A range that ends before it starts. */
	| 'date-order'
	/** An event marked `sourced` without a source other than the essay. */
	| 'unsourced'
	/** A fact-check whose only source is the essay. */
	| 'fact-check-source'
	/** A summary that shares too long a run of words with the essay or with its own quote. */
	| 'copied-summary'
	/** An event without places and without a placeNote. */
	| 'place-note'
	/** A place whose coordinates fall outside its country's shape. */
	| 'outside-country'
	/** The built geodata is missing or unreadable, or an onMap country has no shape in it. */
	| 'geodata'
	/** A quote longer than 30 words. */
	| 'quote-length'
	/** A quote not found verbatim in the essay paragraph it names. */
	| 'quote-mismatch'
	/** A paragraph number beyond the essay's last paragraph. */
	| 'paragraph-range'
	/** A claim without essay paragraphs. */
	| 'no-paragraphs'
	/** A claim that responds to itself. */
	| 'self-reference'
	/** An entry whose places lie in countries it does not list. */
	| 'country-mismatch';

export interface ContentError {
	code: ContentErrorCode;
	/** File as shown to the editor, e.g. "src/content/events.yaml". */
	file: string;
	/** 1-based line of the offending node (or of its nearest existing parent), when known. */
	line?: number;
	/** Entry label: "events[kerman-bombings-2024]" (or "events[3]" without an id), "story", or "" for the whole file. */
	entry: string;
	/** The entry's id when it has one. */
	entryId?: string;
	/** Field path inside the entry, e.g. "places[1]" or "factCheck.sources[0]"; "" for the entry itself. */
	field: string;
	/** What is wrong and what was expected. */
	message: string;
}

/**
 * One line per error, clickable in editors and terminals:
 * `src/content/events.yaml:123 events[kerman-bombings-2024].places[1]: unknown place id "kermn" (...)`.
 */
export function formatContentError(e: ContentError): string {
	const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
	const label = e.entry && e.field ? `${e.entry}.${e.field}` : e.entry || e.field;
	return label ? `${where} ${label}: ${e.message}` : `${where}: ${e.message}`;
}

/** Every error on its own line, in the order given. */
export function formatContentErrors(errors: readonly ContentError[]): string {
	return errors.map(formatContentError).join('\n');
}
