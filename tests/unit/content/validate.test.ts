import { describe, expect, it } from 'vitest';
import {
	formatContentError,
	formatContentErrors,
	type ContentError
} from '../../../src/lib/content/errors';
import { validateContent, type ValidateOptions } from '../../../src/lib/content/validate';
import {
	fixtureCountries,
	fixtureEssay,
	fixtureTextFiles,
	lineOf,
	onlyError,
	readFixture,
	replaceOnce
} from './helpers';

const valid = readFixture('valid');
const options: ValidateOptions = { countries: fixtureCountries, textFiles: fixtureTextFiles };

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
		expect(content?.texts.map((t) => t.event)).toEqual([
			'epstein-article-2026-02-11',
			'essay-published-2026-02'
		]);
		expect(content?.texts[0]).toMatchObject({ paragraphs: { skipLines: 0 }, names: [] });
		expect(content?.voices.map((v) => v.id)).toEqual(['epstein', 'essay-author']);
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

/**
 * One edit of the valid fixture that must yield exactly one error: `error` is matched against it
 * (equal with `exact`), `message` is its whole message (a string) or a pattern, `contains` a part.
 */
interface OneErrorCase {
	name: string;
	file: string;
	from: string;
	to: string;
	after?: string;
	options?: ValidateOptions;
	error: Partial<ContentError>;
	exact?: boolean;
	message?: string | RegExp;
	contains?: string;
}

function expectOneError(c: OneErrorCase): ContentError {
	const text = valid[c.file];
	if (text === undefined) throw new Error(`no fixture file ${c.file}`);
	const error = onlyError(
		validateContent(
			{ ...valid, [c.file]: replaceOnce(text, c.from, c.to, c.after) },
			c.options ?? options
		)
	);
	if (c.exact) expect(error).toEqual(c.error);
	else expect(error).toMatchObject(c.error);
	if (typeof c.message === 'string') expect(error.message).toBe(c.message);
	else if (c.message) expect(error.message).toMatch(c.message);
	if (c.contains !== undefined) expect(error.message).toContain(c.contains);
	return error;
}

