import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	CONTENT_DIR,
	ContentValidationError,
	GEODATA_FILE,
	REGION_VIEW_FILE,
	checkContent,
	clearContentCache,
	loadContent,
	readContentInputs
} from '../../../src/lib/content/load.server';
import { FIXTURES, fixtureEssay, fixtureGeodata } from './helpers';

let base: string;
let root: string;

function write(path: string, text: string) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
}

/** A repository with the valid fixture content (and its essay copy) and fixture geodata. */
function makeRepo({ geo = true } = {}) {
	cpSync(join(FIXTURES, 'valid'), join(root, CONTENT_DIR), { recursive: true });
	if (geo) {
		write(join(root, GEODATA_FILE), JSON.stringify(fixtureGeodata()));
		// The fixture's region.yaml is the real one, so the real view file matches it.
		cpSync(REGION_VIEW_FILE, join(root, REGION_VIEW_FILE));
	}
}

function edit(file: string, from: string, to: string) {
	const path = join(root, CONTENT_DIR, file);
	const text = readContentInputs(root).files[file] ?? '';
	if (!text.includes(from)) throw new Error(`no "${from}" in ${file}`);
	write(path, text.replace(from, to));
}

beforeEach(() => {
	base = mkdtempSync(join(tmpdir(), 'content-load-'));
	root = join(base, 'repo');
	mkdirSync(root);
	clearContentCache();
});

afterEach(() => {
	rmSync(base, { recursive: true, force: true });
});

