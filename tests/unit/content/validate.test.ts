import { describe, expect, it } from 'vitest';
import { formatContentError, formatContentErrors } from '../../../src/lib/content/errors';
import { validateContent, type ValidateOptions } from '../../../src/lib/content/validate';
import {
	fixtureCountries,
	fixtureEssay,
	lineOf,
	onlyError,
	readFixture,
	replaceOnce
} from './helpers';

const valid = readFixture('valid');
const options: ValidateOptions = { countries: fixtureCountries, essayText: fixtureEssay };

/** Validates the fixture with one file's text changed. */
function withFile(name: string, change: (text: string) => string, opts = options) {
	const text = valid[name];
	if (text === undefined) throw new Error(`no fixture file ${name}`);
	return validateContent({ ...valid, [name]: change(text) }, opts);
}

/** Validates the fixture with one exact string replaced in one file. */
function withReplaced(name: string, from: string, to: string, after?: string) {
	return withFile(name, (text) => replaceOnce(text, from, to, after));
}

const events = valid['events.yaml'] ?? '';
const places = valid['places.yaml'] ?? '';
const claims = valid['claims.yaml'] ?? '';

describe('the valid fixture', () => {
	it('passes and yields typed content in file order', () => {
		const result = validateContent(valid, options);
		expect(result.errors).toEqual([]);
		const content = result.content;
		expect(content?.story.essayEvent).toBe('essay-published-2026-02');
		expect(content?.places.map((p) => p.id)).toEqual([
			'tehran',
			'kerman',
			'baku',
			'dushanbe',
			'herat',
			'washington'
		]);
		expect(content?.places[1]).toMatchObject({ localNames: [], label: false });
		expect(content?.claims[0]?.respondsTo).toEqual([]);
		// YAML reads `date: 2024` as a number; the content keeps the string form.
		expect(content?.sources.find((s) => s.id === 'K2')?.date).toBe('2024');
		expect(content?.events[2]?.casualties?.killedRange).toEqual([94, 103]);
	});

	it('also accepts lists under a key named after the file', () => {
		const wrapped = Object.fromEntries(
			Object.entries(valid).map(([name, text]) =>
				name === 'story.yaml'
					? [name, `story:\n${text.replace(/^(?!#)(.+)$/gm, '  $1')}`]
					: [name, `${name.replace('.yaml', '')}:\n${text.replace(/^(.+)$/gm, '  $1')}`]
			)
		);
		const result = validateContent(wrapped, options);
		expect(result.errors).toEqual([]);
		expect(result.content?.events).toHaveLength(5);
	});

	it('skips the coordinate and essay checks when their inputs are not given', () => {
		const bad = replaceOnce(places, 'lat: 40.4093', 'lat: 10.4093');
		expect(validateContent({ ...valid, 'places.yaml': bad }).errors).toEqual([]);
	});
});

describe('error format', () => {
	it('names file, line, entry, field and expectation on one line', () => {
		const error = onlyError(withReplaced('events.yaml', 'places: [kerman]', 'places: [kermn]'));
		expect(error).toEqual({
			code: 'unknown-id',
			file: 'src/content/events.yaml',
			line: lineOf(events, 'places: [kerman]'),
			entry: 'events[kerman-bombings-2024]',
			entryId: 'kerman-bombings-2024',
			field: 'places[0]',
			message:
				'unknown place id "kermn" (expected one of the ids in places.yaml; did you mean "kerman"?)'
		});
		expect(formatContentError(error)).toBe(
			`src/content/events.yaml:${lineOf(events, 'places: [kerman]')} events[kerman-bombings-2024].places[0]: unknown place id "kermn" (expected one of the ids in places.yaml; did you mean "kerman"?)`
		);
	});

	it('formats file-level and story errors', () => {
		expect(
			formatContentError({
				code: 'missing-file',
				file: 'src/content/claims.yaml',
				entry: '',
				field: '',
				message: 'file is missing'
			})
		).toBe('src/content/claims.yaml: file is missing');
		expect(
			formatContentErrors([
				{ code: 'yaml', file: 'a.yaml', line: 3, entry: '', field: '', message: 'x' },
				{
					code: 'unknown-id',
					file: 'b.yaml',
					line: 4,
					entry: 'story',
					field: 'essayEvent',
					message: 'y'
				}
			])
		).toBe('a.yaml:3: x\nb.yaml:4 story.essayEvent: y');
	});

	it('uses the prefix folder given', () => {
		const result = validateContent(
			{ ...valid, 'events.yaml': replaceOnce(events, 'places: [kerman]', 'places: [kermn]') },
			{ dir: 'tests/fixtures/content/valid' }
		);
		expect(result.errors[0]?.file).toBe('tests/fixtures/content/valid/events.yaml');
	});
});

