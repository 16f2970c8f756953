/** Shared fixture loading for the content tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import { expect } from 'vitest';
import type { ContentError } from '../../../src/lib/content/errors';
import type { ValidationResult } from '../../../src/lib/content/validate';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/content', import.meta.url));

/** The YAML texts of a fixture folder, keyed by file name. */
export function readFixture(name = 'valid'): Record<string, string> {
	const dir = join(FIXTURES, name);
	return Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
}

export const fixtureCountries = JSON.parse(
	readFileSync(join(FIXTURES, 'countries.geo.json'), 'utf8')
) as FeatureCollection<Geometry>;

export const fixtureEssay = readFileSync(join(FIXTURES, 'valid/texts/essay.txt'), 'utf8');

/** The fixture's plain-text files, as load.server.ts passes them to the validator. */
export const fixtureTextFiles: Record<string, string> = { 'texts/essay.txt': fixtureEssay };

/** 1-based line of the first occurrence of `needle` (after `after`, if given) in `text`. */
export function lineOf(text: string, needle: string, after?: string): number {
	const start = after === undefined ? 0 : text.indexOf(after);
	if (start === -1) throw new Error(`fixture has no "${after}"`);
	const at = text.indexOf(needle, start);
	if (at === -1) throw new Error(`fixture has no "${needle}"`);
	return text.slice(0, at).split('\n').length;
}

/** Replaces one exact occurrence (the first after `after`) and fails loudly if it is absent. */
export function replaceOnce(text: string, from: string, to: string, after?: string): string {
	const start = after === undefined ? 0 : text.indexOf(after);
	const at = text.indexOf(from, Math.max(start, 0));
	if (start === -1 || at === -1) throw new Error(`fixture has no "${from}" after "${after}"`);
	return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Asserts exactly one error and returns it. */
export function onlyError(result: ValidationResult): ContentError {
	expect(result.errors.map((e) => `${e.code}: ${e.message}`)).toHaveLength(1);
	expect(result.content).toBeUndefined();
	return result.errors[0] as ContentError;
}

/**
 * The geodata `npm run geo` would build for the fixture: its countries, and its one overlay with
 * what overlays.yaml says of it.
 */
export function fixtureGeodata(): unknown {
	const outline = JSON.parse(
		readFileSync(join(FIXTURES, 'valid/overlays/khorasan.geojson'), 'utf8')
	) as FeatureCollection<Geometry>;
	const properties = {
		label: 'Khorasan (historical, approximate)',
		approximate: true,
		style: 'hatch',
		colour: 'overlay-1'
	};
	const overlays: FeatureCollection<Geometry> = {
		type: 'FeatureCollection',
		features: outline.features.map((f) => ({ ...f, id: 'khorasan', properties }))
	};
	return topology({ countries: fixtureCountries, overlays });
}
