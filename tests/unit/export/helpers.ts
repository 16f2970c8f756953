/** Content for the export tests: the valid fixture (edited where a test needs it) and the real content. */
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../../src/lib/content/load.server';
import { createIndex, type ContentIndex } from '../../../src/lib/content/selectors';
import type { Content } from '../../../src/lib/content/types';
import { validateContent } from '../../../src/lib/content/validate';
import { readFixture } from '../content/helpers';

export function fixtureContent(): Content {
	const { content, errors } = validateContent(readFixture('valid'));
	if (!content) throw new Error(`fixture invalid: ${errors.map((e) => e.message).join('; ')}`);
	return content;
}

/** The fixture, optionally edited (e.g. a title with commas and quotes), indexed. */
export function fixtureIndex(edit: (content: Content) => Content = (c) => c): ContentIndex {
	return createIndex(edit(structuredClone(fixtureContent())));
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The real content in src/content, validated as the build does it. */
export function realIndex(): ContentIndex {
	return createIndex(loadContent(root));
}
