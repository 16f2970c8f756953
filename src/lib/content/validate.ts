/**
 * The one validation step for src/content/*.yaml: YAML syntax, the schema of every entry,
 * duplicate ids, cross-references, dates, sourcing (of events and of fact-checks), coordinates
 * against the country shapes, summaries that copy their quote or (when the essay text is given)
 * the essay, and quotes and paragraph numbers.
 *
 * Every error names the file, the line, the entry, the field and what was expected (errors.ts).
 * Pure: callers pass the file texts and the geodata in, so tests run on fixtures.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { z } from 'zod';
import { createCountryShapes, type CountriesCollection } from './countryShapes.js';
import {
	essayParagraphs,
	findQuote,
	joinNames,
	longestSharedRun,
	quoteInText,
	wordsOf,
	type Word
} from './essay.js';
import type { ContentError, ContentErrorCode } from './errors.js';
import { entrySchemas, ISO3, KEBAB_ID, SOURCE_ID, type ContentFileKey } from './schema.js';
import type { Claim, Content, Country, Place, StoryEvent } from './types.js';

export type { ContentError, ContentErrorCode } from './errors.js';

/** The content files, in the order they are checked and reported. */
export const CONTENT_FILES: readonly ContentFileKey[] = [
	'story',
	'countries',
	'places',
	'actors',
	'sources',
	'events',
	'claims'
];

/** File name of a content file key ("events" -> "events.yaml"). */
export function contentFileName(key: ContentFileKey): string {
	return `${key}.yaml`;
}

/** Which fields of each file refer to entries of which file. */
const REFERENCES: Record<ContentFileKey, readonly (readonly [Path, ContentFileKey])[]> = {
	story: [
		[['essayEvent'], 'events'],
		[['rebuttedEvent'], 'events']
	],
	countries: [],
	places: [
		[['country'], 'countries'],
		[['sources'], 'sources']
	],
	actors: [[['country'], 'countries']],
	sources: [],
	events: [
		[['places'], 'places'],
		[['countries'], 'countries'],
		[['actors'], 'actors'],
		[['sources'], 'sources'],
		[['factCheck', 'sources'], 'sources']
	],
	claims: [
		[['speaker'], 'actors'],
		[['respondsTo'], 'claims'],
		[['countries'], 'countries'],
		[['places'], 'places'],
		[['evidence'], 'events'],
		[['factCheck', 'sources'], 'sources']
	]
};

/** The id format of each file; a malformed reference gets the schema's error, not "unknown". */
const ID_PATTERNS: Record<ContentFileKey, RegExp> = {
	story: KEBAB_ID,
	countries: ISO3,
	places: KEBAB_ID,
	actors: KEBAB_ID,
	sources: SOURCE_ID,
	events: KEBAB_ID,
	claims: KEBAB_ID
};

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

type Path = readonly (string | number)[];

interface ParsedFile {
	key: ContentFileKey;
	display: string;
	doc: Document.Parsed;
	lineCounter: LineCounter;
	/** Path from the document root to the list (or the story object): [] or ["events"]. */
	root: Path;
}

interface Entry<T> {
	value: T;
	index: number;
	label: string;
}