const oneError = (cases: OneErrorCase[]) => it.each(cases)('$name', (c) => void expectOneError(c));

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

	oneError([
		{
			name: 'rejects an unknown field, suggesting the right one',
			file: 'events.yaml',
			from: '  summary: Two bombs',
			to: '  summary: Two bombs\n  sumary: Two bombs',
			error: {
				code: 'schema',
				entry: 'events[kerman-bombings-2024]',
				field: 'sumary',
				line: lineOf(events, 'summary: Two bombs') + 1
			},
			message: /^unknown field "sumary" \(expected "summary"\? Allowed: id, title, date,/
		},
		{
			name: 'rejects an unknown field inside a nested object',
			file: 'events.yaml',
			from: '    killedRange:',
			to: '    killedRang:',
			error: { field: 'casualties.killedRang' },
			contains: '"killedRange"?'
		},
		{
			name: 'rejects a wrong type, naming what it got',
			file: 'places.yaml',
			from: 'lat: 30.2832',
			to: 'lat: "north"',
			error: {
				code: 'schema',
				entry: 'places[kerman]',
				field: 'lat',
				line: lineOf(places, 'lat: 30.2832'),
				message: 'expected a latitude in decimal degrees; got "north"'
			}
		},
		{
			name: 'rejects a value outside an enum',
			file: 'places.yaml',
			from: 'precision: city',
			to: 'precision: town',
			error: { entry: 'places[tehran]', field: 'precision' },
			message: 'expected one of site, approximate-site, city, representative; got "town"'
		},
		{
			name: 'rejects an event kind the story does not list, suggesting a close one',
			file: 'events.yaml',
			from: 'kind: attack',
			to: 'kind: attak',
			error: { code: 'unknown-kind', entry: 'events[kerman-bombings-2024]', field: 'kind' },
			contains: 'unknown kind "attak" (did you mean "attack"?) (expected one of attack, plot,'
		},
		{
			name: "checks kinds against the story's own list",
			file: 'story.yaml',
			from: 'subtitle: A test story\n',
			to: 'subtitle: A test story\nkinds:\n  events: [publication, agreement, war]\n',
			error: { code: 'unknown-kind', entry: 'events[kerman-bombings-2024]', field: 'kind' },
			message:
				'unknown kind "attack" (expected one of publication, agreement, war, or "attack" added to kinds.events in story.yaml)'
		},
		{
			name: 'rejects an actor kind the story does not list',
			file: 'actors.yaml',
			from: 'kind: armed-group',
			to: 'kind: militia',
			error: { code: 'unknown-kind', entry: 'actors[isis-k]', field: 'kind' },
			contains: 'unknown kind "militia"'
		},
		{
			name: 'rejects a kind listed twice',
			file: 'story.yaml',
			from: 'subtitle: A test story\n',
			to: 'subtitle: A test story\nkinds:\n  actors: [author, author]\n',
			error: { code: 'schema', field: 'kinds.actors' },
			contains: 'expected each kind once'
		},
		{
			name: 'rejects ids that are not kebab-case, naming the entry by its id',
			file: 'actors.yaml',
			from: 'id: irgc',
			to: 'id: IRGC_Force',
			error: {
				entry: 'actors[IRGC_Force]',
				field: 'id',
				line: lineOf(valid['actors.yaml'] ?? '', 'id: irgc')
			},
			contains: 'expected a kebab-case id'
		},
		{
			name: 'names an entry without id by its index',
			file: 'actors.yaml',
			from: '- id: irgc\n  name',
			to: '- name',
			error: {
				entry: 'actors[3]',
				field: 'id',
				message: 'missing required field (expected an id)'
			}
		},
		{
			name: 'rejects coordinates out of range',
			file: 'places.yaml',
			from: 'lat: 35.6944',
			to: 'lat: 135.6944',
			error: { field: 'lat', message: 'expected a latitude between -90 and 90; got 135.6944' }
		},
		{
			name: 'rejects malformed country codes',
			file: 'places.yaml',
			from: 'country: TJK',
			to: 'country: Tajikistan',
			error: {},
			contains: 'expected an ISO 3166-1 alpha-3 country code'
		},
		{
			name: 'rejects a text without its publication event',
			file: 'texts.yaml',
			from: '  event: essay-published-2026-02\n',
			to: '',
			error: {
				entry: 'texts[essay]',
				field: 'event',
				message: 'missing required field (expected an id)'
			}
		},
		{
			name: 'rejects a voice colour that is not one of the palette',
			file: 'voices.yaml',
			from: 'colour: voice-1',
			to: 'colour: red',
			error: { entry: 'voices[epstein]', field: 'colour' },
			message: 'expected one of voice-1, voice-2, voice-3, voice-4, voice-5, voice-6; got "red"'
		},
		{
			name: 'rejects a copy outside the content folder',
			file: 'texts.yaml',
			from: 'copy: texts/essay.txt',
			to: 'copy: ../essay.txt',
			error: { code: 'schema', entry: 'texts[essay]', field: 'copy' },
			contains: 'expected the path of a .txt file inside the content folder'
		},
		{
			name: 'keeps "sourced" for the basis, not for a text id',
			file: 'texts.yaml',
			from: 'id: epstein-article',
			to: 'id: sourced',
			error: { entry: 'texts[sourced]', field: 'id' },
			contains: '"sourced" is a basis, not a text id'
		},
		{
			name: 'rejects a copy template with a slot it cannot fill',
			file: 'story.yaml',
			from: 'subtitle: A test story\n',
			to: "subtitle: A test story\ncopy:\n  tourStart: '{steps} steps'\n",
			error: { code: 'schema', field: 'copy.tourStart' },
			message: 'unknown slot {steps} (expected only {total}); got "{steps} steps"'
		},
		{
			name: 'rejects a copy entry the pages do not have',
			file: 'story.yaml',
			from: 'subtitle: A test story\n',
			to: 'subtitle: A test story\ncopy:\n  tourStrat: Follow it\n',
			error: { code: 'schema', field: 'copy.tourStrat' },
			contains: 'unknown field "tourStrat" (expected "tourStart"?'
		}
	]);
});

