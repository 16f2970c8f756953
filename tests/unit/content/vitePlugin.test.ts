import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	CONTENT_DIR,
	GEODATA_FILE,
	REGION_VIEW_FILE,
	clearContentCache
} from '../../../src/lib/content/load.server';
import { contentValidation } from '../../../src/lib/content/vitePlugin';
import { FIXTURES, fixtureGeodata } from './helpers';

let root: string;

beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'content-plugin-'));
	cpSync(join(FIXTURES, 'valid'), join(root, CONTENT_DIR), { recursive: true });
	const geodata = join(root, GEODATA_FILE);
	mkdirSync(dirname(geodata), { recursive: true });
	writeFileSync(geodata, JSON.stringify(fixtureGeodata()));
	// The fixture's region.yaml is the real one, so the real view file matches it.
	cpSync(REGION_VIEW_FILE, join(root, REGION_VIEW_FILE));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the plugin's configResolved and buildStart hooks with a recording context. */
function runBuildStart(command: 'build' | 'serve') {
	clearContentCache();
	const plugin = contentValidation({ root });
	const calls = { error: [] as string[], warn: [] as string[], watched: [] as string[] };
	const context = {
		error(message: string): never {
			calls.error.push(message);
			throw new Error(message);
		},
		warn: (message: string) => calls.warn.push(message),
		addWatchFile: (path: string) => calls.watched.push(path)
	};
	const configResolved = plugin.configResolved as unknown as (config: object) => void;
	configResolved.call(context, { root, command });
	const buildStart = plugin.buildStart as unknown as (this: typeof context) => void;
	let thrown: unknown;
	try {
		buildStart.call(context);
	} catch (error) {
		thrown = error;
	}
	return { calls, thrown };
}

describe('contentValidation()', () => {
	it('is a named plugin that stays out of Vitest', () => {
		const plugin = contentValidation();
		expect(plugin.name).toBe('story-map:content-validation');
		const apply = plugin.apply as () => boolean;
		expect(apply()).toBe(false); // VITEST is set while this runs
	});

	it('passes valid content and watches every input', () => {
		const { calls, thrown } = runBuildStart('build');
		expect(thrown).toBeUndefined();
		expect(calls.error).toEqual([]);
		expect(calls.watched).toContain(join(root, CONTENT_DIR, 'events.yaml'));
		expect(calls.watched).toContain(join(root, GEODATA_FILE));
	});

	it('fails the build with every error, one per line', () => {
		const events = join(root, CONTENT_DIR, 'events.yaml');
		const original = readFileSync(events, 'utf8');
		writeFileSync(
			events,
			original
				.replace('places: [kerman]', 'places: [kermn]')
				.replace('date: 2025-04', 'date: 2025-13')
		);
		try {
			const { calls, thrown } = runBuildStart('build');
			expect(thrown).toBeInstanceOf(Error);
			const lines = (calls.error[0] ?? '').split('\n');
			expect(lines[0]).toBe(
				"Content validation failed with 2 errors (see the README's content guide):"
			);
			expect(lines.slice(1).map((l) => l.replace(/:\d+ /, ':N '))).toEqual([
				'src/content/events.yaml:N events[kerman-bombings-2024].places[0]: unknown place id "kermn" (expected one of the ids in places.yaml; did you mean "kerman"?)',
				'src/content/events.yaml:N events[iran-tajikistan-deal-2025-04].date: "2025-13": month 13 does not exist (expected 01-12)'
			]);
			// In dev the server keeps running and shows the same report as a warning.
			const dev = runBuildStart('serve');
			expect(dev.thrown).toBeUndefined();
			expect(dev.calls.warn[0]).toBe(calls.error[0]);
		} finally {
			writeFileSync(events, original);
		}
	});
});