/** "factCheck.sources[0]" from ["factCheck", "sources", 0]. */
export function formatPath(path: Path): string {
	return path
		.map((segment, i) =>
			typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`
		)
		.join('');
}

/** Line of the node at `path`, or of its nearest existing ancestor. */
function lineOf(file: ParsedFile, path: Path): number | undefined {
	let node: unknown = file.doc.contents;
	let best: number | undefined = startOf(node);
	for (const segment of [...file.root, ...path]) {
		let next: unknown;
		if (isMap(node)) {
			const pair = node.items.find(
				(item: Pair) => isScalar(item.key) && String(item.key.value) === String(segment)
			);
			if (pair) {
				// Point at the field's key line (an empty value such as `places:` has no node).
				best = startOf(pair.key) ?? best;
				if (pair.value === null || pair.value === undefined) break;
				node = pair.value;
				continue;
			}
		} else if (isSeq(node) && typeof segment === 'number') {
			next = node.items[segment];
		}
		if (next === undefined || next === null) break;
		node = next;
		best = startOf(node) ?? best;
	}
	return best === undefined ? undefined : file.lineCounter.linePos(best).line;
}

function startOf(node: unknown): number | undefined {
	if (node && typeof node === 'object' && 'range' in node) {
		const range = (node as YamlNode).range;
		if (range) return range[0];
	}
	return undefined;
}

/** A short, quoted rendering of a value for "got ..." in messages. */
function show(value: unknown): string {
	if (value === null) return 'nothing (null)';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') {
		return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
	}
	return String(value);
}

function valueAt(root: unknown, path: Path): unknown {
	let value = root;
	for (const segment of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string | number, unknown>)[segment];
	}
	return value;
}

/** The object keys a schema accepts at `path` (for "unknown field" messages). */
function keysAt(schema: z.ZodType, path: Path): string[] {
	let current: z.ZodType | undefined = schema;
	const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
		let node = s;
		for (let i = 0; i < 10 && node; i++) {
			if (node instanceof z.ZodOptional || node instanceof z.ZodDefault) {
				node = node.unwrap() as z.ZodType;
			} else if (node instanceof z.ZodPipe) node = node.out as z.ZodType;
			else break;
		}
		return node;
	};
	for (const segment of path) {
		current = unwrap(current);
		if (current instanceof z.ZodObject && typeof segment === 'string') {
			current = (current.shape as Record<string, z.ZodType>)[segment];
		} else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
		else return [];
	}
	current = unwrap(current);
	return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function levenshtein(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			row[j] = Math.min(
				(prev[j] ?? 0) + 1,
				(row[j - 1] ?? 0) + 1,
				(prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** The closest known id, when it is close enough to be a typo. */
function suggest(value: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const d = levenshtein(value, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? best : undefined;
}

/** Validates the raw YAML texts of the content files (keyed by file name, e.g. "events.yaml"). */
export function validateContent(
	files: Readonly<Record<string, string | undefined>>,
	options: ValidateOptions = {}
): ValidationResult {
	const dir = options.dir ?? 'src/content';
	const tolerance = options.borderToleranceKm ?? DEFAULT_BORDER_TOLERANCE_KM;
	const essaySources = new Set(options.essaySourceIds ?? ESSAY_SOURCE_IDS);
	const errors: ContentError[] = [];
	const parsed = new Map<ContentFileKey, ParsedFile>();
	/** Raw JS of each file at its root, for ids and "got ..." values. */
	const raw = new Map<ContentFileKey, unknown>();

	const report = (
		file: ParsedFile | { display: string },
		code: ContentErrorCode,
		message: string,
		at: { entry?: string; entryId?: string; path?: Path; line?: number } = {}
	) => {
		const line = at.line ?? ('doc' in file && at.path ? lineOf(file, at.path) : undefined);
		errors.push({
			code,
			file: file.display,
			...(line === undefined ? {} : { line }),
			entry: at.entry ?? '',
			...(at.entryId === undefined ? {} : { entryId: at.entryId }),
			field: at.path ? formatPath(at.path.slice(typeof at.path[0] === 'number' ? 1 : 0)) : '',
			message
		});
	};

	const expectedNames = CONTENT_FILES.map(contentFileName);
	for (const name of Object.keys(files)) {
		if (!expectedNames.includes(name)) {
			const hint = suggest(name, expectedNames);
			report(
				{ display: `${dir}/${name}` },
				'unknown-file',
				`not a content file (expected ${hint ? `"${hint}"? Content files: ` : 'one of: '}${expectedNames.join(', ')})`
			);
		}
	}

	// 1. YAML syntax and the shape of each file.
	for (const key of CONTENT_FILES) {
		const name = contentFileName(key);
		const display = `${dir}/${name}`;
		const text = files[name];
		const expected = key === 'story' ? 'a mapping with the story fields' : `a list of ${key}`;
		if (text === undefined) {
			report({ display }, 'missing-file', `file is missing (expected ${expected})`);
			continue;
		}
		const lineCounter = new LineCounter();
		const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
		if (doc.errors.length > 0) {
			for (const error of doc.errors) {
				report({ display }, 'yaml', `YAML syntax: ${error.message}`, {
					line: lineCounter.linePos(error.pos[0]).line
				});
			}
			continue;
		}
		const file: ParsedFile = { key, display, doc, lineCounter, root: [] };
		const top = doc.contents;
		if (top === null) {
			report(file, 'missing-file', `file is empty (expected ${expected})`);
			continue;
		}
		// Accept both a bare list and a list under a key named after the file ("events: [...]").
		if (isMap(top) && top.items.some((p) => isScalar(p.key) && p.key.value === key)) {
			file.root = [key];
			for (const pair of top.items) {
				if (isScalar(pair.key) && pair.key.value !== key) {
					report(
						file,
						'schema',
						`unknown top-level key "${String(pair.key.value)}" (expected only "${key}")`,
						{ line: lineCounter.linePos(startOf(pair.key) ?? 0).line }
					);
				}
			}
		}
		const rootNode = doc.getIn(file.root, true);
		const isList = isSeq(rootNode);
		if (key === 'story' ? !isMap(rootNode) : !isList) {
			report(file, 'schema', `expected ${expected}`, { line: lineOf(file, []) });
			continue;
		}
		parsed.set(key, file);
		raw.set(key, valueAt(doc.toJS(), file.root));
	}

	// 2. Each entry against its schema; duplicate ids within a file.
	const entries = {
		countries: [] as Entry<Country>[],
		places: [] as Entry<Place>[],
		actors: [] as Entry<Content['actors'][number]>[],
		sources: [] as Entry<Content['sources'][number]>[],
		events: [] as Entry<StoryEvent>[],
		claims: [] as Entry<Claim>[]
	};
	let story: Content['story'] | undefined;
	/** Ids present in each file, valid entries or not, so one broken entry does not cascade. */
	const ids = new Map<ContentFileKey, Set<string>>();
	/** Every entry as written, valid or not: references are checked on these. */
	const rawEntries: {
		key: ContentFileKey;
		raw: unknown;
		label: string;
		id?: string;
		index?: number;
	}[] = [];

	const checkEntry = (file: ParsedFile, value: unknown, index: number | undefined) => {
		const schema = entrySchemas[file.key] as z.ZodType;
		const id =
			value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
				? (value as { id: string }).id
				: undefined;
		const entry = index === undefined ? file.key : `${file.key}[${id ?? index}]`;
		const prefix: Path = index === undefined ? [] : [index];
		const result = schema.safeParse(value);
		if (result.success) return { data: result.data as unknown, entry, id };
		for (const issue of result.error.issues) {
			const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
			const at = { entry, ...(id === undefined ? {} : { entryId: id }) };
			if (issue.code === 'unrecognized_keys') {
				const allowed = keysAt(schema, path);
				for (const unknownKey of issue.keys) {
					const hint = suggest(unknownKey, allowed);
					report(
						file,
						'schema',
						`unknown field "${unknownKey}" (expected ${hint ? `"${hint}"? Allowed: ` : 'one of: '}${allowed.join(', ')})`,
						{ ...at, path: [...prefix, ...path, unknownKey] }
					);
				}
				continue;
			}
			const got = valueAt(value, path);
			const params = issue.code === 'custom' ? (issue.params as { code?: ContentErrorCode }) : {};
			const code = params?.code ?? 'schema';
			let message = issue.message.replace(/^Invalid (input|option): /, '');
			if (issue.code === 'invalid_value') {
				message = `expected one of ${issue.values.map(String).join(', ')}`;
			}
			if (code === 'schema') {
				message = message.replace(/, received \w+$/, '');
				message =
					got === undefined
						? `missing required field (${message})`
						: `${message}; got ${show(got)}`;
			}
			report(file, code, message, { ...at, path: [...prefix, ...path] });
		}
		return { data: undefined, entry, id };
	};

	for (const [key, file] of parsed) {
		const value = raw.get(key);
		if (key === 'story') {
			story = checkEntry(file, value, undefined).data as Content['story'] | undefined;
			rawEntries.push({ key, raw: value, label: 'story' });
			continue;
		}
		const seen = new Map<string, number>();
		const known = new Set<string>();
		ids.set(key, known);
		(value as unknown[]).forEach((item, index) => {
			const { data, entry, id } = checkEntry(file, item, index);
			rawEntries.push({ key, raw: item, label: entry, index, ...(id === undefined ? {} : { id }) });
			let duplicate = false;
			if (id !== undefined) {
				const first = seen.get(id);
				if (first !== undefined) {
					duplicate = true;
					report(
						file,
						'duplicate-id',
						`duplicate id "${id}", already used by entry ${first} at line ${lineOf(file, [first, 'id'])} (expected ids to be unique within ${contentFileName(key)})`,
						{ entry, entryId: id, path: [index, 'id'] }
					);
				} else seen.set(id, index);
				known.add(id);
			}
			// A duplicate is left out of the cross-checks: which entry the id means is undecided.
			if (data !== undefined && !duplicate) {
				(entries[key as keyof typeof entries] as Entry<unknown>[]).push({
					value: data,
					index,
					label: entry
				});
			}
		});
	}

	// 3. References, checked on every entry as written (even one with other errors), so a single
	// run reports them all. Values of the wrong shape are left to the schema's errors.
	const kindNames: Record<ContentFileKey, string> = {
		story: 'story',
		countries: 'country code',
		places: 'place id',
		actors: 'actor id',
		sources: 'source id',
		events: 'event id',
		claims: 'claim id'
	};
	for (const e of rawEntries) {
		const file = parsed.get(e.key);
		if (!file) continue;
		const at = { entry: e.label, ...(e.id === undefined ? {} : { entryId: e.id }) };
		const prefix: Path = e.index === undefined ? [] : [e.index];
		const check = (path: Path, target: ContentFileKey, value: unknown) => {
			if (typeof value !== 'string' || !ID_PATTERNS[target].test(value)) return;
			if (e.key === 'claims' && target === 'claims' && value === e.id) {
				report(
					file,
					'self-reference',
					`claim "${value}" responds to itself (expected the ids of other claims it answers)`,
					{ ...at, path: [...prefix, ...path] }
				);
				return;
			}
			const known = ids.get(target);
			// A missing or broken target file is reported once already; do not cascade.
			if (!known || known.has(value)) return;
			const hint = suggest(value, known);
			const where =
				target === 'countries'
					? 'the codes in countries.yaml'
					: `the ids in ${contentFileName(target)}`;
			report(
				file,
				target === 'countries' ? 'unknown-country' : 'unknown-id',
				`unknown ${kindNames[target]} "${value}" (expected one of ${where}${hint ? `; did you mean "${hint}"?` : ''})`,
				{ ...at, path: [...prefix, ...path] }
			);
		};
		for (const [path, target] of REFERENCES[e.key]) {
			const value = valueAt(e.raw, path);
			if (Array.isArray(value)) value.forEach((v, i) => check([...path, i], target, v));
			else check(path, target, value);
		}
	}

	const countryById = new Map(entries.countries.map((e) => [e.value.id, e.value]));
	const placeById = new Map(entries.places.map((e) => [e.value.id, e.value]));

	/** Places must lie in countries the entry lists, or the map highlights the wrong countries. */
	const countriesCoverPlaces = (
		fileKey: 'events' | 'claims',
		e: Entry<{ id: string; places: string[]; countries: string[] }>
	) => {
		const missing = new Map<string, string[]>();
		for (const placeId of e.value.places) {
			const place = placeById.get(placeId);
			// A place in an unknown country is reported at the place; do not cascade.
			if (place && countryById.has(place.country) && !e.value.countries.includes(place.country)) {
				missing.set(place.country, [...(missing.get(place.country) ?? []), placeId]);
			}
		}
		const file = parsed.get(fileKey);
		for (const [country, placeIds] of missing) {
			if (file) {
				report(
					file,
					'country-mismatch',
					`place ${placeIds.map((p) => `"${p}"`).join(', ')} is in ${country}, which is not listed (expected countries to include ${country})`,
					{ entry: e.label, entryId: e.value.id, path: [e.index, 'countries'] }
				);
			}
		}
	};

	// With a broken story.yaml the essay's own event may be unknown: skip the essay-only check then
	// rather than flag the essay's publication as unsourced.
	const storyRaw = raw.get('story') as { essayEvent?: unknown } | undefined;
	const storyEssayEvent =
		story?.essayEvent ??
		(typeof storyRaw?.essayEvent === 'string' ? storyRaw.essayEvent : undefined);
	for (const e of entries.events) {
		const event = e.value;
		countriesCoverPlaces('events', e);
		// The essay's own publication is attested by the essay; every other sourced event needs more.
		if (
			event.basis === 'sourced' &&
			event.id !== storyEssayEvent &&
			!event.sources.some((s) => !essaySources.has(s)) &&
			(event.sources.length === 0 || storyEssayEvent !== undefined)
		) {
			const file = parsed.get('events');
			if (file) {
				report(
					file,
					'unsourced',
					event.sources.length === 0
						? 'basis is "sourced" but there are no sources (expected at least one source id, or basis: essay-only)'
						: 'basis is "sourced" but the only source is the essay itself (expected an independent source id, or basis: essay-only)',
					{ entry: e.label, entryId: event.id, path: [e.index, 'sources'] }
				);
			}
		}
	}

	for (const e of entries.claims) countriesCoverPlaces('claims', e);

	// A fact-check rates a text against other sources; the essay cannot confirm itself.
	const checkFactCheckSources = (
		fileKey: 'events' | 'claims',
		e: Entry<{ id: string; factCheck?: { sources: string[] } }>
	) => {
		const sources = e.value.factCheck?.sources;
		const file = parsed.get(fileKey);
		if (!file || !sources || sources.some((s) => !essaySources.has(s))) return;
		report(
			file,
			'fact-check-source',
			'the fact-check cites only the essay (expected at least one source other than the essay: a fact-check rates the text against independent sources)',
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'factCheck', 'sources'] }
		);
	};
	for (const e of entries.events) checkFactCheckSources('events', e);
	for (const e of entries.claims) checkFactCheckSources('claims', e);

	// 4. Coordinates against the country shapes.
	if (options.countries) {
		const shapes = createCountryShapes(options.countries);
		const countriesFile = parsed.get('countries');
		const placesFile = parsed.get('places');
		const missingShape = new Set<string>();
		for (const e of entries.countries) {
			if (e.value.onMap && !shapes.has(e.value.id) && countriesFile) {
				missingShape.add(e.value.id);
				report(
					countriesFile,
					'geodata',
					`onMap is true but the geodata has no shape with id "${e.value.id}" (expected a country feature with that id in static/geo, or onMap: false)`,
					{ entry: e.label, entryId: e.value.id, path: [e.index, 'onMap'] }
				);
			}
		}
		for (const e of entries.places) {
			const place = e.value;
			const country = countryById.get(place.country);
			if (!placesFile || !country?.onMap || missingShape.has(country.id)) continue;
			const distance = shapes.distanceKm(country.id, place.lon, place.lat);
			if (distance <= tolerance) continue;
			const inside = shapes.countriesAt(place.lon, place.lat);
			const swapped = shapes.contains(country.id, place.lat, place.lon);
			report(
				placesFile,
				'outside-country',
				`coordinates (lat ${place.lat}, lon ${place.lon}) lie ${Math.round(distance)} km outside ${country.id}` +
					(inside.length ? `, inside ${inside.join(', ')}` : '') +
					(swapped ? '; lat and lon look swapped' : '') +
					` (expected a point in ${country.id}, within ${tolerance} km of its border)`,
				{ entry: e.label, entryId: place.id, path: [e.index, 'lat'] }
			);
		}
	}

	// 5. Quotes and paragraph numbers against the essay.
	const claimsFile = parsed.get('claims');
	if (options.essayText !== undefined && claimsFile) {
		const paragraphs = essayParagraphs(options.essayText);
		const last = paragraphs.length;
		for (const e of entries.claims) {
			const claim = e.value;
			const at = { entry: e.label, entryId: claim.id };
			claim.paragraphs.forEach((p, i) => {
				if (p > last) {
					report(
						claimsFile,
						'paragraph-range',
						`paragraph ${p} does not exist (expected 1-${last}: the essay has ${last} paragraphs, the standfirst being 1)`,
						{ ...at, path: [e.index, 'paragraphs', i] }
					);
				}
			});
			const quote = claim.quote;
			if (!quote) continue;
			if (quote.paragraph > last) {
				report(
					claimsFile,
					'paragraph-range',
					`paragraph ${quote.paragraph} does not exist (expected 1-${last}: the essay has ${last} paragraphs, the standfirst being 1)`,
					{ ...at, path: [e.index, 'quote', 'paragraph'] }
				);
				continue;
			}
			if (quoteInText(quote.text, paragraphs[quote.paragraph - 1] ?? '')) continue;
			const elsewhere = findQuote(quote.text, paragraphs);
			report(
				claimsFile,
				'quote-mismatch',
				`quote not found verbatim in paragraph ${quote.paragraph}` +
					(elsewhere.length ? ` (found in paragraph ${elsewhere.join(', ')})` : '') +
					' (expected the exact words of the essay; curly and straight quotes and spacing may differ)',
				{ ...at, path: [e.index, 'quote', 'text'] }
			);
		}
	}

	// 6. Summaries are paraphrases: no long run of words from the essay or from the claim's quote.
	const names = (options.essayNames ?? ESSAY_NAMES).map((n) => wordsOf(n).map((w) => w.norm));
	const words = (text: string) => joinNames(wordsOf(text), names);
	const essayWords = (
		options.essayText === undefined ? [] : essayParagraphs(options.essayText)
	).map((p, i) => ({ what: `essay paragraph ${i + 1}`, words: words(p) }));
	const checkSummary = (
		fileKey: 'events' | 'claims',
		e: Entry<{ id: string; summary: string; quote?: { text: string } }>
	) => {
		const file = parsed.get(fileKey);
		if (!file) return;
		// Word offsets refer to the NFC form wordsOf reads.
		const summary = e.value.summary.normalize('NFC');
		const own = words(summary);
		const others = e.value.quote
			? [{ what: 'its quote', words: words(e.value.quote.text) }, ...essayWords]
			: essayWords;
		let worst: { what: string; from: Word; to: Word; length: number } | undefined;
		for (const other of others) {
			const run = longestSharedRun(own, other.words);
			if (run.length > MAX_SHARED_WORDS && run.length > (worst?.length ?? 0)) {
				const from = own[run.at] as Word;
				const to = own[run.at + run.length - 1] as Word;
				worst = { what: other.what, from, to, length: run.length };
			}
		}
		if (!worst) return;
		report(
			file,
			'copied-summary',
			`summary shares ${worst.length} consecutive words with ${worst.what}: ${JSON.stringify(summary.slice(worst.from.start, worst.to.end))} (expected a paraphrase with at most ${MAX_SHARED_WORDS} words in a row from the essay; put exact words in quote.text, or rephrase)`,
			{ entry: e.label, entryId: e.value.id, path: [e.index, 'summary'] }
		);
	};
	for (const e of entries.events) checkSummary('events', e);
	for (const e of entries.claims) checkSummary('claims', e);

	// Report top to bottom: file order, then line (stable, so same-line errors keep check order).
	const fileOrder = (e: ContentError) =>
		CONTENT_FILES.findIndex((key) => e.file.endsWith(`/${contentFileName(key)}`));
	errors.sort((a, b) => fileOrder(a) - fileOrder(b) || (a.line ?? 0) - (b.line ?? 0));

	if (errors.length > 0 || !story || parsed.size < CONTENT_FILES.length) return { errors };
	return {
		errors,
		content: {
			story,
			countries: entries.countries.map((e) => e.value),
			places: entries.places.map((e) => e.value),
			actors: entries.actors.map((e) => e.value),
			sources: entries.sources.map((e) => e.value),
			events: entries.events.map((e) => e.value),
			claims: entries.claims.map((e) => e.value)
		}
	};
}