describe('the region', () => {
	oneError([
		{
			name: 'rejects a country flagged focus that region.yaml does not list',
			file: 'countries.yaml',
			from: '  focus: false',
			to: '  focus: true',
			after: 'id: USA',
			error: { code: 'focus-mismatch', entry: 'countries[USA]', field: 'focus' },
			message:
				"focus is true but USA is not among the focus countries of region.yaml (expected focus: false, or USA added to region.yaml's focus)"
		},
		{
			name: 'rejects a country flagged focus that region.yaml leaves out',
			file: 'region.yaml',
			from: 'focus: [IRN, AZE, TJK, AFG]',
			to: 'focus: [IRN, AZE, TJK]',
			error: { code: 'focus-mismatch', entry: 'countries[AFG]', field: 'focus' },
			message:
				"focus is true but AFG is not among the focus countries of region.yaml (expected focus: false, or AFG added to region.yaml's focus)"
		},
		{
			name: 'rejects a country whose local name the map should draw but that has none',
			file: 'region.yaml',
			from: 'localNames: [IRN, AFG]',
			to: 'localNames: [IRN, AFG, USA]',
			error: { code: 'missing-local-name', entry: 'countries[USA]', field: 'localNames' },
			message:
				"USA is in region.yaml's countryLabels.localNames but has no local name (expected a localNames entry, or USA taken out of that list)"
		},
		{
			name: 'rejects a focus country of region.yaml that countries.yaml does not flag',
			file: 'region.yaml',
			from: 'focus: [IRN, AZE, TJK, AFG]',
			to: 'focus: [IRN, AZE, TJK, AFG, USA]',
			error: { code: 'focus-mismatch', entry: 'countries[USA]', field: 'focus' },
			message:
				'focus is false but USA is one of the focus countries of region.yaml (expected focus: true)'
		},
		{
			name: 'rejects an unknown focus country, suggesting a close one',
			file: 'region.yaml',
			from: 'focus: [IRN, AZE, TJK, AFG]',
			to: 'focus: [IRN, AZE, TJK, AFG, AFF]',
			error: { code: 'unknown-country', entry: 'region', field: 'focus[4]' },
			contains: 'did you mean "AFG"?'
		},
		{
			name: 'rejects a first view outside maxBounds',
			file: 'region.yaml',
			from: 'initialView: [[44, 25], [75.5, 42]]',
			to: 'initialView: [[14, 25], [75.5, 42]]',
			error: { code: 'schema', entry: 'region', field: 'initialView' },
			contains: 'initialView is not inside maxBounds'
		}
	]);
});

describe('the overlays', () => {
	const file = 'tests/fixtures/content/valid/overlays.yaml';
	oneError([
		{
			name: 'rejects an approximate overlay whose label does not say so, with file and line',
			file: 'overlays.yaml',
			from: 'label: Khorasan (historical, approximate)',
			to: 'label: Khorasan',
			options: { ...options, dir: 'tests/fixtures/content/valid' },
			error: { code: 'schema', file, line: 4, entry: 'overlays[khorasan]', field: 'label' },
			contains: 'the label of an approximate overlay must say "approximate"'
		},
		{
			name: 'rejects an unknown style',
			file: 'overlays.yaml',
			from: 'style: hatch',
			to: 'style: stripes',
			error: { code: 'schema', line: 6, entry: 'overlays[khorasan]', field: 'style' },
			contains: 'expected one of hatch, tint'
		},
		{
			name: 'rejects a colour that is not an overlay colour of the palette',
			file: 'overlays.yaml',
			from: 'colour: overlay-1',
			to: 'colour: voice-1',
			error: { code: 'schema', line: 7, entry: 'overlays[khorasan]', field: 'colour' },
			contains: 'expected one of overlay-1, overlay-2, overlay-3'
		},
		{
			name: 'rejects a geometry path outside the content folder',
			file: 'overlays.yaml',
			from: 'geometry: overlays/khorasan.geojson',
			to: 'geometry: ../geo/khorasan.geojson',
			error: { code: 'schema', line: 11, entry: 'overlays[khorasan]', field: 'geometry' },
			contains: 'expected the path of a .geojson file inside the content folder'
		},
		{
			name: 'rejects an unknown provenance source, suggesting a close one',
			file: 'overlays.yaml',
			from: 'sources: [K2]',
			to: 'sources: [K3]',
			error: {
				code: 'unknown-id',
				line: 10,
				entry: 'overlays[khorasan]',
				field: 'provenance.sources[0]'
			},
			contains: 'unknown source id "K3"'
		},
		{
			name: 'rejects an overlay without provenance',
			file: 'overlays.yaml',
			from: '  provenance:\n    text: The outline is approximate.\n    sources: [K2]\n',
			to: '',
			error: { code: 'schema', line: 3, entry: 'overlays[khorasan]', field: 'provenance' },
			contains: 'missing required field'
		},
		{
			name: 'rejects a field that is not part of an overlay',
			file: 'overlays.yaml',
			from: '  style: hatch',
			to: '  style: hatch\n  opacity: 0.5',
			error: { code: 'schema', line: 7, entry: 'overlays[khorasan]', field: 'opacity' },
			contains: 'unknown field "opacity"'
		}
	]);

	it('accepts a story without overlays', () => {
		const result = validateContent({ ...valid, 'overlays.yaml': '[]\n' }, options);
		expect(result.errors).toEqual([]);
		expect(result.content?.overlays).toEqual([]);
	});

	it('yields the overlay as written', () => {
		expect(validateContent(valid, options).content?.overlays).toEqual([
			{
				id: 'khorasan',
				label: 'Khorasan (historical, approximate)',
				approximate: true,
				style: 'hatch',
				colour: 'overlay-1',
				provenance: { text: 'The outline is approximate.', sources: ['K2'] },
				geometry: 'overlays/khorasan.geojson'
			}
		]);
	});

	it('prints a broken overlay on one line with file, line, entry and field', () => {
		const result = withReplaced('overlays.yaml', 'style: hatch', 'style: stripes');
		expect(formatContentErrors(result.errors)).toBe(
			'src/content/overlays.yaml:6 overlays[khorasan].style: expected one of hatch, tint; got "stripes"'
		);
	});
});

