/**
 * The real content in src/content/, validated exactly as the build does it (with the built
 * geodata and the essay's copy in the content folder). When this fails, the message lists every error
 * as file:line entry.field: what was expected.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatContentErrors } from '../../../src/lib/content/errors';
import { CONTENT_DIR, checkContent, readContentInputs } from '../../../src/lib/content/load.server';
import { createCountryShapes } from '../../../src/lib/content/countryShapes';
import { createIndex } from '../../../src/lib/content/selectors';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const contentDir = `${root}/${CONTENT_DIR}`;
const hasContent =
	existsSync(contentDir) && readdirSync(contentDir).some((f) => /\.ya?ml$/.test(f));

if (!hasContent) {
	console.warn(`realContent.test.ts: skipped, ${CONTENT_DIR} holds no YAML yet`);
}

describe.skipIf(!hasContent)(`the real content in ${CONTENT_DIR}`, () => {
	it('passes every check the build runs', () => {
		const result = checkContent(root);
		// The message is the validator's own list, so a failure says what to fix.
		expect(formatContentErrors(result.errors), 'content errors').toBe('');
		expect(result.content).toBeDefined();
	});

	it('is checked against the built geodata, which can tell countries apart', () => {
		const inputs = readContentInputs(root);
		expect(inputs.errors).toEqual([]);
		const countries = inputs.options.countries;
		expect(countries?.features.length).toBeGreaterThan(0);
		if (!countries) return;
		// Guards the coordinate check itself: a shape wound the wrong way would contain everything.
		const shapes = createCountryShapes(countries);
		expect(shapes.countriesAt(51.4215, 35.6944)).toEqual(['IRN']); // Tehran
		expect(shapes.contains('AZE', 51.4215, 35.6944)).toBe(false);
		expect(shapes.distanceKm('AZE', 51.4215, 35.6944)).toBeGreaterThan(300);
	});

	it('has what the essay needs: its two publications, the four focus countries, a thesis first', () => {
		const content = checkContent(root).content;
		if (!content) return; // reported by the first test
		const index = createIndex(content);
		expect(content.texts.map((t) => index.eventById.get(t.event)?.kind)).toEqual([
			'publication',
			'publication'
		]);
		// The essay's copy is in the repository, so its quotes are always checked.
		expect(content.texts.filter((t) => t.copy).map((t) => t.id)).toEqual(['essay']);
		expect(
			content.countries
				.filter((c) => c.focus)
				.map((c) => c.id)
				.sort()
		).toEqual(['AFG', 'AZE', 'IRN', 'TJK']);
		expect(content.claims[0]?.kind).toBe('thesis');
		expect(index.eventsInDateOrder()).toHaveLength(content.events.length);
	});
});