describe('loadContent', () => {
	it('reads, validates and returns the content, from TopoJSON geodata', () => {
		makeRepo();
		const inputs = readContentInputs(root);
		expect(Object.keys(inputs.files).sort()).toEqual([
			'actors.yaml',
			'claims.yaml',
			'countries.yaml',
			'events.yaml',
			'overlays.yaml',
			'places.yaml',
			'region.yaml',
			'sources.yaml',
			'story.yaml',
			'texts.yaml',
			'voices.yaml'
		]);
		expect(inputs.options.countries?.features.map((f) => f.id)).toEqual([
			'IRN',
			'AZE',
			'TJK',
			'AFG'
		]);
		expect(inputs.options.textFiles).toEqual({ 'texts/essay.txt': fixtureEssay });
		expect(loadContent(root).events).toHaveLength(5);
	});

	it('caches per process until an input changes', () => {
		makeRepo();
		const first = loadContent(root);
		expect(loadContent(root)).toBe(first);
		edit('places.yaml', 'name: Kerman', 'name: Kerman city');
		const second = loadContent(root);
		expect(second).not.toBe(first);
		expect(second.places[1]?.name).toBe('Kerman city');
	});

	it('throws a ContentValidationError listing every error, one per line', () => {
		makeRepo();
		edit('events.yaml', 'places: [kerman]', 'places: [kermn]');
		edit('claims.yaml', 'speaker: epstein', 'speaker: nobody');
		let thrown: unknown;
		try {
			loadContent(root);
		} catch (error) {
			thrown = error;
		}
		expect(thrown).toBeInstanceOf(ContentValidationError);
		const error = thrown as ContentValidationError;
		expect(error.errors).toHaveLength(2);
		const lines = error.message.split('\n');
		expect(lines[0]).toBe('2 content errors:');
		expect(lines[1]).toMatch(
			/^src\/content\/events\.yaml:\d+ events\[kerman-bombings-2024\]\.places\[0\]: unknown place id "kermn"/
		);
		expect(lines[2]).toMatch(
			/^src\/content\/claims\.yaml:\d+ claims\[epstein-proxy\]\.speaker: unknown voice id "nobody"/
		);
	});

	it('fails when the geodata is missing or malformed', () => {
		makeRepo({ geo: false });
		expect(checkContent(root).errors).toEqual([
			{
				code: 'geodata',
				file: 'src/content/geo/region.topo.json',
				entry: '',
				field: '',
				message: 'missing (expected the built country shapes: run `npm run geo`)'
			},
			{
				code: 'geodata',
				file: 'src/content/geo/region.view.json',
				entry: '',
				field: '',
				message: 'missing (expected the region view: run `npm run geo`)'
			}
		]);
		write(join(root, GEODATA_FILE), '{"type":"Topology","objects":{}}');
		expect(checkContent(root).errors[0]?.message).toBe(
			'expected a TopoJSON Topology with a GeometryCollection object "countries"'
		);
		write(join(root, GEODATA_FILE), '{not json');
		expect(checkContent(root).errors[0]?.message).toMatch(/^unreadable \(/);
	});

	it('checks quotes against the copy in the content folder, and reports a missing copy', () => {
		makeRepo();
		edit('claims.yaml', 'sponsoring a terrorist group', 'sponsoring any terrorist group');
		expect(checkContent(root).errors.map((e) => e.code)).toEqual(['quote-mismatch']);
		rmSync(join(root, CONTENT_DIR, 'texts/essay.txt'));
		expect(checkContent(root).errors.map((e) => [e.code, e.entry, e.field])).toEqual([
			['missing-file', 'texts[essay]', 'copy']
		]);
		// The copy counts as an input: restoring it is seen without clearing the cache.
		write(join(root, CONTENT_DIR, 'texts/essay.txt'), fixtureEssay);
		expect(checkContent(root).errors.map((e) => e.code)).toEqual(['quote-mismatch']);
	});

	it('requires the region view of `npm run geo` to match region.yaml', () => {
		makeRepo();
		expect(checkContent(root).errors).toEqual([]);
		edit('region.yaml', 'max: 8', 'max: 9');
		expect(checkContent(root).errors).toEqual([
			{
				code: 'geodata',
				file: REGION_VIEW_FILE,
				entry: '',
				field: '',
				message:
					'does not match src/content/region.yaml (expected the output of `npm run geo` for it: run it)'
			}
		]);
		rmSync(join(root, REGION_VIEW_FILE));
		expect(checkContent(root).errors[0]?.message).toBe(
			'missing (expected the region view: run `npm run geo`)'
		);
	});

	it('requires the overlays of the geodata to match overlays.yaml', () => {
		makeRepo();
		expect(checkContent(root).errors).toEqual([]);
		edit('overlays.yaml', 'style: hatch', 'style: tint');
		expect(checkContent(root).errors).toEqual([
			{
				code: 'geodata',
				file: GEODATA_FILE,
				entry: '',
				field: '',
				message:
					'its overlays do not match src/content/overlays.yaml (expected the output of `npm run geo` for it: run it)'
			}
		]);
		// The site reads what it draws from the geodata, the rest (provenance) from the content.
		edit('overlays.yaml', 'style: tint', 'style: hatch');
		edit('overlays.yaml', 'The outline is approximate.', 'Drawn by hand.');
		expect(checkContent(root).errors).toEqual([]);
	});

	it('reports every file missing when there is no content folder', () => {
		makeRepo();
		rmSync(join(root, CONTENT_DIR), { recursive: true });
		const { errors } = checkContent(root);
		// The geodata lives in the content folder too, so it goes with it.
		expect(errors.map((e) => e.code)).toEqual(['geodata', ...Array(11).fill('missing-file')]);
		expect(errors[0]?.file).toBe(`${CONTENT_DIR}/geo/region.topo.json`);
		expect(errors[1]?.file).toBe('src/content/story.yaml');
	});

	it('reports a content file with an unexpected name', () => {
		makeRepo();
		write(join(root, CONTENT_DIR, 'event.yml'), '- id: x\n');
		const { errors } = checkContent(root);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ code: 'unknown-file', file: 'src/content/event.yml' });
		expect(errors[0]?.message).toContain('expected "events.yaml"?');
	});
});