describe('duplicate ids', () => {
	oneError([
		{
			name: 'reports the second entry and where the first is',
			file: 'places.yaml',
			from: 'id: herat',
			to: 'id: kerman',
			error: {
				code: 'duplicate-id',
				entry: 'places[kerman]',
				field: 'id',
				line: lineOf(places, 'id: herat')
			},
			message: `duplicate id "kerman", already used by entry 1 at line ${lineOf(places, 'id: kerman')} (expected ids to be unique within places.yaml)`
		},
		{
			name: 'checks claims too',
			file: 'claims.yaml',
			from: 'id: conclusion',
			to: 'id: thesis',
			error: { code: 'duplicate-id' }
		}
	]);

	it('checks countries too', () => {
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
			'actors[0]',
			'actor id "isis-kk"',
			'actors.yaml'
		],
		[
			'events.yaml',
			'sources: [K2]\n  factCheck',
			'sources: [K3]\n  factCheck',
			'sources[0]',
			'source id "K3"',
			'sources.yaml'
		],
		[
			'events.yaml',
			'    sources: [K2]',
			'    sources: [K9]',
			'factCheck.sources[0]',
			'source id "K9"',
			'sources.yaml'
		],
		[
			'places.yaml',
			'sources: [C-DS]',
			'sources: [CDS]',
			'sources[0]',
			'source id "CDS"',
			'sources.yaml'
		],
		[
			'claims.yaml',
			'evidence: [kerman-bombings-2024]',
			'evidence: [kerman-bombing-2024]',
			'evidence[0]',
			'event id "kerman-bombing-2024"',
			'events.yaml'
		],
		[
			'claims.yaml',
			'respondsTo: [epstein-proxy]',
			'respondsTo: [epstein-proxies]',
			'respondsTo[0]',
			'claim id "epstein-proxies"',
			'claims.yaml'
		],
		[
			'claims.yaml',
			'speaker: epstein',
			'speaker: joseph-epstein',
			'speaker',
			'voice id "joseph-epstein"',
			'voices.yaml'
		],

		[
			'voices.yaml',
			'actor: epstein',
			'actor: epstien',
			'actor',
			'actor id "epstien"',
			'actors.yaml'
		],
		[
			'texts.yaml',
			'voice: essay-author',
			'voice: essay-autor',
			'voice',
			'voice id "essay-autor"',
			'voices.yaml'
		],
		['texts.yaml', 'source: essay', 'source: esay', 'source', 'source id "esay"', 'sources.yaml'],
		[
			'claims.yaml',
			'places: [baku]',
			'places: [bakoo]',
			'places[0]',
			'place id "bakoo"',
			'places.yaml'
		],
		[
			'claims.yaml',
			'    sources: [K2]',
			'    sources: [K22]',
			'factCheck.sources[0]',
			'source id "K22"',
			'sources.yaml'
		]
	])('%s: %s -> %s', (file, from, to, field, what, where) => {
		expectOneError({
			name: '',
			file,
			from,
			to,
			error: {
				code: 'unknown-id',
				file: `src/content/${file}`,
				field,
				line: lineOf(valid[file] ?? '', from.split('\n')[0] ?? from)
			},
			contains: `unknown ${what} (expected one of the ids in ${where}`
		});
	});

	it("checks a text's publication event", () => {
		const error = expectOneError({
			name: '',
			file: 'texts.yaml',
			from: 'event: epstein-article-2026-02-11',
			to: 'event: epstein-2026',
			error: {
				code: 'unknown-id',
				entry: 'texts[epstein-article]',
				field: 'event',
				line: lineOf(valid['texts.yaml'] ?? '', 'event: epstein-article')
			}
		});
		expect(formatContentError(error)).toContain(
			' texts[epstein-article].event: unknown event id "epstein-2026"'
		);
	});

	it("checks the text an event's basis names", () => {
		expectOneError({
			name: '',
			file: 'events.yaml',
			from: 'basis: essay',
			to: 'basis: esay',
			error: { code: 'unknown-id', entry: 'events[iran-tajikistan-deal-2025-04]', field: 'basis' },
			message:
				'unknown text id "esay" (expected one of "sourced" or the ids in texts.yaml; did you mean "essay"?)'
		});
	});

	it('checks the text a claim names', () => {
		expectOneError({
			name: '',
			file: 'claims.yaml',
			from: '  speaker: epstein\n',
			to: '  speaker: epstein\n  from: epstein-articel\n',
			error: { code: 'unknown-id', entry: 'claims[epstein-proxy]', field: 'from' },
			contains:
				'unknown text id "epstein-articel" (expected one of the ids in texts.yaml; did you mean "epstein-article"?)'
		});
	});

	it('does not cascade from a broken entry: its id still counts as known', () => {
		const result = withReplaced('places.yaml', 'lat: 30.2832', 'lat: "north"');
		expect(result.errors.map((e) => e.code)).toEqual(['schema']);
	});
});