describe('YAML syntax and files', () => {
	it('reports a syntax error with its line', () => {
		const broken = replaceOnce(events, '  kind: attack', ' kind: attack');
		const result = withFile('events.yaml', () => broken);
		expect(result.content).toBeUndefined();
		expect(result.errors[0]).toMatchObject({
			code: 'yaml',
			file: 'src/content/events.yaml',
			line: lineOf(broken, ' kind: attack')
		});
		expect(result.errors[0]?.message).toMatch(/^YAML syntax: /);
	});

	it('reports a duplicate key in a mapping', () => {
		const result = withReplaced('places.yaml', '  label: true', '  label: true\n  label: false');
		expect(result.errors[0]).toMatchObject({
			code: 'yaml',
			line: lineOf(places, 'label: true') + 1
		});
		expect(result.errors[0]?.message).toContain('unique');
	});

	it('reports a missing file without cascading unknown ids', () => {
		const files = { ...valid };
		delete files['places.yaml'];
		const error = onlyError(validateContent(files, options));
		expect(error).toMatchObject({ code: 'missing-file', file: 'src/content/places.yaml' });
		expect(error.message).toBe('file is missing (expected a list of places)');
	});

	it('reports an empty file', () => {
		const error = onlyError(withFile('claims.yaml', () => '# nothing yet\n'));
		expect(error).toMatchObject({
			code: 'missing-file',
			message: 'file is empty (expected a list of claims)'
		});
	});

	it('reports a file that is not a list', () => {
		const error = onlyError(withFile('actors.yaml', () => 'id: epstein\nname: Epstein\n'));
		expect(error).toMatchObject({ code: 'schema', line: 1, message: 'expected a list of actors' });
	});

	it('reports an unexpected top-level key next to the list key', () => {
		const error = onlyError(
			withFile('actors.yaml', (t) => `extra: 1\nactors:\n${t.replace(/^/gm, '  ')}`)
		);
		expect(error).toMatchObject({ code: 'schema', line: 1 });
		expect(error.message).toBe('unknown top-level key "extra" (expected only "actors")');
	});
});