describe('country codes', () => {
	oneError([
		{
			name: 'rejects an unknown code in an event, suggesting a close one',
			file: 'events.yaml',
			from: 'countries: [IRN, TJK]',
			to: 'countries: [IRN, TJK, IRQ]',
			error: {
				code: 'unknown-country',
				field: 'countries[2]',
				entry: 'events[iran-tajikistan-deal-2025-04]'
			},
			message:
				'unknown country code "IRQ" (expected one of the codes in countries.yaml; did you mean "IRN"?)'
		},
		{
			name: 'rejects an unknown code in a place, without a far-off suggestion',
			file: 'places.yaml',
			from: 'country: IRN',
			to: 'country: GBR',
			error: {},
			message: 'unknown country code "GBR" (expected one of the codes in countries.yaml)'
		},
		{
			name: 'rejects an unknown code in an actor',
			file: 'actors.yaml',
			from: 'country: AFG',
			to: 'country: AFF',
			error: { code: 'unknown-country', field: 'country' },
			contains: 'did you mean "AFG"?'
		},
		{
			name: 'rejects an unknown code in a claim',
			file: 'claims.yaml',
			from: 'countries: [IRN, AZE]',
			to: 'countries: [IRN, ARM]',
			error: { code: 'unknown-country', entry: 'claims[thesis]' }
		}
	]);
});

describe('dates', () => {
	oneError([
		{
			name: 'rejects an impossible day',
			file: 'events.yaml',
			from: 'date: 2024-01-03',
			to: 'date: 2024-02-30',
			error: {
				code: 'date',
				field: 'date',
				entry: 'events[kerman-bombings-2024]',
				line: lineOf(events, 'date: 2024-01-03')
			},
			message: '"2024-02-30": February 2024 has no day 30 (expected 01-29)'
		},
		{
			name: 'rejects month 13',
			file: 'events.yaml',
			from: 'date: 2025-04',
			to: 'date: 2025-13',
			error: {},
			contains: 'month 13 does not exist'
		},
		{
			name: 'rejects malformed dates, in sources too',
			file: 'sources.yaml',
			from: 'date: 2026-02-11',
			to: 'date: 11 Feb 2026',
			error: { code: 'date', entry: 'sources[epstein-article]', field: 'date' },
			contains: 'expected YYYY, YYYY-MM, YYYY-MM-DD'
		},
		{
			name: 'rejects a range that ends before it starts',
			file: 'events.yaml',
			from: 'date: 2025-06-13..2025-06-24',
			to: 'date: 2025-06-24..2025-06-13',
			error: { code: 'date-order', entry: 'events[twelve-day-war]', field: 'date' },
			message: '"2025-06-24..2025-06-13" ends (2025-06-13) before it starts (2025-06-24)'
		}
	]);
});

describe('sourcing', () => {
	oneError([
		{
			name: 'rejects a sourced event without sources',
			file: 'events.yaml',
			from: '  sources: [K2]\n',
			to: '  sources: []\n',
			after: 'id: twelve-day-war',
			error: { code: 'unsourced', entry: 'events[twelve-day-war]', field: 'sources' },
			contains:
				'no sources (expected at least one source id, or as basis the id of the text it rests on: epstein-article, essay)'
		},
		{
			name: 'does not count the essay as an independent source',
			file: 'events.yaml',
			from: '  basis: essay',
			to: '  basis: sourced',
			after: 'id: iran-tajikistan-deal',
			error: { code: 'unsourced', entry: 'events[iran-tajikistan-deal-2025-04]' },
			contains: 'its only sources are the story\'s own texts ("essay")'
		}
	]);

	it('accepts the essay as the source of its own publication event', () => {
		expect(validateContent(valid, options).errors).toEqual([]);
		expect(events).toContain('sources: [essay]');
	});
});

describe('fact-check sources', () => {
	oneError([
		{
			name: 'rejects a claim fact-check whose only source is the essay',
			file: 'claims.yaml',
			from: '    sources: [K2]',
			to: '    sources: [essay]',
			after: 'id: kerman-omission',
			exact: true,
			error: {
				code: 'fact-check-source',
				file: 'src/content/claims.yaml',
				line: lineOf(claims, '    sources: [K2]', 'id: kerman-omission'),
				entry: 'claims[kerman-omission]',
				entryId: 'kerman-omission',
				field: 'factCheck.sources',
				message:
					'the fact-check cites only the story\'s own texts ("essay") (expected at least one other source: a fact-check rates a text against independent sources)'
			}
		},
		{
			name: 'applies to the fact-checks of events',
			file: 'events.yaml',
			from: 'sources: [K2]',
			to: 'sources: [essay]',
			after: 'factCheck:',
			error: {
				code: 'fact-check-source',
				entry: 'events[kerman-bombings-2024]',
				field: 'factCheck.sources',
				line: lineOf(events, 'sources: [K2]', 'factCheck:')
			}
		}
	]);

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

	oneError([
		{
			// Paragraph 2: "Reports suggest that Iran may be using ISIS-K as a proxy."
			name: 'rejects a summary that copies 8 words of the essay, ignoring case and punctuation',
			file: 'claims.yaml',
			from: 'summary: Epstein says Iran may use ISIS-K as a proxy against Azerbaijan.',
			to: "summary: 'Epstein: “Reports, suggest that IRAN may be using ISIS-K as a proxy”.'",
			after: 'id: epstein-proxy',
			exact: true,
			error: {
				code: 'copied-summary',
				file: 'src/content/claims.yaml',
				line: lineOf(claims, 'summary: Epstein says Iran'),
				entry: 'claims[epstein-proxy]',
				entryId: 'epstein-proxy',
				field: 'summary',
				message:
					'summary shares 11 consecutive words with essay paragraph 2: "Reports, suggest that IRAN may be using ISIS-K as a proxy" (expected a paraphrase with at most 7 words in a row from a text; put exact words in quote.text, or rephrase)'
			}
		},
		{
			name: 'checks the summaries of events too',
			file: 'events.yaml',
			from: 'summary: An article argues that Iran may use ISIS-K against Azerbaijan.',
			to: 'summary: An article argues that Iran has little interest in sponsoring a terrorist group.',
			error: {
				code: 'copied-summary',
				file: 'src/content/events.yaml',
				entry: 'events[epstein-article-2026-02-11]',
				field: 'summary'
			},
			contains: '9 consecutive words with essay paragraph 1'
		},
		{
			name: "compares a claim's summary with its own quote, even without the essay",
			file: 'claims.yaml',
			from: 'summary: The article leaves out that ISIS-K attacked Kerman.',
			to: 'summary: The article omits that ISIS-K claimed responsibility for the double suicide bombing in Kerman.',
			after: 'id: kerman-omission',
			options: { countries: fixtureCountries },
			error: { code: 'copied-summary', entry: 'claims[kerman-omission]' },
			message: /^summary shares 9 consecutive words with its quote: /
		}
	]);

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

	it("counts the essay's listed names as one word each", () => {
		// Paragraph 5: "Iran's Ministry of Intelligence revealed that one bomber was a Tajik national."
		const claimsText = replaceOnce(
			claims,
			'summary: The suspicions are unfounded.',
			'summary: Iran’s Ministry of Intelligence revealed that one bomber was Tajik.',
			'id: conclusion'
		);
		const texts = valid['texts.yaml'] ?? '';
		const close = (textsText: string) =>
			validateContent({ ...valid, 'claims.yaml': claimsText, 'texts.yaml': textsText }, options);
		expect(close(texts).errors).toEqual([]);
		const error = onlyError(close(texts.slice(0, texts.indexOf('  names:'))));
		expect(error.message).toContain('shares 9 consecutive words with essay paragraph 5');
	});
});