describe('schema errors', () => {
	it('reports a missing required field', () => {
		const result = withReplaced('events.yaml', '  summary: Two bombs', '  sumary: Two bombs');
		// A misspelt field is both unknown and leaves the real one missing.
		expect(result.errors.map((e) => [e.code, e.field, e.line, e.message])).toEqual([
			[
				'schema',
				'summary',
				lineOf(events, '- id: kerman-bombings-2024'),
				'missing required field (expected text)'
			],
			[
				'schema',
				'sumary',
				lineOf(events, 'summary: Two bombs'),
				expect.stringMatching(
					/^unknown field "sumary" \(expected "summary"\? Allowed: id, title, date,/
				)
			]
		]);
	});

	it('rejects an unknown field, suggesting the right one', () => {
		const extra = onlyError(
			withReplaced(
				'events.yaml',
				'  summary: Two bombs',
				'  summary: Two bombs\n  sumary: Two bombs'
			)
		);
		expect(extra).toMatchObject({
			code: 'schema',
			entry: 'events[kerman-bombings-2024]',
			field: 'sumary',
			line: lineOf(events, 'summary: Two bombs') + 1
		});
		expect(extra.message).toMatch(
			/^unknown field "sumary" \(expected "summary"\? Allowed: id, title, date,/
		);
	});

	it('rejects an unknown field inside a nested object', () => {
		const error = onlyError(withReplaced('events.yaml', '    killedRange:', '    killedRang:'));
		expect(error).toMatchObject({ field: 'casualties.killedRang' });
		expect(error.message).toContain('"killedRange"?');
	});

	it('rejects a wrong type, naming what it got', () => {
		const error = onlyError(withReplaced('places.yaml', 'lat: 30.2832', 'lat: "north"'));
		expect(error).toMatchObject({
			code: 'schema',
			entry: 'places[kerman]',
			field: 'lat',
			line: lineOf(places, 'lat: 30.2832'),
			message: 'expected a latitude in decimal degrees; got "north"'
		});
	});

	it('rejects a value outside an enum', () => {
		const error = onlyError(withReplaced('events.yaml', 'kind: attack', 'kind: bombing'));
		expect(error.field).toBe('kind');
		expect(error.message).toMatch(/^expected one of attack, plot, claim, .*; got "bombing"$/);
	});

	it('rejects ids that are not kebab-case, naming the entry by index', () => {
		const error = onlyError(withReplaced('actors.yaml', 'id: irgc', 'id: IRGC_Force'));
		expect(error).toMatchObject({
			entry: 'actors[IRGC_Force]',
			field: 'id',
			line: lineOf(valid['actors.yaml'] ?? '', 'id: irgc')
		});
		expect(error.message).toContain('expected a kebab-case id');
	});

	it('names an entry without id by its index', () => {
		const result = withReplaced('actors.yaml', '- id: irgc\n  name', '- name');
		const error = onlyError(result);
		expect(error).toMatchObject({
			entry: 'actors[3]',
			field: 'id',
			message: 'missing required field (expected an id)'
		});
	});

	it('rejects coordinates out of range and malformed country codes', () => {
		const lat = onlyError(withReplaced('places.yaml', 'lat: 35.6944', 'lat: 135.6944'));
		expect(lat).toMatchObject({
			field: 'lat',
			message: 'expected a latitude between -90 and 90; got 135.6944'
		});
		const code = onlyError(withReplaced('places.yaml', 'country: TJK', 'country: Tajikistan'));
		expect(code.message).toContain('expected an ISO 3166-1 alpha-3 country code');
	});

	it('rejects a story without its essay event', () => {
		const error = onlyError(
			withReplaced('story.yaml', 'essayEvent: essay-published-2026-02\n', '')
		);
		expect(error).toMatchObject({
			entry: 'story',
			field: 'essayEvent',
			message: 'missing required field (expected an id)'
		});
	});
});

describe('duplicate ids', () => {
	it('reports the second entry and where the first is', () => {
		const text = replaceOnce(places, 'id: herat', 'id: kerman');
		const error = onlyError(withFile('places.yaml', () => text));
		expect(error).toMatchObject({
			code: 'duplicate-id',
			entry: 'places[kerman]',
			field: 'id',
			line: lineOf(places, 'id: herat')
		});
		expect(error.message).toBe(
			`duplicate id "kerman", already used by entry 1 at line ${lineOf(places, 'id: kerman')} (expected ids to be unique within places.yaml)`
		);
	});

	it('checks claims and countries too', () => {
		expect(onlyError(withReplaced('claims.yaml', 'id: conclusion', 'id: thesis')).code).toBe(
			'duplicate-id'
		);
		// The renamed entry is gone, so its place now names an unknown country: a real error.
		const countries = withReplaced('countries.yaml', 'id: USA', 'id: AFG').errors;
		expect(countries.map((e) => [e.code, e.entry])).toEqual([
			['duplicate-id', 'countries[AFG]'],
			['unknown-country', 'places[washington]']
		]);
	});
});

describe('unknown ids', () => {
	it.each([
		[
			'events.yaml',
			'actors: [isis-k]',
			'actors: [isis-kk]',
			undefined,
			'actors[0]',
			'actor id "isis-kk"',
			'actors.yaml'
		],
		[
			'events.yaml',
			'sources: [K2]\n  factCheck',
			'sources: [K3]\n  factCheck',
			undefined,
			'sources[0]',
			'source id "K3"',
			'sources.yaml'
		],
		[
			'events.yaml',
			'    sources: [K2]',
			'    sources: [K9]',
			undefined,
			'factCheck.sources[0]',
			'source id "K9"',
			'sources.yaml'
		],
		[
			'places.yaml',
			'sources: [C-DS]',
			'sources: [CDS]',
			undefined,
			'sources[0]',
			'source id "CDS"',
			'sources.yaml'
		],
		[
			'claims.yaml',
			'evidence: [kerman-bombings-2024]',
			'evidence: [kerman-bombing-2024]',
			undefined,
			'evidence[0]',
			'event id "kerman-bombing-2024"',
			'events.yaml'
		],
		[
			'claims.yaml',
			'respondsTo: [epstein-proxy]',
			'respondsTo: [epstein-proxies]',
			undefined,
			'respondsTo[0]',
			'claim id "epstein-proxies"',
			'claims.yaml'
		],
		[
			'claims.yaml',
			'speaker: epstein',
			'speaker: joseph-epstein',
			undefined,
			'speaker',
			'actor id "joseph-epstein"',
			'actors.yaml'
		],
		[
			'claims.yaml',
			'places: [baku]',
			'places: [bakoo]',
			undefined,
			'places[0]',
			'place id "bakoo"',
			'places.yaml'
		],
		[
			'claims.yaml',
			'    sources: [K2]',
			'    sources: [K22]',
			undefined,
			'factCheck.sources[0]',
			'source id "K22"',
			'sources.yaml'
		]
	])('%s: %s -> %s', (file, from, to, after, field, what, where) => {
		const text = valid[file] ?? '';
		const error = onlyError(withReplaced(file, from, to, after));
		expect(error).toMatchObject({
			code: 'unknown-id',
			file: `src/content/${file}`,
			field,
			line: lineOf(text, from.split('\n')[0] ?? from)
		});
		expect(error.message).toContain(`unknown ${what} (expected one of the ids in ${where}`);
	});

	it('checks the story references', () => {
		const error = onlyError(
			withReplaced(
				'story.yaml',
				'rebuttedEvent: epstein-article-2026-02-11',
				'rebuttedEvent: epstein-2026'
			)
		);
		expect(error).toMatchObject({
			code: 'unknown-id',
			entry: 'story',
			field: 'rebuttedEvent',
			line: lineOf(valid['story.yaml'] ?? '', 'rebuttedEvent')
		});
		expect(formatContentError(error)).toContain(
			' story.rebuttedEvent: unknown event id "epstein-2026"'
		);
	});

	it('does not cascade from a broken entry: its id still counts as known', () => {
		const result = withReplaced('places.yaml', 'lat: 30.2832', 'lat: "north"');
		expect(result.errors.map((e) => e.code)).toEqual(['schema']);
	});
});

describe('country codes', () => {
	it('rejects codes not in countries.yaml wherever they appear', () => {
		const event = onlyError(
			withReplaced('events.yaml', 'countries: [IRN, TJK]', 'countries: [IRN, TJK, IRQ]')
		);
		expect(event).toMatchObject({
			code: 'unknown-country',
			field: 'countries[2]',
			entry: 'events[iran-tajikistan-deal-2025-04]'
		});
		expect(event.message).toBe(
			'unknown country code "IRQ" (expected one of the codes in countries.yaml; did you mean "IRN"?)'
		);
		const far = onlyError(withReplaced('places.yaml', 'country: IRN', 'country: GBR'));
		expect(far.message).toBe(
			'unknown country code "GBR" (expected one of the codes in countries.yaml)'
		);
		const actor = onlyError(withReplaced('actors.yaml', 'country: AFG', 'country: AFF'));
		expect(actor).toMatchObject({ code: 'unknown-country', field: 'country' });
		expect(actor.message).toContain('did you mean "AFG"?');
		const claim = onlyError(
			withReplaced('claims.yaml', 'countries: [IRN, AZE]', 'countries: [IRN, ARM]')
		);
		expect(claim).toMatchObject({ code: 'unknown-country', entry: 'claims[thesis]' });
	});
});

describe('dates', () => {
	it('rejects an impossible day', () => {
		const error = onlyError(withReplaced('events.yaml', 'date: 2024-01-03', 'date: 2024-02-30'));
		expect(error).toMatchObject({
			code: 'date',
			field: 'date',
			entry: 'events[kerman-bombings-2024]',
			line: lineOf(events, 'date: 2024-01-03')
		});
		expect(error.message).toBe('"2024-02-30": February 2024 has no day 30 (expected 01-29)');
	});

	it('rejects month 13 and malformed dates, in sources too', () => {
		expect(
			onlyError(withReplaced('events.yaml', 'date: 2025-04', 'date: 2025-13')).message
		).toContain('month 13 does not exist');
		const malformed = onlyError(
			withReplaced('sources.yaml', 'date: 2026-02-11', 'date: 11 Feb 2026')
		);
		expect(malformed).toMatchObject({
			code: 'date',
			entry: 'sources[epstein-article]',
			field: 'date'
		});
		expect(malformed.message).toContain('expected YYYY, YYYY-MM, YYYY-MM-DD');
	});

	it('rejects a range that ends before it starts', () => {
		const error = onlyError(
			withReplaced('events.yaml', 'date: 2025-06-13..2025-06-24', 'date: 2025-06-24..2025-06-13')
		);
		expect(error).toMatchObject({
			code: 'date-order',
			entry: 'events[twelve-day-war]',
			field: 'date'
		});
		expect(error.message).toBe(
			'"2025-06-24..2025-06-13" ends (2025-06-13) before it starts (2025-06-24)'
		);
	});
});

describe('sourcing', () => {
	it('rejects a sourced event without sources', () => {
		const error = onlyError(
			withReplaced('events.yaml', '  sources: [K2]\n', '  sources: []\n', 'id: twelve-day-war')
		);
		expect(error).toMatchObject({
			code: 'unsourced',
			entry: 'events[twelve-day-war]',
			field: 'sources'
		});
		expect(error.message).toContain(
			'no sources (expected at least one source id, or basis: essay-only)'
		);
	});

	it('does not count the essay as an independent source', () => {
		const error = onlyError(
			withReplaced(
				'events.yaml',
				'  basis: essay-only',
				'  basis: sourced',
				'id: iran-tajikistan-deal'
			)
		);
		expect(error).toMatchObject({
			code: 'unsourced',
			entry: 'events[iran-tajikistan-deal-2025-04]'
		});
		expect(error.message).toContain('the only source is the essay itself');
	});

	it('accepts the essay as the source of its own publication event', () => {
		expect(validateContent(valid, options).errors).toEqual([]);
		expect(events).toContain('sources: [essay]');
	});
});

describe('fact-check sources', () => {
	it('rejects a claim fact-check whose only source is the essay', () => {
		const error = onlyError(
			withReplaced(
				'claims.yaml',
				'    sources: [K2]',
				'    sources: [essay]',
				'id: kerman-omission'
			)
		);
		expect(error).toEqual({
			code: 'fact-check-source',
			file: 'src/content/claims.yaml',
			line: lineOf(claims, '    sources: [K2]', 'id: kerman-omission'),
			entry: 'claims[kerman-omission]',
			entryId: 'kerman-omission',
			field: 'factCheck.sources',
			message:
				'the fact-check cites only the essay (expected at least one source other than the essay: a fact-check rates the text against independent sources)'
		});
	});

	it('applies to the fact-checks of events', () => {
		const error = onlyError(
			withReplaced('events.yaml', 'sources: [K2]', 'sources: [essay]', 'factCheck:')
		);
		expect(error).toMatchObject({
			code: 'fact-check-source',
			entry: 'events[kerman-bombings-2024]',
			field: 'factCheck.sources',
			line: lineOf(events, 'sources: [K2]', 'factCheck:')
		});
	});

	it('accepts the essay next to another source', () => {
		const result = withReplaced(
			'claims.yaml',
			'    sources: [K2]',
			'    sources: [essay, K2]',
			'id: kerman-omission'
		);
		expect(result.errors).toEqual([]);
	});
});

describe('summaries in our own words', () => {
	/** The fixture with one claim's summary replaced. */
	const withSummary = (after: string, from: string, to: string, opts = options) =>
		withFile('claims.yaml', (text) => replaceOnce(text, from, to, after), opts);

	it('rejects a summary that copies 8 words of the essay, ignoring case and punctuation', () => {
		// Paragraph 2: "Reports suggest that Iran may be using ISIS-K as a proxy."
		const error = onlyError(
			withSummary(
				'id: epstein-proxy',
				'summary: Epstein says Iran may use ISIS-K as a proxy against Azerbaijan.',
				"summary: 'Epstein: “Reports, suggest that IRAN may be using ISIS-K as a proxy”.'"
			)
		);
		expect(error).toEqual({
			code: 'copied-summary',
			file: 'src/content/claims.yaml',
			line: lineOf(claims, 'summary: Epstein says Iran'),
			entry: 'claims[epstein-proxy]',
			entryId: 'epstein-proxy',
			field: 'summary',
			message:
				'summary shares 11 consecutive words with essay paragraph 2: "Reports, suggest that IRAN may be using ISIS-K as a proxy" (expected a paraphrase with at most 7 words in a row from the essay; put exact words in quote.text, or rephrase)'
		});
	});

	it('allows 7 words in a row and rejects 8', () => {
		const summary = 'summary: Epstein says Iran may use ISIS-K as a proxy against Azerbaijan.';
		const seven = withSummary(
			'id: epstein-proxy',
			summary,
			'summary: Epstein thinks Iran may be using ISIS-K as a tool.'
		);
		expect(seven.errors).toEqual([]);
		const eight = withSummary(
			'id: epstein-proxy',
			summary,
			'summary: Epstein thinks that Iran may be using ISIS-K as a tool.'
		);
		expect(onlyError(eight).message).toContain('shares 8 consecutive words');
	});

	it('checks the summaries of events too', () => {
		const error = onlyError(
			withReplaced(
				'events.yaml',
				'summary: An article argues that Iran may use ISIS-K against Azerbaijan.',
				'summary: An article argues that Iran has little interest in sponsoring a terrorist group.'
			)
		);
		expect(error).toMatchObject({
			code: 'copied-summary',
			file: 'src/content/events.yaml',
			entry: 'events[epstein-article-2026-02-11]',
			field: 'summary'
		});
		expect(error.message).toContain('9 consecutive words with essay paragraph 1');
	});

	it("compares a claim's summary with its own quote, even without the essay", () => {
		const copy = withSummary(
			'id: kerman-omission',
			'summary: The article leaves out that ISIS-K attacked Kerman.',
			'summary: The article omits that ISIS-K claimed responsibility for the double suicide bombing in Kerman.',
			{ countries: fixtureCountries }
		);
		const error = onlyError(copy);
		expect(error).toMatchObject({ code: 'copied-summary', entry: 'claims[kerman-omission]' });
		expect(error.message).toMatch(/^summary shares 9 consecutive words with its quote: /);
	});

	it("counts the essay's listed names as one word each", () => {
		// Paragraph 5: "Iran's Ministry of Intelligence revealed that one bomber was a Tajik national."
		const close = (opts: ValidateOptions) =>
			withSummary(
				'id: conclusion',
				'summary: The suspicions are unfounded.',
				'summary: Iran’s Ministry of Intelligence revealed that one bomber was Tajik.',
				opts
			);
		expect(close(options).errors).toEqual([]);
		const error = onlyError(close({ ...options, essayNames: [] }));
		expect(error.message).toContain('shares 9 consecutive words with essay paragraph 5');
	});
});

describe('places of events', () => {
	it('requires a placeNote when there are no places', () => {
		const error = onlyError(
			withReplaced('events.yaml', '  placeNote: Published online.\n', '', 'id: essay-published')
		);
		expect(error).toMatchObject({
			code: 'place-note',
			entry: 'events[essay-published-2026-02]',
			field: 'places',
			line: lineOf(events, 'places: []', 'id: essay-published')
		});
		expect(error.message).toContain('expected at least one place id, or a placeNote');
	});

	it('requires the countries of an event to include those of its places', () => {
		const error = onlyError(
			withReplaced('events.yaml', 'countries: [IRN, TJK]', 'countries: [IRN]')
		);
		expect(error).toMatchObject({
			code: 'country-mismatch',
			entry: 'events[iran-tajikistan-deal-2025-04]',
			field: 'countries'
		});
		expect(error.message).toBe(
			'place "dushanbe" is in TJK, which is not listed (expected countries to include TJK)'
		);
	});

	it('applies the same rule to claims', () => {
		const error = onlyError(
			withReplaced('claims.yaml', 'countries: [IRN, TJK]', 'countries: [TJK]')
		);
		expect(error).toMatchObject({ code: 'country-mismatch', entry: 'claims[tajik-cooperation]' });
	});
});

describe('coordinates', () => {
	it('rejects a place outside its onMap country, saying where it is', () => {
		// Baku moved into the Iranian box of the fixture geodata.
		const error = onlyError(withReplaced('places.yaml', 'lat: 40.4093', 'lat: 36.4093'));
		expect(error).toMatchObject({
			code: 'outside-country',
			entry: 'places[baku]',
			field: 'lat',
			line: lineOf(places, 'lat: 40.4093')
		});
		expect(error.message).toMatch(
			/^coordinates \(lat 36.4093, lon 49.8671\) lie \d+ km outside AZE, inside IRN \(expected a point in AZE, within 10 km of its border\)$/
		);
	});

	it('says when lat and lon look swapped', () => {
		const text = replaceOnce(
			replaceOnce(places, 'lat: 38.5358', 'lat: 68.7791'),
			'lon: 68.7791',
			'lon: 38.5358'
		);
		const error = onlyError(withFile('places.yaml', () => text));
		expect(error.message).toContain('lat and lon look swapped');
	});

	it('accepts points just outside a simplified coast, within the tolerance', () => {
		// The fixture's Azerbaijan ends at 49.8°E; Baku (49.8671°E) is about 5.7 km outside it.
		expect(validateContent(valid, options).errors).toEqual([]);
		const strict = validateContent(valid, { ...options, borderToleranceKm: 1 });
		expect(onlyError(strict)).toMatchObject({ code: 'outside-country', entry: 'places[baku]' });
		expect(onlyError(strict).message).toContain('lie 6 km outside AZE');
	});

	it('handles polygons in either winding order', () => {
		// The fixture's Afghanistan is wound the RFC 7946 way; Herat must still be inside it.
		const error = onlyError(withReplaced('places.yaml', 'lon: 62.1997', 'lon: 52.1997'));
		expect(error.message).toContain('inside IRN');
	});

	it('does not check countries that are not on the map', () => {
		expect(validateContent(valid, options).errors).toEqual([]);
		expect(places).toContain('lon: -77.04');
	});

	it('reports an onMap country that the geodata lacks', () => {
		const error = onlyError(
			withReplaced('countries.yaml', '  onMap: false', '  onMap: true', 'id: USA')
		);
		expect(error).toMatchObject({
			code: 'geodata',
			file: 'src/content/countries.yaml',
			entry: 'countries[USA]',
			field: 'onMap'
		});
		expect(error.message).toContain('no shape with id "USA"');
	});
});

describe('quotes and paragraphs', () => {
	it('rejects a quote over 30 words', () => {
		const long = Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ');
		const error = onlyError(
			withReplaced(
				'claims.yaml',
				'text: Iran has little interest in sponsoring a terrorist group',
				`text: ${long}`
			)
		);
		expect(error).toMatchObject({
			code: 'quote-length',
			entry: 'claims[thesis]',
			field: 'quote.text',
			line: lineOf(claims, 'text: Iran has little'),
			message: 'quote has 31 words (expected 30 words or fewer)'
		});
	});

	it('rejects a quote that is not verbatim, ignoring quote marks and spacing', () => {
		expect(validateContent(valid, options).errors).toEqual([]); // ’ in the quote, ' in the essay
		const error = onlyError(
			withReplaced('claims.yaml', 'sponsoring a terrorist group', 'sponsoring any terrorist group')
		);
		expect(error).toMatchObject({
			code: 'quote-mismatch',
			entry: 'claims[thesis]',
			field: 'quote.text'
		});
		expect(error.message).toBe(
			'quote not found verbatim in paragraph 1 (expected the exact words of the essay; curly and straight quotes and spacing may differ)'
		);
	});

	it('says which paragraph a misnumbered quote is in', () => {
		const error = onlyError(
			withFile('claims.yaml', (t) =>
				replaceOnce(
					replaceOnce(t, 'paragraph: 4', 'paragraph: 3'),
					'paragraphs: [4]',
					'paragraphs: [3]'
				)
			)
		);
		expect(error.message).toContain('in paragraph 3 (found in paragraph 4)');
	});

	it('accepts an elided quote whose parts appear in order', () => {
		const ok = withReplaced(
			'claims.yaml',
			'text: Iran has little interest in sponsoring a terrorist group',
			'text: Iran has little interest … that does not act in its interests'
		);
		expect(ok.errors).toEqual([]);
	});

	it('requires the quote paragraph to be among the claim paragraphs', () => {
		const error = onlyError(withReplaced('claims.yaml', 'paragraphs: [5]', 'paragraphs: [4]'));
		expect(error).toMatchObject({ code: 'schema', field: 'quote.paragraph' });
		expect(error.message).toContain("not among the claim's paragraphs [4]");
	});

	it('rejects paragraph numbers past the end of the essay', () => {
		const error = onlyError(withReplaced('claims.yaml', 'paragraphs: [6]', 'paragraphs: [6, 7]'));
		expect(error).toMatchObject({
			code: 'paragraph-range',
			entry: 'claims[conclusion]',
			field: 'paragraphs[1]',
			message:
				'paragraph 7 does not exist (expected 1-6: the essay has 6 paragraphs, the standfirst being 1)'
		});
	});

	it('rejects a claim without paragraphs', () => {
		const error = onlyError(withReplaced('claims.yaml', 'paragraphs: [6]', 'paragraphs: []'));
		expect(error).toMatchObject({
			code: 'no-paragraphs',
			entry: 'claims[conclusion]',
			field: 'paragraphs',
			line: lineOf(claims, 'paragraphs: [6]'),
			message: 'no essay paragraphs (expected at least one paragraph number)'
		});
	});

	it('rejects a claim that responds to itself', () => {
		const error = onlyError(
			withReplaced(
				'claims.yaml',
				'respondsTo: [epstein-proxy]\n  countries: [IRN, AZE]',
				'respondsTo: [conclusion]\n  countries: [IRN, AZE]'
			)
		);
		expect(error).toMatchObject({
			code: 'self-reference',
			entry: 'claims[conclusion]',
			field: 'respondsTo[0]'
		});
		expect(error.message).toBe(
			'claim "conclusion" responds to itself (expected the ids of other claims it answers)'
		);
	});
});

describe('many errors at once', () => {
	it('reports every error, not just the first', () => {
		const result = validateContent(
			{
				...valid,
				'events.yaml': replaceOnce(
					replaceOnce(events, 'places: [kerman]', 'places: [kermn]'),
					'date: 2025-04',
					'date: 2025-13'
				),
				'claims.yaml': replaceOnce(claims, 'speaker: epstein', 'speaker: nobody')
			},
			options
		);
		expect(result.content).toBeUndefined();
		// Top to bottom: file order (events before claims), then line.
		expect(result.errors.map((e) => [e.file, e.code])).toEqual([
			['src/content/events.yaml', 'unknown-id'],
			['src/content/events.yaml', 'date'],
			['src/content/claims.yaml', 'unknown-id']
		]);
	});

	it('still checks the references of an entry with schema errors', () => {
		const result = withFile('events.yaml', (text) =>
			replaceOnce(
				replaceOnce(text, 'date: 2024-01-03', 'date: 2024-02-30'),
				'places: [kerman]',
				'places: [kermn, Bad Id]'
			)
		);
		expect(result.errors.map((e) => [e.code, e.field])).toEqual([
			['date', 'date'],
			['schema', 'places[1]'],
			['unknown-id', 'places[0]']
		]);
	});
});