describe('places of events', () => {
	oneError([
		{
			name: 'requires a placeNote when there are no places',
			file: 'events.yaml',
			from: '  placeNote: Published online.\n',
			to: '',
			after: 'id: essay-published',
			error: {
				code: 'place-note',
				entry: 'events[essay-published-2026-02]',
				field: 'places',
				line: lineOf(events, 'places: []', 'id: essay-published')
			},
			contains: 'expected at least one place id, or a placeNote'
		},
		{
			name: 'requires the countries of an event to include those of its places',
			file: 'events.yaml',
			from: 'countries: [IRN, TJK]',
			to: 'countries: [IRN]',
			error: {
				code: 'country-mismatch',
				entry: 'events[iran-tajikistan-deal-2025-04]',
				field: 'countries'
			},
			message: 'place "dushanbe" is in TJK, which is not listed (expected countries to include TJK)'
		},
		{
			name: 'applies the same rule to claims',
			file: 'claims.yaml',
			from: 'countries: [IRN, TJK]',
			to: 'countries: [TJK]',
			error: { code: 'country-mismatch', entry: 'claims[tajik-cooperation]' }
		}
	]);
});

describe('coordinates', () => {
	oneError([
		{
			// Baku moved into the Iranian box of the fixture geodata.
			name: 'rejects a place outside its onMap country, saying where it is',
			file: 'places.yaml',
			from: 'lat: 40.4093',
			to: 'lat: 36.4093',
			error: {
				code: 'outside-country',
				entry: 'places[baku]',
				field: 'lat',
				line: lineOf(places, 'lat: 40.4093')
			},
			message:
				/^coordinates \(lat 36.4093, lon 49.8671\) lie \d+ km outside AZE, inside IRN \(expected a point in AZE, within 10 km of its border\)$/
		},
		{
			// The fixture's Afghanistan is wound the RFC 7946 way; Herat must still be inside it.
			name: 'handles polygons in either winding order',
			file: 'places.yaml',
			from: 'lon: 62.1997',
			to: 'lon: 52.1997',
			error: {},
			contains: 'inside IRN'
		},
		{
			name: 'reports an onMap country that the geodata lacks',
			file: 'countries.yaml',
			from: '  onMap: false',
			to: '  onMap: true',
			after: 'id: USA',
			error: {
				code: 'geodata',
				file: 'src/content/countries.yaml',
				entry: 'countries[USA]',
				field: 'onMap'
			},
			contains: 'no shape with id "USA"'
		}
	]);

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

	it('does not check countries that are not on the map', () => {
		expect(validateContent(valid, options).errors).toEqual([]);
		expect(places).toContain('lon: -77.04');
	});
});

describe('quotes and paragraphs', () => {
	oneError([
		{
			name: 'rejects a quote over 30 words',
			file: 'claims.yaml',
			from: 'text: Iran has little interest in sponsoring a terrorist group',
			to: `text: ${Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ')}`,
			error: {
				code: 'quote-length',
				entry: 'claims[thesis]',
				field: 'quote.text',
				line: lineOf(claims, 'text: Iran has little'),
				message: 'quote has 31 words (expected 30 words or fewer)'
			}
		},
		{
			name: 'rejects a quote that is not verbatim',
			file: 'claims.yaml',
			from: 'sponsoring a terrorist group',
			to: 'sponsoring any terrorist group',
			error: { code: 'quote-mismatch', entry: 'claims[thesis]', field: 'quote.text' },
			message:
				'quote not found verbatim in paragraph 1 (expected the exact words of text "essay"; curly and straight quotes and spacing may differ)'
		},
		{
			name: 'requires the quote paragraph to be among the claim paragraphs',
			file: 'claims.yaml',
			from: 'paragraphs: [5]',
			to: 'paragraphs: [4]',
			error: { code: 'schema', field: 'quote.paragraph' },
			contains: "not among the claim's paragraphs [4]"
		},
		{
			name: 'rejects paragraph numbers past the end of the essay',
			file: 'claims.yaml',
			from: 'paragraphs: [6]',
			to: 'paragraphs: [6, 7]',
			error: {
				code: 'paragraph-range',
				entry: 'claims[conclusion]',
				field: 'paragraphs[1]',
				message: 'paragraph 7 does not exist (expected 1-6: text "essay" has 6 paragraphs)'
			}
		},
		{
			name: 'rejects a claim without paragraphs',
			file: 'claims.yaml',
			from: 'paragraphs: [6]',
			to: 'paragraphs: []',
			error: {
				code: 'no-paragraphs',
				entry: 'claims[conclusion]',
				field: 'paragraphs',
				line: lineOf(claims, 'paragraphs: [6]'),
				message: 'no paragraphs of its text (expected at least one paragraph number)'
			}
		},
		{
			name: 'rejects a claim that responds to itself',
			file: 'claims.yaml',
			from: 'respondsTo: [epstein-proxy]\n  countries: [IRN, AZE]',
			to: 'respondsTo: [conclusion]\n  countries: [IRN, AZE]',
			error: { code: 'self-reference', entry: 'claims[conclusion]', field: 'respondsTo[0]' },
			message: 'claim "conclusion" responds to itself (expected the ids of other claims it answers)'
		}
	]);

	it('ignores quote marks and spacing when comparing a quote', () => {
		expect(validateContent(valid, options).errors).toEqual([]); // ’ in the quote, ' in the essay
		expect(claims).toContain('’');
	});

	it('reports a copy that texts.yaml names but the folder lacks', () => {
		const error = onlyError(validateContent(valid, { ...options, textFiles: {} }));
		expect(error).toEqual({
			code: 'missing-file',
			file: 'src/content/texts.yaml',
			line: lineOf(valid['texts.yaml'] ?? '', 'copy: texts/essay.txt'),
			entry: 'texts[essay]',
			entryId: 'essay',
			field: 'copy',
			message:
				'no file "texts/essay.txt" in src/content (expected a plain-text copy of the text at that path inside the content folder, or no copy field)'
		});
	});

	it('checks quotes against the text a claim names', () => {
		// The article's copy is the essay's with the first paragraph left out: the thesis' quote
		// (paragraph 1 of the essay) is then paragraph 1 of another text, where it is not.
		const texts = replaceOnce(
			valid['texts.yaml'] ?? '',
			'  voice: epstein\n',
			'  voice: epstein\n  copy: texts/article.txt\n  paragraphs:\n    skipLines: 2\n'
		);
		const withFrom = (from: string) =>
			validateContent(
				{
					...valid,
					'texts.yaml': texts,
					'claims.yaml': claims.replace(/^ {2}speaker: (.*)$/gm, `  speaker: $1\n  from: ${from}`)
				},
				{ ...options, textFiles: { ...fixtureTextFiles, 'texts/article.txt': fixtureEssay } }
			);
		expect(withFrom('essay').errors).toEqual([]);
		const errors = withFrom('epstein-article').errors;
		expect(errors.map((e) => [e.entry, e.code, e.field])).toContainEqual([
			'claims[thesis]',
			'quote-mismatch',
			'quote.text'
		]);
		expect(errors.find((e) => e.entry === 'claims[thesis]')?.message).toContain(
			'text "epstein-article"'
		);
	});

	it('asks which text a claim quotes when several texts have copies', () => {
		const texts = replaceOnce(
			valid['texts.yaml'] ?? '',
			'  voice: epstein\n',
			'  voice: epstein\n  copy: texts/essay.txt\n'
		);
		const { errors } = validateContent({ ...valid, 'texts.yaml': texts }, options);
		expect(errors).toHaveLength(5);
		expect(errors[0]).toMatchObject({ code: 'schema', entry: 'claims[thesis]', field: 'from' });
		expect(errors[0]?.message).toBe(
			'missing required field (expected the id of the text its paragraphs and quote refer to, since several texts have copies: epstein-article, essay)'
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
